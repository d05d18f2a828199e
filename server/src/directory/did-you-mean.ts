import type { KnownConcept } from './concept-match.js';
import { editDistance } from './edit-distance.js';
import type { QueryPlan } from './query-plan.js';
import { replaceWords, type QueryToken } from './query-words.js';
import type { WordLookup } from './typos.js';

/** Edits counted before giving up on a nearby word (any nearer one wins). */
const FAR = 6;
/** A word offered instead of a typed one has at least this many letters ("la" is no answer to "lawy"). */
const SHORTEST_OFFER = 3;

/** Whether a directory word is near enough to offer: at most half the typed word's letters changed. */
const worthOffering = (typed: string, word: string, edits: number) =>
  [...word].length >= SHORTEST_OFFER && edits <= Math.ceil([...typed].length / 2);

/** Queries to offer instead of one that found nothing or little, nearest first; the caller keeps the first that finds more. */
export function nearbyQueries(
  q: string,
  tokens: readonly QueryToken[],
  lookups: readonly WordLookup[],
  plan: QueryPlan,
  concepts: readonly KnownConcept[],
  locales: ReadonlySet<string>,
): string[] {
  const offers: string[] = [];
  // Each word the directory has nothing for, replaced by its nearest directory word beyond the edit limit: fewest
  // edits, then one in the request's languages, then the commonest.
  const nearest = new Map<number, string>([...plan.corrections].map(([i, correction]) => [i, correction.word]));
  for (const i of plan.unmatched) {
    const typed = lookups[i]!.folded;
    const best = lookups[i]!.near.filter((near) => near.word !== typed)
      .map((near) => ({ ...near, edits: editDistance(typed, near.word, FAR) }))
      .filter((near) => worthOffering(typed, near.word, near.edits))
      .sort((a, b) => a.edits - b.edits || Number(b.inLocale) - Number(a.inLocale) || b.services - a.services)[0];
    if (best) nearest.set(i, best.word);
  }
  if (nearest.size > plan.corrections.size) offers.push(replaceWords(q, tokens, nearest));
  // An everyday phrase (in any language) near one of those words, or near the whole query.
  const phrase = nearestPhrase(
    plan.unmatched.map((i) => lookups[i]!.folded),
    lookups.map((l) => l.folded).join(' '),
    concepts.filter((concept) => locales.has(concept.locale)),
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
