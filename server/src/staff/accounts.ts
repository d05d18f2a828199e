import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, StaffAccountTable, StaffRole } from '../db/schema.js';
import { deleteAccountSessions } from './sessions.js';

export type AccountRow = Selectable<StaffAccountTable>;

/** A set-up link works once, for 72 hours. */
export const SETUP_LINK_MS = 72 * 3600_000;
/** Failed sign-ins that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;

export class AccountExistsError extends Error {
  constructor() {
    super('An account with this email exists');
  }
}

/** Emails compare without case or surrounding space (the OIDC email claim links by it). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** SHA-256 (hex) of a one-time token: set-up links and demo sign-ins keep only this. */
export function hashOneTimeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOneTimeToken(token) };
}

/** Where a set-up token is used: the desk reads it from the fragment, which never reaches a server log. */
export function setupUrl(origin: string, token: string): string {
  return `${origin}/staff/#setup=${token}`;
}

export async function findAccount(db: Kysely<Database>, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAccountByEmail(db: Kysely<Database>, email: string): Promise<AccountRow | undefined> {
  return db.selectFrom('staff_accounts').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export async function listAccounts(db: Kysely<Database>): Promise<AccountRow[]> {
  return db.selectFrom('staff_accounts').selectAll().orderBy('display_name').orderBy('email').execute();
}

export interface NewAccount {
  email: string;
  displayName: string;
  roles: readonly StaffRole[];
  locationIds?: readonly string[] | undefined;
}

/** A new account with a set-up link (its token returned once); throws AccountExistsError for a taken email. */
export async function createAccount(
  db: Kysely<Database>,
  account: NewAccount,
  now = new Date(),
): Promise<{ account: AccountRow; setupToken: string }> {
  const { token, hash } = newOneTimeToken();
  try {
    const row = await db
      .insertInto('staff_accounts')
      .values({
        id: randomUUID(),
        email: normalizeEmail(account.email),
        display_name: account.displayName.trim(),
        roles: [...new Set(account.roles)],
        location_ids: [...new Set(account.locationIds ?? [])],
        setup_token_hash: hash,
        setup_expires_at: new Date(now.getTime() + SETUP_LINK_MS),
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { account: row, setupToken: token };
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new AccountExistsError();
    throw error;
  }
}

/** A fresh set-up link for an account (a forgotten password, a lost phone); the old one stops working. */
export async function renewSetupLink(db: Kysely<Database>, id: string, now = new Date()): Promise<string | undefined> {
  const { token, hash } = newOneTimeToken();
  const result = await db
    .updateTable('staff_accounts')
    .set({ setup_token_hash: hash, setup_expires_at: new Date(now.getTime() + SETUP_LINK_MS) })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? token : undefined;
}

/**
 * Uses a set-up link: sets the password, ends the link, unlocks the account.
 * One statement, so a link used twice at once works once. Undefined when the
 * link is unknown, used, expired or its account disabled.
 */
export async function completeSetup(
  db: Kysely<Database>,
  token: string,
  passwordHash: string,
  now = new Date(),
): Promise<AccountRow | undefined> {
  return db
    .updateTable('staff_accounts')
    .set({
      password_hash: passwordHash,
      setup_token_hash: null,
      setup_expires_at: null,
      failed_attempts: 0,
      locked_until: null,
    })
    .where('setup_token_hash', '=', hashOneTimeToken(token))
    .where('setup_expires_at', '>', now)
    .where('disabled_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export interface AccountChanges {
  display_name?: string | undefined;
  roles?: readonly StaffRole[] | undefined;
  location_ids?: readonly string[] | undefined;
  disabled?: boolean | undefined;
}

/** Changes an account; disabling it ends its sessions in the same transaction. Undefined when there is none. */
export async function updateAccount(
  db: Kysely<Database>,
  id: string,
  changes: AccountChanges,
  now = new Date(),
): Promise<AccountRow | undefined> {
  const values = {
    ...(changes.display_name !== undefined ? { display_name: changes.display_name.trim() } : {}),
    ...(changes.roles ? { roles: [...new Set(changes.roles)] } : {}),
    ...(changes.location_ids ? { location_ids: [...new Set(changes.location_ids)] } : {}),
    ...(changes.disabled === true ? { disabled_at: sql<Date>`coalesce(disabled_at, ${now})` } : {}),
    ...(changes.disabled === false ? { disabled_at: null } : {}),
  };
  if (!Object.keys(values).length) return findAccount(db, id);
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('staff_accounts')
      .set(values)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (row?.disabled_at) await deleteAccountSessions(tx, id);
    return row;
  });
}

/**
 * Counts a failed sign-in; the fifth in a row locks the account for 15
 * minutes (and starts the count again). Returns when it is locked until, if it is.
 */
export async function recordFailedSignIn(db: Kysely<Database>, id: string, now = new Date()): Promise<Date | null> {
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  const row = await db
    .updateTable('staff_accounts')
    .set({
      failed_attempts: sql<number>`CASE WHEN failed_attempts + 1 >= ${LOCK_AFTER_FAILURES} THEN 0 ELSE failed_attempts + 1 END`,
      locked_until: sql<Date>`CASE WHEN failed_attempts + 1 >= ${LOCK_AFTER_FAILURES} THEN ${lockUntil}::timestamptz ELSE locked_until END`,
    })
    .where('id', '=', id)
    .returning('locked_until')
    .executeTakeFirst();
  const until = row?.locked_until ? new Date(row.locked_until) : null;
  return until && until > now ? until : null;
}

/** A sign-in that worked: the count of failures starts again. */
export async function recordSignIn(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('staff_accounts').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();
}

/** Links an account to a provider's person (first OIDC sign-in matched by verified email). */
export async function linkProviderAccount(db: Kysely<Database>, id: string, issuer: string, subject: string) {
  await db
    .updateTable('staff_accounts')
    .set({ oidc_issuer: issuer, oidc_subject: subject })
    .where('id', '=', id)
    .execute();
}

export async function findProviderAccount(
  db: Kysely<Database>,
  issuer: string,
  subject: string,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom('staff_accounts')
    .selectAll()
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
}
