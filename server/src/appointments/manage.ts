import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueueJob } from '../jobs/queue.js';
import { appointmentView, slotJson } from './appointment-view.js';
import { loadAppointmentType } from './availability-data.js';
import { nextSlots, slotAt } from './find-slots.js';
import { lockLocation } from './location-lock.js';
import { notFoundRefusal, slotTaken, type AppointmentOutcome, type Refusal } from './outcomes.js';
import { TOKEN_PATTERN, tokenHash } from './tokens.js';
import { localDate, mondayOf } from './wall-clock.js';

export interface ManageContext {
  locales?: readonly string[];
  now?: Date;
}

/** The appointment a manage token opens (booked, checked in, cancelled…), or undefined. */
export async function appointmentIdForToken(db: Kysely<Database>, token: string): Promise<string | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const row = await db
    .selectFrom('appointments')
    .select('id')
    .where('manage_token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  return row?.id;
}

/** The public view of an appointment (no manage token in it). */
export async function getAppointment(
  db: Kysely<Database>,
  appointmentId: string,
  { locales = [] }: ManageContext = {},
): Promise<AppointmentOutcome> {
  const row = await db.selectFrom('appointments').selectAll().where('id', '=', appointmentId).executeTakeFirst();
  if (!row || row.status === 'held') return notFoundRefusal('No appointment has this link');
  const type = (await loadAppointmentType(db, row.type_id))!;
  return { ok: true, replay: false, appointment: await appointmentView(db, row, type, locales) };
}

const closed = (title: string): Refusal => ({ ok: false, status: 409, slug: 'appointment-closed', title });

/**
 * Cancels a booked appointment; cancelling twice is harmless. Enqueues, in the same transaction, the offer of the
 * freed slot to the first person waiting for that type and week, and, when the office cancels, the message
 * telling the person.
 */
export async function cancelAppointment(
  db: Kysely<Database>,
  appointmentId: string,
  { by = 'visitor', ...context }: ManageContext & { by?: 'visitor' | 'office' } = {},
): Promise<AppointmentOutcome> {
  const now = context.now ?? new Date();
  const row = await db.selectFrom('appointments').selectAll().where('id', '=', appointmentId).executeTakeFirst();
  if (!row || row.status === 'held') return notFoundRefusal('No appointment has this link');
  const type = (await loadAppointmentType(db, row.type_id))!;
  if (row.status === 'booked') {
    await db.transaction().execute(async (tx) => {
      const done = await tx
        .updateTable('appointments')
        .set((eb) => ({
          status: 'cancelled',
          cancelled_at: now,
          updated_at: sql`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', appointmentId)
        .where('status', '=', 'booked')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) === 0) return;
      const weekStart = mondayOf(localDate(new Date(row.starts_at).getTime(), type.timezone));
      await enqueueJob(tx, 'appointment.offer', { type_id: row.type_id, week_start: weekStart });
      if (by === 'office') await enqueueJob(tx, 'appointment.cancelled', { appointment_id: appointmentId });
    });
  } else if (row.status !== 'cancelled') {
    return closed('This appointment has taken place');
  }
  return getAppointment(db, appointmentId, context);
}

/**
 * Moves a booked appointment to another slot of its type (the same interpreter), under the place's lock; its own
 * time counts as free, and its staff member keeps it when they can. Enqueues "your slot moved".
 */
export async function moveAppointment(
  db: Kysely<Database>,
  appointmentId: string,
  start: Date,
  context: ManageContext = {},
): Promise<AppointmentOutcome> {
  const now = context.now ?? new Date();
  const row = await db.selectFrom('appointments').selectAll().where('id', '=', appointmentId).executeTakeFirst();
  if (!row || row.status === 'held') return notFoundRefusal('No appointment has this link');
  if (row.status !== 'booked') return closed('This appointment is cancelled or has taken place');
  if (new Date(row.starts_at) <= now) return closed('This appointment has already started');
  const type = (await loadAppointmentType(db, row.type_id))!;
  const query = { interpreter: row.interpreter, now, ignoreAppointmentId: row.id };
  const moved = await db.transaction().execute(async (tx) => {
    await lockLocation(tx, type.location_id);
    const slot = await slotAt(tx, type, start, query);
    if (!slot) return false;
    const staffId = slot.staff_ids.includes(row.staff_id) ? row.staff_id : slot.staff_ids[0]!;
    const done = await tx
      .updateTable('appointments')
      .set((eb) => ({
        staff_id: staffId,
        starts_at: slot.start,
        ends_at: slot.end,
        blocks_until: new Date(slot.end.getTime() + type.buffer_minutes * 60_000),
        moved_from: row.starts_at,
        start_told_at: now,
        version: eb('version', '+', 1),
        updated_at: sql`now()`,
      }))
      .where('id', '=', row.id)
      .where('status', '=', 'booked')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) return false;
    await enqueueJob(tx, 'appointment.moved', { appointment_id: row.id });
    return true;
  });
  if (!moved) {
    const next = await nextSlots(db, type, start, query);
    return slotTaken(next.map(slotJson));
  }
  return getAppointment(db, row.id, context);
}
