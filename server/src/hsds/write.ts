import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { TABLE_OF, type TableEntity } from './convert.js';
import type { Plan } from './plan.js';

// Well under PostgreSQL's 65,535 parameters per statement for our widest table.
const CHUNK = 500;

/** Upserts every planned row by id, parents before children; returns rows written per table. */
export async function writePlan(db: Kysely<Database>, plan: Plan): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of Object.keys(TABLE_OF) as TableEntity[]) {
    const table = TABLE_OF[entity];
    const rows = plan.rows[entity] as Record<string, unknown>[];
    counts[table] = rows.length;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const columns = Object.keys(chunk[0]!).filter((column) => column !== 'id');
      await db
        .insertInto(table as 'services')
        .values(chunk as never)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) =>
              Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}` as 'excluded.name')])),
            ),
        )
        .execute();
    }
  }
  for (const [locationId, text] of plan.accessibility) {
    await db.updateTable('locations').set({ accessibility: text }).where('id', '=', locationId).execute();
  }
  return counts;
}
