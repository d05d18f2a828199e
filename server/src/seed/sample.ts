import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { boston } from './data/boston.js';
import { nyc } from './data/nyc.js';
import { sampleEvents } from './data/events.js';
import { upsertEvent } from '../events/store.js';
import { seedDirectories, seedTaxonomies } from './seed.js';

/**
 * Seeds the New York and Boston sample directory and sample events into an
 * empty database; returns whether it did. A database seeded before events
 * existed gets the events alone.
 */
export async function seedSampleData(db: Kysely<Database>, now = new Date()): Promise<boolean> {
  await seedTaxonomies(db);
  const count = async (table: 'services' | 'events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const seedServices = (await count('services')) === 0;
  const seedEvents = (await count('events')) === 0;
  if (seedServices) await seedDirectories(db, [nyc, boston]);
  if (seedEvents) await seedSampleEvents(db, now);
  if (seedServices || seedEvents) await sql`ANALYZE`.execute(db);
  return seedServices;
}

/** The sample events, dated from `now` on. */
export async function seedSampleEvents(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const event of sampleEvents(now)) await upsertEvent(tx, event);
  });
}
