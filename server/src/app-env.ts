import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import type { FieldCrypto } from './lib/field-crypto.js';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    /** Content languages to try, best first (from `lang`, then Accept-Language). */
    locales: string[];
    requestId: string;
    /** Encrypts and decrypts personal fields (the key is never in the database). */
    crypto: FieldCrypto;
  };
}
