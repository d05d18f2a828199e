import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { enqueueJob } from '../jobs/queue.js';
import { cancelSigner, verifyCancelToken } from './cancel-token.js';
import { newCheckinCode } from './checkin-code.js';
import { isSession } from './event-view.js';
import { applyChange, loadSessionChanges } from './session-changes.js';
import { lockCounts, promoteWaiting, saveCounts, waitlistPosition } from './waitlist.js';
import type { RegistrationT } from './schemas.js';

type Tx = Transaction<Database>;

export interface RegistrationInput {
  name: string;
  contact_method: 'email' | 'phone' | 'none';
  email?: string | undefined;
  phone?: string | undefined;
  preferred_language: string;
  scope: 'session' | 'series';
  occurrence?: string | undefined;
  party_size: number;
  access_needs?: string | undefined;
  idempotency_key: string;
}

export type RegistrationOutcome =
  | { ok: true; registration: RegistrationT; replay: boolean }
  | { ok: false; status: 404 | 409; slug: string; title: string }
  | { ok: false; status: 400; path: string; message: string };

const closed = (title: string) => ({ ok: false as const, status: 409 as const, slug: 'registration-closed', title });

/**
 * Signs a person up for a session or a whole series. Places are counted in one
 * `event_capacity` row per session (or per series) that every sign-up locks,
 * so concurrent requests queue there: capacity is never exceeded, and the rest
 * join the waiting list in arrival order. The same idempotency key returns the
 * first answer.
 */
export async function register(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  eventId: string,
  input: RegistrationInput,
  now = new Date(),
): Promise<RegistrationOutcome> {
  const sign = await cancelSigner(db);
  const previous = await findByKey(db, eventId, input.idempotency_key, sign);
  if (previous) return { ok: true, registration: previous, replay: true };

  const event = await db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirst();
  if (!event) return { ok: false, status: 404, slug: 'not-found', title: 'No event has this id' };
  if (event.status === 'cancelled') return closed('This event is cancelled');
  if (event.registration_mode === 'none') return closed('This event needs no registration');
  if (event.registration_url) return closed("Registration is on the organizer's own website");

  let key: string;
  if (event.registration_mode === 'series') {
    if (input.scope !== 'series') {
      return { ok: false, status: 400, path: 'scope', message: 'This event takes registrations for the whole series' };
    }
    if (new Date(event.first_start) <= now) return closed('This series has already started');
    key = 'series';
  } else {
    if (input.scope !== 'session' || !input.occurrence) {
      return { ok: false, status: 400, path: 'scope', message: 'Choose one session of this event' };
    }
    const original = isSession(event, input.occurrence, now);
    if (!original) return { ok: false, status: 400, path: 'occurrence', message: 'This event has no session then' };
    // A moved session keeps its original local start as its key; a cancelled one takes no one.
    const change = (await loadSessionChanges(db, [eventId])).get(eventId)?.get(input.occurrence);
    const session = applyChange(original, change, event.timezone, event.duration_minutes);
    if (session.status === 'cancelled') return closed('This session is cancelled');
    if (session.start <= now) return closed('This session has already started');
    key = input.occurrence;
  }

  try {
    const registration = await db.transaction().execute(async (tx) => {
      const counts = await lockCounts(tx, eventId, key);
      // A retry that raced the first request: it waited for the lock and now sees the first answer.
      const raced = await findByKey(tx, eventId, input.idempotency_key, sign);
      if (raced) return { registration: raced, replay: true };
      const fits = event.capacity === null || counts.taken + input.party_size <= event.capacity;
      const status = fits ? 'confirmed' : 'waitlisted';
      const id = randomUUID();
      await tx
        .insertInto('registrations')
        .values({
          id,
          event_id: eventId,
          occurrence_key: key,
          scope: input.scope,
          status,
          party_size: input.party_size,
          // Name, contact and needs encrypted at rest, like inquiries; the counts need none of them.
          name: crypto.encrypt(input.name) ?? '',
          contact_method: input.contact_method,
          email: input.contact_method === 'email' ? crypto.encrypt(input.email) : null,
          phone: input.contact_method === 'phone' ? crypto.encrypt(input.phone) : null,
          preferred_language: input.preferred_language,
          access_needs: crypto.encrypt(input.access_needs),
          idempotency_key: input.idempotency_key,
          checkin_code: newCheckinCode(),
        })
        .execute();
      // The confirmation (or "you are on the waiting list") goes from the job table once this commits.
      await enqueueJob(tx, 'registration.confirmation', { registration_id: id });
      await tx
        .updateTable('event_capacity')
        .set(fits ? { taken: sql`taken + ${input.party_size}` } : { waitlisted: sql`waitlisted + 1` })
        .where('event_id', '=', eventId)
        .where('occurrence_key', '=', key)
        .execute();
      return {
        registration: {
          id,
          event_id: eventId,
          scope: input.scope,
          occurrence: key === 'series' ? null : key,
          status,
          waitlist_position: fits ? null : counts.waitlisted + 1,
          party_size: input.party_size,
          cancel_token: sign(id),
        } satisfies RegistrationT,
        replay: false,
      };
    });
    return { ok: true, ...registration };
  } catch (error) {
    // The same key sent for another session at the same moment: the unique index decided.
    const existing = isUniqueViolation(error) ? await findByKey(db, eventId, input.idempotency_key, sign) : undefined;
    if (existing) return { ok: true, registration: existing, replay: true };
    throw error;
  }
}

/** Cancels by cancel token; a confirmed place goes to the first people waiting whose party fits. */
export async function cancelRegistration(
  db: Kysely<Database>,
  token: string,
): Promise<{ event_id: string; promoted: number } | null> {
  const id = await verifyCancelToken(db, token);
  if (!id) return null;
  const found = await db
    .selectFrom('registrations')
    .select(['event_id', 'occurrence_key'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!found) return null;
  return db.transaction().execute(async (tx) => {
    const counts = await lockCounts(tx, found.event_id, found.occurrence_key);
    const registration = await tx
      .selectFrom('registrations')
      .select(['status', 'party_size'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (registration.status === 'cancelled') return { event_id: found.event_id, promoted: 0 };
    // A cancelled sign-up needs no name or contact any more: erase them now, keep the row for the counts.
    await tx
      .updateTable('registrations')
      .set({
        status: 'cancelled',
        name: '',
        email: null,
        phone: null,
        access_needs: null,
        purged_at: sql`clock_timestamp()`,
        updated_at: sql`clock_timestamp()`,
      })
      .where('id', '=', id)
      .execute();
    const after = { ...counts };
    if (registration.status === 'confirmed') after.taken -= registration.party_size;
    else after.waitlisted -= 1;

    const event = await tx
      .selectFrom('events')
      .select('capacity')
      .where('id', '=', found.event_id)
      .executeTakeFirstOrThrow();
    const { promoted, ...saved } = await promoteWaiting(
      tx,
      found.event_id,
      found.occurrence_key,
      event.capacity,
      after,
    );
    await saveCounts(tx, found.event_id, found.occurrence_key, saved);
    return { event_id: found.event_id, promoted };
  });
}

async function findByKey(
  db: Kysely<Database> | Tx,
  eventId: string,
  idempotencyKey: string,
  sign: (registrationId: string) => string,
): Promise<RegistrationT | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select(['id', 'event_id', 'scope', 'occurrence_key', 'status', 'party_size', 'created_at'])
    .where('event_id', '=', eventId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
  if (!row) return undefined;
  let position: number | null = null;
  if (row.status === 'waitlisted') position = await waitlistPosition(db, { ...row, event_id: eventId });
  return {
    id: row.id,
    event_id: row.event_id,
    scope: row.scope,
    occurrence: row.occurrence_key === 'series' ? null : row.occurrence_key,
    status: row.status,
    waitlist_position: position,
    party_size: row.party_size,
    cancel_token: sign(row.id),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}
