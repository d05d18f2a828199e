import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import type { AccountRow } from './accounts.js';
import { acceptCode, codeStep, newTotpSecret } from './totp.js';

/**
 * Starts enrolling an authenticator: a new secret, kept encrypted as pending
 * until a first code confirms it (the account's current one, if any, stays in
 * force until then).
 */
export async function startTotp(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  account: Pick<AccountRow, 'id' | 'email'>,
): Promise<{ secret: string; uri: string }> {
  const enrolment = newTotpSecret(account.email);
  await db
    .updateTable('staff_accounts')
    .set({ totp_pending_enc: crypto.encrypt(enrolment.secret) })
    .where('id', '=', account.id)
    .execute();
  return enrolment;
}

/** Confirms the pending secret with a code from it; the code's step counts as used. False when wrong or none pending. */
export async function confirmTotp(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  accountId: string,
  code: string,
  now = Date.now(),
): Promise<boolean> {
  const row = await db
    .selectFrom('staff_accounts')
    .select('totp_pending_enc')
    .where('id', '=', accountId)
    .executeTakeFirst();
  const pending = row?.totp_pending_enc;
  if (!pending) return false;
  const step = codeStep(crypto.decrypt(pending)!, code, now);
  if (step === null) return false;
  const result = await db
    .updateTable('staff_accounts')
    .set({ totp_secret_enc: pending, totp_pending_enc: null, totp_last_step: step })
    .where('id', '=', accountId)
    .where('totp_pending_enc', '=', pending)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Checks a code of the account's active secret, once (see acceptCode). False without one. */
export async function checkAccountCode(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  account: Pick<AccountRow, 'id' | 'totp_secret_enc'>,
  code: string | undefined,
): Promise<boolean> {
  if (!account.totp_secret_enc) return false;
  return acceptCode(db, account.id, crypto.decrypt(account.totp_secret_enc)!, code);
}

/** Removes the authenticator, proven by a current code from it. */
export async function removeTotp(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  account: Pick<AccountRow, 'id' | 'totp_secret_enc'>,
  code: string,
): Promise<boolean> {
  if (!(await checkAccountCode(db, crypto, account, code))) return false;
  await db
    .updateTable('staff_accounts')
    .set({ totp_secret_enc: null, totp_pending_enc: null })
    .where('id', '=', account.id)
    .execute();
  return true;
}
