import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import type { StaffIdentity } from '../staff/identity.js';
import { findEventRow, type EventRow } from './event-rows.js';
import type { EventType } from './schemas.js';
import { sessionAt, type HeldSession } from './session-at.js';

type Db = Kysely<Database> | Transaction<Database>;

/** One person (or party) on a session's roster, name and needs decrypted. */
export interface RosterEntry {
  registration_id: string;
  status: 'confirmed' | 'waitlisted';
  source: 'web' | 'walk-in' | 'desk';
  name: string;
  party_size: number;
  language: string;
  access_needs: string | null;
  contact_method: 'email' | 'phone' | 'none';
  waitlist_position: number | null;
  attendance: 'attended' | 'no-show' | null;
  marked_at: string | null;
  /** The last message to the person (confirmation, reminder…) and how it went, so the door knows who was told. */
  last_message: { kind: string; delivery: MessageDelivery } | null;
  /** The mail server refused the person's address for good. */
  contact_bounced: boolean;
}

/** `waiting`: not yet sent (queued, or retrying after the mail server failed); `kept`: no mail server configured. */
export type MessageDelivery = 'waiting' | 'sent' | 'failed' | 'bounced' | 'kept';

const DELIVERY: Record<string, MessageDelivery> = {
  queued: 'waiting',
  sending: 'waiting',
  sent: 'sent',
  failed: 'failed',
  bounced: 'bounced',
  kept: 'kept',
};

export interface RosterCounts {
  confirmed: number;
  waitlisted: number;
  attended: number;
  no_show: number;
  walk_ins: number;
}

/** The fields of a roster entry that are personal: every view of them is audited. */
export const ROSTER_FIELDS = ['name', 'access_needs'] as const;

/** An event and one of its sessions, found for someone allowed to run it. */
export interface RosterTarget {
  event: EventRow;
  locationName: string | null;
  session: HeldSession;
}

export type TargetOutcome =
  | { ok: true; target: RosterTarget }
  | { ok: false; status: 404; code: 'not-found'; title: string }
  | { ok: false; status: 403; code: 'location-not-granted'; title: string };

/** Admins run every event; an organizer those at the locations granted (an event with no location: admins only). */
export function mayRunEvent(staff: StaffIdentity, event: Pick<EventRow, 'location_id'>): boolean {
  if (staff.roles.includes('admin')) return true;
  return (
    staff.roles.includes('organizer') && event.location_id !== null && !!staff.locationIds?.includes(event.location_id)
  );
}

/** The event and session a roster request names, or why not. */
export async function findRosterTarget(
  db: Kysely<Database>,
  staff: StaffIdentity,
  eventId: string,
  key: string,
): Promise<TargetOutcome> {
  const event = await findEventRow(db, eventId);
  if (!event) return { ok: false, status: 404, code: 'not-found', title: 'No event has this id' };
  if (!mayRunEvent(staff, event)) {
    return {
      ok: false,
      status: 403,
      code: 'location-not-granted',
      title: 'This event is at a location not granted to you',
    };
  }
  const session = await sessionAt(db, event, key);
  if (!session) return { ok: false, status: 404, code: 'not-found', title: 'This event has no session then' };
  const location = event.location_id
    ? await db.selectFrom('locations').select('name').where('id', '=', event.location_id).executeTakeFirst()
    : undefined;
  return { ok: true, target: { event, locationName: location?.name ?? null, session } };
}

/**
 * Registrations on a session's roster: those for the session itself and, for
 * a series, those for the whole series; cancelled ones are left out. With
 * this session's attendance, and the place in the waiting list (per key).
 */
function rosterRows(db: Db, eventId: string, key: string) {
  return db
    .selectFrom('registrations as r')
    .leftJoin('attendance as a', (join) =>
      join.onRef('a.registration_id', '=', 'r.id').on('a.occurrence_key', '=', key),
    )
    .select([
      'r.id',
      'r.status',
      'r.source',
      'r.name',
      'r.party_size',
      'r.preferred_language',
      'r.access_needs',
      'r.contact_method',
      'a.status as attendance',
      sql<Date | string | null>`a.marked_at`.as('marked_at'),
      sql<boolean>`r.contact_bounced_at IS NOT NULL`.as('bounced'),
      // The newest message to the person, and its outbox row's state (mail or text message).
      sql<string | null>`(SELECT m.kind || ' ' || coalesce(mo.status, so.status, 'queued')
        FROM registration_messages m
        LEFT JOIN mail_outbox mo ON m.channel = 'email' AND mo.id = m.outbox_id
        LEFT JOIN sms_outbox so ON m.channel = 'sms' AND so.id = m.outbox_id
        WHERE m.registration_id = r.id
        ORDER BY m.created_at DESC LIMIT 1)`.as('last_message'),
      sql<number | null>`CASE WHEN r.status = 'waitlisted' THEN
        row_number() OVER (PARTITION BY r.occurrence_key, r.status ORDER BY r.created_at, r.id) END`.as('position'),
    ])
    .where('r.event_id', '=', eventId)
    .where('r.occurrence_key', 'in', [key, 'series'])
    .where('r.status', 'in', ['confirmed', 'waitlisted']);
}

type RosterRow = Awaited<ReturnType<ReturnType<typeof rosterRows>['execute']>>[number];

function toEntry(row: RosterRow, crypto: FieldCrypto): RosterEntry {
  return {
    registration_id: row.id,
    status: row.status as RosterEntry['status'],
    source: row.source,
    name: crypto.decrypt(row.name) ?? '',
    party_size: row.party_size,
    language: row.preferred_language,
    access_needs: crypto.decrypt(row.access_needs) ?? null,
    contact_method: row.contact_method,
    waitlist_position: row.position === null ? null : Number(row.position),
    attendance: row.attendance ?? null,
    marked_at: row.marked_at ? new Date(row.marked_at).toISOString() : null,
    last_message: lastMessage(row.last_message),
    contact_bounced: !!row.bounced,
  };
}

/** `kind status` (as the message queries select it) as the newest message and how it went. */
export function lastMessage(value: string | null): RosterEntry['last_message'] {
  if (!value) return null;
  const [kind = '', status = ''] = value.split(' ');
  return { kind, delivery: DELIVERY[status] ?? 'waiting' };
}

/** People (party sizes summed) confirmed, waiting, come, missing and walked in. */
export function countRoster(entries: readonly RosterEntry[]): RosterCounts {
  const people = (keep: (e: RosterEntry) => boolean) => entries.filter(keep).reduce((sum, e) => sum + e.party_size, 0);
  return {
    confirmed: people((e) => e.status === 'confirmed'),
    waitlisted: people((e) => e.status === 'waitlisted'),
    attended: people((e) => e.attendance === 'attended'),
    no_show: people((e) => e.attendance === 'no-show'),
    walk_ins: people((e) => e.source === 'walk-in'),
  };
}

/** Every entry of a session's roster, sorted by name as people read them. */
export async function rosterEntries(db: Db, crypto: FieldCrypto, eventId: string, key: string): Promise<RosterEntry[]> {
  const rows = await rosterRows(db, eventId, key).execute();
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return rows
    .map((row) => toEntry(row, crypto))
    .sort((a, b) => collator.compare(a.name, b.name) || a.registration_id.localeCompare(b.registration_id));
}

/** One entry of the roster, or undefined when the registration is not on it (another session, cancelled). */
export async function rosterEntry(
  db: Db,
  crypto: FieldCrypto,
  eventId: string,
  key: string,
  registrationId: string,
): Promise<RosterEntry | undefined> {
  // Through the whole roster query, so that the waiting-list position is counted the same way.
  const rows = await db
    .selectFrom(rosterRows(db, eventId, key).as('roster'))
    .selectAll()
    .where('roster.id', '=', registrationId)
    .execute();
  return rows[0] ? toEntry(rows[0], crypto) : undefined;
}

/** The roster as the desk shows it. */
export async function buildRoster(db: Kysely<Database>, crypto: FieldCrypto, target: RosterTarget, now: Date) {
  const { event, session } = target;
  const entries = await rosterEntries(db, crypto, event.id, session.key);
  return {
    event: {
      id: event.id,
      title: event.title,
      type: event.type as EventType,
      timezone: event.timezone,
      location_name: target.locationName ?? event.location_text,
    },
    session: {
      key: session.key,
      start: session.start.toISOString(),
      end: session.end.toISOString(),
      status: session.status,
      over: session.end <= now,
    },
    capacity: event.capacity,
    counts: countRoster(entries),
    entries,
  };
}
