import { onResult, withStore, type OutboxRecord } from './store.js';

/**
 * Writing the outbox's records: a form writes its request before it leaves;
 * the sender counts attempts and keeps outcomes.
 */

export const OUTBOX_LOCK = 'ww-outbox';
/** Delays after the 1st, 2nd, 3rd… failed attempt; the last one repeats. */
export const BACKOFF_MS: readonly number[] = [5_000, 15_000, 60_000, 300_000];
/** Each attempt waits this long for an answer (slow phones). */
export const SEND_TIMEOUT_MS = 20_000;

/** The wait after `attempts` failed attempts: 5 s, 15 s, 1 min, then every 5 min. */
export function backoffDelay(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1]!;
}

/** Ids queued by widgets on this page that still show them (their receipts are theirs). */
export const watched = new Set<string>();
export const watchRecord = (id: string): void => void watched.add(id);
export const unwatchRecord = (id: string): void => void watched.delete(id);

export const putRecord = (record: OutboxRecord): Promise<void> =>
  withStore<void>('readwrite', (store) => void store.put(record));

export const removeRecord = (id: string): Promise<void> =>
  withStore<void>('readwrite', (store) => void store.delete(id));

/**
 * Changes one record inside one transaction. `change` gets the current record
 * (undefined when it is gone) and returns the new one, `null` to delete it, or
 * undefined to leave it as it is.
 */
export function updateRecord(
  id: string,
  change: (current: OutboxRecord | undefined) => OutboxRecord | null | undefined,
): Promise<OutboxRecord | undefined> {
  return withStore<OutboxRecord | undefined>('readwrite', (store, set) =>
    onResult(store.get(id) as IDBRequest<OutboxRecord | undefined>, (current) => {
      const next = change(current);
      set(next === undefined ? current : (next ?? undefined));
      if (next === null) store.delete(id);
      else if (next) store.put(next);
    }),
  );
}

/**
 * Counts a failed attempt of a pending record: the next one waits for the
 * backoff, or longer when the office asked (`retryAfter`, seconds; 429).
 */
export const postpone = (id: string, retryAfter = 0): Promise<OutboxRecord | undefined> =>
  updateRecord(id, (current) => {
    if (current?.state !== 'pending') return undefined;
    const attempts = current.attempts + 1;
    const wait = Math.max(backoffDelay(attempts), retryAfter * 1000);
    return { ...current, attempts, nextAttemptAt: Date.now() + wait };
  });
