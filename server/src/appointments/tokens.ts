import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { serverSecret } from '../lib/server-secret.js';

/** Only the SHA-256 of a token is stored: a copy of the database opens no appointment. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A hold's token: random, shown once. */
export const newHoldToken = () => randomBytes(24).toString('base64url');

/**
 * The manage link's token of an appointment: an HMAC of its id with a key kept in the database, so a booking
 * retried with its idempotency key gets the same link back while only its hash is stored.
 */
export async function manageTokenSigner(db: Kysely<Database>): Promise<(appointmentId: string) => string> {
  const key = await serverSecret(db, 'appointment-manage-key');
  return (id) => createHmac('sha256', key).update(`appointment-manage:${id}`).digest('base64url');
}

/** Tokens as the routes accept them (base64url, no longer than ours). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;
