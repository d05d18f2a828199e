import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { markAttended } from './attendance.js';
import { normalizeCheckinCode } from './checkin-code.js';
import { findEventRow } from './event-rows.js';
import { rosterEntry, type RosterEntry, type RosterTarget } from './roster.js';
import { sessionAt } from './session-at.js';

export type CheckInRequest = { registration_id: string } | { code: string };

export type CheckInOutcome =
  | { ok: true; entry: RosterEntry; already: boolean }
  | { ok: false; status: 404; code: 'unknown-code' | 'not-found'; title: string }
  | { ok: false; status: 409; code: 'other-event'; title: string; event_title: string; session_start: string | null }
  | { ok: false; status: 409; code: 'other-session'; title: string; session_start: string | null }
  | { ok: false; status: 409; code: 'not-confirmed'; title: string };

/** When a registration's session starts (null for a whole series, or a session that no longer exists). */
async function sessionStartOf(db: Kysely<Database>, eventId: string, key: string): Promise<string | null> {
  if (key === 'series') return null;
  const event = await findEventRow(db, eventId);
  const session = event ? await sessionAt(db, event, key) : null;
  return session ? session.start.toISOString() : null;
}

/**
 * Checks a person in to the session of `target`, by the registration the desk
 * picked from the list or by the code typed or scanned from a confirmation.
 * A code from another event or another session says which, so the volunteer
 * can send the person to the right room or day.
 */
export async function checkIn(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  target: RosterTarget,
  request: CheckInRequest,
  by: string,
): Promise<CheckInOutcome> {
  const { event, session } = target;
  let registration: { id: string; event_id: string; occurrence_key: string; status: string } | undefined;
  if ('code' in request) {
    const code = normalizeCheckinCode(request.code);
    registration = code
      ? await db
          .selectFrom('registrations')
          .select(['id', 'event_id', 'occurrence_key', 'status'])
          .where('checkin_code', '=', code)
          .executeTakeFirst()
      : undefined;
    if (!registration) return { ok: false, status: 404, code: 'unknown-code', title: 'No registration has this code' };
    if (registration.event_id !== event.id) {
      const other = await db
        .selectFrom('events')
        .select('title')
        .where('id', '=', registration.event_id)
        .executeTakeFirstOrThrow();
      return {
        ok: false,
        status: 409,
        code: 'other-event',
        title: 'This code is for another event',
        event_title: other.title,
        session_start: await sessionStartOf(db, registration.event_id, registration.occurrence_key),
      };
    }
  } else {
    registration = await db
      .selectFrom('registrations')
      .select(['id', 'event_id', 'occurrence_key', 'status'])
      .where('id', '=', request.registration_id)
      .where('event_id', '=', event.id)
      .executeTakeFirst();
    if (!registration)
      return { ok: false, status: 404, code: 'not-found', title: 'No such registration for this event' };
  }
  if (registration.occurrence_key !== session.key && registration.occurrence_key !== 'series') {
    return {
      ok: false,
      status: 409,
      code: 'other-session',
      title: 'This registration is for another session',
      session_start: await sessionStartOf(db, event.id, registration.occurrence_key),
    };
  }
  if (registration.status !== 'confirmed') {
    return { ok: false, status: 409, code: 'not-confirmed', title: `This registration is ${registration.status}` };
  }
  const marked = await markAttended(db, registration.id, session.key, by);
  const entry = (await rosterEntry(db, crypto, event.id, session.key, registration.id))!;
  return { ok: true, entry, already: !marked };
}
