import { executeServerCommand } from '@web/test-runner-commands';
import type { Me } from '../../src/staff/core/types.js';

/** The test server's accounts (server/src/cli/test-server.ts), all with this password. */
export const PASSWORD = 'correct horse battery staple';
export const ACCOUNTS = {
  desk: 'desk@desk.test',
  colleague: 'colleague@desk.test',
  admin: 'admin@desk.test',
  editor: 'editor@desk.test',
} as const;

let csrf: string | null = null;

/** Signs in as the page's session (the cookie is the page's, as the desk's would be). */
export async function signInAs(who: keyof typeof ACCOUNTS): Promise<Me> {
  const response = await fetch('/staff/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ACCOUNTS[who], password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${who}: ${response.status} ${await response.text()}`);
  const me = (await response.json()) as Me;
  csrf = me.csrf_token;
  return me;
}

/**
 * Ends the page's session, whoever it is. Asks /v1/staff/me for the CSRF token only when there is a session
 * (the desk may have signed in anew): a staff request without any credentials counts as a failed attempt.
 */
export async function signOutPage(): Promise<void> {
  const logout = () => fetch('/staff/auth/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrf ?? '' } });
  if ((await logout()).status === 403) {
    const me = await fetch('/v1/staff/me');
    csrf = me.ok ? ((await me.json()) as Me).csrf_token : null;
    const again = await logout();
    if (!again.ok) throw new Error(`sign-out: ${again.status}`);
  }
  csrf = null;
}

/** A write as the page's session (cookie and CSRF token). */
export async function sessionWrite(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf ?? '' },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

/** A call with the test server's write token: another member of staff, as scripts act. */
export async function asToken<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-staff-token' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** What only the server can make: a demo sign-in token, a set-up token for an account. */
export const demoToken = (): Promise<string> =>
  executeServerCommand('desk-server', { command: 'demo-token' }) as Promise<string>;
export const setupToken = (email: string): Promise<string> =>
  executeServerCommand('desk-server', { command: 'setup-link', email }) as Promise<string>;

/** A web inquiry as the public form sends it: by email, in `language`. */
export async function webInquiry(language = 'es', email = 'maria@example.org'): Promise<{ reference: string }> {
  const response = await fetch('/v1/inquiries', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      topic: 'immigration-legal',
      message: 'Necesito ayuda con mi solicitud de ciudadanía.',
      preferred_language: language,
      contact_method: 'email',
      email,
      name: 'María Pérez',
      consent: true,
      idempotency_key: crypto.randomUUID(),
    }),
  });
  if (!response.ok) throw new Error(`inquiry: ${response.status} ${await response.text()}`);
  return (await response.json()) as { reference: string };
}
