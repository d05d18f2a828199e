import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { OTHER, PUBLISHED_LANGUAGES, publishedLanguage } from './published-values.js';
import { isSmall, MIN_CELL, published, suppressGroup, type Cell } from './suppress.js';

/** What each cell counts: appointments kept on the books (booked, come or not), and those nobody came to. */
const MEASURES = ['booked', 'no_shows'] as const;
type Measure = (typeof MEASURES)[number];
type Tally = Record<Measure, number>;

/** Bookings that happened: not holds (a form being filled) nor cancellations. */
const COUNTED = sql`a.status IN ('booked', 'checked_in', 'no_show')`;

/** The appointments that start in [firstDay, nextDay) (local days in `zone`) and count. */
const inWindow = (firstDay: string, nextDay: string, zone: string) => sql`${COUNTED}
  AND a.starts_at >= (${firstDay}::timestamp AT TIME ZONE ${zone})
  AND a.starts_at < (${nextDay}::timestamp AT TIME ZONE ${zone})`;

/** Days from booking to the appointment (a desk booking without `booked_at`: from when it was made). */
const DAYS_AHEAD = sql`extract(epoch FROM a.starts_at - coalesce(a.booked_at, a.created_at)) / 86400.0`;

interface Row extends Tally {
  code: string;
  language: string;
}

async function tally(db: Kysely<Database>, firstDay: string, nextDay: string, zone: string): Promise<Row[]> {
  const result = await sql<Row>`
    SELECT t.code, a.language, count(*)::int AS booked, count(*) FILTER (WHERE a.status = 'no_show')::int AS no_shows
    FROM appointments a JOIN appointment_types t ON t.id = a.type_id
    WHERE ${inWindow(firstDay, nextDay, zone)}
    GROUP BY t.code, a.language`.execute(db);
  return result.rows.map((row) => ({ ...row, booked: Number(row.booked), no_shows: Number(row.no_shows) }));
}

/**
 * The median days ahead per type code and per published language (`mapping`:
 * each stored language to the row it counts under), in one round trip.
 */
async function medians(
  db: Kysely<Database>,
  firstDay: string,
  nextDay: string,
  zone: string,
  mapping: Map<string, string>,
): Promise<{ byType: Map<string, number>; byLanguage: Map<string, number> }> {
  const pairs = sql.join([...mapping].map(([stored, shown]) => sql`(${stored}::text, ${shown}::text)`));
  const result = await sql<{ dim: 'type' | 'language'; key: string; median: number | string }>`
    SELECT 'type' AS dim, t.code AS key, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS_AHEAD}) AS median
    FROM appointments a JOIN appointment_types t ON t.id = a.type_id
    WHERE ${inWindow(firstDay, nextDay, zone)}
    GROUP BY t.code
    UNION ALL
    SELECT 'language', m.shown, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS_AHEAD})
    FROM appointments a JOIN (VALUES ${pairs}) AS m(stored, shown) ON m.stored = a.language
    WHERE ${inWindow(firstDay, nextDay, zone)}
    GROUP BY m.shown`.execute(db);
  const byType = new Map<string, number>();
  const byLanguage = new Map<string, number>();
  for (const row of result.rows) (row.dim === 'type' ? byType : byLanguage).set(row.key, Number(row.median));
  return { byType, byLanguage };
}

/** Each type code once, with its title in the best of `locales` (the first type made with that code names it). */
async function typeTitles(db: Kysely<Database>, locales: readonly string[]): Promise<Map<string, string>> {
  const types = await db
    .selectFrom('appointment_types')
    .select(['id', 'code', 'title', 'source_locale'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const first = new Map<string, (typeof types)[number]>();
  for (const type of types) if (!first.has(type.code)) first.set(type.code, type);
  const translations = await loadTranslations(
    db,
    'appointment_type',
    [...first.values()].map((type) => type.id),
    locales,
  );
  const titles = new Map<string, string>();
  for (const [code, type] of [...first].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    titles.set(code, pick(translations, type.id, 'title', type.title, type.source_locale, locales)?.value ?? code);
  }
  return titles;
}

const zero = (): Tally => ({ booked: 0, no_shows: 0 });
const add = (into: Tally, t: Tally) => MEASURES.forEach((m) => (into[m] += t[m]));

/**
 * One group of cells (by type or by language), published as the attendance
 * figures are: each measure's counts from 1 to 4 hidden with the second hiding
 * the group's total needs, the rest rounded to 5. The median is shown only
 * beside a published count of at least 5 bookings.
 */
function publishCells(keys: readonly string[], sums: Map<string, Tally>, medianOf: Map<string, number>) {
  const cells = keys.map((key) =>
    Object.fromEntries(MEASURES.map((m) => [m, { count: sums.get(key)?.[m] ?? 0, suppressed: false } as Cell])),
  ) as Record<Measure, Cell>[];
  for (const m of MEASURES) suppressGroup(cells.map((cell) => cell[m]));
  return keys.map((key, i) => {
    const cell = cells[i]!;
    const median = medianOf.get(key);
    const shown = !cell.booked.suppressed && cell.booked.count >= MIN_CELL && median !== undefined;
    return {
      key,
      booked: published(cell.booked),
      no_shows: published(cell.no_shows),
      median_days_ahead: shown ? Math.round(median * 10) / 10 : null,
      suppressed: MEASURES.some((m) => cell[m].suppressed),
    };
  });
}

/**
 * Appointments that start from `firstDay` to before `nextDay` (`YYYY-MM-DD`, in `zone`), by type code and by the
 * language of the booking: how many were booked, how many nobody came to, and the median days between booking and
 * appointment. Types are named in the best of `locales`.
 */
export async function appointmentFigures(
  db: Kysely<Database>,
  firstDay: string,
  nextDay: string,
  zone: string,
  locales: readonly string[],
) {
  const rows = await tally(db, firstDay, nextDay, zone);
  if (!rows.length) return { by_type: [], by_language: [] };
  const byType = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  const shownAs = new Map<string, string>();
  for (const row of rows) {
    const language = publishedLanguage(row.language);
    shownAs.set(row.language, language);
    if (!byType.has(row.code)) byType.set(row.code, zero());
    if (!byLanguage.has(language)) byLanguage.set(language, zero());
    add(byType.get(row.code)!, row);
    add(byLanguage.get(language)!, row);
  }
  // A language with fewer than 5 bookings in the window has no cell of its own: it counts under `other`.
  for (const [language, t] of byLanguage) {
    if (language !== OTHER && isSmall(t.booked)) {
      if (!byLanguage.has(OTHER)) byLanguage.set(OTHER, zero());
      add(byLanguage.get(OTHER)!, t);
      byLanguage.delete(language);
      for (const [stored, shown] of shownAs) if (shown === language) shownAs.set(stored, OTHER);
    }
  }
  const median = await medians(db, firstDay, nextDay, zone, shownAs);
  const titles = await typeTitles(db, locales);
  // Every type the office has set up, zeros too: a type being listed gives nothing away.
  const types = [...titles.keys()];
  const order = [...PUBLISHED_LANGUAGES, OTHER] as readonly string[];
  const languages = [...byLanguage.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    by_type: publishCells(types, byType, median.byType).map(({ key, ...cell }) => ({
      type_code: key,
      title: titles.get(key)!,
      ...cell,
    })),
    by_language: publishCells(languages, byLanguage, median.byLanguage).map(({ key, ...cell }) => ({
      language: key,
      ...cell,
    })),
  };
}
