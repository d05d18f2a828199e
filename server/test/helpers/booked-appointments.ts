import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import type { FieldCrypto } from '../../src/lib/field-crypto.js';

/** An appointment type at a place, straight into the table (the setup routes are tested on their own). */
export async function insertType(
  db: Kysely<Database>,
  locationId: string,
  code: string,
  title: string,
  durationMinutes = 30,
): Promise<string> {
  const row = await db
    .insertInto('appointment_types')
    .values({ location_id: locationId, code, title, duration_minutes: durationMinutes })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertStaff(
  db: Kysely<Database>,
  locationId: string,
  displayName: string,
  active = true,
): Promise<string> {
  const row = await db
    .insertInto('appointment_staff')
    .values({ location_id: locationId, display_name: displayName, active })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface AppointmentFixture {
  typeId: string;
  staffId: string;
  locationId: string;
  start: Date;
  minutes?: number;
  status?: 'held' | 'booked' | 'checked_in' | 'no_show' | 'cancelled';
  language?: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  notes?: string | null;
  interpreter?: string | null;
  onBehalf?: string | null;
  bookedAt?: Date;
}

/** A booking as the booking engine would store it: personal fields as FieldCrypto ciphertext. */
export async function insertAppointment(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  a: AppointmentFixture,
): Promise<string> {
  const id = randomUUID();
  const end = new Date(a.start.getTime() + (a.minutes ?? 30) * 60_000);
  const status = a.status ?? 'booked';
  await db
    .insertInto('appointments')
    .values({
      id,
      type_id: a.typeId,
      location_id: a.locationId,
      staff_id: a.staffId,
      starts_at: a.start,
      ends_at: end,
      blocks_until: end,
      status,
      hold_expires_at: status === 'held' ? new Date(Date.now() + 300_000) : null,
      interpreter: a.interpreter ?? null,
      language: a.language ?? 'en',
      on_behalf: !!a.onBehalf,
      organization: a.onBehalf ?? null,
      name: crypto.encrypt(a.name ?? 'Visitor'),
      contact_method: a.phone ? 'sms' : 'email',
      email: crypto.encrypt(a.email === undefined ? 'visitor@example.org' : a.email),
      phone: crypto.encrypt(a.phone ?? null),
      notes: crypto.encrypt(a.notes ?? null),
      booked_at: status === 'held' ? null : (a.bookedAt ?? new Date(a.start.getTime() - 7 * 86_400_000)),
      checked_in_at: status === 'checked_in' ? a.start : null,
    })
    .execute();
  return id;
}
