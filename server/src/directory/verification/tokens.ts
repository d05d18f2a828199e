import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { tokenSigner } from '../../appointments/tokens.js';

/**
 * The token of a re-verification link (`/v/{token}`), signed as appointments' manage links are: an HMAC of the
 * request's id, so the job that mails it can make it again while only its hash is stored.
 */
export const verificationTokenSigner = (db: Kysely<Database>) => tokenSigner(db, 'verification');
