import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { clientKey } from '../lib/client-key.js';
import { problem, sendProblem } from '../lib/problem.js';
import { rateLimit } from '../lib/rate-limit.js';
import { tokenIdentity } from './identity.js';
import { findStaffToken, hashToken, type ConfiguredStaffToken, type TokenIdentity } from './tokens.js';

export interface StaffAuthOptions {
  /** Tokens configured by environment (WW_STAFF_TOKENS), checked before the database's. */
  staffTokens?: ConfiguredStaffToken[];
  /** Failed attempts allowed per client and minute before every request from it is refused. */
  failuresPerMinute?: number;
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/**
 * The staff API's gate: `Authorization: Bearer <token>`, whose SHA-256 is looked
 * up among the configured hashes and the live rows of `staff_tokens`. Sets
 * `staff` on the context. Answers 401 with `WWW-Authenticate: Bearer` otherwise.
 * A client past its failed attempts is refused with 429 before any lookup, until
 * its window ends; a right token then waits too, so guessing gains nothing.
 */
export function staffAuth({
  staffTokens = [],
  failuresPerMinute = 20,
}: StaffAuthOptions = {}): MiddlewareHandler<AppEnv> {
  const configured = staffTokens.map((token) => ({ ...token, digest: Buffer.from(token.hash, 'hex') }));
  const countFailure = rateLimit({ limit: failuresPerMinute, windowMs: 60_000, key: clientKey });
  const blockedUntil = new Map<string, number>();

  return async (c, next) => {
    // Staff answers hold personal data: no cache, shared or private, may keep them.
    c.header('Cache-Control', 'no-store');
    const client = clientKey(c);
    const blocked = blockedUntil.get(client);
    if (blocked !== undefined) {
      if (Date.now() < blocked) return tooMany(c, blocked);
      blockedUntil.delete(client);
    }

    const match = BEARER.exec(c.req.header('Authorization') ?? '');
    const hash = match ? hashToken(match[1]!) : undefined;
    const staff = hash ? (findConfigured(configured, hash) ?? (await findStaffToken(c.get('db'), hash))) : undefined;
    if (staff) {
      c.set('staff', tokenIdentity(staff));
      await next();
      return undefined;
    }

    const limited = await countFailure(c, async () => {});
    if (limited) {
      const retryAfter = Number(limited.headers.get('Retry-After') ?? 60);
      blockedUntil.set(client, Date.now() + retryAfter * 1000);
      // Forget old blocks so the map cannot grow without bound.
      if (blockedUntil.size > 10_000) {
        for (const [key, until] of blockedUntil) if (until <= Date.now()) blockedUntil.delete(key);
      }
      return limited;
    }
    // RFC 6750: no error code when no token was sent; invalid_token when one was and failed.
    c.header('WWW-Authenticate', match ? 'Bearer realm="staff", error="invalid_token"' : 'Bearer realm="staff"');
    return sendProblem(
      c,
      problem(401, 'unauthorized', 'A staff token is required', {
        detail: match ? 'The token is not known or was revoked.' : 'Send Authorization: Bearer <token>.',
      }),
    );
  };
}

/** For routes that change data: a read-only token gets 403 (RFC 6750 insufficient_scope). */
export const requireWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('staff')?.scope !== 'write') {
    c.header('WWW-Authenticate', 'Bearer realm="staff", error="insufficient_scope", scope="write"');
    return sendProblem(c, problem(403, 'forbidden', 'This token may only read'));
  }
  await next();
  return undefined;
};

/** Compares against every configured hash in constant time, without stopping at a match. */
function findConfigured(
  configured: (ConfiguredStaffToken & { digest: Buffer })[],
  hash: string,
): TokenIdentity | undefined {
  const digest = Buffer.from(hash, 'hex');
  let found: TokenIdentity | undefined;
  for (const token of configured) {
    if (timingSafeEqual(token.digest, digest) && !found) found = token;
  }
  return found;
}

function tooMany(c: Context, until: number): Response {
  c.header('Retry-After', String(Math.max(1, Math.ceil((until - Date.now()) / 1000))));
  return sendProblem(c, problem(429, 'rate-limited', 'Too many failed attempts; try again later'));
}
