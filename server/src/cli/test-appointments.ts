import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';

export interface AppointmentDayFixture {
  location_id: string;
  location_name: string;
  timezone: string;
  staff_name: string;
  /** Started half an hour ago (a no-show can be marked), then one in a quarter of an hour (not yet). */
  started_id: string;
  later_id: string;
}

const MINUTE = 60_000;

/**
 * For the desk's browser tests: a staff member with two bookings around now at a New York place, made straight
 * in the database (the public booking refuses a start in the past, which a no-show needs). `run` keeps each test
 * run's names its own.
 */
export async function appointmentDayFixture(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  run: string,
): Promise<AppointmentDayFixture> {
  const location = await db
    .selectFrom('locations')
    .select(['id', 'name', 'timezone'])
    .where('timezone', '=', 'America/New_York')
    .orderBy('name')
    .executeTakeFirstOrThrow();
  const type = await db
    .insertInto('appointment_types')
    .values({
      location_id: location.id,
      code: `desk-test-${run}`,
      title: `Legal consultation ${run}`,
      what_to_bring: 'Passport',
      duration_minutes: 30,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const staffName = `Sam Staff ${run}`;
  const staff = await db
    .insertInto('appointment_staff')
    .values({ location_id: location.id, display_name: staffName, languages: ['en', 'es'], type_ids: [type.id] })
    .returning('id')
    .executeTakeFirstOrThrow();
  const now = Date.now();
  const book = async (startsIn: number, person: Record<string, string | boolean | null>) => {
    const start = new Date(now + startsIn * MINUTE);
    const end = new Date(start.getTime() + 30 * MINUTE);
    const row = await db
      .insertInto('appointments')
      .values({
        type_id: type.id,
        location_id: location.id,
        staff_id: staff.id,
        starts_at: start,
        ends_at: end,
        blocks_until: end,
        status: 'booked',
        language: String(person['language']),
        interpreter: (person['interpreter'] as string | null) ?? null,
        on_behalf: !!person['organization'],
        organization: (person['organization'] as string | null) ?? null,
        name: crypto.encrypt(String(person['name'])),
        contact_method: person['email'] ? 'email' : 'sms',
        email: crypto.encrypt((person['email'] as string | null) ?? null),
        phone: crypto.encrypt((person['phone'] as string | null) ?? null),
        contact_bounced_at: person['bounced'] ? new Date(now) : null,
        source: 'desk',
        booked_at: new Date(now - 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const startedId = await book(-30, {
    name: `Awa Diop ${run}`,
    language: 'wo',
    interpreter: 'wo',
    email: `awa.${run}@example.org`,
    bounced: true,
  });
  const laterId = await book(15, {
    name: `Lin Chen ${run}`,
    language: 'zh-Hans',
    organization: 'Chinatown Community Center',
    phone: '+1 212 555 0101',
  });
  return {
    location_id: location.id,
    location_name: location.name,
    timezone: location.timezone,
    staff_name: staffName,
    started_id: startedId,
    later_id: laterId,
  };
}
