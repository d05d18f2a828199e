import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { serverSecret } from '../lib/server-secret.js';

/**
 * Cancel links: `<registration id>.<HMAC of the id>`, signed with a key the
 * server makes on first run and keeps in its database. Nothing secret is
 * stored per registration, and a retried sign-up gets the same link back.
 */
const signingKey = (db: Kysely<Database>) => serverSecret(db, 'cancel-link-key');

const mac = (key: Buffer, id: string) => createHmac('sha256', key).update(`cancel:${id}`).digest('base64url');

/** A function that makes the cancel token of a registration (the key is read once, outside any transaction). */
export async function cancelSigner(db: Kysely<Database>): Promise<(registrationId: string) => string> {
  const key = await signingKey(db);
  return (registrationId) => `${registrationId}.${mac(key, registrationId)}`;
}

/** The registration id a token stands for, or null when the token was not made here. */
export async function verifyCancelToken(db: Kysely<Database>, token: string): Promise<string | null> {
  const [id, signature] = token.split('.');
  if (!id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(mac(await signingKey(db), id));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
