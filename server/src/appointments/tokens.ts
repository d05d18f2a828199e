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
export const manageTokenSigner = (db: Kysely<Database>) => tokenSigner(db, 'appointment-manage');

/**
 * Signs ids for one purpose (`appointment-manage`, `verification`…): an HMAC of `<purpose>:<id>` with the
 * server's signing key, so a job can make a link's token again while only its hash is stored, and a token made
 * for one purpose opens nothing of another.
 */
export async function tokenSigner(db: Kysely<Database>, purpose: string): Promise<(id: string) => string> {
  const key = await serverSecret(db, 'appointment-manage-key');
  return (id) => createHmac('sha256', key).update(`${purpose}:${id}`).digest('base64url');
}

/** Tokens as the routes accept them (base64url, no longer than ours). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;
