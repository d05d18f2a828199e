import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { serverSecret } from '../lib/server-secret.js';
import { TOKEN_PATTERN, tokenHash } from './tokens.js';

/**
 * The token of a waiting-list entry's offer link (`/a/offer/{token}`), made as
 * an appointment's manage token is (tokens.ts): an HMAC of the entry's id, so
 * the offer job can make the link again while only its hash is stored.
 */
export async function waitlistTokenSigner(db: Kysely<Database>): Promise<(entryId: string) => string> {
  const key = await serverSecret(db, 'appointment-manage-key');
  return (id) => createHmac('sha256', key).update(`appointment-waitlist:${id}`).digest('base64url');
}

/** The waiting-list entry an offer token opens, or undefined. */
export async function waitlistIdForToken(db: Kysely<Database>, token: string): Promise<string | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const row = await db
    .selectFrom('appointment_waitlist')
    .select('id')
    .where('manage_token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  return row?.id;
}
