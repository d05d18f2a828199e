import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { JobPayloads } from '../jobs/queue.js';
import { zonedToInstant } from '../events/zoned-time.js';
import { parseLocal } from '../events/recurrence.js';
import { FactsCache, notify, type NotifyContext } from './notify.js';
import { decryptRegistrant, loadRegistrant, waitlistPosition } from './registrants.js';

type Tx = Transaction<Database>;

/**
 * A message told again after a later change of the same kind (promoted twice,
 * back on the waiting list twice) needs its own key: the second of the job's
 * enqueueing since 2020, the same on every retry of that job.
 */
export const jobSequence = (createdAt: Date) => Math.floor((createdAt.getTime() - Date.UTC(2020, 0, 1)) / 1000);

/** The confirmation at sign-up: "your place is confirmed" (with the .ics and check-in code), or "you are on the waiting list". */
export async function sendConfirmation(
  tx: Tx,
  context: NotifyContext,
  payload: JobPayloads['registration.confirmation'],
) {
  const registrant = await loadRegistrant(tx, context.crypto, payload.registration_id);
  if (!registrant || registrant.row.status === 'cancelled') return 0;
  const waiting = registrant.row.status === 'waitlisted';
  const position = waiting ? await waitlistPosition(tx, registrant.row) : null;
  const sent = await notify(
    tx,
    context,
    new FactsCache(tx),
    registrant,
    waiting ? 'waitlisted' : 'confirmed',
    { kind: 'confirmation', occurrenceKey: registrant.row.occurrence_key, sequence: 0 },
    { position },
  );
  return Number(sent);
}

/** "A place opened for you" (promoted) or "you are back on the waiting list" (capacity lowered). */
export async function sendPlaceChange(
  tx: Tx,
  context: NotifyContext,
  payload: { registration_id: string },
  kind: 'promoted' | 'waitlisted-again',
  jobCreatedAt: Date,
) {
  const registrant = await loadRegistrant(tx, context.crypto, payload.registration_id);
  if (!registrant) return 0;
  // Told only while still true: a promotion undone before its job ran says nothing.
  const expected = kind === 'promoted' ? 'confirmed' : 'waitlisted';
  if (registrant.row.status !== expected) return 0;
  const position = kind === 'waitlisted-again' ? await waitlistPosition(tx, registrant.row) : null;
  const sent = await notify(
    tx,
    context,
    new FactsCache(tx),
    registrant,
    kind,
    { kind, occurrenceKey: registrant.row.occurrence_key, sequence: jobSequence(jobCreatedAt) },
    { position },
  );
  return Number(sent);
}

/**
 * A session cancelled or moved, or (occurrence_key `series`) the whole series
 * cancelled: everyone signed up for it hears, in their own language: those
 * for that session, and those for the whole series.
 */
export async function sendSessionChange(
  tx: Tx,
  context: NotifyContext,
  payload: JobPayloads['session.cancelled'],
  change: 'cancelled' | 'moved',
) {
  const whole = payload.occurrence_key === 'series';
  const rows = await tx
    .selectFrom('registrations')
    .selectAll()
    .where('event_id', '=', payload.event_id)
    .where('status', '!=', 'cancelled')
    .where((eb) => (whole ? eb.val(true) : eb('occurrence_key', 'in', [payload.occurrence_key, 'series'])))
    .orderBy('created_at')
    .execute();
  const cache = new FactsCache(tx);
  const movedFrom = whole ? undefined : zonedStart(tx, payload.event_id, payload.occurrence_key);
  let sent = 0;
  for (const row of rows) {
    const registrant = decryptRegistrant(context.crypto, row);
    const notice = change === 'moved' ? 'moved' : whole ? 'series-cancelled' : 'cancelled';
    const ok = await notify(
      tx,
      context,
      cache,
      registrant,
      notice,
      { kind: `session.${change}`, occurrenceKey: payload.occurrence_key, sequence: payload.sequence },
      whole
        ? {}
        : { sessionKey: payload.occurrence_key, ...(change === 'moved' ? { movedFrom: await movedFrom } : {}) },
    );
    if (ok) sent++;
  }
  return sent;
}

/** The original start of a session, from its key and the event's zone. */
async function zonedStart(tx: Tx, eventId: string, key: string): Promise<Date | undefined> {
  const event = await tx.selectFrom('events').select('timezone').where('id', '=', eventId).executeTakeFirst();
  return event ? zonedToInstant(parseLocal(key), event.timezone) : undefined;
}

/** Old finished jobs go (their dedupe keys named past slots only). */
export async function deleteFinishedJobs(tx: Tx, now: Date, days = 7) {
  const result = await tx
    .deleteFrom('jobs')
    .where('status', 'in', ['done', 'failed'])
    .where('finished_at', '<', new Date(now.getTime() - days * 86_400_000))
    .executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
