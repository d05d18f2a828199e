import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import type { FieldCrypto } from '../../src/lib/field-crypto.js';

/** A place in New York with one appointment type and one staff member, written straight into the tables. */
export async function addAppointmentPlace(db: Kysely<Database>, options: { timezone?: string } = {}) {
  const locationId = randomUUID();
  await db
    .insertInto('locations')
    .values({ id: locationId, name: 'Queens Library', timezone: options.timezone ?? 'America/New_York' })
    .execute();
  await db
    .insertInto('addresses')
    .values({
      id: randomUUID(),
      location_id: locationId,
      address_1: '89-11 Merrick Blvd',
      address_2: null,
      city: 'Jamaica',
      state_province: 'NY',
      postal_code: '11432',
      country: 'US',
    })
    .execute();
  const type = await db
    .insertInto('appointment_types')
    .values({
      location_id: locationId,
      code: 'idnyc',
      title: 'IDNYC enrollment',
      what_to_bring: 'A passport and a utility bill',
      duration_minutes: 30,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const staff = await db
    .insertInto('appointment_staff')
    .values({ location_id: locationId, display_name: 'Rosa', languages: ['en', 'es'], type_ids: [type.id] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { locationId, typeId: type.id, staffId: staff.id };
}

export interface AppointmentRowInput {
  start: Date;
  name?: string;
  language?: string;
  contact?: { email: string } | { phone: string };
  interpreter?: string | null;
  status?: 'held' | 'booked' | 'checked_in' | 'no_show' | 'cancelled';
  holdExpiresAt?: Date | null;
}

/** One appointment (or hold) of the place's type, its person encrypted as the booking stores it. */
export async function addAppointment(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  place: { locationId: string; typeId: string; staffId: string },
  input: AppointmentRowInput,
): Promise<string> {
  const contact = input.contact ?? { email: `${randomUUID().slice(0, 8)}@example.org` };
  const end = new Date(input.start.getTime() + 30 * 60_000);
  const held = input.status === 'held';
  const row = await db
    .insertInto('appointments')
    .values({
      type_id: place.typeId,
      location_id: place.locationId,
      staff_id: place.staffId,
      starts_at: input.start,
      ends_at: end,
      blocks_until: end,
      status: input.status ?? 'booked',
      hold_expires_at: input.holdExpiresAt ?? null,
      hold_token_hash: held ? randomUUID() : null,
      interpreter: input.interpreter ?? null,
      language: input.language ?? 'en',
      name: held ? null : crypto.encrypt(input.name ?? 'Awa'),
      contact_method: held ? 'none' : 'email' in contact ? 'email' : 'sms',
      email: !held && 'email' in contact ? crypto.encrypt(contact.email) : null,
      phone: !held && 'phone' in contact ? crypto.encrypt(contact.phone) : null,
      notes: null,
      idempotency_key: held ? null : randomUUID(),
      manage_token_hash: null,
      moved_from: null,
      contact_bounced_at: null,
      booked_at: held ? null : new Date(),
      checked_in_at: null,
      cancelled_at: input.status === 'cancelled' ? new Date() : null,
      purged_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
