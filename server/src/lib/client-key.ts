import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * How many reverse proxies in front append to X-Forwarded-For, from
 * WW_TRUST_PROXY: unset or `false` none, `true` one, or a number (1 to 10).
 * Anything else is refused, so that a typo does not silently trust nothing.
 */
export function trustedProxyHops(setting: string | undefined): number {
  if (setting === undefined || setting === '' || setting === 'false') return 0;
  if (setting === 'true') return 1;
  if (/^(?:[1-9]|10)$/.test(setting)) return Number(setting);
  throw new Error(`WW_TRUST_PROXY must be true, false or a number of proxies from 1 to 10, not "${setting}"`);
}

/**
 * Who a request comes from, for rate limits only (kept in memory, never
 * logged): the socket's address, or, behind N trusted proxies, the address the
 * outermost of them added to X-Forwarded-For: the N-th from the right. Entries
 * further left were written by the client and prove nothing. A shorter list
 * (a request that came through fewer proxies) gives its left-most entry, which
 * a trusted proxy still added.
 */
export function clientKey(c: Context): string {
  const hops = trustedProxyHops(process.env.WW_TRUST_PROXY);
  if (hops > 0) {
    const chain = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const address = chain[Math.max(0, chain.length - hops)];
    if (address) return address;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests) have no socket.
    return 'local';
  }
}
