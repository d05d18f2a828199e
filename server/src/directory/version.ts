import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The channel other server processes LISTEN on to hear that the directory changed. */
export const DIRECTORY_CHANNEL = 'ww_directory';

/**
 * Marks a change to anything search answers from (services, their texts and places, everyday words).
 * Call it in the transaction that makes the change: the new version and the NOTIFY commit with it, so no
 * process caches an answer from before the change under the version after it.
 */
export async function bumpDirectoryVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ version: string }>`
    UPDATE directory_version SET version = version + 1 WHERE id = 1 RETURNING version::text AS version`.execute(db);
  const version = rows[0]!.version;
  await sql`SELECT pg_notify(${DIRECTORY_CHANNEL}, ${version})`.execute(db);
  return version;
}

/** The version committed now. */
export async function readDirectoryVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{
    version: string;
  }>`SELECT version::text AS version FROM directory_version WHERE id = 1`.execute(db);
  return rows[0]!.version;
}
