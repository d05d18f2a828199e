import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * What mail (`mail_outbox`) and text messages (`sms_outbox`) share: a row is
 * claimed before it is sent, so several server processes never send one
 * twice, and a failed attempt waits longer each time, so an outage of hours
 * is survived.
 */
export type OutboxTable = 'mail_outbox' | 'sms_outbox';

/** How long a claimed row is a sender's: longer than a send may take, after which another process retries it. */
export const CLAIM_MS = 5 * 60_000;
/** Attempts before a message is given up as failed. */
export const MAX_ATTEMPTS = 8;
/** Minutes before the next attempt, after the first, second… failure. */
const BACKOFF_MINUTES = [1, 5, 15, 60, 120, 240, 480];

/**
 * Claims up to `limit` rows that are due (queued and due, or claimed by a
 * sender that stopped before finishing): one statement, whose rows other
 * processes skip while it runs (FOR UPDATE SKIP LOCKED) and then see as
 * `sending`.
 */
export async function claimDue<T extends OutboxTable>(
  db: Kysely<Database>,
  table: T,
  now: Date,
  limit: number,
): Promise<Selectable<Database[T]>[]> {
  const result = await sql<Selectable<Database[T]>>`
    UPDATE ${sql.table(table)}
    SET status = 'sending', claimed_until = ${new Date(now.getTime() + CLAIM_MS)}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM ${sql.table(table)}
      WHERE (status = 'queued' AND next_attempt_at <= ${now}) OR (status = 'sending' AND claimed_until < ${now})
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  return result.rows;
}

/**
 * A failed attempt: queued again after the backoff; failed for good after the
 * last attempt, or at once when `permanent` (the provider refused the number).
 */
export async function retryLater(
  db: Kysely<Database>,
  table: OutboxTable,
  row: { id: string; attempts: number },
  error: string,
  now: Date,
  { permanent = false }: { permanent?: boolean } = {},
): Promise<void> {
  const last = permanent || row.attempts >= MAX_ATTEMPTS;
  const wait = BACKOFF_MINUTES[Math.min(row.attempts, BACKOFF_MINUTES.length) - 1]! * 60_000;
  await sql`
    UPDATE ${sql.table(table)}
    SET status = ${last ? 'failed' : 'queued'}, next_attempt_at = ${new Date(now.getTime() + (last ? 0 : wait))},
      claimed_until = NULL, last_error = ${error}
    WHERE id = ${row.id} AND status = 'sending'`.execute(db);
}
