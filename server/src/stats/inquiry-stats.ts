import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { CHANNELS, STATUSES } from '../inquiries/schemas.js';
import {
  loadReferralDestinations,
  NOT_REFERRED,
  OTHER,
  PUBLISHED_LANGUAGES,
  publishedLanguage,
  publishedTopics,
  referralMatcher,
  referralNamesIn,
} from './published-values.js';
import { appointmentFigures } from './appointment-figures.js';
import { attendanceFigures } from './attendance-figures.js';
import { businessDaysBetween } from './business-days.js';
import { outreachReach } from './outreach-reach.js';
import { resolutionWithin } from './resolution-within.js';
import { isSmall, MIN_CELL, published, roundToBase, suppressGroup, suppressTable, type Cell } from './suppress.js';

/** What inquiry counts can be broken down by (at most two at once). */
export const DIMENSIONS = ['month', 'channel', 'topic', 'language', 'status', 'referral'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface StatsQuery {
  /** First and last month, `YYYY-MM`, inclusive, in the office's time zone. */
  from: string;
  to: string;
  groupBy: Dimension[];
  kind: 'inquiry' | 'volunteer';
  timeZone: string;
  /** Languages to name referral destinations in, best first. */
  locales: readonly string[];
  /** Business days within which the office answers (WW_RESPONSE_DAYS): resolutions within it are counted. */
  responseDays: number;
}

/** The stored value of each dimension; month is computed in the office's zone. */
const column: Record<Exclude<Dimension, 'month'>, RawBuilder<string | null>> = {
  channel: sql`channel`,
  topic: sql`topic`,
  language: sql`preferred_language`,
  status: sql`status`,
  // The managed destination where the desk recorded one; older free text otherwise (mapped when published).
  referral: sql`coalesce(referral_code, referral)`,
};

/** Dimensions whose stored values are open-ended: published from a list, rare values under `other`. */
const LISTED = new Set<Dimension>(['topic', 'language', 'referral']);

/** Every month from `from` to `to`, `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 240; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to) break;
    months.push(key);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * Counts of inquiries by up to two dimensions, with the resolution rate and
 * the median days to resolution: no personal data, only values from fixed
 * lists, every count from 1 to 4 suppressed (with the secondary suppression
 * that totals require) and every other count rounded to a multiple of 5.
 */
export async function inquiryStats(db: Kysely<Database>, query: StatsQuery) {
  const months = monthsBetween(query.from, query.to);
  const [first] = months;
  const next = monthsBetween(query.to, '9999-12')[1]!;
  const zone = query.timeZone;
  const dims = query.groupBy;
  const select = (d: Dimension) =>
    d === 'month' ? sql<string>`to_char(received_at AT TIME ZONE ${zone}, 'YYYY-MM')` : column[d];
  const within = sql`kind = ${query.kind}
    AND received_at >= (${`${first}-01`}::timestamp AT TIME ZONE ${zone})
    AND received_at < (${`${next}-01`}::timestamp AT TIME ZONE ${zone})`;

  const groupColumns = dims.map((d, i) => sql`${select(d)} AS ${sql.ref(`d${i}`)}`);
  const grouped = dims.length
    ? await sql<{ d0: string | null; d1?: string | null; n: number }>`
        SELECT ${sql.join(groupColumns)}, count(*)::int AS n FROM inquiries WHERE ${within}
        GROUP BY ${sql.join(dims.map((_, i) => sql.ref(`d${i}`)))}`.execute(db)
    : { rows: [] };
  const localDay = (column: RawBuilder<unknown>) => sql`(${column} AT TIME ZONE ${zone})::date`;
  const daysToResolve = businessDaysBetween(localDay(sql`received_at`), localDay(sql`resolved_at`));
  const summary = await sql<{ total: number; resolved: number; resolved_within: number; median_days: number | null }>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE status IN ('resolved', 'closed'))::int AS resolved,
      count(*) FILTER (
        WHERE status IN ('resolved', 'closed') AND resolved_at IS NOT NULL AND ${daysToResolve} <= ${query.responseDays}
      )::int AS resolved_within,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - received_at) / 86400.0)
        FILTER (WHERE resolved_at IS NOT NULL) AS median_days
    FROM inquiries WHERE ${within}`.execute(db);
  const { total, resolved, resolved_within: resolvedWithin, median_days: medianDays } = summary.rows[0]!;
  // Where a dashboard's choice of months starts: whatever the window, the first month with any inquiry of the kind.
  // It tells nothing the counts do not: zero is always shown, and that month's own count is never 0.
  const outreach = await outreachReach(db, `${first}-01`, `${next}-01`);
  const attendance = await attendanceFigures(db, `${first}-01`, `${next}-01`, zone);
  const appointments = await appointmentFigures(db, `${first}-01`, `${next}-01`, zone, query.locales);
  const earliest = await sql<{ month: string | null }>`
    SELECT to_char(min(received_at) AT TIME ZONE ${zone}, 'YYYY-MM') AS month
    FROM inquiries WHERE kind = ${query.kind}`.execute(db);

  // What each stored value is published as.
  const destinations = dims.includes('referral') ? await loadReferralDestinations(db) : [];
  const referralNames = dims.includes('referral') ? await referralNamesIn(db, destinations, query.locales) : null;
  const referral = referralMatcher(destinations);
  const topics = publishedTopics(query.kind);
  const publish = (d: Dimension, value: string | null): string => {
    if (d === 'referral') return referral(value);
    if (d === 'language') return publishedLanguage(value ?? '');
    if (d === 'topic') return topics.includes(value ?? '') ? value! : OTHER;
    return value ?? '';
  };
  const tallies = grouped.rows.map((r) => ({
    keys: dims.map((d, i) => publish(d, i === 0 ? r.d0 : (r.d1 ?? null))),
    n: Number(r.n),
  }));
  // A listed value with fewer than 5 inquiries in the whole window has no row of its own: it counts under `other`.
  dims.forEach((d, i) => {
    if (!LISTED.has(d)) return;
    const sums = new Map<string, number>();
    for (const t of tallies) sums.set(t.keys[i]!, (sums.get(t.keys[i]!) ?? 0) + t.n);
    for (const t of tallies) if (t.keys[i] !== NOT_REFERRED && isSmall(sums.get(t.keys[i]!)!)) t.keys[i] = OTHER;
  });
  const counts = new Map<string, number>();
  for (const t of tallies) {
    const key = `${t.keys[0]}\u0000${t.keys[1] ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + t.n);
  }

  /** The row values of a dimension: fixed lists in full; listed values where counted, then `other` (and `none`). */
  const values = (d: Dimension, index: number): string[] => {
    if (d === 'month') return months;
    if (d === 'channel') return [...CHANNELS];
    if (d === 'status') return [...STATUSES];
    const seen = new Set(tallies.map((t) => t.keys[index]!));
    const list =
      d === 'topic'
        ? topics
        : d === 'language'
          ? PUBLISHED_LANGUAGES
          : destinations.map((destination) => destination.code);
    const always = d === 'referral' ? [OTHER, NOT_REFERRED] : [OTHER];
    return [...list.filter((v) => seen.has(v) && !always.includes(v)), ...always];
  };
  const cell = (a: string, b = ''): Cell => ({ count: counts.get(`${a}\u0000${b}`) ?? 0, suppressed: false });

  let rows: { keys: Partial<Record<Dimension, string>>; cell: Cell }[] = [];
  if (dims.length === 1) {
    rows = values(dims[0]!, 0).map((v) => ({ keys: { [dims[0]!]: v }, cell: cell(v) }));
    suppressGroup(rows.map((r) => r.cell));
  } else if (dims.length === 2) {
    const outer = values(dims[0]!, 0);
    const inner = values(dims[1]!, 1);
    const table = outer.map((a) => inner.map((b) => cell(a, b)));
    suppressTable(table);
    rows = outer.flatMap((a, i) =>
      inner.map((b, j) => ({ keys: { [dims[0]!]: a, [dims[1]!]: b }, cell: table[i]![j]! })),
    );
  }

  const totalCell: Cell = { count: Number(total), suppressed: isSmall(Number(total)) };
  const resolvedCount = Number(resolved);
  // A rate reveals the resolved and unresolved counts: both must be publishable.
  const rateHidden = isSmall(resolvedCount) || isSmall(Number(total) - resolvedCount) || totalCell.suppressed;
  // The rate of the published (rounded) counts, so that it tells nothing they do not.
  const [shownResolved, shownTotal] = [roundToBase(resolvedCount), roundToBase(Number(total))];
  return {
    from: query.from,
    to: query.to,
    time_zone: zone,
    kind: query.kind,
    group_by: dims,
    threshold: MIN_CELL,
    first_month: earliest.rows[0]?.month ?? null,
    total: { count: published(totalCell), suppressed: totalCell.suppressed },
    rows: rows.map((r) => ({ keys: r.keys, count: published(r.cell), suppressed: r.cell.suppressed })),
    ...(referralNames && { referral_names: referralNames.names, referral_names_fallback: referralNames.fallback }),
    resolution: {
      resolved: rateHidden ? null : shownResolved,
      rate: rateHidden || shownTotal === 0 ? null : Math.round((shownResolved / shownTotal) * 1000) / 1000,
      median_days: resolvedCount >= MIN_CELL && medianDays !== null ? Math.round(Number(medianDays) * 10) / 10 : null,
      suppressed: rateHidden,
    },
    resolution_within: resolutionWithin(
      { resolved: resolvedCount, within: Number(resolvedWithin) },
      query.responseDays,
      rateHidden,
    ),
    outreach,
    attendance,
    appointments,
  };
}
