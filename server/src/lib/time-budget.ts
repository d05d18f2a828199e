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

/**
 * A limit on the server time each client takes, not on its number of
 * requests: every answer costs its client what it took to make, and a client
 * whose balance is spent gets 429 with Retry-After until it has earned it
 * back. Counting requests alone let one client repeating a dear request (a
 * far calendar window, the widest distance search) take most of the event
 * loop while staying under the count, and every visitor's search waited
 * behind it. Memory only, per process (each process's time is its own).
 */
export function timeBudget({
  msPerSecond,
  burstMs,
  key,
  now = () => performance.now(),
}: TimeBudgetOptions): MiddlewareHandler {
  const balances = new Map<string, { ms: number; at: number }>();
  let lastSweep = 0;
  const balanceOf = (id: string, time: number) => {
    const known = balances.get(id);
    if (!known) return { ms: burstMs, at: time };
    return { ms: Math.min(burstMs, known.ms + ((time - known.at) / 1000) * msPerSecond), at: time };
  };
  return async (c, next) => {
    const id = key(c);
    const started = now();
    const balance = balanceOf(id, started);
    if (balance.ms <= 0) {
      balances.set(id, balance);
      c.header('Retry-After', String(Math.max(1, Math.ceil(-balance.ms / msPerSecond))));
      return sendProblem(c, problem(429, 'rate-limited', 'Too many requests; try again later'));
    }
    try {
      await next();
    } finally {
      const finished = now();
      const after = balanceOf(id, finished);
      // Refilled over the request's own time, then charged for it: a slow answer costs its client, not others.
      balances.set(id, { ms: after.ms - (finished - started), at: finished });
      // Bounded memory; swept at most once a second, so that many clients do not make every request dear.
      if (balances.size > 10_000 && finished - lastSweep > 1000) {
        lastSweep = finished;
        forgetFull(balances, finished, burstMs, msPerSecond);
      }
    }
    return undefined;
  };
}

/** Forget clients whose balance has refilled: they start full when they come back. */
function forgetFull(
  balances: Map<string, { ms: number; at: number }>,
  time: number,
  burstMs: number,
  msPerSecond: number,
) {
  for (const [id, balance] of balances) {
    if (balance.ms + ((time - balance.at) / 1000) * msPerSecond >= burstMs) balances.delete(id);
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
