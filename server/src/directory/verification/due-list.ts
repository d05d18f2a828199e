import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  isAccredited,
  readVerificationPolicy,
  verificationState,
  type VerificationState,
} from '../verification-policy.js';

/** What the desk lists: due within this many days, or overdue. */
export const DUE_WITHIN_DAYS = 30;

export type DueFilter = 'due' | 'overdue' | 'all';

export interface LastRequest {
  created_at: string;
  expires_at: string;
  used_at: string | null;
  outcome: 'confirmed' | 'corrected' | null;
}

export interface DueItem {
  service_id: string;
  service_name: string;
  /** The service's version: If-Match for "mark verified". */
  version: number;
  verification: VerificationState;
  accredited: boolean;
  /** Whether a contact is on file to mail a request to (never the contact itself). */
  contact: boolean;
  last_request: LastRequest | null;
}

const iso = (value: unknown) => new Date(value as string).toISOString();

function plusDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The active services to re-verify, by due date (never verified first), one page. Due dates come from the
 * office's policy through `verificationState` alone; the directory is read whole, which is a few thousand rows.
 */
export async function listDue(
  db: Kysely<Database>,
  { state, today, page, pageSize }: { state: DueFilter; today: string; page: number; pageSize: number },
): Promise<{ items: DueItem[]; total: number }> {
  const policy = await readVerificationPolicy(db);
  const services = await db
    .selectFrom('services')
    .select([
      'id',
      'name',
      'version',
      'last_verified',
      'badge_codes',
      sql<boolean>`verification_contact IS NOT NULL`.as('contact'),
    ])
    .where('status', '=', 'active')
    .execute();
  const horizon = plusDays(today, DUE_WITHIN_DAYS);
  const listed = services
    .map((s) => ({ s, verification: verificationState(s.last_verified, s.badge_codes, policy, today) }))
    .filter(({ verification }) =>
      state === 'all' ? true : state === 'overdue' ? verification.overdue : verification.due! <= horizon,
    )
    .sort(
      (a, b) =>
        (a.verification.due ?? '').localeCompare(b.verification.due ?? '') ||
        a.s.name.localeCompare(b.s.name) ||
        a.s.id.localeCompare(b.s.id),
    );
  const shown = listed.slice((page - 1) * pageSize, page * pageSize);
  const last = await lastRequests(
    db,
    shown.map(({ s }) => s.id),
  );
  return {
    total: listed.length,
    items: shown.map(({ s, verification }) => ({
      service_id: s.id,
      service_name: s.name,
      version: s.version,
      verification,
      accredited: isAccredited(s.badge_codes),
      contact: s.contact,
      last_request: last.get(s.id) ?? null,
    })),
  };
}

/** The newest request of each service. */
async function lastRequests(db: Kysely<Database>, serviceIds: string[]): Promise<Map<string, LastRequest>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('verification_requests')
    .select(['service_id', 'created_at', 'expires_at', 'used_at', 'outcome'])
    .distinctOn('service_id')
    .where('service_id', 'in', serviceIds)
    .orderBy('service_id')
    .orderBy('created_at', 'desc')
    .execute();
  return new Map(
    rows.map((r) => [
      r.service_id,
      {
        created_at: iso(r.created_at),
        expires_at: iso(r.expires_at),
        used_at: r.used_at ? iso(r.used_at) : null,
        outcome: r.outcome,
      },
    ]),
  );
}
