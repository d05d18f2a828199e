import { findConcepts, stopWordsOf, type KnownConcept, type SearchKnowledge } from './concept-match.js';
import type { QueryToken, SearchWord } from './query-words.js';
import { correctionsOf, type Correction, type WordLookup } from './typos.js';

/**
 * One thing the visitor asked for: a word, or an everyday phrase standing for several. A service matches it
 * by the words as typed (as prefixes), a correction of them, or the phrase's topics and terms.
 */
export interface MatchGroup {
  /** The typed words (as prefixes, but for a finished single letter): all of them. */
  typed: SearchWord[];
  /** Words (and phrase terms) in scripts written without spaces: any of them, anywhere in a service's text. */
  substrings: string[];
  /** Corrections of a word the directory does not use as typed: any of them, as whole words. */
  corrected: string[];
  /** Topics of the everyday phrases it holds (any), and their terms (any term, all its words). */
  topics: string[];
  terms: SearchWord[][];
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
    if (!allStop && isStop(i)) {
      if (!ignored.includes(word.folded)) ignored.push(word.folded);
    } else meaningful.push(i);
  });

  // A word is a prefix ("immig" finds "immigration"), except a single letter before the last word: only the word
  // being typed is unfinished, and a finished "b" as a prefix would match nearly everything.
  const asPrefix = (i: number) => i === words.length - 1 || [...words[i]!.folded].length > 1;
  const groups: MatchGroup[] = [];
  const corrections = new Map<number, Correction>();
  const unmatched: number[] = [];
  const groupOf = new Map<number, MatchGroup>();
  for (const i of meaningful) {
    const word = words[i]!;
    const lead = covered.get(i);
    const existing = lead === undefined ? undefined : groupOf.get(lead);
    if (existing) {
      existing.typed.push({ word: word.folded, prefix: asPrefix(i) });
      if (word.unspaced) existing.substrings.push(word.folded);
      continue;
    }
    const concepts = conceptOf.get(i) ?? [];
    const found = word.unspaced || concepts.length ? [] : correctionsOf(lookups[i]!);
    if (found[0] && lookups[i]!.typedServices === 0) corrections.set(i, found[0]);
    if (!word.unspaced && !concepts.length && !found.length && lookups[i]!.typedServices === 0) unmatched.push(i);
    const group: MatchGroup = {
      typed: [{ word: word.folded, prefix: asPrefix(i) }],
      substrings: [...(word.unspaced ? [word.folded] : []), ...concepts.flatMap((c) => c.termSubstrings)],
      corrected: found.map((c) => c.word),
      topics: [...new Set(concepts.flatMap((c) => c.topics))],
      terms: concepts.flatMap((c) => c.termWords),
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
