/**
 * The outbox's storage, what every form needs on connect: the IndexedDB store
 * (database `welcome-widgets`, store `inquiries`), its records and the tiny
 * writes a form makes itself. The sending machinery is in `./sender.ts`,
 * loaded only when there is something to send.
 */

export const OUTBOX_DB = 'welcome-widgets';
export const OUTBOX_STORE = 'inquiries';
export const OUTBOX_LOCK = 'ww-outbox';
/** Delays after the 1st, 2nd, 3rd… failed attempt; the last one repeats. */
export const BACKOFF_MS: readonly number[] = [5_000, 15_000, 60_000, 300_000];
/** Each attempt waits this long for an answer (slow phones). */
export const SEND_TIMEOUT_MS = 20_000;

export type OutboxState = 'pending' | 'failed' | 'delivered';

export interface OutboxRecord {
  /** The idempotency key of the submission. */
  id: string;
  /** The API base it goes to (absolute), and the path under it. */
  endpoint: string;
  path: string;
  /** UI language for the request (`lang`, `Accept-Language`). */
  locale: string;
  /** The JSON body; dropped once delivered. */
  body?: unknown;
  createdAt: number;
  /** Attempts made so far. */
  attempts: number;
  /** Earliest time of the next automatic attempt (ms since the epoch). */
  nextAttemptAt: number;
  state: OutboxState;
  /** What notices and events may say about it: never personal data (kind and topic). */
  about: Record<string, string>;
  /** Why the office refused it (state `failed`). */
  problem?: { status: number; errors: { path: string; message: string }[]; title?: string | undefined } | undefined;
  /** The office's answer (state `delivered`). */
  receipt?: unknown;
  deliveredAt?: number;
}

/** The wait after `attempts` failed attempts: 5 s, 15 s, 1 min, then every 5 min. */
export function backoffDelay(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1]!;
}

/** Fires `change` after each drain: widgets then look at their records. */
export const outboxEvents = new EventTarget();

/** Ids queued by widgets on this page that still show them (their receipts are theirs). */
export const watched = new Set<string>();
export const watchRecord = (id: string): void => void watched.add(id);
export const unwatchRecord = (id: string): void => void watched.delete(id);

let opening: Promise<IDBDatabase> | undefined;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(OUTBOX_DB, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(OUTBOX_STORE)) {
        request.result.createObjectStore(OUTBOX_STORE, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // Let a newer version (or a test deleting the database) take over.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      db.onclose = () => (opening = undefined);
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Runs `work` in one transaction; resolves with what it set once the transaction completes. */
export async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, set: (value: T) => void) => void,
): Promise<T> {
  const db = await openDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(OUTBOX_STORE, mode);
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('Transaction aborted'));
    work(tx.objectStore(OUTBOX_STORE), (value) => (result = value));
  });
}

export const onResult = <T>(request: IDBRequest<T>, then: (value: T) => void): void => {
  request.onsuccess = () => then(request.result);
};

/** Whether this browser offers IndexedDB (not in some sandboxed frames). */
export function outboxAvailable(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

export const putRecord = (record: OutboxRecord): Promise<void> =>
  withStore<void>('readwrite', (store) => void store.put(record));

export const getRecord = (id: string): Promise<OutboxRecord | undefined> =>
  withStore<OutboxRecord | undefined>('readonly', (store, set) => onResult(store.get(id), set));

export const listRecords = (): Promise<OutboxRecord[]> =>
  withStore<OutboxRecord[]>('readonly', (store, set) => onResult(store.getAll(), set));

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
