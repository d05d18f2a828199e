import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const cache = new WeakMap<Kysely<Database>, Map<string, Promise<Buffer>>>();

/**
 * A 32-byte signing key, by name, that the server makes on first use and keeps in its database
 * (`server_secrets`), so every process and every restart signs alike. Read once per database and name,
 * outside any transaction; a failed read is tried again next time.
 */
export function serverSecret(db: Kysely<Database>, name: string): Promise<Buffer> {
  let keys = cache.get(db);
  if (!keys) cache.set(db, (keys = new Map()));
  let key = keys.get(name);
  if (!key) {
    key = (async () => {
      await db
        .insertInto('server_secrets')
        .values({ name, value: randomBytes(32).toString('base64') })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('server_secrets')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return Buffer.from(row.value, 'base64');
    })();
    key.catch(() => keys.delete(name));
    keys.set(name, key);
  }
  return key;
}
