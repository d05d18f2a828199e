import type { Context } from 'hono';
import { trustedProxyHops } from './client-key.js';

/**
 * The origin people reach this server at: WW_PUBLIC_URL's when configured,
 * else the request's own (its Host), with the scheme a trusted reverse proxy
 * reports in X-Forwarded-Proto (TLS usually ends at the proxy).
 */
export function ownOrigin(c: Context, publicUrl: string | undefined): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const url = new URL(c.req.url);
  const forwarded = forwardedProto(c);
  if (forwarded) url.protocol = `${forwarded}:`;
  return url.origin;
}

/** Whether people reach this server over HTTPS, so cookies must be Secure. */
export function isHttps(c: Context, publicUrl: string | undefined): boolean {
  return ownOrigin(c, publicUrl).startsWith('https:');
}

/** X-Forwarded-Proto, believed only behind a trusted proxy (WW_TRUST_PROXY). */
function forwardedProto(c: Context): 'http' | 'https' | undefined {
  if (trustedProxyHops(process.env.WW_TRUST_PROXY) === 0) return undefined;
  const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'http' || proto === 'https' ? proto : undefined;
}
