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
 *
 * Three modules, so that a page pays only for what it uses: `outbox/store.ts`
 * (the database, and the look at it every form takes on connect),
 * `outbox/records.ts` (writing records) and `outbox/sender.ts` (attempts,
 * backoff, the drain); widgets import the last two dynamically. This module
 * gathers all three.
 */
export * from './outbox/records.js';
export * from './outbox/sender.js';
export * from './outbox/store.js';
