import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { editDistance, editLimit } from './edit-distance.js';

/** A directory word near a typed one (pg_trgm similarity), and how many active services use it. */
export interface NearWord {
  word: string;
  services: number;
  similarity: number;
  /** Written in one of the request's languages (else only in others). */
  inLocale: boolean;
}

/** What the directory holds of one typed word. */
export interface WordLookup {
  /** Folded as the directory's text is (`ww_fold`: lower case, accents taken off). */
  folded: string;
  /** Most services using a directory word equal to it or starting with it; 0 when none; null when not looked up. */
  typedServices: number | null;
  /** The nearest directory words by trigram similarity, nearest first (words of 4 letters or more only). */
  near: NearWord[];
}

/** Nearest directory words looked up per typed word. */
const NEAR_WORDS = 12;

/**
 * Folds the typed words and finds, for each of 4 letters or more, whether the directory uses it (as a word or the
 * start of one) and its nearest directory words. Reads the directory version in the same round trip.
 */
export async function lookUpWords(
  db: Kysely<Database>,
  words: readonly string[],
  locales: readonly string[],
): Promise<{ version: string; words: WordLookup[] }> {
  const { rows } = await sql<{
    folded: string | null;
    version: string;
    typed_services: number | null;
    near: [string, number, number, boolean][] | null;
  }>`
    WITH input AS (
      SELECT ord, ww_fold(w) AS folded FROM unnest(${words as string[]}::text[]) WITH ORDINALITY AS t(w, ord)
    )
    SELECT i.folded, v.version::text AS version,
      CASE WHEN char_length(i.folded) >= 4 THEN coalesce((SELECT max(sw.services) FROM search_words sw
        WHERE sw.word LIKE replace(replace(replace(i.folded, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'), 0) END
        AS typed_services,
      CASE WHEN char_length(i.folded) >= 4 THEN (SELECT json_agg(json_build_array(c.word, c.services, c.sim, c.in_locale)) FROM (
        SELECT sw.word, max(sw.services) AS services, max(similarity(sw.word, i.folded))::float8 AS sim,
          bool_or(sw.locale = ANY(${locales as string[]}::text[])) AS in_locale
        FROM search_words sw WHERE sw.word % i.folded
        GROUP BY sw.word ORDER BY sim DESC, services DESC, sw.word LIMIT ${NEAR_WORDS}) c) END AS near
    FROM directory_version v LEFT JOIN input i ON true
    WHERE v.id = 1
    ORDER BY i.ord`.execute(db);
  const version = rows[0]?.version ?? '0';
  const found = rows
    .filter((row) => row.folded !== null)
    .map((row) => ({
      folded: row.folded!,
      typedServices: row.typed_services === null ? null : Number(row.typed_services),
      near: (row.near ?? []).map(([word, services, similarity, inLocale]) => ({
        word,
        services: Number(services),
        similarity,
        inLocale,
      })),
    }));
  return { version, words: found };
}

/** A correction of a typed word: a directory word within the edit limit, and how far it is. */
export interface Correction {
  word: string;
  edits: number;
  /** Near only the start of the word (a word still being typed): after whole-word corrections as near. */
  prefix: boolean;
  inLocale: boolean;
  services: number;
}

/** Corrections tried at once for one word. */
const MAX_CORRECTIONS = 3;

/**
 * The directory words a typed word may be corrected to: within one edit for 4–7 letters, two for 8 or more (a swap
 * of two letters is one), comparing with the whole word or, for a word still being typed, its start. None for a
 * word the directory uses as typed, unless a correction is far commoner (the typed form is then itself a typo in a
 * few services' texts).
 */
export function correctionsOf(lookup: WordLookup): Correction[] {
  const limit = editLimit(lookup.folded);
  if (limit === 0 || lookup.typedServices === null) return [];
  const corrections: Correction[] = [];
  for (const near of lookup.near) {
    if (near.word === lookup.folded) continue;
    const whole = editDistance(lookup.folded, near.word, limit);
    const edits = Math.min(whole, prefixDistance(lookup.folded, near.word, limit));
    if (edits <= limit)
      corrections.push({
        word: near.word,
        edits,
        prefix: whole > edits,
        inLocale: near.inLocale,
        services: near.services,
      });
  }
  corrections.sort(
    (a, b) =>
      a.edits - b.edits ||
      Number(a.prefix) - Number(b.prefix) ||
      Number(b.inLocale) - Number(a.inLocale) ||
      b.services - a.services ||
      a.word.localeCompare(b.word),
  );
  const typed = lookup.typedServices;
  const kept = typed === 0 ? corrections : corrections.filter((c) => c.services >= 3 + typed * 5);
  return kept.slice(0, MAX_CORRECTIONS);
}

/** Distance to the nearest start of `word` about as long as `typed` (for a query typed as the visitor goes). */
function prefixDistance(typed: string, word: string, limit: number): number {
  const length = [...typed].length;
  const letters = [...word];
  let best = limit + 1;
  for (let k = Math.max(1, length - 1); k <= Math.min(letters.length - 1, length + 1); k++) {
    best = Math.min(best, editDistance(typed, letters.slice(0, k).join(''), limit));
  }
  return best;
}
