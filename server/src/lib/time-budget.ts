import type { Context, MiddlewareHandler } from 'hono';
import { problem, sendProblem } from './problem.js';

/** A quarter of one process's time per address: no single client can take the server from the others. */
export const DEFAULT_CLIENT_MS_PER_SECOND = 250;

export interface TimeBudgetOptions {
  /** Server time (ms) each client earns per second: its share of one event loop. */
  msPerSecond: number;
  /** Server time a client may spend at once, after a pause (a page that loads several widgets). */
  burstMs: number;
  /** Who a request comes from; the key stays in memory only and is never logged. */
  key: (c: Context) => string;
  now?: () => number;
}

interface Client {
  /** Time left to spend, in ms; below zero the client is refused until it has earned it back. */
  balance: number;
  /** When the balance was last brought up to date. */
  at: number;
  /** The client's requests being answered now. */
  inFlight: number;
}

/**
 * A limit on the server time each client takes, not on its number of
 * requests: a client is charged for the time it has any request being
 * answered (requests that overlap count once, so a page that loads five
 * widgets at once costs what it took, not five times that), earns time back
 * at `msPerSecond`, and once its balance is spent gets 429 with Retry-After
 * until it has earned it back. Counting requests alone let one client
 * repeating a dear request (a far calendar window, the widest distance
 * search) take most of the event loop while staying under the count, and
 * every visitor's search waited behind it. Memory only, per process (each
 * process's time is its own).
 */
export function timeBudget({
  msPerSecond,
  burstMs,
  key,
  now = () => performance.now(),
}: TimeBudgetOptions): MiddlewareHandler {
  const clients = new Map<string, Client>();
  let lastSweep = 0;
  /** Charges the time since the last update if the client had a request in flight, and refills. */
  const update = (client: Client, time: number) => {
    const elapsed = time - client.at;
    if (client.inFlight > 0) client.balance -= elapsed;
    client.balance = Math.min(burstMs, client.balance + (elapsed / 1000) * msPerSecond);
    client.at = time;
  };
  return async (c, next) => {
    const id = key(c);
    const started = now();
    let client = clients.get(id);
    if (!client) clients.set(id, (client = { balance: burstMs, at: started, inFlight: 0 }));
    update(client, started);
    if (client.balance <= 0) {
      c.header('Retry-After', String(Math.max(1, Math.ceil(-client.balance / msPerSecond))));
      return sendProblem(c, problem(429, 'rate-limited', 'Too many requests; try again later'));
    }
    client.inFlight++;
    try {
      await next();
    } finally {
      const finished = now();
      update(client, finished);
      client.inFlight--;
      // Bounded memory; swept at most once a second, so that many clients do not make every request dear.
      if (clients.size > 10_000 && finished - lastSweep > 1000) {
        lastSweep = finished;
        forgetRested(clients, finished, burstMs, msPerSecond);
      }
    }
    return undefined;
  };
}

/** Forget clients with nothing in flight whose balance has refilled: they start full when they come back. */
function forgetRested(clients: Map<string, Client>, time: number, burstMs: number, msPerSecond: number) {
  for (const [id, client] of clients) {
    if (client.inFlight === 0 && client.balance + ((time - client.at) / 1000) * msPerSecond >= burstMs) {
      clients.delete(id);
    }
  }
}

/** WW_CLIENT_MS_PER_SECOND: a number of milliseconds from 1 to 1000, `off`, or unset for the default. */
export function clientTimeShare(setting: string | undefined, fallback: number): number | undefined {
  if (setting === undefined || setting === '') return fallback;
  if (setting === 'off') return undefined;
  const ms = Number(setting);
  if (!Number.isFinite(ms) || ms <= 0 || ms > 1000) {
    throw new Error(
      `WW_CLIENT_MS_PER_SECOND must be a number of milliseconds from 1 to 1000, or off, not "${setting}"`,
    );
  }
  return ms;
}
