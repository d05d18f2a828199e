import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { lookUpWords, type WordLookup } from './typos.js';

/** Past this many words of one version the memory starts over (a flood of made-up words cannot grow it). */
const MOST_WORDS = 20_000;

interface Kept {
  version: bigint;
  words: Map<string, WordLookup>;
}

const byDatabase = new WeakMap<Kysely<Database>, Kept>();

/**
 * `lookUpWords` for one directory version, remembering each typed word's lookup (what the directory holds of it
 * depends only on the version and the request's languages). When the caller knows a current version and every word
 * was looked up under it, no round trip is made; otherwise all the words are looked up together, at the version the
 * database has then, so one answer never mixes two versions.
 */
export async function lookUpWordsCached(
  db: Kysely<Database>,
  words: readonly string[],
  locales: readonly string[],
  knownVersion: string | undefined,
): Promise<{ version: string; words: WordLookup[] }> {
  const keyOf = (word: string) => `${locales.join(',')}\u0000${word}`;
  const kept = byDatabase.get(db);
  if (knownVersion !== undefined && kept?.version === BigInt(knownVersion)) {
    const found = words.map((word) => kept.words.get(keyOf(word)));
    if (found.every((lookup) => lookup !== undefined)) return { version: knownVersion, words: found };
  }
  const looked = await lookUpWords(db, words, locales);
  // lookUpWords leaves out no word: one lookup per word, in order.
  if (looked.words.length === words.length) remember(db, looked.version, words.map(keyOf), looked.words);
  return looked;
}

function remember(db: Kysely<Database>, version: string, keys: string[], lookups: WordLookup[]): void {
  const at = BigInt(version);
  let kept = byDatabase.get(db);
  if (!kept || kept.version < at) byDatabase.set(db, (kept = { version: at, words: new Map() }));
  if (kept.version !== at) return;
  if (kept.words.size + keys.length > MOST_WORDS) kept.words.clear();
  keys.forEach((key, n) => kept.words.set(key, lookups[n]!));
}
