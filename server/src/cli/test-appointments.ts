import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

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
