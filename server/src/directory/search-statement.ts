import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import type { MatchGroup } from './query-plan.js';

/** Filters other than the words, as SQL conditions on `s` (services), and the distance join. */
export interface StatementParts {
  conditions: RawBuilder<unknown>[];
  near: RawBuilder<unknown>;
  distance: RawBuilder<unknown>;
  radius: RawBuilder<unknown>;
  sort: 'relevance' | 'distance' | 'name';
  limit: number;
  offset: number;
}

export interface StatementResult {
  total: number;
  /** The most groups one service matched (equal to the number of groups when some service matched them all). */
  bestHits: number;
  ids: { id: string; distanceKm: number | null }[];
  facets: { topics: Record<string, number>; languages: Record<string, number> };
}

const tsquery = (text: string) => sql`to_tsquery('simple', ${text})`;

/** How well a service matches one group: 2 by the words as typed or the phrase, 1 by a correction only, else 0. */
function groupScore(group: MatchGroup): RawBuilder<number> {
  const direct: RawBuilder<unknown>[] = [sql`s.search_vector @@ ${tsquery(group.typed)}`];
  for (const pattern of group.substrings) direct.push(sql`s.search_text LIKE ${pattern}`);
  if (group.topics.length) direct.push(sql`s.topic_codes && ${group.topics}::text[]`);
  if (group.terms) direct.push(sql`s.search_vector @@ ${tsquery(group.terms)}`);
  const corrected = group.corrected ? sql`WHEN s.search_vector @@ ${tsquery(group.corrected)} THEN 1` : sql``;
  return sql<number>`CASE WHEN ${sql.join(direct, sql` OR `)} THEN 2 ${corrected} ELSE 0 END`;
}

/**
 * One statement: each service scored per group, kept when it matches every group, or (when none does) any of them;
 * then paged (best-matching first), counted and counted by facet.
 */
export async function runSearchStatement(
  db: Kysely<Database>,
  groups: readonly MatchGroup[],
  parts: StatementParts,
): Promise<StatementResult> {
  const scores = groups.map((group, i) => sql`${groupScore(group)} AS ${sql.ref(`g${i}`)}`);
  const hits = groups.length
    ? sql.join(
        groups.map((_, i) => sql`(${sql.ref(`g${i}`)} > 0)::int`),
        sql` + `,
      )
    : sql`0`;
  const score = groups.length
    ? sql.join(
        groups.map((_, i) => sql.ref(`g${i}`)),
        sql` + `,
      )
    : sql`0`;
  const anyGroup = groups.length
    ? sql.join(
        groups.map((_, i) => sql`${sql.ref(`g${i}`)} > 0`),
        sql` OR `,
      )
    : sql`true`;
  const typed = groups.map((g) => `(${g.typed})`).join(' | ');
  const rank = groups.length ? sql`ts_rank(s.search_vector, ${tsquery(typed)})` : sql`0`;
  const order =
    parts.sort === 'distance'
      ? sql`distance_km ASC NULLS LAST, name ASC`
      : parts.sort === 'name'
        ? sql`name ASC`
        : sql`hits DESC, score DESC, rank DESC, distance_km ASC NULLS LAST, name ASC`;
  const rows = await sql<{
    kind: 'page' | 'total' | 'best' | 'topic' | 'language';
    id: string | null;
    distance_km: number | null;
    code: string | null;
    count: number | null;
  }>`
    WITH scored AS MATERIALIZED (
      SELECT *, ${hits} AS hits, ${score} AS score FROM (
        SELECT s.id, s.name, s.topic_codes, s.language_codes, ${rank} AS rank, ${parts.distance} AS distance_km
          ${scores.length ? sql`, ${sql.join(scores)}` : sql``}
        FROM services s ${parts.near} WHERE ${sql.join(parts.conditions, sql` AND `)}
      ) candidates WHERE (${anyGroup}) ${parts.radius}
    ), best AS (SELECT coalesce(max(hits), 0) AS hits FROM scored),
    matched AS MATERIALIZED (
      SELECT * FROM scored WHERE hits >= (SELECT CASE WHEN hits = ${groups.length} THEN hits ELSE 1 END FROM best)
    )
    (SELECT 'page' AS kind, id, distance_km, NULL::text AS code, NULL::int AS count FROM matched
      ORDER BY ${order} LIMIT ${parts.limit} OFFSET ${parts.offset})
    UNION ALL
    SELECT 'total', NULL, NULL, NULL, count(*)::int FROM matched
    UNION ALL
    SELECT 'best', NULL, NULL, NULL, hits FROM best
    UNION ALL
    SELECT 'topic', NULL, NULL, code, count(*)::int FROM matched, unnest(topic_codes) AS code GROUP BY code
    UNION ALL
    SELECT 'language', NULL, NULL, code, count(*)::int FROM matched, unnest(language_codes) AS code GROUP BY code`.execute(
    db,
  );
  const result: StatementResult = { total: 0, bestHits: 0, ids: [], facets: { topics: {}, languages: {} } };
  for (const row of rows.rows) {
    if (row.kind === 'page')
      result.ids.push({ id: row.id!, distanceKm: row.distance_km === null ? null : Number(row.distance_km) });
    else if (row.kind === 'total') result.total = Number(row.count);
    else if (row.kind === 'best') result.bestHits = Number(row.count);
    else (row.kind === 'topic' ? result.facets.topics : result.facets.languages)[row.code!] = Number(row.count);
  }
  return result;
}
