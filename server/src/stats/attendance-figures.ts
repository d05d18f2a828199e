import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { EVENT_TYPES } from '../events/schemas.js';
import { OTHER, PUBLISHED_LANGUAGES, publishedLanguage } from './published-values.js';
import { isSmall, published, suppressGroup, type Cell } from './suppress.js';

/** What each cell counts, in people (party sizes summed). */
const MEASURES = ['registered', 'attended', 'no_show', 'walk_ins'] as const;
type Measure = (typeof MEASURES)[number];
type Tally = Record<Measure, number>;

interface Row extends Tally {
  type: string;
  language: string;
}

/**
 * Per event type and sign-up language, over the sessions that ended in
 * [firstDay, nextDay) (local days in `zone`) and whose attendance was taken:
 * people confirmed (registered), those of them who came (attended) or did
 * not (no_show), and walk-ins. A cancelled session counts nothing; a
 * registration cancelled later still counts at the sessions it was marked at.
 */
async function tally(db: Kysely<Database>, firstDay: string, nextDay: string, zone: string): Promise<Row[]> {
  const result = await sql<Row>`
    WITH taken AS (
      SELECT DISTINCT r.event_id, a.occurrence_key AS key
      FROM attendance a JOIN registrations r ON r.id = a.registration_id
    ), held AS (
      SELECT t.event_id, t.key, e.type
      FROM taken t
      JOIN events e ON e.id = t.event_id
      LEFT JOIN event_session_changes c ON c.event_id = t.event_id AND c.occurrence_key = t.key
      WHERE e.status <> 'cancelled' AND c.status IS DISTINCT FROM 'cancelled'
        AND (coalesce(c.new_start, t.key)::timestamp AT TIME ZONE e.timezone)
          + make_interval(mins => coalesce(c.new_duration_minutes, e.duration_minutes))
          >= (${firstDay}::timestamp AT TIME ZONE ${zone})
        AND (coalesce(c.new_start, t.key)::timestamp AT TIME ZONE e.timezone)
          + make_interval(mins => coalesce(c.new_duration_minutes, e.duration_minutes))
          < (${nextDay}::timestamp AT TIME ZONE ${zone})
    )
    SELECT h.type, r.preferred_language AS language,
      coalesce(sum(r.party_size) FILTER (WHERE r.source <> 'walk-in'), 0)::int AS registered,
      coalesce(sum(r.party_size) FILTER (WHERE r.source <> 'walk-in' AND a.status = 'attended'), 0)::int AS attended,
      coalesce(sum(r.party_size) FILTER (WHERE r.source <> 'walk-in' AND a.status = 'no-show'), 0)::int AS no_show,
      coalesce(sum(r.party_size) FILTER (WHERE r.source = 'walk-in'), 0)::int AS walk_ins
    FROM held h
    JOIN registrations r ON r.event_id = h.event_id AND r.occurrence_key IN (h.key, 'series')
    LEFT JOIN attendance a ON a.registration_id = r.id AND a.occurrence_key = h.key
    -- Someone who came and cancelled later (a series left halfway) still came to that session.
    WHERE r.status = 'confirmed' OR a.status IS NOT NULL
    GROUP BY h.type, r.preferred_language`.execute(db);
  return result.rows.map((row) => ({
    ...row,
    ...Object.fromEntries(MEASURES.map((m) => [m, Number(row[m])])),
  })) as Row[];
}

const people = (t: Tally) => t.registered + t.walk_ins;
const add = (into: Tally, t: Tally) => MEASURES.forEach((m) => (into[m] += t[m]));
const zero = (): Tally => ({ registered: 0, attended: 0, no_show: 0, walk_ins: 0 });

/** The keys of a group seen in the window, in list order, published. */
function publishGroup(sums: Map<string, Tally>, order: readonly string[]) {
  const keys = [...sums.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return publishCells(keys, sums);
}

/**
 * One group of cells (by type or by language), published as `outreach` is:
 * each measure hidden from 1 to 4 with the second hiding its column needs (the
 * other group's sum is a total of this one), every other count rounded to 5.
 */
function publishCells(keys: readonly string[], sums: Map<string, Tally>) {
  const cells = keys.map((key) =>
    Object.fromEntries(MEASURES.map((m) => [m, { count: sums.get(key)?.[m] ?? 0, suppressed: false } as Cell])),
  ) as Record<Measure, Cell>[];
  for (const m of MEASURES) suppressGroup(cells.map((cell) => cell[m]));
  return keys.map((key, i) => {
    const cell = cells[i]!;
    return {
      key,
      registered: published(cell.registered),
      attended: published(cell.attended),
      no_show: published(cell.no_show),
      walk_ins: published(cell.walk_ins),
      suppressed: MEASURES.some((m) => cell[m].suppressed),
    };
  });
}

/** Attendance at sessions that ended from `firstDay` to before `nextDay` (`YYYY-MM-DD`, in `zone`). */
export async function attendanceFigures(db: Kysely<Database>, firstDay: string, nextDay: string, zone: string) {
  const rows = await tally(db, firstDay, nextDay, zone);
  const byType = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  for (const row of rows) {
    const type = (EVENT_TYPES as readonly string[]).includes(row.type) ? row.type : OTHER;
    const language = publishedLanguage(row.language);
    if (!byType.has(type)) byType.set(type, zero());
    if (!byLanguage.has(language)) byLanguage.set(language, zero());
    add(byType.get(type)!, row);
    add(byLanguage.get(language)!, row);
  }
  // A language with fewer than 5 people in the window has no cell of its own: it counts under `other`.
  for (const [language, t] of byLanguage) {
    if (language !== OTHER && isSmall(people(t))) {
      if (!byLanguage.has(OTHER)) byLanguage.set(OTHER, zero());
      add(byLanguage.get(OTHER)!, t);
      byLanguage.delete(language);
    }
  }
  return {
    // Types are a fixed list, shown in full (zeros too) once there is anything: a type appearing gives nothing away.
    by_type: rows.length ? publishCells(EVENT_TYPES, byType) : [],
    by_language: publishGroup(byLanguage, [...PUBLISHED_LANGUAGES, OTHER]),
  };
}
