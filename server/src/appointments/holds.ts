import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { slotJson } from './appointment-view.js';
import { loadAppointmentType } from './availability-data.js';
import { nextSlots, slotAt } from './find-slots.js';
import { lockLocation } from './location-lock.js';
import { notFoundRefusal, slotTaken, type Refusal, type SlotJson } from './outcomes.js';
import { newHoldToken, tokenHash } from './tokens.js';

/** How long a slot is kept for a visitor filling the form. */
export const HOLD_MINUTES = 5;

export interface HoldInput {
  type_id: string;
  start: Date;
  interpreter?: string | null | undefined;
}

export interface Hold extends SlotJson {
  hold_token: string;
  expires_at: string;
}

/**
 * Keeps a slot for a visitor for five minutes: a row of `appointments` with status 'held', taking a staff
 * member's time like a booking until it expires (or is released, or becomes the booking).
 */
export async function holdSlot(
  db: Kysely<Database>,
  input: HoldInput,
  now = new Date(),
): Promise<{ ok: true; hold: Hold } | Refusal> {
  const type = await loadAppointmentType(db, input.type_id);
  if (!type) return notFoundRefusal('No appointment type has this id');
  const interpreter = input.interpreter ?? null;
  const token = newHoldToken();
  const expires = new Date(now.getTime() + HOLD_MINUTES * 60_000);
  const held = await db.transaction().execute(async (tx) => {
    await lockLocation(tx, type.location_id);
    const slot = await slotAt(tx, type, input.start, { interpreter, now });
    if (!slot) return null;
    await tx
      .insertInto('appointments')
      .values({
        id: randomUUID(),
        type_id: type.id,
        location_id: type.location_id,
        staff_id: slot.staff_ids[0]!,
        starts_at: slot.start,
        ends_at: slot.end,
        blocks_until: new Date(slot.end.getTime() + type.buffer_minutes * 60_000),
        status: 'held',
        hold_expires_at: expires,
        hold_token_hash: tokenHash(token),
        interpreter,
        // Not known until the booking: 'und' (undetermined) meanwhile.
        language: 'und',
      })
      .execute();
    return slot;
  });
  if (!held) {
    const next = await nextSlots(db, type, input.start, { interpreter, now });
    return slotTaken(next.map(slotJson));
  }
  return { ok: true, hold: { hold_token: token, expires_at: expires.toISOString(), ...slotJson(held) } };
}

/** Frees a hold at once (the visitor left); false when no current hold has this token. */
export async function releaseHold(db: Kysely<Database>, token: string): Promise<boolean> {
  const result = await db
    .updateTable('appointments')
    .set({ status: 'cancelled', cancelled_at: new Date(), hold_token_hash: null, updated_at: sql`now()` })
    .where('hold_token_hash', '=', tokenHash(token))
    .where('status', '=', 'held')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
