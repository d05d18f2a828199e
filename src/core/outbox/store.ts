/**
 * The outbox's storage, what every form needs on connect: the IndexedDB store
 * (database `welcome-widgets`, store `inquiries`) and a look at its records.
 * Writing records is in `./records.ts`, sending in `./sender.ts`: both load
 * only when there is something to write or send.
 */

export const OUTBOX_DB = 'welcome-widgets';
export const OUTBOX_STORE = 'inquiries';
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

/** Fires `change` after each drain: widgets then look at their records. */
export const outboxEvents = new EventTarget();

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

export const getRecord = (id: string): Promise<OutboxRecord | undefined> =>
  withStore<OutboxRecord | undefined>('readonly', (store, set) => onResult(store.get(id), set));

export const listRecords = (): Promise<OutboxRecord[]> =>
  withStore<OutboxRecord[]>('readonly', (store, set) => onResult(store.getAll(), set));
