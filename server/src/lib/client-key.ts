import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * Who a request comes from, for rate limits only (kept in memory, never
 * logged): the socket's address, or the first X-Forwarded-For hop when
 * WW_TRUST_PROXY=true says a reverse proxy in front sets it.
 */
export function clientKey(c: Context): string {
  if (process.env.WW_TRUST_PROXY === 'true') {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests) have no socket.
    return 'local';
  }
}
