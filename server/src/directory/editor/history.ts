import type { Kysely } from 'kysely';
import type { Database, DirectoryChangeTable, DirectoryFieldChange } from '../../db/schema.js';
import { actorNames } from './actors.js';

/** One row of a service's history; its id is the change a fixed report points to. */
export async function recordChange(
  db: Kysely<Database>,
  change: {
    serviceId: string;
    kind: DirectoryChangeTable['kind'];
    actor: string;
    fields: DirectoryFieldChange[];
    version: number;
  },
): Promise<string> {
  const row = await db
    .insertInto('directory_changes')
    .values({
      service_id: change.serviceId,
      kind: change.kind,
      changed_by: change.actor,
      fields: JSON.stringify(change.fields),
      service_version: change.version,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A service's changes, newest first, with who made each (by name) and when. */
export async function serviceHistory(db: Kysely<Database>, serviceId: string, limit = 200) {
  const rows = await db
    .selectFrom('directory_changes')
    .select(['id', 'kind', 'changed_by', 'changed_at', 'fields'])
    .where('service_id', '=', serviceId)
    .orderBy('changed_at', 'desc')
    .orderBy('service_version', 'desc')
    .limit(limit)
    .execute();
  const names = await actorNames(
    db,
    rows.map((r) => r.changed_by),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    changed_by: names.get(r.changed_by) ?? r.changed_by,
    changed_at: new Date(r.changed_at as unknown as Date).toISOString(),
    fields: (typeof r.fields === 'string' ? JSON.parse(r.fields) : r.fields) as DirectoryFieldChange[],
  }));
}

export async function serviceExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return !!(await db.selectFrom('services').select('id').where('id', '=', id).executeTakeFirst());
}
