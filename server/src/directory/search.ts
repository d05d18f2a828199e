import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from './taxonomy.js';
import { bumpDirectoryVersion } from './version.js';

export interface SearchFilters {
  q?: string | undefined;
  topics?: string[] | undefined;
  languages?: string[] | undefined;
  locationId?: string | undefined;
  openNow?: boolean | undefined;
  free?: boolean | undefined;
  walkIn?: boolean | undefined;
  near?: { latitude: number; longitude: number } | undefined;
  radiusKm?: number | undefined;
  sort: 'relevance' | 'distance' | 'name';
  page: number;
  pageSize: number;
  at?: Date | undefined;
}

export interface SearchResult {
  total: number;
  ids: { id: string; distanceKm: number | null }[];
  facets: { topics: Record<string, number>; languages: Record<string, number> };
}

const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const hasBadge = (code: string) => sql`${code} = ANY (s.badge_codes)`;
const textArray = (values: readonly string[]) => sql`ARRAY[${sql.join(values)}]::text[]`;

const KM_PER_DEGREE = 111.2;

/** Places within a box around `near` that holds the circle of `radiusKm` (longitude degrees shrink towards the poles). */
function boundingBox(near: { latitude: number; longitude: number }, radiusKm: number): RawBuilder<unknown> {
  const dLat = radiusKm / KM_PER_DEGREE;
  const cos = Math.cos((Math.min(89, Math.abs(near.latitude) + dLat) * Math.PI) / 180);
  const dLon = Math.min(180, radiusKm / (KM_PER_DEGREE * cos));
  return sql`AND l.latitude BETWEEN ${near.latitude - dLat} AND ${near.latitude + dLat}
    AND l.longitude BETWEEN ${near.longitude - dLon} AND ${near.longitude + dLon}`;
}

/**
 * Finds active services: keyword (accent- and case-insensitive, any script:
 * word prefixes through full-text search, and substrings for Chinese and other
 * scripts written without spaces), topic, language, location, open now, free, walk-in,
 * distance. Returns one page of ids with the total and facet counts.
 */
export async function searchServices(db: Kysely<Database>, filters: SearchFilters): Promise<SearchResult> {
  const conditions: RawBuilder<unknown>[] = [sql`s.status = 'active'`];
  const q = filters.q?.trim() ?? '';
  const words = q
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  // Every word, as a prefix ("immig" finds "immigration"), folded the same way as the stored text.
  const query = words.length
    ? sql`(SELECT to_tsquery('simple', string_agg(quote_literal(ww_fold(w)) || ':*', ' & ')) FROM unnest(${words}::text[]) AS w)`
    : undefined;
  if (query) {
    // Scripts written without spaces (Chinese, Japanese, Thai…) are matched as substrings too.
    conditions.push(
      UNSPACED_SCRIPT.test(q)
        ? sql`(s.search_vector @@ ${query} OR s.search_text LIKE '%' || ww_fold(${q}) || '%')`
        : sql`s.search_vector @@ ${query}`,
    );
  }
  if (filters.topics?.length) {
    conditions.push(sql`s.topic_codes && ${textArray(filters.topics)}`);
  }
  if (filters.languages?.length) {
    conditions.push(sql`s.language_codes && ${textArray(filters.languages)}`);
  }
  if (filters.locationId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.service_id = s.id AND sal.location_id = ${filters.locationId})`,
    );
  }
  if (filters.free) conditions.push(hasBadge('free'));
  if (filters.walkIn) conditions.push(hasBadge('walk-in'));
  if (filters.openNow) {
    const at = (filters.at ?? new Date()).toISOString();
    conditions.push(sql`EXISTS (SELECT 1 FROM schedules sc WHERE sc.service_id = s.id
      AND ww_open_at(sc.freq, sc.byday, sc.opens_at, sc.closes_at, sc.timezone, ${at}::timestamptz))`);
  }
  // Distances per service in one pass over the places (a hash join), not one lookup per service;
  // with a radius, only places inside its bounding box are measured.
  const near = filters.near
    ? sql`${sql.raw(filters.radiusKm ? 'JOIN' : 'LEFT JOIN')} (
        SELECT sal.service_id, min(ww_distance_km(${filters.near.latitude}::float8, ${filters.near.longitude}::float8, l.latitude, l.longitude)) AS km
        FROM service_at_location sal JOIN locations l ON l.id = sal.location_id
        WHERE l.latitude IS NOT NULL ${filters.radiusKm ? boundingBox(filters.near, filters.radiusKm) : sql``}
        GROUP BY sal.service_id) near ON near.service_id = s.id`
    : sql``;
  const distance = filters.near ? sql`near.km` : sql`NULL::float8`;
  // Names carry weight A in the vector, so a match in a name ranks first.
  const rank = query ? sql`ts_rank(s.search_vector, ${query})` : sql`0`;
  const radius = filters.near && filters.radiusKm ? sql`WHERE distance_km <= ${filters.radiusKm}` : sql``;
  const order =
    filters.sort === 'distance'
      ? sql`distance_km ASC NULLS LAST, name ASC`
      : filters.sort === 'name'
        ? sql`name ASC`
        : sql`rank DESC, distance_km ASC NULLS LAST, name ASC`;

  // One statement: the matches are computed once, then paged and counted by facet.
  const rows = await sql<{
    kind: 'page' | 'total' | 'topic' | 'language';
    id: string | null;
    distance_km: number | null;
    code: string | null;
    count: number | null;
  }>`
    WITH matched AS MATERIALIZED (
      SELECT * FROM (
        SELECT s.id, s.name, s.topic_codes, s.language_codes, ${rank} AS rank, ${distance} AS distance_km
        FROM services s ${near} WHERE ${sql.join(conditions, sql` AND `)}
      ) candidates ${radius}
    )
    (SELECT 'page' AS kind, id, distance_km, NULL::text AS code, NULL::int AS count FROM matched
      ORDER BY ${order} LIMIT ${filters.pageSize} OFFSET ${(filters.page - 1) * filters.pageSize})
    UNION ALL
    SELECT 'total', NULL, NULL, NULL, count(*)::int FROM matched
    UNION ALL
    SELECT 'topic', NULL, NULL, code, count(*)::int FROM matched, unnest(topic_codes) AS code GROUP BY code
    UNION ALL
    SELECT 'language', NULL, NULL, code, count(*)::int FROM matched, unnest(language_codes) AS code GROUP BY code`.execute(
    db,
  );

  let total = 0;
  const ids: SearchResult['ids'] = [];
  const facets = { topics: {} as Record<string, number>, languages: {} as Record<string, number> };
  for (const row of rows.rows) {
    if (row.kind === 'page')
      ids.push({ id: row.id!, distanceKm: row.distance_km === null ? null : Number(row.distance_km) });
    else if (row.kind === 'total') total = Number(row.count);
    else (row.kind === 'topic' ? facets.topics : facets.languages)[row.code!] = Number(row.count);
  }
  return { total, ids, facets };
}

/**
 * Recomputes what search reads for services: the folded text (every name and
 * description in every language, and topic names), the weighted vector, and
 * the copies of topic, badge and language codes.
 */
export async function refreshSearchText(db: Kysely<Database>, serviceIds?: readonly string[]): Promise<void> {
  const scope = serviceIds ? sql`WHERE s.id IN (${sql.join(serviceIds)})` : sql``;
  await sql`UPDATE services s SET search_text = ww_fold(concat_ws(' ',
      s.name, s.alternate_name, s.description, s.eligibility_description,
      (SELECT o.name FROM organizations o WHERE o.id = s.organization_id),
      (SELECT string_agg(tr.value, ' ') FROM translations tr
        WHERE tr.entity = 'service' AND tr.entity_id = s.id AND tr.field IN ('name', 'alternate_name', 'description')),
      (SELECT string_agg(tr.value, ' ') FROM translations tr
        WHERE tr.entity = 'organization' AND tr.entity_id = s.organization_id AND tr.field = 'name'),
      (SELECT string_agg(concat_ws(' ', t.name, (SELECT string_agg(tr.value, ' ') FROM translations tr
          WHERE tr.entity = 'taxonomy_term' AND tr.entity_id = t.id)), ' ')
        FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
        WHERE a.link_id = s.id AND t.taxonomy_id = ${TOPICS_TAXONOMY_ID})
    )) ${scope}`.execute(db);
  await sql`UPDATE services s SET search_vector =
      setweight(to_tsvector('simple', ww_fold(concat_ws(' ', s.name, s.alternate_name,
        (SELECT string_agg(tr.value, ' ') FROM translations tr
          WHERE tr.entity = 'service' AND tr.entity_id = s.id AND tr.field IN ('name', 'alternate_name'))))), 'A')
      || setweight(to_tsvector('simple', s.search_text), 'D') ${scope}`.execute(db);
  await sql`UPDATE services s SET
      topic_codes = ARRAY(SELECT t.code FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
        WHERE a.link_id = s.id AND t.taxonomy_id = ${TOPICS_TAXONOMY_ID} ORDER BY t.code),
      badge_codes = ARRAY(SELECT t.code FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
        WHERE a.link_id = s.id AND t.taxonomy_id = ${BADGES_TAXONOMY_ID} ORDER BY t.code),
      language_codes = ARRAY(SELECT DISTINCT l.code FROM languages l WHERE l.service_id = s.id ORDER BY l.code)
    ${scope}`.execute(db);
  await bumpDirectoryVersion(db);
}
