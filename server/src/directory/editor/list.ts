import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { readVerificationPolicy, verificationState, type VerificationState } from '../verification-policy.js';
import { TEXT_FIELDS } from './schemas.js';

export interface DirectoryListFilters {
  q?: string | undefined;
  availability?: 'accepting' | 'waitlist' | 'full' | 'paused' | undefined;
  state?: 'due' | 'overdue' | 'drafts' | 'reports' | undefined;
  page: number;
  page_size: number;
}

/** "Due": due within this many days, or overdue (as the verification list counts it). */
const DUE_WITHIN_DAYS = 30;

const plusDays = (date: string, days: number) => {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

/**
 * The editor's list of services, by name: filtered by words of the name or organization, availability, and state
 * (due or overdue for re-verification, with machine drafts, with open reports). Verification is computed by the one
 * policy function for every candidate, then the page is cut.
 */
export async function listDirectory(db: Kysely<Database>, filters: DirectoryListFilters, today: string) {
  let query = db
    .selectFrom('services as s')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .select([
      's.id',
      's.name',
      'o.name as organization_name',
      's.availability',
      's.availability_since',
      's.availability_until',
      's.last_verified',
      's.badge_codes',
      sql<number>`(SELECT count(*) FROM service_reports r WHERE r.service_id = s.id AND r.status = 'open')::int`.as(
        'open_reports',
      ),
      sql<number>`(SELECT count(*) FROM translations t WHERE t.entity = 'service' AND t.entity_id = s.id
        AND t.method = 'machine' AND t.field IN (${sql.join([...TEXT_FIELDS])}))::int`.as('draft_texts'),
    ])
    .orderBy('s.name')
    .orderBy('s.id');
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('s.name', 'ilike', like), eb('o.name', 'ilike', like)]));
  }
  if (filters.availability) query = query.where('s.availability', '=', filters.availability);
  const rows = await query.execute();
  const policy = await readVerificationPolicy(db);
  const soon = plusDays(today, DUE_WITHIN_DAYS);
  const keep = (row: (typeof rows)[number], verification: VerificationState) => {
    switch (filters.state) {
      case 'due':
        return verification.due !== null && verification.due <= soon;
      case 'overdue':
        return verification.overdue;
      case 'drafts':
        return Number(row.draft_texts) > 0;
      case 'reports':
        return Number(row.open_reports) > 0;
      default:
        return true;
    }
  };
  const matching = rows.flatMap((row) => {
    const verification = verificationState(row.last_verified, row.badge_codes, policy, today);
    return keep(row, verification) ? [{ row, verification }] : [];
  });
  const start = (filters.page - 1) * filters.page_size;
  return {
    items: matching.slice(start, start + filters.page_size).map(({ row, verification }) => ({
      id: row.id,
      name: row.name,
      organization_name: row.organization_name,
      availability: { status: row.availability, since: row.availability_since, until: row.availability_until },
      verification,
      open_reports: Number(row.open_reports),
      draft_texts: Number(row.draft_texts),
    })),
    total: matching.length,
  };
}
