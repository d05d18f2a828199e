import type { Context } from 'hono';
import { clientKey } from '../lib/client-key.js';
import { rateLimit } from '../lib/rate-limit.js';

/**
 * Counts a client's failed attempts (wrong tokens, wrong passwords) per
 * window; past the limit the client is blocked until the window ends, and a
 * right answer then waits too, so guessing faster gains nothing. Memory only,
 * keyed by lib/client-key.ts, never logged.
 */
export function failureGate({ limit, windowMs }: { limit: number; windowMs: number }) {
  const countFailure = rateLimit({ limit, windowMs, key: clientKey });
  const blockedUntil = new Map<string, number>();
  return {
    /** Seconds this client must still wait, if it is blocked. */
    blockedFor(c: Context): number | undefined {
      const client = clientKey(c);
      const until = blockedUntil.get(client);
      if (until === undefined) return undefined;
      if (Date.now() < until) return Math.max(1, Math.ceil((until - Date.now()) / 1000));
      blockedUntil.delete(client);
      return undefined;
    },
    /** Counts one failure; the seconds to wait when that was one too many. */
    async fail(c: Context): Promise<number | undefined> {
      const limited = await countFailure(c, async () => {});
      if (!limited) return undefined;
      const retryAfter = Number(limited.headers.get('Retry-After') ?? windowMs / 1000);
      blockedUntil.set(clientKey(c), Date.now() + retryAfter * 1000);
      // Forget old blocks so the map cannot grow without bound.
      if (blockedUntil.size > 10_000) {
        for (const [key, until] of blockedUntil) if (until <= Date.now()) blockedUntil.delete(key);
      }
      return retryAfter;
    },
  };
}
