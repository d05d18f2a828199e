import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { boston } from './data/boston.js';
import { nyc } from './data/nyc.js';
import { seedDirectories, seedTaxonomies } from './seed.js';

/** Seeds the New York and Boston sample directory into an empty database; returns whether it did. */
export async function seedSampleData(db: Kysely<Database>): Promise<boolean> {
  await seedTaxonomies(db);
  const existing = await db
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return false;
  await seedDirectories(db, [nyc, boston]);
  await sql`ANALYZE`.execute(db);
  return true;
}
