import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { ownOrigin } from '../lib/own-origin.js';
import { problem, type Problem } from '../lib/problem.js';
import type { SessionSettings } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a write made with the session cookie is refused, if it is: the
 * X-CSRF-Token header must be the session's token (which only the desk's own
 * pages can read, from /v1/staff/me), and an Origin header, when the browser
 * sends one, must be this server's. SameSite=Strict already keeps the cookie
 * off other sites' requests; this holds even where it does not.
 */
export function csrfRefusal(c: Context, csrfToken: string, settings: SessionSettings): Problem<403> | undefined {
  if (SAFE_METHODS.has(c.req.method)) return undefined;
  const origin = c.req.header('Origin');
  if (origin !== undefined && origin !== ownOrigin(c, settings.publicUrl)) {
    return problem(403, 'csrf', 'This request came from another site', {
      detail: 'Writes are accepted only from the desk on this server.',
    });
  }
  if (!sameSecret(c.req.header('X-CSRF-Token'), csrfToken)) {
    return problem(403, 'csrf', 'The request is missing its CSRF token', {
      detail: 'Send X-CSRF-Token with the csrf_token from GET /v1/staff/me.',
    });
  }
  return undefined;
}

/** Refuses a sign-in posted from another site's page (login CSRF): the Origin, when sent, must be ours. */
export function foreignOrigin(c: Context, settings: SessionSettings): Problem<403> | undefined {
  const origin = c.req.header('Origin');
  if (origin === undefined || origin === ownOrigin(c, settings.publicUrl)) return undefined;
  return problem(403, 'csrf', 'This request came from another site');
}

function sameSecret(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
