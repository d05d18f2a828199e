import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { KnownConcept } from './concept-match.js';
import { editDistance } from './edit-distance.js';
import type { SearchIndex } from './search-index/build.js';
import { servicesWithAny } from './search-index/run.js';
import { TOPICS_TAXONOMY_ID, TOPIC_CODES } from './taxonomy.js';

const MAX_SUGGESTED = 3;

/**
 * The topics nearest to a query that found nothing: those of the everyday phrases in it or near its words, of the
 * services using the directory words nearest to its words, and of topic names (in any language) like its words.
 */
export async function suggestTopics(
  db: Kysely<Database>,
  index: SearchIndex,
  words: readonly string[],
  nearWords: readonly string[],
  conceptTopics: readonly string[],
  concepts: readonly KnownConcept[],
): Promise<string[]> {
  const scores = new Map<string, number>();
  const add = (code: string, score: number) => scores.set(code, (scores.get(code) ?? 0) + score);
  for (const code of conceptTopics) add(code, 100);
  for (const word of words) {
    const limit = Math.min(3, Math.floor([...word].length / 3));
    for (const concept of concepts) {
      const near = concept.words.some((w) => editDistance(word, w, limit) <= limit);
      if (near) for (const code of concept.topics) add(code, 20);
    }
  }
  if (words.length) {
    // The topics of services using the nearest directory words, one point per service and topic.
    for (const [code, count] of topicsOfServicesWith(index, nearWords)) add(code, count);
    const { rows } = await sql<{ code: string; score: number }>`
      SELECT t.code, 30 * max(word_similarity(w, ww_fold(n.value)))::float8 AS score
      FROM taxonomy_terms t
      CROSS JOIN LATERAL (SELECT t.name AS value UNION ALL
        SELECT tr.value FROM translations tr WHERE tr.entity = 'taxonomy_term' AND tr.entity_id = t.id) n
      CROSS JOIN unnest(${words as string[]}::text[]) AS w
      WHERE t.taxonomy_id = ${TOPICS_TAXONOMY_ID} AND char_length(w) >= 3
        AND word_similarity(w, ww_fold(n.value)) >= 0.5
      GROUP BY t.code`.execute(db);
    for (const row of rows) add(row.code, Number(row.score));
  }
  const known = new Set<string>(TOPIC_CODES);
  return [...scores]
    .filter(([code, score]) => known.has(code) && score > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTED)
    .map(([code]) => code);
}

/** How many services using any of the words (as whole words) have each topic. */
function topicsOfServicesWith(index: SearchIndex, words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of servicesWithAny(index, words)) {
    for (const code of index.topicCodes[n]!) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
