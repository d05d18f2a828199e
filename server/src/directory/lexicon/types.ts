import type { TOPIC_CODES } from '../taxonomy.js';

export type TopicCode = (typeof TOPIC_CODES)[number];

/** An everyday word or phrase people search for, and what in the directory it stands for. */
export interface ConceptSeed {
  /** What people type, in the lexicon's language, written as they write it (accents kept; search folds them). */
  phrase: string;
  /** The office's topics it points to: a service with any of them matches. */
  topics: TopicCode[];
  /** Words services use for it (in the lexicon's language, English, or both): a service using any of them matches. */
  terms: string[];
}

/**
 * What search knows of one language beyond the directory's own words: the everyday words people use for what the
 * office does (seeded into `search_concepts`, where the office edits them) and the function words a question is made
 * of ("what do I do if…"), left out so that its meaningful words are searched.
 */
export interface Lexicon {
  /** The BCP 47 tag, as the directory's texts use it (`es`, `zh-Hans`, `kea`…). */
  locale: string;
  /** `reviewed` when someone who reads the language wrote or checked it; `draft` until then (the desk shows which). */
  review: 'draft' | 'reviewed';
  /** Function words, lower case, as written (search folds them). */
  stopWords: string[];
  concepts: ConceptSeed[];
}
