import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { findAppointmentRef, type AppointmentRef } from './office-day.js';

/** How a change the desk asked for went: done (or already so), or why not. */
export type MarkOutcome =
  | { kind: 'ok'; changed: boolean }
  | { kind: 'not-booked'; status: string }
  | { kind: 'not-started' }
  | { kind: 'stale'; current: AppointmentRef; updatedAt: Date };

/** Versions an If-Match accepts (undefined: any). */
type Versions = readonly number[] | undefined;

const mayChange = (ref: AppointmentRef, versions: Versions) => versions === undefined || versions.includes(ref.version);

/** The appointment as now, for a stale answer (who cannot be said: the desk's writes are audited instead). */
async function stale(db: Kysely<Database>, id: string): Promise<MarkOutcome> {
  const row = await db
    .selectFrom('appointments')
    .select(['id', 'location_id', 'status', 'starts_at', 'version', sql<Date>`updated_at`.as('updated_at')])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const { updated_at: updatedAt, ...ref } = row;
  return { kind: 'stale', current: { ...ref, starts_at: new Date(ref.starts_at) }, updatedAt: new Date(updatedAt) };
}

/**
 * Marks a booked person as come. Checking in twice changes nothing; someone
 * marked a no-show who turns up late is checked in. Held or cancelled: refused.
 * The update is conditional, so two desks checking in at once bump the version once.
 */
export async function checkInAppointment(
  db: Kysely<Database>,
  ref: AppointmentRef,
  versions: Versions,
  now: Date,
): Promise<MarkOutcome> {
  if (ref.status === 'checked_in') return { kind: 'ok', changed: false };
  if (ref.status !== 'booked' && ref.status !== 'no_show') return { kind: 'not-booked', status: ref.status };
  if (!mayChange(ref, versions)) return stale(db, ref.id);
  const changed = await db
    .updateTable('appointments')
    .set({ status: 'checked_in', checked_in_at: now, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', ref.id)
    .where('status', 'in', ['booked', 'no_show'])
    .where('version', '=', ref.version)
    .returning('id')
    .executeTakeFirst();
  return changed ? { kind: 'ok', changed: true } : recheck(db, ref.id, 'checked_in');
}

/**
 * Marks a booked person as not come, once the appointment has started (a
 * check-in by mistake is corrected the same way). Held or cancelled: refused.
 */
export async function markNoShow(
  db: Kysely<Database>,
  ref: AppointmentRef,
  versions: Versions,
  now: Date,
): Promise<MarkOutcome> {
  if (ref.status === 'no_show') return { kind: 'ok', changed: false };
  if (ref.status !== 'booked' && ref.status !== 'checked_in') return { kind: 'not-booked', status: ref.status };
  if (ref.starts_at > now) return { kind: 'not-started' };
  if (!mayChange(ref, versions)) return stale(db, ref.id);
  const changed = await db
    .updateTable('appointments')
    .set({ status: 'no_show', checked_in_at: null, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', ref.id)
    .where('status', 'in', ['booked', 'checked_in'])
    .where('version', '=', ref.version)
    .returning('id')
    .executeTakeFirst();
  return changed ? { kind: 'ok', changed: true } : recheck(db, ref.id, 'no_show');
}

/** Someone else changed the row between the read and the update: done already, or stale. */
async function recheck(db: Kysely<Database>, id: string, wanted: string): Promise<MarkOutcome> {
  const now = await findAppointmentRef(db, id);
  return now?.status === wanted ? { kind: 'ok', changed: false } : stale(db, id);
}

/** Replaces the office's notes on a booking (encrypted; empty clears them), under If-Match. A hold has none. */
export async function setAppointmentNotes(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  ref: AppointmentRef,
  notes: string,
  versions: Versions,
): Promise<MarkOutcome> {
  if (ref.status === 'held') return { kind: 'not-booked', status: ref.status };
  if (!mayChange(ref, versions)) return stale(db, ref.id);
  let update = db
    .updateTable('appointments')
    .set({ notes: notes === '' ? null : crypto.encrypt(notes), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', ref.id);
  if (versions !== undefined) update = update.where('version', 'in', [...versions]);
  const changed = await update.returning('id').executeTakeFirst();
  return changed ? { kind: 'ok', changed: true } : stale(db, ref.id);
}
