import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { manageTokenSigner, tokenHash } from '../../src/appointments/tokens.js';
import type { FieldCrypto } from '../../src/lib/field-crypto.js';
import { addStaff, addType, appointmentPlace } from './appointments.js';

/** A place in New York with an address, one appointment type and one staff member (every day 09:00–12:00). */
export async function addAppointmentPlace(db: Kysely<Database>, options: { timezone?: string } = {}) {
  const locationId = await appointmentPlace(db, options.timezone);
  await db.updateTable('locations').set({ name: 'Queens Library' }).where('id', '=', locationId).execute();
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
  const typeId = await addType(db, locationId, { code: 'idnyc', title: 'IDNYC enrollment' });
  await db
    .updateTable('appointment_types')
    .set({ what_to_bring: 'A passport and a utility bill' })
    .where('id', '=', typeId)
    .execute();
  const staffId = await addStaff(db, locationId, { name: 'Rosa', languages: ['en', 'es'], typeIds: [typeId] });
  return { locationId, typeId, staffId };
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
  const id = randomUUID();
  const sign = await manageTokenSigner(db);
  const row = await db
    .insertInto('appointments')
    .values({
      id,
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
      manage_token_hash: held ? null : tokenHash(sign(id)),
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
