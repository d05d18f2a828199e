import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { searchKnowledge } from './concept-match.js';
import { nearbyQueries } from './did-you-mean.js';
import { planQuery, queryLocales } from './query-plan.js';
import { cutQuery, replaceWords } from './query-words.js';
import { runSearchStatement, type StatementParts } from './search-statement.js';
import { refreshSearchWords, vectorWords } from './search-words.js';
import { suggestTopics } from './suggested-topics.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from './taxonomy.js';
import { lookUpWords } from './typos.js';
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
  /** The request's content locales, best first: whose everyday words and stop words apply (English always). */
  locales?: readonly string[] | undefined;
  /** false: skip looking for nearby queries and topics (when checking a nearby query itself). */
  nearby?: boolean | undefined;
}

export interface SearchResult {
  total: number;
  ids: { id: string; distanceKm: number | null }[];
  facets: { topics: Record<string, number>; languages: Record<string, number> };
  /** How the words were understood; absent when the query had none. */
  search?: SearchExplanation;
  /** When nothing matched: the nearest topics. */
  suggestedTopics: string[];
}

export interface SearchExplanation {
  q: string;
  words: string[];
  ignored: string[];
  corrected: string | null;
  did_you_mean: string | null;
  concepts: { phrase: string; topics: string[] }[];
  match: 'all' | 'some';
}

/** At most this many results: a nearby query that finds more is offered. */
const FEW = 2;

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

/** The filters other than the words, as parts of the search statement. */
function statementParts(filters: SearchFilters): StatementParts {
  const conditions: RawBuilder<unknown>[] = [sql`s.status = 'active'`];
  if (filters.topics?.length) conditions.push(sql`s.topic_codes && ${textArray(filters.topics)}`);
  if (filters.languages?.length) conditions.push(sql`s.language_codes && ${textArray(filters.languages)}`);
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
  return {
    conditions,
    near,
    distance: filters.near ? sql`near.km` : sql`NULL::float8`,
    radius: filters.near && filters.radiusKm ? sql`AND distance_km <= ${filters.radiusKm}` : sql``,
    sort: filters.sort,
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
  };
}

/**
 * Finds active services: words in any language and script (accents and case folded; prefixes; typos within one
 * or two edits; everyday phrases standing for topics and the words services use; stop words of a question left out;
 * substrings for scripts written without spaces), topic, language, location, open now, free, walk-in, distance.
 * Every meaningful word must match when some service matches them all; else services matching most come first.
 * Returns one page of ids with the total, facet counts and how the words were understood.
 * Round trips: one without words; with words, one to look them up (with the directory version) and the statement;
 * more only when little is found (a nearby query is checked, topics are suggested).
 */
export async function searchServices(db: Kysely<Database>, filters: SearchFilters): Promise<SearchResult> {
  const parts = statementParts(filters);
  const { q, tokens } = cutQuery(filters.q ?? '');
  if (tokens.length === 0) {
    const result = await runSearchStatement(db, [], parts);
    return { total: result.total, ids: result.ids, facets: result.facets, suggestedTopics: [] };
  }
  const locales = queryLocales(filters.locales ?? []);
  const { version, words: lookups } = await lookUpWords(
    db,
    tokens.map((token) => token.text),
    [...locales],
  );
  const knowledge = await searchKnowledge(db, version);
  const plan = planQuery(tokens, lookups, knowledge, locales);
  const result = await runSearchStatement(db, plan.groups, parts);
  const corrected =
    plan.corrections.size && result.total > 0
      ? replaceWords(q, tokens, new Map([...plan.corrections].map(([i, c]) => [i, c.word])))
      : null;
  let didYouMean: string | null = null;
  if (result.total <= FEW && filters.nearby !== false) {
    for (const offer of nearbyQueries(q, tokens, lookups, plan, knowledge.concepts, locales).slice(0, 2)) {
      if (offer === corrected) continue;
      const found = await searchServices(db, { ...filters, q: offer, page: 1, pageSize: 1, nearby: false });
      const better =
        found.total > result.total || (found.search?.match === 'all' && result.bestHits < plan.groups.length);
      if (found.total > 0 && better) {
        didYouMean = offer;
        break;
      }
    }
  }
  const suggestedTopics =
    result.total === 0 && filters.nearby !== false
      ? await suggestTopics(
          db,
          plan.words,
          lookups.flatMap((lookup) => lookup.near.slice(0, 3).map((near) => near.word)),
          plan.concepts.flatMap((concept) => concept.topics),
          knowledge.concepts,
        )
      : [];
  return {
    total: result.total,
    ids: result.ids,
    facets: result.facets,
    suggestedTopics,
    search: {
      q,
      words: plan.words,
      ignored: plan.ignored,
      corrected,
      did_you_mean: didYouMean,
      concepts: plan.concepts,
      match: result.total > 0 && result.bestHits < plan.groups.length ? 'some' : 'all',
    },
  };
}

/**
 * Recomputes what search reads for services: the folded text (every name and
 * description in every language, and topic names), the weighted vector, and
 * the copies of topic, badge and language codes, and the directory's words per language (`search_words`).
 */
export async function refreshSearchText(db: Kysely<Database>, serviceIds?: readonly string[]): Promise<void> {
  const wordsBefore = serviceIds ? await vectorWords(db, serviceIds) : [];
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
  await refreshSearchWords(db, serviceIds, wordsBefore);
  await bumpDirectoryVersion(db);
}
