import { csvText } from '../staff/csv.js';
import type { RosterEntry } from './roster.js';

/**
 * What a sign-in sheet or a funder's report needs, and nothing to reach the
 * person by: no email, no phone (the roster query does not even decrypt them).
 */
export const ROSTER_CSV_COLUMNS = ['name', 'party_size', 'language', 'access_needs', 'status', 'attendance'] as const;

export function rosterCsv(entries: readonly RosterEntry[]): string {
  return csvText(
    ROSTER_CSV_COLUMNS,
    entries.map((e) => [e.name, e.party_size, e.language, e.access_needs, e.status, e.attendance]),
  );
}
