import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { problem, sendProblem } from '../lib/problem.js';
import { csrfRefusal } from './csrf.js';
import { failureGate } from './failure-gate.js';
import { tokenIdentity } from './identity.js';
import { clearSessionCookie, readSessionCookie, type SessionSettings } from './session-cookie.js';
import { DEFAULT_IDLE_MINUTES, findSession, sessionIdentity } from './sessions.js';
import { findStaffToken, hashToken, type ConfiguredStaffToken, type TokenIdentity } from './tokens.js';

export interface StaffAuthOptions {
  /** Tokens configured by environment (WW_STAFF_TOKENS), checked before the database's. */
  staffTokens?: ConfiguredStaffToken[];
  /** Failed attempts allowed per client and minute before every request from it is refused. */
  failuresPerMinute?: number;
  /** Desk sessions: idle timeout and the public URL (the origin writes must come from). */
  sessions?: SessionSettings;
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/**
 * The staff API's gate: `Authorization: Bearer <token>`, whose SHA-256 is looked
 * up among the configured hashes and the live rows of `staff_tokens`; without
 * that header, the desk's session cookie (writes then need the CSRF token).
 * Sets `staff` on the context. Answers 401 with `WWW-Authenticate: Bearer` otherwise.
 * A client past its failed attempts (wrong tokens; a request with no credential
 * is not one) is refused with 429 before any lookup, until its window ends; a
 * right token then waits too, so guessing gains nothing.
 */
export function staffAuth({
  staffTokens = [],
  failuresPerMinute = 20,
  sessions = { idleMinutes: DEFAULT_IDLE_MINUTES },
}: StaffAuthOptions = {}): MiddlewareHandler<AppEnv> {
  const configured = staffTokens.map((token) => ({ ...token, digest: Buffer.from(token.hash, 'hex') }));
  const failures = failureGate({ limit: failuresPerMinute, windowMs: 60_000 });

  return async (c, next) => {
    // Staff answers hold personal data: no cache, shared or private, may keep them.
    c.header('Cache-Control', 'no-store');
    const blocked = failures.blockedFor(c);
    if (blocked !== undefined) return tooMany(c, blocked);

    const authorization = c.req.header('Authorization');
    const cookie = authorization === undefined ? readSessionCookie(c, sessions) : undefined;
    if (cookie !== undefined) return withSession(c, cookie, sessions, next);

    const match = BEARER.exec(authorization ?? '');
    const hash = match ? hashToken(match[1]!) : undefined;
    const staff = hash ? (findConfigured(configured, hash) ?? (await findStaffToken(c.get('db'), hash))) : undefined;
    if (staff) {
      c.set('staff', tokenIdentity(staff));
      await next();
      return undefined;
    }

    // Only a credential that failed counts: a signed-out desk asking who is there guesses nothing,
    // and counting it would lock a whole office behind one address out of its own desk.
    if (authorization !== undefined) {
      const retryAfter = await failures.fail(c);
      if (retryAfter !== undefined) return tooMany(c, retryAfter);
    }
    // RFC 6750: no error code when no token was sent; invalid_token when one was and failed.
    c.header('WWW-Authenticate', match ? 'Bearer realm="staff", error="invalid_token"' : 'Bearer realm="staff"');
    return sendProblem(
      c,
      problem(401, 'unauthorized', 'Sign in, or send a staff token', {
        detail: match
          ? 'The token is not known or was revoked.'
          : 'Sign in at /staff/, or send Authorization: Bearer <token>.',
      }),
    );
  };
}

/**
 * A request with the session cookie: a live session and, for a write, the
 * right CSRF token and no foreign Origin. A cookie whose session ended (idle,
 * 12 hours, signed out, account disabled) is cleared and answered 401
 * `session-expired`, which the desk shows as "sign in again". Not counted as a
 * failed attempt: a whole office behind one address comes back from lunch.
 */
async function withSession(
  c: Context<AppEnv>,
  cookie: string,
  settings: SessionSettings,
  next: () => Promise<void>,
): Promise<Response | undefined> {
  const session = await findSession(c.get('db'), cookie, settings.idleMinutes);
  if (!session) {
    clearSessionCookie(c, settings);
    return sendProblem(
      c,
      problem(401, 'session-expired', 'Your session has ended', { detail: 'Sign in again to go on.' }),
    );
  }
  const refusal = csrfRefusal(c, session.csrfToken, settings);
  if (refusal) return sendProblem(c, refusal);
  c.set('staff', sessionIdentity(session));
  c.set('staffSession', session);
  await next();
  return undefined;
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

function tooMany(c: Context, seconds: number): Response {
  c.header('Retry-After', String(seconds));
  return sendProblem(c, problem(429, 'rate-limited', 'Too many failed attempts; try again later'));
}
