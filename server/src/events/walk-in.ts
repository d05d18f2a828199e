import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { lockCounts } from './registrations.js';
import { rosterEntry, type RosterEntry, type RosterTarget } from './roster.js';

export interface WalkInInput {
  name?: string | undefined;
  party_size: number;
  language: string;
  access_needs?: string | undefined;
}

/**
 * Someone who came without signing up: a confirmed registration for this
 * session, already checked in, counted in the session's places. The person is
 * in the room, so a full session takes them all the same; `over_capacity`
 * tells the desk the session is now over its places. In a series the walk-in
 * comes to one session: it counts in that session's row, beside the series'
 * places, and is never promoted or messaged (no contact is kept).
 */
export async function addWalkIn(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  target: RosterTarget,
  input: WalkInInput,
  by: string,
  /** The same key again (a retried or double-clicked request) answers the walk-in it added: never two. */
  idempotencyKey: string = randomUUID(),
): Promise<{ entry: RosterEntry; over_capacity: boolean; replay: boolean }> {
  const { event, session } = target;
  const key = `walk-in:${idempotencyKey}`;
  const outcome = await db.transaction().execute(async (tx) => {
    // The series' counter first, then the session's, always in that order: two walk-ins never deadlock.
    const series = event.registration_mode === 'series' ? await lockCounts(tx, event.id, 'series') : undefined;
    const counts = await lockCounts(tx, event.id, session.key);
    const taken = counts.taken + (series?.taken ?? 0);
    // Under the counter's lock, so a retry racing the first request sees what it added.
    const previous = await tx
      .selectFrom('registrations')
      .select('id')
      .where('event_id', '=', event.id)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (previous)
      return { id: previous.id, overCapacity: event.capacity !== null && taken > event.capacity, replay: true };
    const id = randomUUID();
    await tx
      .insertInto('registrations')
      .values({
        id,
        event_id: event.id,
        occurrence_key: session.key,
        scope: 'session',
        status: 'confirmed',
        party_size: input.party_size,
        name: crypto.encrypt(input.name?.trim()) ?? '',
        contact_method: 'none',
        email: null,
        phone: null,
        preferred_language: input.language,
        access_needs: crypto.encrypt(input.access_needs?.trim()),
        idempotency_key: key,
        source: 'walk-in',
        created_by: by,
        checkin_code: null,
        reminders: 'stopped',
      })
      .execute();
    await tx
      .insertInto('attendance')
      .values({ registration_id: id, occurrence_key: session.key, status: 'attended', marked_by: by })
      .execute();
    await tx
      .updateTable('event_capacity')
      .set({ taken: sql`taken + ${input.party_size}` })
      .where('event_id', '=', event.id)
      .where('occurrence_key', '=', session.key)
      .execute();
    return { id, overCapacity: event.capacity !== null && taken + input.party_size > event.capacity, replay: false };
  });
  const entry = (await rosterEntry(db, crypto, event.id, session.key, outcome.id))!;
  return { entry, over_capacity: outcome.overCapacity, replay: outcome.replay };
}
