import type { KnownConcept } from './concept-match.js';
import { editDistance } from './edit-distance.js';
import type { QueryPlan } from './query-plan.js';
import { replaceWords, type QueryToken } from './query-words.js';
import type { WordLookup } from './typos.js';

/** Queries to offer instead of one that found nothing or little, nearest first; the caller keeps the first that finds more. */
export function nearbyQueries(
  q: string,
  tokens: readonly QueryToken[],
  lookups: readonly WordLookup[],
  plan: QueryPlan,
  concepts: readonly KnownConcept[],
): string[] {
  const offers: string[] = [];
  // Each word the directory has nothing for, replaced by its nearest directory word, however far (trigram similarity).
  const nearest = new Map<number, string>();
  for (const i of plan.unmatched) {
    const best = lookups[i]!.near.find((near) => near.word !== lookups[i]!.folded);
    if (best) nearest.set(i, best.word);
  }
  if (nearest.size) offers.push(replaceWords(q, tokens, nearest));
  // An everyday phrase (in any language) near one of those words, or near the whole query.
  const phrase = nearestPhrase(
    plan.unmatched.map((i) => lookups[i]!.folded),
    lookups.map((l) => l.folded).join(' '),
    concepts,
  );
  if (phrase) offers.push(phrase);
  const taken = new Set([q.toLowerCase()]);
  return offers.filter((offer) => {
    const key = offer.toLowerCase();
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
}

/** The everyday phrase nearest to a word or to the whole query, within a third of its letters. */
function nearestPhrase(words: readonly string[], whole: string, concepts: readonly KnownConcept[]): string | null {
  let best: { phrase: string; edits: number } | null = null;
  for (const target of [whole, ...words]) {
    const limit = Math.min(3, Math.floor([...target].length / 3));
    if (limit === 0) continue;
    for (const concept of concepts) {
      const edits = editDistance(target, concept.folded, limit);
      if (edits > 0 && edits <= limit && (!best || edits < best.edits)) best = { phrase: concept.phrase, edits };
    }
  }
  return best?.phrase ?? null;
}
