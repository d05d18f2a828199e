import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { checkAccountCode } from './account-totp.js';
import { findAccountByEmail, recordFailedSignIn, recordSignIn, type AccountRow } from './accounts.js';
import { verifyPassword } from './passwords.js';

export type PasswordSignIn =
  | { outcome: 'signed-in'; account: AccountRow }
  /** Same for an unknown email, a disabled account and a wrong password; `field` is 'code' for a wrong code. */
  | { outcome: 'failed'; account?: AccountRow | undefined; field?: 'code' }
  /** The password was right; the account needs its authenticator's code. */
  | { outcome: 'code-required'; account: AccountRow }
  | { outcome: 'locked'; account: AccountRow; until: Date };

/**
 * Signs in with email, password and (when the account has TOTP) a code. Every
 * email costs one scrypt, known or not. A locked account is refused before its
 * password is checked, so guessing during the lock learns nothing. A wrong
 * password or code counts towards the lock; a missing code does not.
 */
export async function signInWithPassword(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  credentials: { email: string; password: string; code?: string | undefined },
  now = new Date(),
): Promise<PasswordSignIn> {
  const found = await findAccountByEmail(db, credentials.email);
  const account = found && !found.disabled_at ? found : undefined;
  if (account?.locked_until && new Date(account.locked_until) > now) {
    return { outcome: 'locked', account, until: new Date(account.locked_until) };
  }
  const passwordRight = await verifyPassword(credentials.password, account?.password_hash);
  if (!account || !passwordRight) return failed(db, account, undefined, now);
  if (account.totp_secret_enc) {
    if (!credentials.code) return { outcome: 'code-required', account };
    if (!(await checkAccountCode(db, crypto, account, credentials.code))) return failed(db, account, 'code', now);
  }
  await recordSignIn(db, account.id);
  return { outcome: 'signed-in', account };
}

async function failed(
  db: Kysely<Database>,
  account: AccountRow | undefined,
  field: 'code' | undefined,
  now: Date,
): Promise<PasswordSignIn> {
  if (!account) return { outcome: 'failed' };
  const lockedUntil = await recordFailedSignIn(db, account.id, now);
  if (lockedUntil) return { outcome: 'locked', account, until: lockedUntil };
  return field ? { outcome: 'failed', account, field } : { outcome: 'failed', account };
}
