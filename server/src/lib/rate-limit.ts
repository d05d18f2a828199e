import type { Context, MiddlewareHandler } from 'hono';
import { problem, sendProblem } from './problem.js';

/** API reads per address and minute: twenty a second, generous for a branch library's public computers behind one address. */
export const DEFAULT_READS_PER_MINUTE = 1200;

export interface RateLimitOptions {
  /** Requests allowed per window and client. */
  limit: number;
  windowMs: number;
  /** Who a request comes from; the key stays in memory only and is never logged. */
  key: (c: Context) => string;
  now?: () => number;
  /**
   * Count only the answers this accepts (failed lookups: a 404), after they are made; a client past the
   * limit is refused before. Unset, every request counts.
   */
  counts?: (status: number) => boolean;
  /** The 429 problem's type slug and title (a limit of its own says which one was hit). */
  slug?: string;
  title?: string;
}

/**
 * A fixed-window rate limit for the write endpoints (inquiries, registrations):
 * past the limit a 429 problem with Retry-After. Memory only, per process.
 */
export function rateLimit({
  limit,
  windowMs,
  key,
  now = Date.now,
  counts,
  slug = 'rate-limited',
  title = 'Too many requests; try again later',
}: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = -Infinity;
  const current = (id: string, time: number) => {
    let window = windows.get(id);
    if (!window || time - window.start >= windowMs) {
      window = { start: time, count: 0 };
      windows.set(id, window);
      // Forget old windows so the map cannot grow without bound; at most once a second, since with many clients
      // in one window (a busy city) a sweep on each new client made every request pay for all of them.
      if (windows.size > 10_000 && time - lastSweep >= 1000) {
        lastSweep = time;
        for (const [k, w] of windows) if (time - w.start >= windowMs) windows.delete(k);
      }
    }
    return window;
  };
  return async (c, next) => {
    const time = now();
    const id = key(c);
    // Counting outcomes, a window starts at the first counted answer, not at any request.
    const window = counts ? windows.get(id) : current(id, time);
    const open = window && time - window.start < windowMs;
    if (window && !counts) window.count++;
    const used = open ? window.count : 0;
    c.header('RateLimit-Limit', String(limit));
    c.header('RateLimit-Remaining', String(Math.max(0, limit - used)));
    if (open && (counts ? used >= limit : used > limit)) {
      const retryAfter = Math.ceil((window.start + windowMs - time) / 1000);
      c.header('Retry-After', String(retryAfter));
      return sendProblem(c, problem(429, slug, title));
    }
    await next();
    if (counts?.(c.res.status)) current(id, time).count++;
    return undefined;
  };
}
