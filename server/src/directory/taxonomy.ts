/** Fixed ids of our two taxonomies, so imports and seeds agree across databases. */
export const TOPICS_TAXONOMY_ID = '7b0c1a52-3f5e-4c47-9a1e-0d6f1f3c1a01';
export const BADGES_TAXONOMY_ID = '7b0c1a52-3f5e-4c47-9a1e-0d6f1f3c1a02';

export const TOPIC_CODES = [
  'immigration-legal',
  'municipal-id',
  'citizenship',
  'english-classes',
  'know-your-rights',
  'health',
  'housing',
  'work',
  'education',
  'benefits',
  'family',
] as const;

export const BADGE_CODES = [
  'free',
  'walk-in',
  'no-id-required',
  'doj-recognized-organization',
  'doj-accredited-representative',
  'attorney',
] as const;
