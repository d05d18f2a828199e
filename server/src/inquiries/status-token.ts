import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { serverSecret } from '../lib/server-secret.js';

/** Crockford's base32: no I, L, O or U, so a token read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const signingKey = (db: Kysely<Database>) => serverSecret(db, 'status-token-key');

/**
 * The status token of an inquiry, `XXXX-XXXX`: 40 bits of an HMAC of its id
 * with a key the server keeps. Nothing is stored per inquiry, and a repeat with
 * the same idempotency key answers the same token.
 */
export async function statusTokenSigner(db: Kysely<Database>): Promise<(inquiryId: string) => string> {
  const key = await signingKey(db);
  return (inquiryId) => {
    const bytes = createHmac('sha256', key).update(`status:${inquiryId}`).digest();
    let bits = 0n;
    for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(bytes[i]!);
    let token = '';
    for (let i = 7; i >= 0; i--) token += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
    return `${token.slice(0, 4)}-${token.slice(4)}`;
  };
}

/**
 * A token as a person typed it (any case, with or without the dash or spaces; O for 0 and I or L for 1, as
 * Crockford reads them) in its printed form, or null when it cannot be one.
 */
export function normalizeStatusToken(text: string): string | null {
  const symbols = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (symbols.length !== 8 || [...symbols].some((c) => !ALPHABET.includes(c))) return null;
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}
