import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { searchKnowledge } from './concept-match.js';
import { nearbyQueries } from './did-you-mean.js';
import { planQuery, queryLocales } from './query-plan.js';
import { cutQuery, replaceWords } from './query-words.js';
import { searchIndexFor } from './search-index/indexes.js';
import { searchIndex, type IndexFilters } from './search-index/run.js';
import { refreshSearchWords, vectorWords } from './search-words.js';
import { suggestTopics } from './suggested-topics.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from './taxonomy.js';
import { bumpDirectoryVersion, readDirectoryVersion } from './version.js';
import { lookUpWordsCached } from './word-lookup-cache.js';

export interface SearchFilters {
  q?: string | undefined;
  topics?: string[] | undefined;
  languages?: string[] | undefined;
  locationId?: string | undefined;
  openNow?: boolean | undefined;
  free?: boolean | undefined;
  walkIn?: boolean | undefined;
  /** Only services taking new clients (availability 'accepting'). */
  accepting?: boolean | undefined;
  /** Badge codes: services with any of them. */
  badges?: string[] | undefined;
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
  /**
   * A directory version known to be current (the answer cache read it for this request): searched without reading
   * it again, and with the words' lookups kept for it, when the process has them.
   */
  version?: string | undefined;
}

export interface SearchResult {
  /** The directory version searched. */
  version: string;
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

/** The filters other than the words, as the index takes them. */
function indexFilters(filters: SearchFilters): IndexFilters {
  return {
    topics: filters.topics,
    languages: filters.languages,
    locationId: filters.locationId,
    free: filters.free,
    walkIn: filters.walkIn,
    accepting: filters.accepting,
    badges: filters.badges,
    openAt: filters.openNow ? (filters.at ?? new Date()) : undefined,
    near: filters.near,
    radiusKm: filters.near ? filters.radiusKm : undefined,
    sort: filters.sort,
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
  };
}

/**
 * Finds active services: words in any language and script (accents and case folded; prefixes; typos within one
 * or two edits; everyday phrases standing for topics and the words services use; stop words of a question left out;
 * substrings for scripts written without spaces), topic, language, location, open now, free, walk-in, taking new clients, badges, distance.
 * Every meaningful word must match when some service matches them all; else services matching most come first.
 * Returns one page of ids with the total, facet counts and how the words were understood.
 * Round trips: one (the words looked up with the directory version, or the version alone), none when the caller
 * knows the current version and this process has looked up the same words under it; the matching runs on the
 * process's index of that version (search-index/); more only when little is found (a nearby query is checked, topics
 * are suggested), and when the version is new to this process (its index is built).
 */
export async function searchServices(db: Kysely<Database>, filters: SearchFilters): Promise<SearchResult> {
  const parts = indexFilters(filters);
  const { q, tokens } = cutQuery(filters.q ?? '');
  if (tokens.length === 0) {
    const version = filters.version ?? (await readDirectoryVersion(db));
    const result = searchIndex(await searchIndexFor(db, version), [], parts);
    return { version, total: result.total, ids: result.ids, facets: result.facets, suggestedTopics: [] };
  }
  const locales = queryLocales(filters.locales ?? []);
  const { version, words: lookups } = await lookUpWordsCached(
    db,
    tokens.map((token) => token.text),
    [...locales],
    filters.version,
  );
  const [knowledge, index] = await Promise.all([searchKnowledge(db, version), searchIndexFor(db, version)]);
  const plan = planQuery(tokens, lookups, knowledge, locales);
  const result = searchIndex(index, plan.groups, parts);
  const corrected =
    plan.corrections.size && result.total > 0
      ? replaceWords(q, tokens, new Map([...plan.corrections].map(([i, c]) => [i, c.word])))
      : null;
  let didYouMean: string | null = null;
  if (result.total <= FEW && filters.nearby !== false) {
    for (const offer of nearbyQueries(q, tokens, lookups, plan, knowledge.concepts, locales).slice(0, 2)) {
      if (offer === corrected) continue;
      const found = await searchServices(db, { ...filters, q: offer, page: 1, pageSize: 1, nearby: false, version });
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
          index,
          plan.words,
          lookups.flatMap((lookup) => lookup.near.slice(0, 3).map((near) => near.word)),
          plan.concepts.flatMap((concept) => concept.topics),
          knowledge.concepts,
        )
      : [];
  return {
    version,
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
  // An inactive service's vector is empty: it is never searched, and its words count for no one in search_words.
  await sql`UPDATE services s SET search_vector = CASE WHEN s.status <> 'active' THEN ''::tsvector ELSE
      setweight(to_tsvector('simple', ww_fold(concat_ws(' ', s.name, s.alternate_name,
        (SELECT string_agg(tr.value, ' ') FROM translations tr
          WHERE tr.entity = 'service' AND tr.entity_id = s.id AND tr.field IN ('name', 'alternate_name'))))), 'A')
      || setweight(to_tsvector('simple', s.search_text), 'D') END ${scope}`.execute(db);
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
