import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { isHttps } from '../lib/own-origin.js';

/** The session cookie's name; over HTTPS it carries the __Host- prefix (`__Host-ww_staff`). */
export const SESSION_COOKIE = 'ww_staff';

/** What the session settings of a server are: how long a desk may sit idle, and where people reach it. */
export interface SessionSettings {
  idleMinutes: number;
  /** WW_PUBLIC_URL: the origin writes must come from, and whether cookies are Secure. */
  publicUrl?: string | undefined;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), Path=/; over HTTPS also Secure with the __Host- prefix, which forbids a
 * Domain attribute so a sibling subdomain cannot set or shadow it. No Max-Age:
 * it ends with the browser, and the server ends it sooner (idle, 12 h).
 */
function cookieOptions(c: Context, settings: SessionSettings): CookieOptions {
  const secure = isHttps(c, settings.publicUrl);
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure, ...(secure ? { prefix: 'host' as const } : {}) };
}

export function readSessionCookie(c: Context, settings: SessionSettings): string | undefined {
  return isHttps(c, settings.publicUrl) ? getCookie(c, SESSION_COOKIE, 'host') : getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: Context, value: string, settings: SessionSettings): void {
  setCookie(c, SESSION_COOKIE, value, cookieOptions(c, settings));
}

export function clearSessionCookie(c: Context, settings: SessionSettings): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c, settings));
}
