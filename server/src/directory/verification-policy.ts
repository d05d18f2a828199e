import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { bumpDirectoryVersion } from './version.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * How often listings are re-verified (an office setting, key `verification`): accredited legal providers more
 * often, since their badge is the visitor's answer to notario fraud; and how long a provider's signed link lasts.
 */
export interface VerificationPolicy {
  interval_days: number;
  accredited_interval_days: number;
  link_days: number;
}

export const DEFAULT_VERIFICATION_POLICY: VerificationPolicy = {
  interval_days: 365,
  accredited_interval_days: 180,
  link_days: 14,
};

/** The badges that make a service an accredited legal provider. */
export const ACCREDITED_BADGES: readonly string[] = [
  'doj-recognized-organization',
  'doj-accredited-representative',
  'attorney',
];

export const isAccredited = (badgeCodes: readonly string[]) => badgeCodes.some((c) => ACCREDITED_BADGES.includes(c));

export async function readVerificationPolicy(db: Db): Promise<VerificationPolicy> {
  const row = await db
    .selectFrom('office_settings')
    .select('value')
    .where('key', '=', 'verification')
    .executeTakeFirst();
  const stored = (row?.value ?? {}) as Partial<Record<keyof VerificationPolicy, unknown>>;
  const days = (key: keyof VerificationPolicy) => {
    const value = Number(stored[key]);
    return Number.isInteger(value) && value > 0 ? value : DEFAULT_VERIFICATION_POLICY[key];
  };
  return {
    interval_days: days('interval_days'),
    accredited_interval_days: days('accredited_interval_days'),
    link_days: days('link_days'),
  };
}

const keptPolicies = new WeakMap<Kysely<Database>, { version: string; policy: Promise<VerificationPolicy> }>();

/**
 * The policy for answers computed from directory `version` (known current by the caller), read once per version:
 * a change of policy bumps the version (writeVerificationPolicy), so the policy kept for a version is never stale.
 */
export function verificationPolicyAt(db: Kysely<Database>, version: string | undefined): Promise<VerificationPolicy> {
  if (version === undefined) return readVerificationPolicy(db);
  const kept = keptPolicies.get(db);
  if (kept?.version === version) return kept.policy;
  const policy = readVerificationPolicy(db);
  keptPolicies.set(db, { version, policy });
  policy.catch(() => keptPolicies.get(db)?.policy === policy && keptPolicies.delete(db));
  return policy;
}

/** Public answers show whether a listing is overdue, so a new policy bumps the directory version with it. */
export async function writeVerificationPolicy(
  db: Kysely<Database>,
  policy: VerificationPolicy,
  updatedBy: string,
): Promise<void> {
  const value = JSON.stringify(policy);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('office_settings')
      .values({ key: 'verification', value, updated_by: updatedBy })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_by: updatedBy, updated_at: new Date() }))
      .execute();
    await bumpDirectoryVersion(trx);
  });
}

/** A listing's verification: when it was last verified, when it is due again, and whether that day has passed. */
export interface VerificationState {
  verified: string | null;
  due: string | null;
  overdue: boolean;
}

/**
 * `today` is the calendar date (YYYY-MM-DD) the office goes by. A listing never verified is due now and overdue.
 */
export function verificationState(
  lastVerified: string | null,
  badgeCodes: readonly string[],
  policy: VerificationPolicy,
  today: string,
): VerificationState {
  if (!lastVerified) return { verified: null, due: today, overdue: true };
  const interval = isAccredited(badgeCodes) ? policy.accredited_interval_days : policy.interval_days;
  const due = addDays(lastVerified, interval);
  return { verified: lastVerified, due, overdue: due < today };
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
