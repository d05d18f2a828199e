import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';

export interface TestPlaceOptions {
  /** Whether a community organization may book for a client. */
  on_behalf_allowed?: boolean;
  /** Staff members, each with the type's hours (09:00–17:00 every day); one by default. */
  staff?: number;
}

/**
 * A place of its own for one browser test of the appointment booking (on New
 * York's clock): two types (an IDNYC enrollment, and a legal consultation that
 * organizations may book for clients), staff speaking English and Spanish
 * 09:00–17:00 every day, and Wolof and ASL interpreters on call the same hours.
 */
export async function seedTestAppointmentPlace(
  db: Kysely<Database>,
  options: TestPlaceOptions = {},
): Promise<{ locationId: string; typeId: string; onBehalfTypeId: string }> {
  const locationId = randomUUID();
  const suffix = locationId.slice(0, 8);
  await db
    .insertInto('locations')
    .values({
      id: locationId,
      organization_id: null,
      name: `Appointment test library ${suffix}`,
      description: null,
      transportation: null,
      accessibility: null,
      latitude: null,
      longitude: null,
      corner_description: null,
      timezone: 'America/New_York',
    })
    .execute();
  const type = (code: string, title: string, onBehalf: boolean) => ({
    id: randomUUID(),
    location_id: locationId,
    code,
    title,
    what_to_bring: 'Proof of identity\nProof of living in New York City',
    duration_minutes: 30,
    buffer_minutes: 0,
    book_ahead_days: 28,
    min_notice_minutes: 60,
    on_behalf_allowed: onBehalf,
    release_weekday: null,
    release_time: null,
    release_weeks_before: 1,
  });
  const idnyc = type(`idnyc-${suffix}`, 'IDNYC enrollment', options.on_behalf_allowed ?? false);
  const legal = type(`legal-${suffix}`, 'ActionNYC legal consultation', true);
  await db.insertInto('appointment_types').values([idnyc, legal]).execute();
  for (let i = 0; i < (options.staff ?? 1); i++) {
    const staffId = randomUUID();
    await db
      .insertInto('appointment_staff')
      .values({
        id: staffId,
        location_id: locationId,
        display_name: `Staff ${i + 1}`,
        staff_account_id: null,
        languages: ['en', 'es'],
        type_ids: [idnyc.id, legal.id],
      })
      .execute();
    await db
      .insertInto('availability_rules')
      .values(
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          staff_id: staffId,
          weekday,
          starts_at: '09:00',
          ends_at: '17:00',
          valid_from: null,
          valid_until: null,
        })),
      )
      .execute();
  }
  for (const language of ['wo', 'ase']) {
    await db
      .insertInto('interpreter_availability')
      .values(
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          location_id: locationId,
          language,
          weekday,
          date: null,
          starts_at: '09:00',
          ends_at: '17:00',
          capacity: 1,
        })),
      )
      .execute();
  }
  return { locationId, typeId: idnyc.id, onBehalfTypeId: legal.id };
}

/** Bookings of a type that hold a time (booked or checked in): a retry must never add one. */
export async function countTestBookings(db: Kysely<Database>, typeId: string): Promise<number> {
  const row = await db
    .selectFrom('appointments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('type_id', '=', typeId)
    .where('status', 'in', ['booked', 'checked_in'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

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
