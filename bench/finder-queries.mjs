/** Words of the synthetic directory (server/src/seed/synthetic.ts). */
const WORDS = [
  'legal',
  'help',
  'clinic',
  'family',
  'english',
  'class',
  'citizenship',
  'housing',
  'health',
  'work',
  'youth',
  'center',
  'community',
  'rights',
  'benefits',
  'food',
  'school',
  'tenant',
  'worker',
  'women',
];

/** The 25 searches of two words typed into the finder, and run by the client-side index anchor. */
export const FINDER_QUERIES = Array.from(
  { length: 25 },
  (_, i) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}`,
);
