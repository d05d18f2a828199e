import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The kinds of job and what each carries. Enqueue inside the transaction that
 * makes the change, so a job exists exactly when its change committed.
 */
export interface JobPayloads {
  /** A new sign-up: confirmed (with the .ics and check-in code) or on the waiting list. */
  'registration.confirmation': { registration_id: string };
  /** A confirmed place moved back to the waiting list (the organizer lowered the capacity). */
  'registration.waitlisted': { registration_id: string };
  /** Someone moved off the waiting list into a place. */
  'registration.promoted': { registration_id: string };
  /** A session (or, with occurrence_key `series`, the whole series) cancelled: tell everyone signed up. */
  'session.cancelled': { event_id: string; occurrence_key: string; sequence: number };
  /** A session moved to another time: tell everyone signed up, with the new .ics. */
  'session.moved': { event_id: string; occurrence_key: string; sequence: number };
  /** Finds sessions starting within the reminder window and queues their reminders (recurring). */
  'reminders.sweep': Record<string, never>;
  /** A new appointment: confirmation with the .ics, what to bring and the manage link. */
  'appointment.confirmation': { appointment_id: string };
  /** An appointment moved (by the person through the manage link, or by the office): the new time and .ics. */
  'appointment.moved': { appointment_id: string };
  /** An appointment cancelled by the office: tell the person. */
  'appointment.cancelled': { appointment_id: string };
  /** A slot freed by a cancellation: offer it to the first person waiting for that type and week. */
  'appointment.offer': { type_id: string; week_start: string };
  /** Releases expired holds and queues appointment reminders (recurring). */
  'appointments.sweep': Record<string, never>;
  /** Mails a provider the signed link to confirm or correct their listing (issue 20). */
  'verification.request': { request_id: string };
  /** Erases personal details of past sign-ups (recurring). */
  'retention.purge': Record<string, never>;
}
export type JobKind = keyof JobPayloads;

export interface EnqueueOptions {
  /** When it may run; now by default. */
  runAt?: Date;
  /** A job with the same key is not enqueued again (idempotent enqueueing, one run per schedule slot). */
  dedupeKey?: string;
}

/** Adds a job; with a dedupe key already used, nothing happens. Returns whether a job was added. */
export async function enqueueJob<K extends JobKind>(
  db: Db,
  kind: K,
  payload: JobPayloads[K],
  { runAt = new Date(), dedupeKey }: EnqueueOptions = {},
): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({ id: randomUUID(), kind, payload: JSON.stringify(payload), dedupe_key: dedupeKey ?? null, run_at: runAt })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
