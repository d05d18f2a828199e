import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { csvText, type CsvValue } from './csv.js';
import { whereFilters, type FilterScope, type InquiryFilters } from './filters.js';

/**
 * What a council report needs (month, topic, language, channel, referral,
 * resolution, time to resolve) and nothing more. No name, phone, email or
 * message: exports travel by email and shared drives and outlive the retention
 * purge, so personal data stays in the system. The query does not even read
 * the encrypted columns.
 */
export const EXPORT_COLUMNS = [
  'reference',
  'received_at',
  'channel',
  'kind',
  'topic',
  'preferred_language',
  'status',
  'referral',
  'referral_code',
  'resolution_code',
  'resolved_at',
  'days_to_resolution',
  'postcode',
] as const;

const DAY = 86_400_000;
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The inquiries matching the filters as CSV, oldest first. */
export async function exportInquiriesCsv(
  db: Kysely<Database>,
  filters: InquiryFilters,
  scope: FilterScope,
): Promise<string> {
  const rows = await db
    .selectFrom('inquiries')
    .select([
      'reference',
      'received_at',
      'channel',
      'kind',
      'topic',
      'preferred_language',
      'status',
      'referral',
      'referral_code',
      'resolution_code',
      'resolved_at',
      'postcode',
    ])
    .where(whereFilters(filters, scope))
    .orderBy('received_at')
    .orderBy('reference')
    .execute();
  return csvText(
    EXPORT_COLUMNS,
    rows.map((row): CsvValue[] => [
      row.reference,
      iso(row.received_at),
      row.channel,
      row.kind,
      row.topic,
      row.preferred_language,
      row.status,
      row.referral,
      row.referral_code,
      row.resolution_code,
      iso(row.resolved_at),
      daysToResolution(row.received_at, row.resolved_at),
      row.postcode,
    ]),
  );
}

/** Elapsed days to one decimal (a same-day answer shows as 0.2, not 0); empty while open. */
function daysToResolution(received: Date | string, resolved: Date | string | null): number | null {
  if (resolved === null) return null;
  const days = (new Date(resolved).getTime() - new Date(received).getTime()) / DAY;
  return Math.round(Math.max(0, days) * 10) / 10;
}
