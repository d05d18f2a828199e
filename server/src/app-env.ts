import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import type { FieldCrypto } from './lib/field-crypto.js';
import type { StaffIdentity } from './staff/identity.js';
import type { StaffSession } from './staff/sessions.js';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    /** Content languages to try, best first (from `lang`, then Accept-Language). */
    locales: string[];
    requestId: string;
    /** Encrypts and decrypts personal fields (the key is never in the database). */
    crypto: FieldCrypto;
    /** Who called the staff API; set by staff/auth.ts on /v1/staff/* only. */
    staff?: StaffIdentity;
    /** The desk session behind `staff`, when it came by cookie rather than a bearer token. */
    staffSession?: StaffSession;
  };
}
