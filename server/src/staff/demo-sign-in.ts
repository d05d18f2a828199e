import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { hashOneTimeToken, type AccountRow } from './accounts.js';
import { STAFF_ROLES } from './identity.js';

export const DEMO_EMAIL = 'demo@welcome-widgets.example';
/** A printed demo sign-in works once, within a day of the start that printed it. */
const DEMO_TOKEN_MS = 24 * 3600_000;

/**
 * For `npm start`: makes sure the demo account exists with every role (and,
 * as an organizer, the locations of the sample events), and
 * returns a one-time token that signs it in (only its hash is stored), so a
 * newcomer reaches the desk in one step.
 */
export async function prepareDemoSignIn(db: Kysely<Database>, now = new Date()): Promise<string> {
  // As an organizer too, it runs the events of every location that has some.
  const held = await db
    .selectFrom('events')
    .select('location_id')
    .distinct()
    .where('location_id', 'is not', null)
    .orderBy('location_id')
    .execute();
  const locationIds = held.map((row) => row.location_id!);
  const account = await db
    .insertInto('staff_accounts')
    .values({
      id: randomUUID(),
      email: DEMO_EMAIL,
      display_name: 'Demo staff',
      roles: [...STAFF_ROLES],
      location_ids: locationIds,
    })
    .onConflict((oc) => oc.column('email').doUpdateSet({ roles: [...STAFF_ROLES], location_ids: locationIds }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = randomBytes(32).toString('base64url');
  await db.deleteFrom('staff_demo_tokens').where('expires_at', '<=', now).execute();
  await db
    .insertInto('staff_demo_tokens')
    .values({
      token_hash: hashOneTimeToken(token),
      account_id: account.id,
      expires_at: new Date(now.getTime() + DEMO_TOKEN_MS),
    })
    .execute();
  return token;
}

/** Uses a demo token: its account, once, unless expired or the account disabled. */
export async function useDemoToken(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<AccountRow | undefined> {
  const used = await db
    .deleteFrom('staff_demo_tokens')
    .where('token_hash', '=', hashOneTimeToken(token))
    .returning(['account_id', 'expires_at'])
    .executeTakeFirst();
  if (!used || new Date(used.expires_at) <= now) return undefined;
  return db
    .selectFrom('staff_accounts')
    .selectAll()
    .where('id', '=', used.account_id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}
