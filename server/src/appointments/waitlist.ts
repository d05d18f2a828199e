import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { loadAppointmentType } from './availability-data.js';
import { isUniqueViolation, notFoundRefusal, type Refusal } from './outcomes.js';
import { tokenHash } from './tokens.js';
import { isoWeekday } from './wall-clock.js';
import { waitlistTokenSigner } from './waitlist-token.js';

export interface WaitlistInput {
  type_id: string;
  /** The Monday of the week wanted, on the place's clock. */
  week_start: string;
  language: string;
  interpreter?: string | null | undefined;
  name: string;
  contact_method: 'email' | 'sms';
  email?: string | undefined;
  phone?: string | undefined;
  idempotency_key: string;
}

export type WaitlistOutcome = { ok: true; entry: { id: string; status: 'waiting' }; replay: boolean } | Refusal;

/**
 * Puts a person on the waiting list of a type for a week: the first to wait
 * hears first when a time of that week comes free (messages/appointment-offer.ts).
 * Name and contact are encrypted; the offer link's token is stored as a hash.
 * The same idempotency key answers the same entry.
 */
export async function joinWaitlist(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  input: WaitlistInput,
): Promise<WaitlistOutcome> {
  const earlier = async () => {
    const row = await db
      .selectFrom('appointment_waitlist')
      .select(['id', 'type_id'])
      .where('idempotency_key', '=', input.idempotency_key)
      .executeTakeFirst();
    return row && { ok: true as const, entry: { id: row.id, status: 'waiting' as const }, replay: true };
  };
  const replay = await earlier();
  if (replay) return replay;
  if (isoWeekday(input.week_start) !== 1) {
    return { ok: false, status: 400, path: 'week_start', message: 'Give the Monday of the week' };
  }
  const type = await loadAppointmentType(db, input.type_id);
  if (!type || type.status !== 'active') return notFoundRefusal('No appointment type has this id');
  const id = randomUUID();
  const sign = await waitlistTokenSigner(db);
  try {
    await db
      .insertInto('appointment_waitlist')
      .values({
        id,
        type_id: type.id,
        week_start: input.week_start,
        language: input.language,
        interpreter: input.interpreter ?? null,
        name: crypto.encrypt(input.name),
        contact_method: input.contact_method,
        email: input.contact_method === 'email' ? crypto.encrypt(input.email) : null,
        phone: input.contact_method === 'sms' ? crypto.encrypt(input.phone) : null,
        offered_at: null,
        idempotency_key: input.idempotency_key,
        manage_token_hash: tokenHash(sign(id)),
        purged_at: null,
      })
      .execute();
  } catch (error) {
    // The same key sent twice at once: the other request's entry.
    if (isUniqueViolation(error)) {
      const raced = await earlier();
      if (raced) return raced;
    }
    throw error;
  }
  return { ok: true, entry: { id, status: 'waiting' }, replay: false };
}
