import { ApiClient } from '../api-client.js';
import { AbortedError, HttpError, type ProblemDetails } from '../errors.js';
import { BACKOFF_MS, OUTBOX_LOCK, postpone, SEND_TIMEOUT_MS, updateRecord, watched } from './records.js';
import { getRecord, listRecords, onResult, outboxEvents, withStore, type OutboxRecord } from './store.js';

/**
 * The outbox's sending machinery: attempts, backoff, the drain under a Web
 * Lock, the timer and the `online` event. Loaded only when the outbox holds
 * something or a send may need it (see `../outbox.ts` for the whole design).
 */

/** Receipts nobody came back for are forgotten after this long. */
const RECEIPT_TTL_MS = 30 * 86_400_000;

export type AttemptOutcome =
  { state: 'delivered'; receipt: unknown } | { state: 'pending' | 'failed' | 'gone'; error?: unknown };

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
 * than 429: it will not be sent again as it is).
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
            deliveredAt: Date.now(),
          }
        : undefined,
    );
    return { state: 'delivered', receipt };
  }
  if (error instanceof AbortedError) return { state: 'pending', error };
  const http = error instanceof HttpError ? error : undefined;
  if (http && http.status >= 400 && http.status < 500 && http.status !== 408 && http.status !== 429) {
    await updateRecord(id, (current) =>
      current?.state === 'pending'
        ? { ...current, attempts: current.attempts + 1, state: 'failed', problem: problemOf(http) }
        : undefined,
    );
    return { state: 'failed', error };
  }
  // 429: the office asked to wait; its Retry-After is followed, never shortened.
  await postpone(id, http?.status === 429 ? (http.retryAfter ?? 0) : 0);
  return { state: 'pending', error };
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
 * due record, and the `online` event. Returns the drain of this start: every
 * pending record, or with `force` false only those that are due.
 */
export function startOutbox(force = true): Promise<void> {
  if (!started) {
    started = true;
    window.addEventListener('online', () => void drainOutbox(true));
  }
  return drainOutbox(force);
}
