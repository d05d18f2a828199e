import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ServiceDetailT } from '../schemas.js';

type LoadRecords = (
  db: Kysely<Database>,
  ids: readonly string[],
  locales: readonly string[],
  detail: boolean,
) => Promise<Map<string, ServiceDetailT>>;

/** Records kept per database, for one directory version at a time. */
interface Kept {
  version: bigint;
  records: Map<string, ServiceDetailT>;
}

/** Enough for every record of a large directory in a few languages; past it the memory starts over. */
const MOST_RECORDS = 50_000;

const byDatabase = new WeakMap<Kysely<Database>, Kept>();

/**
 * Service records of one directory version, kept in memory by id, languages and detail: a page of results reads
 * only the records no earlier page of that version read. A newer version starts afresh (every write bumps it), so a
 * record is never older than the version it is asked for; an older version is loaded, never kept.
 */
export async function cachedRecords(
  db: Kysely<Database>,
  version: string,
  ids: readonly string[],
  locales: readonly string[],
  detail: boolean,
  load: LoadRecords,
): Promise<Map<string, ServiceDetailT>> {
  const wanted = BigInt(version);
  let kept = byDatabase.get(db);
  if (!kept || kept.version < wanted) byDatabase.set(db, (kept = { version: wanted, records: new Map() }));
  if (kept.version > wanted) return load(db, ids, locales, detail);
  const keyOf = (id: string) => `${detail ? 'detail' : 'summary'}|${locales.join(',')}|${id}`;
  const found = new Map<string, ServiceDetailT>();
  const missing: string[] = [];
  for (const id of ids) {
    const record = kept.records.get(keyOf(id));
    if (record) found.set(id, record);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  const loaded = await load(db, missing, locales, detail);
  if (kept.records.size + loaded.size > MOST_RECORDS) kept.records.clear();
  for (const [id, record] of loaded) {
    kept.records.set(keyOf(id), record);
    found.set(id, record);
  }
  return found;
}
