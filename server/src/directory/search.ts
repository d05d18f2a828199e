import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from './taxonomy.js';

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

const hasBadge = (code: string) => sql`EXISTS (
  SELECT 1 FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
  WHERE a.link_id = s.id AND t.taxonomy_id = ${BADGES_TAXONOMY_ID} AND t.code = ${code})`;

/**
 * Finds active services: keyword (accent- and case-insensitive, any script:
 * words through full-text search, and any substring, which serves Chinese and
 * other unspaced scripts), topic, language, location, open now, free, walk-in,
 * distance. Returns one page of ids with the total and facet counts.
 */
export async function searchServices(db: Kysely<Database>, filters: SearchFilters): Promise<SearchResult> {
  const conditions: RawBuilder<unknown>[] = [sql`s.status = 'active'`];
  const folded = filters.q?.trim() ? sql`ww_fold(${filters.q.trim()})` : undefined;
  if (folded) {
    conditions.push(sql`(s.search_vector @@ websearch_to_tsquery('simple', ${folded})
      OR s.search_text LIKE '%' || ${folded} || '%')`);
  }
  if (filters.topics?.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
      WHERE a.link_id = s.id AND t.taxonomy_id = ${TOPICS_TAXONOMY_ID} AND t.code IN (${sql.join(filters.topics)}))`);
  }
  if (filters.languages?.length) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM languages l WHERE l.service_id = s.id AND l.code IN (${sql.join(filters.languages)}))`,
    );
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
  const distance = filters.near
    ? sql`(SELECT min(ww_distance_km(${filters.near.latitude}::float8, ${filters.near.longitude}::float8, l.latitude, l.longitude))
        FROM service_at_location sal JOIN locations l ON l.id = sal.location_id
        WHERE sal.service_id = s.id AND l.latitude IS NOT NULL)`
    : sql`NULL::float8`;
  // Names carry weight A in the vector, so a match in a name ranks first.
  const rank = folded ? sql`ts_rank(s.search_vector, websearch_to_tsquery('simple', ${folded}))` : sql`0`;
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
        SELECT s.id, s.name, ${rank} AS rank, ${distance} AS distance_km
        FROM services s WHERE ${sql.join(conditions, sql` AND `)}
      ) candidates ${radius}
    )
    (SELECT 'page' AS kind, id, distance_km, NULL::text AS code, NULL::int AS count FROM matched
      ORDER BY ${order} LIMIT ${filters.pageSize} OFFSET ${(filters.page - 1) * filters.pageSize})
    UNION ALL
    SELECT 'total', NULL, NULL, NULL, count(*)::int FROM matched
    UNION ALL
    SELECT 'topic', NULL, NULL, t.code, count(DISTINCT m.id)::int
      FROM matched m JOIN attributes a ON a.link_id = m.id JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
      WHERE t.taxonomy_id = ${TOPICS_TAXONOMY_ID} GROUP BY t.code
    UNION ALL
    SELECT 'language', NULL, NULL, l.code, count(DISTINCT m.id)::int
      FROM matched m JOIN languages l ON l.service_id = m.id GROUP BY l.code`.execute(db);

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

/** Recomputes the folded search text of services: every name and description in every language, and topic names. */
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
}
