import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { CHANNELS, INQUIRY_TOPICS, STATUSES } from '../inquiries/schemas.js';
import { isSmall, MIN_CELL, published, suppressGroup, suppressTable, type Cell } from './suppress.js';

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
}

const column: Record<Exclude<Dimension, 'month'>, RawBuilder<string>> = {
  channel: sql<string>`channel`,
  topic: sql<string>`topic`,
  language: sql<string>`preferred_language`,
  status: sql<string>`status`,
  // Staff write referral destinations; "none" groups the inquiries not referred.
  referral: sql<string>`coalesce(nullif(referral, ''), 'none')`,
};

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
 * the median days to resolution: no personal data, and every count from 1 to
 * 4 suppressed (with the secondary suppression that totals require).
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
    ? await sql<{ d0: string; d1?: string; n: number }>`
        SELECT ${sql.join(groupColumns)}, count(*)::int AS n FROM inquiries WHERE ${within}
        GROUP BY ${sql.join(dims.map((_, i) => sql.ref(`d${i}`)))}`.execute(db)
    : { rows: [] };
  const summary = await sql<{ total: number; resolved: number; median_days: number | null }>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE status IN ('resolved', 'closed'))::int AS resolved,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - received_at) / 86400.0)
        FILTER (WHERE resolved_at IS NOT NULL) AS median_days
    FROM inquiries WHERE ${within}`.execute(db);
  const { total, resolved, median_days: medianDays } = summary.rows[0]!;

  const values = (d: Dimension, index: number): string[] => {
    const seen = [...new Set(grouped.rows.map((r) => (index === 0 ? r.d0 : r.d1!)))];
    if (d === 'month') return months;
    if (d === 'channel') return [...CHANNELS];
    if (d === 'status') return [...STATUSES];
    if (d === 'topic') return query.kind === 'volunteer' ? ['volunteer'] : [...INQUIRY_TOPICS];
    return seen.sort();
  };
  const counts = new Map(grouped.rows.map((r) => [`${r.d0}\u0000${r.d1 ?? ''}`, Number(r.n)]));
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
  return {
    from: query.from,
    to: query.to,
    time_zone: zone,
    kind: query.kind,
    group_by: dims,
    threshold: MIN_CELL,
    total: { count: published(totalCell), suppressed: totalCell.suppressed },
    rows: rows.map((r) => ({ keys: r.keys, count: published(r.cell), suppressed: r.cell.suppressed })),
    resolution: {
      resolved: rateHidden ? null : resolvedCount,
      rate: rateHidden || Number(total) === 0 ? null : Math.round((resolvedCount / Number(total)) * 1000) / 1000,
      median_days: resolvedCount >= MIN_CELL && medianDays !== null ? Math.round(Number(medianDays) * 10) / 10 : null,
      suppressed: rateHidden,
    },
  };
}
