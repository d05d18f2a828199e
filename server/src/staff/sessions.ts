import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, StaffAccountTable } from '../db/schema.js';
import type { StaffIdentity } from './identity.js';

/** However busy the desk, a session ends 12 hours after sign-in. */
export const SESSION_LIFETIME_MS = 12 * 3600_000;
export const DEFAULT_IDLE_MINUTES = 30;
/** last_seen_at is written at most this often, sparing a write per request. */
const TOUCH_EVERY_MS = 60_000;

export type SessionAccount = Pick<
  Selectable<StaffAccountTable>,
  'id' | 'email' | 'display_name' | 'roles' | 'location_ids' | 'locale' | 'totp_secret_enc'
>;

export interface StaffSession {
  idHash: string;
  csrfToken: string;
  account: SessionAccount;
}

/** What is stored for a cookie: its SHA-256 (hex). A copy of the table signs nobody in. */
export function hashSessionId(cookieValue: string): string {
  return createHash('sha256').update(cookieValue, 'utf8').digest('hex');
}

/**
 * A new session for a sign-in: a fresh random id every time, never one the
 * browser sent before, so a cookie planted before sign-in (session fixation)
 * is never the signed-in session. Returns the cookie value, which is not stored.
 */
export async function createSession(
  db: Kysely<Database>,
  accountId: string,
  now = new Date(),
): Promise<{ cookieValue: string; csrfToken: string }> {
  const cookieValue = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db
    .insertInto('staff_sessions')
    .values({
      id_hash: hashSessionId(cookieValue),
      account_id: accountId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_LIFETIME_MS),
    })
    .execute();
  return { cookieValue, csrfToken };
}

/**
 * The live session of a cookie and its account, or undefined: unknown, past
 * its 12 hours, idle too long, or its account disabled. An ended session's
 * row is deleted. A live one's last_seen_at moves on (at most once a minute).
 */
export async function findSession(
  db: Kysely<Database>,
  cookieValue: string,
  idleMinutes: number,
  now = new Date(),
): Promise<StaffSession | undefined> {
  const idHash = hashSessionId(cookieValue);
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_accounts as a', 'a.id', 's.account_id')
    .select([
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'a.id',
      'a.email',
      'a.display_name',
      'a.roles',
      'a.location_ids',
      'a.locale',
      'a.totp_secret_enc',
      'a.disabled_at',
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const time = now.getTime();
  const idleSince = time - new Date(row.last_seen_at).getTime();
  if (row.disabled_at || time >= new Date(row.expires_at).getTime() || idleSince >= idleMinutes * 60_000) {
    await deleteSession(db, idHash);
    return undefined;
  }
  if (idleSince >= TOUCH_EVERY_MS) {
    await db.updateTable('staff_sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }
  const { csrf_token: csrfToken, last_seen_at: _seen, expires_at: _expires, disabled_at: _disabled, ...account } = row;
  return { idHash, csrfToken, account };
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
}

/** Sign out everywhere, or an account disabled: every session of the account ends. */
export async function deleteAccountSessions(db: Kysely<Database>, accountId: string): Promise<number> {
  const result = await db.deleteFrom('staff_sessions').where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Rows of sessions that ended without a sign-out; run now and then so the table stays small. */
export async function deleteEndedSessions(db: Kysely<Database>, idleMinutes: number, now = new Date()) {
  const idleBefore = new Date(now.getTime() - idleMinutes * 60_000);
  await db
    .deleteFrom('staff_sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleBefore)]))
    .execute();
}

/** A session's identity: the account's roles and grants; a session may write what its roles allow. */
export function sessionIdentity({ account }: StaffSession): StaffIdentity {
  return {
    name: account.display_name,
    scope: 'write',
    roles: account.roles,
    via: 'session',
    accountId: account.id,
    locationIds: account.location_ids,
  };
}
