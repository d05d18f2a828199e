import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { readVerificationPolicy, verificationState, type VerificationState } from '../verification-policy.js';
import { confirmListing, lockService } from './confirm.js';

export type StaffVerifyOutcome =
  | { kind: 'ok'; version: number; verification: VerificationState }
  | { kind: 'missing' }
  | { kind: 'stale'; version: number; changedBy: string | null; changedAt: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Staff checked a listing themselves (by phone): confirmed as of `today`, under If-Match (`versions`; undefined
 * for `*`), so a verify never lands on a version the person did not see.
 */
export async function verifyByStaff(
  db: Kysely<Database>,
  serviceId: string,
  { versions, staffId, today, now }: { versions: number[] | undefined; staffId: string; today: string; now: Date },
): Promise<StaffVerifyOutcome> {
  const policy = await readVerificationPolicy(db);
  return db.transaction().execute(async (tx) => {
    const current = await lockService(tx, serviceId);
    if (!current) return { kind: 'missing' };
    if (versions && !versions.includes(current.version)) {
      const by =
        current.updated_by && UUID.test(current.updated_by)
          ? await tx
              .selectFrom('staff_accounts')
              .select('display_name')
              .where('id', '=', current.updated_by)
              .executeTakeFirst()
          : undefined;
      return {
        kind: 'stale',
        version: current.version,
        changedBy: by?.display_name ?? null,
        changedAt: new Date(current.last_modified).toISOString(),
      };
    }
    const version = await confirmListing(tx, serviceId, { kind: 'verify', changedBy: staffId, today, now });
    const { badge_codes } = await tx
      .selectFrom('services')
      .select('badge_codes')
      .where('id', '=', serviceId)
      .executeTakeFirstOrThrow();
    return { kind: 'ok', version, verification: verificationState(today, badge_codes, policy, today) };
  });
}
