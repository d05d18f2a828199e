import { readFileSync } from 'node:fs';

/** Words of the synthetic directory, the file server/src/seed/synthetic.ts names its services from. */
const WORDS = JSON.parse(
  readFileSync(new URL('../server/src/seed/data/synthetic-words.json', import.meta.url), 'utf8'),
);

/** The 25 searches of two words typed into the finder, and run by the client-side index anchor. */
export const FINDER_QUERIES = Array.from(
  { length: 25 },
  (_, i) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}`,
);
