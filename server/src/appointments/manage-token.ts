import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { serverSecret } from '../lib/server-secret.js';

/**
 * Links to an appointment (`/a/{token}`) and to a waiting-list entry's offer:
 * `<id>.<HMAC of purpose and id>`, signed with a key the server makes on first
 * run and keeps in its database (as events/cancel-token.ts does for
 * registrations). Nothing secret is stored per appointment, a retried booking
 * gets the same link back, and a message job can make the link again.
 */
export type TokenPurpose = 'appointment' | 'waitlist';

const signingKey = (db: Kysely<Database>) => serverSecret(db, 'appointment-link-key');

const mac = (key: Buffer, purpose: TokenPurpose, id: string) =>
  createHmac('sha256', key).update(`${purpose}:${id}`).digest('base64url');

/** A function that makes the link token of an appointment or waiting-list entry (the key read once, outside any transaction). */
export async function appointmentSigner(db: Kysely<Database>): Promise<(id: string, purpose?: TokenPurpose) => string> {
  const key = await signingKey(db);
  return (id, purpose = 'appointment') => `${id}.${mac(key, purpose, id)}`;
}

/** The id a token stands for, or null when the token was not made here for this purpose. */
export async function verifyAppointmentToken(
  db: Kysely<Database>,
  token: string,
  purpose: TokenPurpose = 'appointment',
): Promise<string | null> {
  const [id, signature, extra] = token.split('.');
  if (!id || !signature || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(mac(await signingKey(db), purpose, id));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
