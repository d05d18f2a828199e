import { lexicon as en } from './en.js';
import type { Lexicon } from './types.js';

/**
 * Every language's everyday words and stop words, one import per language (the list grows by one line per file).
 * Seeded into `search_concepts`; stop words are read from here.
 */
export const LEXICONS: Lexicon[] = [en];
