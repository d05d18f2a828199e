import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { LEXICONS } from './lexicon/index.js';
import { UNSPACED_SCRIPT, type SearchWord } from './query-words.js';

/** An everyday phrase as search uses it: folded, cut into words, its terms as a tsquery. */
export interface KnownConcept {
  locale: string;
  phrase: string;
  /** The folded phrase's words (one word for a phrase in a script written without spaces). */
  words: string[];
  folded: string;
  topics: string[];
  /** Its terms as words to match: any term, each with all its words (as prefixes). */
  termWords: SearchWord[][];
  /** Its terms, folded, for suggestions. */
  terms: string[];
  /** Its terms in scripts written without spaces (matched anywhere in a service's text). */
  termSubstrings: string[];
}

/** What search knows beyond the directory's own words, for one directory version. */
export interface SearchKnowledge {
  version: string;
  concepts: KnownConcept[];
  /** Folded stop words per locale. */
  stopWords: Map<string, Set<string>>;
}

const SPLIT = /[^\p{L}\p{N}\p{M}]+/u;

let cached: Promise<SearchKnowledge> | undefined;
let cachedVersion: string | undefined;
let cachedDb: Kysely<Database> | undefined;

/**
 * The everyday words (from `search_concepts`, which the office edits) and the stop words (from the lexicons), folded
 * by the database as its text is. Read once per directory version and database, not per request.
 */
export function searchKnowledge(db: Kysely<Database>, version: string): Promise<SearchKnowledge> {
  if (!cached || cachedVersion !== version || cachedDb !== db) {
    cachedVersion = version;
    cachedDb = db;
    cached = loadKnowledge(db, version);
    cached.catch(() => {
      if (cachedVersion === version) cached = undefined;
    });
  }
  return cached;
}

async function loadKnowledge(db: Kysely<Database>, version: string): Promise<SearchKnowledge> {
  const stopLocales = LEXICONS.flatMap((lexicon) => lexicon.stopWords.map(() => lexicon.locale));
  const stopWords = LEXICONS.flatMap((lexicon) => lexicon.stopWords);
  const [concepts, stops] = await Promise.all([
    sql<{ locale: string; phrase: string; folded: string; topics: string[]; terms: string[] }>`
      SELECT c.locale, c.phrase, c.phrase_folded AS folded, c.topics,
        ARRAY(SELECT ww_fold(t) FROM unnest(c.terms) AS t) AS terms
      FROM search_concepts c ORDER BY c.locale, c.phrase_folded`.execute(db),
    sql<{ locale: string; word: string }>`
      SELECT l AS locale, ww_fold(w) AS word FROM unnest(${stopLocales}::text[], ${stopWords}::text[]) AS t(l, w)`.execute(
      db,
    ),
  ]);
  const stopWordsByLocale = new Map<string, Set<string>>();
  for (const { locale, word } of stops.rows) {
    const set = stopWordsByLocale.get(locale) ?? new Set<string>();
    set.add(word);
    stopWordsByLocale.set(locale, set);
  }
  return {
    version,
    stopWords: stopWordsByLocale,
    concepts: concepts.rows
      .map((row) => {
        const termWords = row.terms.map((term) => term.split(SPLIT).filter(Boolean)).filter((words) => words.length);
        return {
          locale: row.locale,
          phrase: row.phrase,
          folded: row.folded,
          words: row.folded.split(SPLIT).filter(Boolean),
          topics: row.topics,
          terms: row.terms,
          termSubstrings: row.terms.filter((term) => UNSPACED_SCRIPT.test(term)).map((term) => term.trim()),
          termWords: termWords.map((words) => words.map((word) => ({ word, prefix: true }))),
        };
      })
      .filter((concept) => concept.words.length > 0),
  };
}

/** A concept found in a query, and which of its words (by index) it stands for. */
export interface ConceptHit {
  concept: KnownConcept;
  indexes: number[];
}

/**
 * The concepts in a query's folded words, in the given locales: whole words in order (the longest phrase first, a
 * word in one phrase only); for a word of a script written without spaces, any phrase inside it.
 */
export function findConcepts(
  words: readonly { folded: string; unspaced: boolean }[],
  concepts: readonly KnownConcept[],
  locales: ReadonlySet<string>,
): ConceptHit[] {
  const usable = concepts
    .filter((concept) => locales.has(concept.locale))
    .sort((a, b) => b.words.length - a.words.length || b.folded.length - a.folded.length);
  const taken = new Set<number>();
  const hits: ConceptHit[] = [];
  for (const concept of usable) {
    for (let start = 0; start + concept.words.length <= words.length; start++) {
      const indexes = concept.words.map((_, k) => start + k);
      if (indexes.some((i) => taken.has(i))) continue;
      const whole = concept.words.every((word, k) => words[start + k]!.folded === word);
      const inside =
        concept.words.length === 1 && words[start]!.unspaced && words[start]!.folded.includes(concept.words[0]!);
      if (!whole && !inside) continue;
      // A phrase inside an unspaced word leaves the word free for other phrases too.
      if (whole) indexes.forEach((i) => taken.add(i));
      hits.push({ concept, indexes });
      break;
    }
  }
  return hits;
}

/** The folded stop words of these locales. */
export function stopWordsOf(knowledge: SearchKnowledge, locales: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const locale of locales) for (const word of knowledge.stopWords.get(locale) ?? []) words.add(word);
  return words;
}
