import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { buildSearchIndex, type SearchIndex } from './build.js';

interface Built {
  /** The newest index built or being built, and the version it holds once built. */
  index: Promise<SearchIndex>;
}

const byDatabase = new WeakMap<Kysely<Database>, Built>();

const atLeast = (index: SearchIndex, version: string) => BigInt(index.version) >= BigInt(version);

/**
 * The search index of `version` or newer for this database: built once per directory version and shared by the
 * requests of this process (one build at a time). A request that read version V never gets an index older than V,
 * so nothing stale is served after a write (every write bumps the version, see version.ts).
 */
export async function searchIndexFor(db: Kysely<Database>, version: string): Promise<SearchIndex> {
  const built = byDatabase.get(db);
  if (built) {
    const index = await built.index.catch(() => undefined);
    if (index && atLeast(index, version)) return index;
    // Another request may have started a newer build meanwhile.
    const latest = byDatabase.get(db);
    if (latest && latest !== built) return searchIndexFor(db, version);
  }
  const index = buildSearchIndex(db);
  byDatabase.set(db, { index });
  index.catch(() => {
    if (byDatabase.get(db)?.index === index) byDatabase.delete(db);
  });
  return index;
}
