import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { boston } from './data/boston.js';
import { nyc } from './data/nyc.js';
import { sampleEvents } from './data/events.js';
import { upsertEvent } from '../events/store.js';
import { seedReplyTemplates } from './reply-templates.js';
import { seedSampleAppointments } from './sample-appointments.js';
import { seedSampleAttendance } from './sample-attendance.js';
import { seedSampleInquiries } from './sample-inquiries.js';
import { seedSampleOutreach } from './sample-outreach.js';
import { seedDirectories, seedReferralNames, seedTaxonomies } from './seed.js';
import { seedVerificationContacts } from './verification-contacts.js';
import type { FieldCrypto } from '../lib/field-crypto.js';

/**
 * Seeds the New York and Boston sample directory, sample events, the library demo's appointments, sample
 * inquiry counts, sample outreach and sample attendance at past sessions, only into a completely empty database;
 * returns whether it did. A database holding anything an office made or imported (organizations,
 * services, places, events, inquiries, staff tokens) gets nothing: sample events
 * would point at sample organizations it lacks, and sample inquiries would count
 * in the office's real statistics. The taxonomies and the names of the
 * referral destinations are reference data and are always brought up to date;
 * reply templates are put in place when there are none.
 */
export async function seedSampleData(
  db: Kysely<Database>,
  now = new Date(),
  /** With it, sample providers get a re-verification contact (encrypted with it). */
  crypto?: FieldCrypto,
): Promise<boolean> {
  await seedTaxonomies(db);
  await seedReferralNames(db);
  await seedReplyTemplates(db);
  if (!(await isEmpty(db))) return false;
  await seedDirectories(db, [nyc, boston]);
  if (crypto) await seedVerificationContacts(db, crypto);
  await seedSampleEvents(db, now);
  await seedSampleAppointments(db);
  await seedSampleInquiries(db, now);
  await seedSampleOutreach(db, now);
  await seedSampleAttendance(db, now);
  await sql`ANALYZE`.execute(db);
  return true;
}

/** Whether nothing but reference data is stored. */
async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const tables = ['organizations', 'services', 'locations', 'events', 'inquiries', 'staff_tokens'] as const;
  const { rows } = await sql<{ used: boolean }>`SELECT ${sql.join(
    tables.map((table) => sql`EXISTS (SELECT 1 FROM ${sql.table(table)})`),
    sql` OR `,
  )} AS used`.execute(db);
  return !rows[0]!.used;
}

/** The sample events, dated from `now` on. */
export async function seedSampleEvents(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const event of sampleEvents(now)) await upsertEvent(tx, event);
  });
}
