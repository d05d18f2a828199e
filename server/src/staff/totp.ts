import { Secret, TOTP } from 'otpauth';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const PERIOD_SECONDS = 30;
/** One step either side: a phone clock 30 s off still signs in. */
const WINDOW = 1;
const ISSUER = 'Welcome Widgets desk';

function totpFor(secret: string, label = 'staff'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
}

/** A new secret (160 random bits, base32) and the otpauth:// URI an authenticator app scans. */
export function newTotpSecret(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
}

/** A code as people type it: six digits, spaces and dashes ignored. */
export function normalizeCode(code: string | undefined): string | undefined {
  const digits = code?.replace(/[\s-]/g, '');
  return digits && /^\d{6}$/.test(digits) ? digits : undefined;
}

/** The time step the code belongs to, if it is right for `now` (within one step), else null. */
export function codeStep(secret: string, code: string | undefined, now = Date.now()): number | null {
  const token = normalizeCode(code);
  if (!token) return null;
  const delta = totpFor(secret).validate({ token, timestamp: now, window: WINDOW });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * Accepts a code once: it must be right and of a later time step than the
 * last one this account used. The check and the update are one statement, so
 * two requests racing with the same code cannot both pass.
 */
export async function acceptCode(
  db: Kysely<Database>,
  accountId: string,
  secret: string,
  code: string | undefined,
  now = Date.now(),
): Promise<boolean> {
  const step = codeStep(secret, code, now);
  if (step === null) return false;
  const result = await db
    .updateTable('staff_accounts')
    .set({ totp_last_step: step })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
