import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { boston } from './data/boston.js';
import { nyc } from './data/nyc.js';
import { sampleEvents } from './data/events.js';
import { upsertEvent } from '../events/store.js';
import { seedSampleInquiries } from './sample-inquiries.js';
import { seedDirectories, seedTaxonomies } from './seed.js';

/**
 * Seeds the New York and Boston sample directory, sample events and sample
 * inquiry counts into an empty database; returns whether it seeded services.
 * A database seeded before events or inquiries existed gets those alone.
 */
export async function seedSampleData(db: Kysely<Database>, now = new Date()): Promise<boolean> {
  await seedTaxonomies(db);
  const count = async (table: 'services' | 'events' | 'inquiries') =>
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
  const seedInquiries = (await count('inquiries')) === 0;
  if (seedServices) await seedDirectories(db, [nyc, boston]);
  if (seedEvents) await seedSampleEvents(db, now);
  if (seedInquiries) await seedSampleInquiries(db, now);
  if (seedServices || seedEvents || seedInquiries) await sql`ANALYZE`.execute(db);
  return seedServices;
}

/** The sample events, dated from `now` on. */
export async function seedSampleEvents(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const event of sampleEvents(now)) await upsertEvent(tx, event);
  });
}
