import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueueJob } from '../jobs/queue.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { appointmentView, slotJson } from './appointment-view.js';
import { loadAppointmentType, type AppointmentTypeRow } from './availability-data.js';
import { nextSlots, slotAt } from './find-slots.js';
import { lockLocation } from './location-lock.js';
import { isUniqueViolation, notFoundRefusal, slotTaken, type AppointmentOutcome } from './outcomes.js';
import { manageTokenSigner, tokenHash } from './tokens.js';

export interface BookingInput {
  type_id: string;
  start: Date;
  hold_token?: string | undefined;
  interpreter?: string | null | undefined;
  /** The language messages go out in (the client's, when booked on someone's behalf). */
  language: string;
  name: string;
  contact_method: 'email' | 'sms';
  email?: string | undefined;
  phone?: string | undefined;
  on_behalf?: { organization: string; client_language: string } | undefined;
  idempotency_key: string;
  source?: 'web' | 'desk';
}

export interface BookingContext {
  /** The reader's languages for the answer's texts. */
  locales?: readonly string[];
  now?: Date;
}

type Tx = Transaction<Database>;

/**
 * Books a slot. Under the place's lock: a valid hold of the same type, start and interpreter becomes the booking;
 * otherwise (no hold, expired, or for something else: then it is let go) the slot is checked afresh and the first
 * staff member free takes it. The same idempotency key always answers the same appointment (`replay`). The
 * confirmation job is enqueued in the same transaction.
 */
export async function bookAppointment(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  input: BookingInput,
  { locales = [], now = new Date() }: BookingContext = {},
): Promise<AppointmentOutcome> {
  const sign = await manageTokenSigner(db);
  const replay = async () => {
    const found = await byKey(db, input.idempotency_key);
    if (!found) return undefined;
    const type = (await loadAppointmentType(db, found.type_id))!;
    return {
      ok: true as const,
      replay: true,
      appointment: await appointmentView(db, found, type, locales, sign(found.id)),
    };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const type = await loadAppointmentType(db, input.type_id);
  if (!type) return notFoundRefusal('No appointment type has this id');
  if (input.on_behalf && !type.on_behalf_allowed) {
    return {
      ok: false,
      status: 409,
      slug: 'on-behalf-not-allowed',
      title: 'This appointment cannot be booked on behalf of someone else',
    };
  }
  const interpreter = input.interpreter ?? null;
  let booked: { id: string } | 'raced' | null;
  try {
    booked = await db.transaction().execute(async (tx) => {
      await lockLocation(tx, type.location_id);
      // A retry that raced the first request waited for the lock and now sees its booking.
      if (await byKey(tx, input.idempotency_key)) return 'raced' as const;
      const id = (await bookFromHold(tx, type, input, now)) ?? (await bookDirectly(tx, type, input, now));
      if (!id) return null;
      await tx
        .updateTable('appointments')
        .set({
          status: 'booked',
          hold_expires_at: null,
          hold_token_hash: null,
          interpreter,
          language: input.language,
          on_behalf: Boolean(input.on_behalf),
          organization: input.on_behalf?.organization ?? null,
          name: crypto.encrypt(input.name),
          contact_method: input.contact_method,
          email: input.contact_method === 'email' ? crypto.encrypt(input.email) : null,
          phone: input.contact_method === 'sms' ? crypto.encrypt(input.phone) : null,
          idempotency_key: input.idempotency_key,
          manage_token_hash: tokenHash(sign(id)),
          source: input.source ?? 'web',
          booked_at: now,
          start_told_at: now,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
      await enqueueJob(tx, 'appointment.confirmation', { appointment_id: id });
      return { id };
    });
  } catch (error) {
    // The same key sent twice at once to two processes: the unique index decided.
    if (isUniqueViolation(error)) {
      const again = await replay();
      if (again) return again;
    }
    throw error;
  }
  if (booked === 'raced') return (await replay())!;
  if (!booked) {
    const next = await nextSlots(db, type, input.start, { interpreter, now });
    return slotTaken(next.map(slotJson));
  }
  const row = await db.selectFrom('appointments').selectAll().where('id', '=', booked.id).executeTakeFirstOrThrow();
  return { ok: true, replay: false, appointment: await appointmentView(db, row, type, locales, sign(booked.id)) };
}

/** The hold's row when it is current and for this slot; a current hold for anything else is let go. */
async function bookFromHold(tx: Tx, type: AppointmentTypeRow, input: BookingInput, now: Date): Promise<string | null> {
  if (!input.hold_token) return null;
  const hold = await tx
    .selectFrom('appointments')
    .select(['id', 'type_id', 'starts_at', 'interpreter', 'hold_expires_at'])
    .where('hold_token_hash', '=', tokenHash(input.hold_token))
    .where('status', '=', 'held')
    .executeTakeFirst();
  if (!hold || new Date(hold.hold_expires_at!) <= now) return null;
  const same =
    hold.type_id === type.id &&
    new Date(hold.starts_at).getTime() === input.start.getTime() &&
    hold.interpreter === (input.interpreter ?? null);
  if (same) return hold.id;
  await tx
    .updateTable('appointments')
    .set({ status: 'cancelled', cancelled_at: now, hold_token_hash: null, updated_at: sql`now()` })
    .where('id', '=', hold.id)
    .execute();
  return null;
}

/** A new row for the slot when it is free now; the status and details are set by the caller. */
async function bookDirectly(tx: Tx, type: AppointmentTypeRow, input: BookingInput, now: Date): Promise<string | null> {
  const slot = await slotAt(tx, type, input.start, { interpreter: input.interpreter ?? null, now });
  if (!slot) return null;
  const id = randomUUID();
  await tx
    .insertInto('appointments')
    .values({
      id,
      type_id: type.id,
      location_id: type.location_id,
      staff_id: slot.staff_ids[0]!,
      starts_at: slot.start,
      ends_at: slot.end,
      blocks_until: new Date(slot.end.getTime() + type.buffer_minutes * 60_000),
      status: 'held',
      language: input.language,
    })
    .execute();
  return id;
}

async function byKey(db: Kysely<Database> | Tx, key: string) {
  return db.selectFrom('appointments').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}
