import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { verifyCancelToken } from '../events/cancel-token.js';
import { cancelRegistration } from '../events/registrations.js';
import { loadEventFacts, sessionsStarting, sessionTime } from './event-facts.js';
import type { ManageView } from './manage-page.js';
import type { MessageTexts } from './texts.js';

/**
 * The registration behind a manage link (the cancel token), as its page
 * shows it; undefined for a token that is not ours or a sign-up that is gone.
 */
export async function manageView(
  db: Kysely<Database>,
  texts: MessageTexts,
  token: string,
  now = new Date(),
): Promise<ManageView | undefined> {
  const id = await verifyCancelToken(db, token);
  if (!id) return undefined;
  const row = await db
    .selectFrom('registrations')
    .select(['event_id', 'occurrence_key', 'status', 'reminders', 'preferred_language'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const locale = texts.localeFor(row.preferred_language);
  const facts = await loadEventFacts(db, row.event_id, locale);
  if (!facts) return undefined;
  const session =
    row.occurrence_key === 'series'
      ? sessionsStarting(facts, now, new Date(now.getTime() + 730 * 86_400_000))[0]
      : sessionTime(facts, row.occurrence_key);
  return { token, locale, facts, session, status: row.status, reminders: row.reminders };
}

/** Stops reminders for the registration behind a token; false when the token is not ours. */
export async function stopReminders(db: Kysely<Database>, token: string): Promise<boolean> {
  const id = await verifyCancelToken(db, token);
  if (!id) return false;
  await db.updateTable('registrations').set({ reminders: 'stopped' }).where('id', '=', id).execute();
  return true;
}

/** Cancels the place behind a token (its place goes to the waiting list); false when the token is not ours. */
export async function cancelPlace(db: Kysely<Database>, token: string): Promise<boolean> {
  return (await cancelRegistration(db, token)) !== null;
}
