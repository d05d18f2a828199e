import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export type StaffScope = 'read' | 'write';

/** A bearer token: its name (recorded as `logged_by`) and what it may do. */
export interface TokenIdentity {
  name: string;
  scope: StaffScope;
}

/** A token configured outside the database (WW_STAFF_TOKENS): only its hash. */
export interface ConfiguredStaffToken extends TokenIdentity {
  /** SHA-256 of the token, hex. */
  hash: string;
}

/** Names show up as `logged_by` on inquiries: short, no spaces, no colons (WW_STAFF_TOKENS uses them). */
export const TOKEN_NAME = /^[A-Za-z0-9._@-]{1,60}$/;

/** SHA-256 (hex): a token of 32 random bytes needs no slow hash, and the lookup stays an index hit. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes, base64url: safe in a header without quoting. */
export function newTokenText(): string {
  return randomBytes(32).toString('base64url');
}

export class StaffTokenError extends Error {}

/**
 * Stores a new token's hash and returns the token, which is never stored and
 * cannot be shown again. One live token per name, so `logged_by` and `revoke`
 * are unambiguous: to rotate, revoke then create.
 */
export async function createStaffToken(
  db: Kysely<Database>,
  name: string,
  scope: StaffScope,
): Promise<{ token: string } & TokenIdentity> {
  if (!TOKEN_NAME.test(name)) {
    throw new StaffTokenError('A name is 1 to 60 letters, digits, dots, dashes, underscores or @');
  }
  const live = await db
    .selectFrom('staff_tokens')
    .select('id')
    .where('name', '=', name)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (live) throw new StaffTokenError(`A token named ${name} exists; revoke it first`);
  const token = newTokenText();
  await db
    .insertInto('staff_tokens')
    .values({ id: randomUUID(), name, scope, token_hash: hashToken(token), created_at: new Date() })
    .execute();
  return { token, name, scope };
}

export async function listStaffTokens(db: Kysely<Database>) {
  return db
    .selectFrom('staff_tokens')
    .select(['name', 'scope', 'created_at', 'revoked_at'])
    .orderBy('created_at')
    .execute();
}

/** Revokes the live token of that name; returns how many were revoked (0 or 1). */
export async function revokeStaffToken(db: Kysely<Database>, name: string): Promise<number> {
  const result = await db
    .updateTable('staff_tokens')
    .set({ revoked_at: new Date() })
    .where('name', '=', name)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The live token with this hash, if any. */
export async function findStaffToken(db: Kysely<Database>, hash: string): Promise<TokenIdentity | undefined> {
  return db
    .selectFrom('staff_tokens')
    .select(['name', 'scope'])
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Parses WW_STAFF_TOKENS: comma-separated `name:scope:sha256hex`. Throws on a
 * malformed entry so a typo stops the server instead of locking staff out quietly.
 */
export function parseStaffTokens(text: string | undefined): ConfiguredStaffToken[] {
  if (!text?.trim()) return [];
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const [name = '', scope = '', hash = '', ...rest] = entry.split(':');
      if (
        !TOKEN_NAME.test(name) ||
        (scope !== 'read' && scope !== 'write') ||
        !/^[0-9a-f]{64}$/i.test(hash) ||
        rest.length
      ) {
        throw new Error(`WW_STAFF_TOKENS entry ${index + 1} is not name:read|write:sha256hex`);
      }
      return { name, scope, hash: hash.toLowerCase() };
    });
}
