import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../../src/db/schema.js';
import { hashPassword } from '../../src/staff/passwords.js';

export const PASSWORD = 'correct horse battery staple';

/** An account with a password, straight into the database (the set-up link is tested on its own). */
export async function makeAccount(
  db: Kysely<Database>,
  { email, roles, name = email.split('@')[0]! }: { email: string; roles: StaffRole[]; name?: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('staff_accounts')
    .values({ id, email, display_name: name, roles, password_hash: await hashPassword(PASSWORD) })
    .execute();
  return id;
}

/** The `name=value` of a Set-Cookie header, for sending back as Cookie. */
export function cookieOf(response: { headers: Headers }): string {
  const setCookie = response.headers.get('Set-Cookie');
  assert.ok(setCookie, 'a Set-Cookie header');
  return setCookie.split(';')[0]!;
}

type Requester = (
  path: string,
  body: unknown,
  headers?: Record<string, string>,
) => Promise<{
  status: number;
  headers: Headers;
  body: any;
}>;

/** Signs in with the test password: the Cookie header to send and the CSRF token for writes. */
export async function signIn(post: Requester, email: string) {
  const response = await post('/staff/auth/login', { email, password: PASSWORD });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  const cookie = cookieOf(response);
  return {
    me: response.body,
    read: { Cookie: cookie },
    write: { Cookie: cookie, 'X-CSRF-Token': response.body.csrf_token as string },
  };
}
