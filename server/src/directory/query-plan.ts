import { findConcepts, stopWordsOf, type KnownConcept, type SearchKnowledge } from './concept-match.js';
import { containsPattern, tsWord, type QueryToken } from './query-words.js';
import { correctionsOf, type Correction, type WordLookup } from './typos.js';

/**
 * One thing the visitor asked for: a word, or an everyday phrase standing for several. A service matches it
 * by the words as typed (as prefixes), a correction of them, or the phrase's topics and terms.
 */
export interface MatchGroup {
  /** The typed words, each a prefix, all of them (a tsquery). */
  typed: string;
  /** LIKE patterns of words in scripts written without spaces, matched anywhere in the text. */
  substrings: string[];
  /** Corrections of a word the directory does not use as typed (a tsquery), or null. */
  corrected: string | null;
  /** Topics and terms of the everyday phrases it holds. */
  topics: string[];
  terms: string | null;
}

export interface QueryPlan {
  groups: MatchGroup[];
  /** Meaningful words, folded (stop words left out). */
  words: string[];
  ignored: string[];
  concepts: { phrase: string; topics: string[] }[];
  conceptHits: KnownConcept[];
  /** Best correction per token index, for the words searched through corrections. */
  corrections: Map<number, Correction>;
  /** Token indexes of meaningful words the directory has nothing for (no match as typed, no correction, no phrase). */
  unmatched: number[];
}

/** The locales whose everyday words and stop words a request uses: its content locales (and their bases) and English. */
export function queryLocales(locales: readonly string[]): Set<string> {
  const set = new Set<string>(['en']);
  for (const locale of locales) {
    set.add(locale);
    set.add(locale.split('-')[0]!);
  }
  return set;
}

/** Turns the typed words into what is matched: phrases recognized, stop words left out, typos corrected. */
export function planQuery(
  tokens: readonly QueryToken[],
  lookups: readonly WordLookup[],
  knowledge: SearchKnowledge,
  locales: ReadonlySet<string>,
): QueryPlan {
  const words = tokens.map((token, i) => ({ folded: lookups[i]!.folded, unspaced: token.unspaced }));
  const hits = findConcepts(words, knowledge.concepts, locales);
  const conceptOf = new Map<number, KnownConcept[]>();
  for (const hit of hits) {
    const first = hit.indexes[0]!;
    conceptOf.set(first, [...(conceptOf.get(first) ?? []), hit.concept]);
  }
  const covered = new Map<number, number>(); // a word of a multi-word phrase → the phrase's first word
  for (const hit of hits) for (const i of hit.indexes) if (words[i]!.folded) covered.set(i, hit.indexes[0]!);

  const stopWords = stopWordsOf(knowledge, locales);
  const isStop = (i: number) => !covered.has(i) && !words[i]!.unspaced && stopWords.has(words[i]!.folded);
  const allStop = hits.length === 0 && words.every((_, i) => isStop(i));
  const ignored: string[] = [];
  const meaningful: number[] = [];
  words.forEach((word, i) => {
    if (!word.folded) return;
    if (!allStop && isStop(i)) ignored.push(word.folded);
    else meaningful.push(i);
  });

  const groups: MatchGroup[] = [];
  const corrections = new Map<number, Correction>();
  const unmatched: number[] = [];
  const groupOf = new Map<number, MatchGroup>();
  for (const i of meaningful) {
    const word = words[i]!;
    const lead = covered.get(i);
    const existing = lead === undefined ? undefined : groupOf.get(lead);
    if (existing) {
      existing.typed = `${existing.typed} & ${tsWord(word.folded, true)}`;
      if (word.unspaced) existing.substrings.push(containsPattern(word.folded));
      continue;
    }
    const concepts = conceptOf.get(i) ?? [];
    const found = word.unspaced || concepts.length ? [] : correctionsOf(lookups[i]!);
    if (found[0] && lookups[i]!.typedServices === 0) corrections.set(i, found[0]);
    if (!word.unspaced && !concepts.length && !found.length && lookups[i]!.typedServices === 0) unmatched.push(i);
    const terms = concepts.map((c) => c.termsQuery).filter((t): t is string => t !== null);
    const group: MatchGroup = {
      typed: tsWord(word.folded, true),
      substrings: word.unspaced ? [containsPattern(word.folded)] : [],
      corrected: found.length ? found.map((c) => tsWord(c.word, false)).join(' | ') : null,
      topics: [...new Set(concepts.flatMap((c) => c.topics))],
      terms: terms.length ? terms.map((t) => `(${t})`).join(' | ') : null,
    };
    groups.push(group);
    groupOf.set(i, group);
  }
  return {
    groups,
    words: meaningful.map((i) => words[i]!.folded),
    ignored,
    concepts: hits.map((hit) => ({ phrase: hit.concept.phrase, topics: hit.concept.topics })),
    conceptHits: hits.map((hit) => hit.concept),
    corrections,
    unmatched,
  };
}
