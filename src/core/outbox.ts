import { ApiClient } from './api-client.js';
import { AbortedError, HttpError, type ProblemDetails } from './errors.js';

/**
 * The outbox: submissions that could not reach the office yet (offline, no
 * answer, a server failure), kept on this device only, in IndexedDB (database
 * `welcome-widgets`, store `inquiries`), and sent again until they arrive.
 *
 * - A record is keyed by its idempotency key, so sending it twice (two tabs,
 *   a lost answer) still makes one record at the office.
 * - Retries follow {@link BACKOFF_MS} while a page with a widget is open, at
 *   once on the `online` event, and whenever a widget connects (next visit).
 * - Two tabs do not send at the same time: draining holds the Web Lock
 *   `ww-outbox` where the browser has Web Locks.
 * - A delivered record keeps only its receipt (no body) until a widget has
 *   shown it; a record the office refuses (4xx other than 429) is marked
 *   `failed` and kept with its text, so the visitor can correct it.
 *
 * Nothing here is stored anywhere else: no cookies, no localStorage.
 */

export const OUTBOX_DB = 'welcome-widgets';
export const OUTBOX_STORE = 'inquiries';
export const OUTBOX_LOCK = 'ww-outbox';
/** Delays after the 1st, 2nd, 3rd… failed attempt; the last one repeats. */
export const BACKOFF_MS: readonly number[] = [5_000, 15_000, 60_000, 300_000];
/** Each attempt waits this long for an answer (slow phones). */
export const SEND_TIMEOUT_MS = 20_000;
/** Receipts nobody came back for are forgotten after this long. */
const RECEIPT_TTL_MS = 30 * 86_400_000;

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

export type AttemptOutcome =
  { state: 'delivered'; receipt: unknown } | { state: 'pending' | 'failed' | 'gone'; error?: unknown };

/** The wait after `attempts` failed attempts: 5 s, 15 s, 1 min, then every 5 min. */
export function backoffDelay(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1]!;
}

// ---- IndexedDB --------------------------------------------------------------

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
async function withStore<T>(
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

const onResult = <T>(request: IDBRequest<T>, then: (value: T) => void) => {
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
function updateRecord(
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
 * Takes a delivered record away (atomically: one widget gets it): for the
 * widget that queued it, to show its confirmation.
 */
export async function claimDelivered(id: string): Promise<OutboxRecord | undefined> {
  let taken: OutboxRecord | undefined;
  await updateRecord(id, (current) => {
    if (current?.state !== 'delivered') return undefined;
    taken = current;
    return null;
  });
  return taken;
}

/** Ids queued by widgets on this page that still show them (their receipts are theirs). */
const watched = new Set<string>();
export const watchRecord = (id: string): void => void watched.add(id);
export const unwatchRecord = (id: string): void => void watched.delete(id);

/**
 * Takes every delivered receipt that no widget on this page is waiting for
 * (sent earlier, delivered while its widget was gone): shown once, then forgotten.
 */
export function takeDeliveredReceipts(): Promise<OutboxRecord[]> {
  const now = Date.now();
  return withStore<OutboxRecord[]>('readwrite', (store, set) =>
    onResult(store.getAll() as IDBRequest<OutboxRecord[]>, (records) => {
      const taken: OutboxRecord[] = [];
      for (const r of records) {
        if (r.state !== 'delivered' || watched.has(r.id)) continue;
        store.delete(r.id);
        if (now - (r.deliveredAt ?? now) < RECEIPT_TTL_MS) taken.push(r);
      }
      set(taken);
    }),
  );
}

// ---- Sending ------------------------------------------------------------------

function problemOf(error: HttpError): OutboxRecord['problem'] {
  const errors = (error.problem?.errors ?? []).map(({ path, message }) => ({
    path: String(path),
    message: String(message),
  }));
  return { status: error.status, errors, title: (error.problem as ProblemDetails | undefined)?.title };
}

/**
 * Sends one record now and stores the outcome: delivered (the body goes, the
 * receipt stays), pending with the next attempt time, or failed (a 4xx other
 * than 429: it will not be sent again as it is). Used by the drain, and by a
 * widget for its first attempt (the record is written before it is sent, so a
 * closed tab loses nothing).
 */
export async function attemptRecord(id: string): Promise<AttemptOutcome> {
  const record = await getRecord(id);
  if (!record || record.state !== 'pending') return { state: 'gone' };
  let receipt: unknown;
  let error: unknown;
  try {
    receipt = await new ApiClient({ endpoint: record.endpoint, locale: record.locale }).post(record.path, record.body, {
      timeoutMs: SEND_TIMEOUT_MS,
    });
  } catch (caught) {
    error = caught;
  }
  const now = Date.now();
  if (error === undefined) {
    await updateRecord(id, (current) =>
      current && current.state !== 'delivered'
        ? {
            id,
            endpoint: current.endpoint,
            path: current.path,
            locale: current.locale,
            createdAt: current.createdAt,
            attempts: current.attempts + 1,
            nextAttemptAt: 0,
            state: 'delivered',
            about: current.about,
            receipt,
            deliveredAt: now,
          }
        : undefined,
    );
    return { state: 'delivered', receipt };
  }
  if (error instanceof AbortedError) return { state: 'pending', error };
  const http = error instanceof HttpError ? error : undefined;
  const failed = Boolean(http && http.status >= 400 && http.status < 500 && http.status !== 408 && http.status !== 429);
  await updateRecord(id, (current) => {
    if (!current || current.state !== 'pending') return undefined;
    const attempts = current.attempts + 1;
    if (failed && http) return { ...current, attempts, state: 'failed', problem: problemOf(http) };
    // 429: the office asked to wait; its Retry-After is followed, never shortened.
    const wait = Math.max(backoffDelay(attempts), (http?.status === 429 ? (http.retryAfter ?? 0) : 0) * 1000);
    return { ...current, attempts, nextAttemptAt: now + wait };
  });
  return { state: failed ? 'failed' : 'pending', error };
}

/** Runs `work` under the page-wide Web Lock (one tab at a time), or directly without Web Locks. */
function withLock(work: () => Promise<void>): Promise<void> {
  const locks = 'locks' in navigator ? navigator.locks : undefined;
  return locks?.request ? locks.request(OUTBOX_LOCK, work) : work();
}

let current: Promise<void> | undefined;
let following: Promise<void> | undefined;
let followingForced = false;

/**
 * Sends every pending record that is due (all of them with `force`: the
 * `online` event, "Send now", a widget connecting). Calls made while a drain
 * runs share one more drain after it.
 */
export function drainOutbox(force = false): Promise<void> {
  if (!current) {
    current = drainOnce(force).finally(() => (current = undefined));
    return current;
  }
  followingForced ||= force;
  following ??= current.then(() => {
    following = undefined;
    const forced = followingForced;
    followingForced = false;
    return drainOutbox(forced);
  });
  return following;
}

async function drainOnce(force: boolean): Promise<void> {
  try {
    await withLock(async () => {
      const now = Date.now();
      const due = (await listRecords()).filter((r) => r.state === 'pending' && (force || r.nextAttemptAt <= now));
      for (const r of due) await attemptRecord(r.id);
    });
  } catch {
    // No storage here (a sandboxed frame): there is nothing to send.
  }
  await schedule();
  outboxEvents.dispatchEvent(new Event('change'));
}

/** Fires `change` after each drain: widgets then look at their records. */
export const outboxEvents = new EventTarget();

let timer: ReturnType<typeof setTimeout> | undefined;
let started = false;

async function schedule(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  if (!started) return;
  let pending: OutboxRecord[];
  try {
    pending = (await listRecords()).filter((r) => r.state === 'pending');
  } catch {
    return;
  }
  if (!pending.length) return;
  const next = Math.min(...pending.map((r) => r.nextAttemptAt));
  const max = BACKOFF_MS[BACKOFF_MS.length - 1]!;
  timer = setTimeout(() => void drainOutbox(), Math.min(max, Math.max(1_000, next - Date.now())));
}

/**
 * Starts the automatic sending for this page (once): the timer of the next
 * due record, and the `online` event. Returns the drain of this start.
 */
export function startOutbox(): Promise<void> {
  if (!started) {
    started = true;
    window.addEventListener('online', () => void drainOutbox(true));
  }
  return drainOutbox(true);
}
