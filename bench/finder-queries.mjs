import { readFileSync } from 'node:fs';

/** Words of the synthetic directory, the file server/src/seed/synthetic.ts names its services from. */
const WORDS = JSON.parse(
  readFileSync(new URL('../server/src/seed/data/synthetic-words.json', import.meta.url), 'utf8'),
);

/**
 * One typo, as a visitor makes it: the middle letter replaced by another. A substitution is one edit
 * both for the server (Damerau) and for MiniSearch's fuzzy match (Levenshtein), and keeps the word's
 * length, so each tolerates it the same way (the server from 4 letters, MiniSearch's `fuzzy: 0.2` from 3).
 */
export function misspell(word) {
  const i = Math.floor(word.length / 2);
  return `${word.slice(0, i)}${word[i] === 'a' ? 'e' : 'a'}${word.slice(i + 1)}`;
}

/**
 * The 25 searches of two words typed into the finder, and run by the client-side index anchor;
 * every other one with a typo in its first word.
 */
export const FINDER_QUERIES = Array.from({ length: 25 }, (_, i) => {
  const first = WORDS[i % WORDS.length];
  const second = WORDS[(i * 7 + 3) % WORDS.length];
  return `${i % 2 ? misspell(first) : first} ${second}`;
});

/** How many of FINDER_QUERIES carry a typo. */
export const FINDER_TYPOS = FINDER_QUERIES.filter((_, i) => i % 2).length;
