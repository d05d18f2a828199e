import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    /** Content languages to try, best first (from `lang`, then Accept-Language). */
    locales: string[];
    requestId: string;
  };
}
