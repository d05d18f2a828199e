import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { findEventRow, loadLocations, type EventRow } from '../events/event-rows.js';
import type { IcsEvent } from '../events/ics.js';
import { expandOccurrences, parseLocal } from '../events/recurrence.js';
import { recurrenceOf } from '../events/window-sessions.js';
import { zonedToInstant } from '../events/zoned-time.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A session as a message names it: where it was (its key) and when it is now (moved or not). */
export interface SessionTime {
  key: string;
  start: Date;
  end: Date;
  /** The local start it has now (the key, or where it moved). */
  localStart: string;
  durationMinutes: number;
  status: 'scheduled' | 'cancelled' | 'moved';
}

/** What a message says about an event, in one language. */
export interface EventFacts {
  row: EventRow;
  title: string;
  place: string | undefined;
  /** Sessions cancelled or moved, by their key. */
  changes: Map<
    string,
    { status: 'cancelled' | 'moved'; new_start: string | null; new_duration_minutes: number | null }
  >;
}

/** A place as a message names it: "Name, 1 Main St, City ST 10001". */
export function placeLine(
  name: string | undefined,
  address: { address_1: string | null; city: string | null; state_province: string | null; postal_code: string | null },
): string {
  return [
    name,
    address.address_1,
    [address.city, address.state_province, address.postal_code].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
}

/** The event, its title and place in `locale` (or its source language), and its session changes. */
export async function loadEventFacts(db: Db, eventId: string, locale: string): Promise<EventFacts | undefined> {
  const row = await findEventRow(db as Kysely<Database>, eventId);
  if (!row) return undefined;
  const locales = locale === 'en' ? ['en'] : [locale, 'en'];
  const translations = await loadTranslations(
    db as Kysely<Database>,
    null,
    [row.id, ...(row.location_id ? [row.location_id] : [])],
    locales,
  );
  const places = row.location_id ? await loadLocations(db as Kysely<Database>, [row.location_id]) : new Map();
  const place = row.location_id ? places.get(row.location_id) : undefined;
  const placeName = place
    ? pick(translations, place.id, 'name', place.name, place.source_locale, locales)?.value
    : undefined;
  const changeRows = await db.selectFrom('event_session_changes').selectAll().where('event_id', '=', eventId).execute();
  return {
    row,
    title: pick(translations, row.id, 'title', row.title, row.source_locale, locales)?.value ?? row.title,
    place: place ? placeLine(placeName, place) : (row.location_text ?? row.online_url ?? undefined),
    changes: new Map(changeRows.map((c) => [c.occurrence_key, c])),
  };
}

/** The session with key `key` (a local start) as it stands: cancelled, moved (its new time) or as planned. */
export function sessionTime(facts: EventFacts, key: string): SessionTime {
  const { row } = facts;
  const change = facts.changes.get(key);
  const moved = change?.status === 'moved' && change.new_start ? change.new_start : undefined;
  const localStart = moved ?? key;
  const durationMinutes = (moved && change?.new_duration_minutes) || row.duration_minutes;
  const start = zonedToInstant(parseLocal(localStart), row.timezone);
  return {
    key,
    start,
    end: new Date(start.getTime() + durationMinutes * 60_000),
    localStart,
    durationMinutes,
    status: change?.status ?? 'scheduled',
  };
}

/** The sessions of an event (as they stand) that start in (from, to]; a moved one counts at its new time. */
export function sessionsStarting(facts: EventFacts, from: Date, to: Date): SessionTime[] {
  // A session may have moved up to a few weeks: expand a wider window, then place each where it is now.
  const margin = 60 * 86_400_000;
  const planned = expandOccurrences(
    recurrenceOf(facts.row),
    new Date(from.getTime() - margin),
    new Date(to.getTime() + margin),
    5000,
  );
  return planned
    .map((o) => sessionTime(facts, o.localStart))
    .filter((s) => s.status !== 'cancelled' && s.start > from && s.start <= to);
}

/** The calendar entry of a registration: its one session, or the whole series with its cancelled sessions left out. */
export function icsEventFor(facts: EventFacts, key: string, manageUrl: string): IcsEvent {
  const { row } = facts;
  const uid = row.uid.includes('@') ? row.uid : `${row.uid}@welcome-widgets`;
  const base = {
    summary: facts.title,
    location: facts.place,
    url: manageUrl,
    timezone: row.timezone,
    status: row.status as 'scheduled' | 'cancelled',
    lastModified: new Date(row.last_modified),
    sequence: row.sequence,
  };
  if (key !== 'series') {
    const session = sessionTime(facts, key);
    return {
      ...base,
      // The same UID as the feed's single-session entry, so adding both gives one.
      uid: `${uid}-${key.replace(/[-:]/g, '')}`,
      dtstart: session.localStart,
      durationMinutes: session.durationMinutes,
      rrule: null,
      exdates: [],
      status: session.status === 'cancelled' ? 'cancelled' : base.status,
    };
  }
  const cancelled = [...facts.changes].filter(([, c]) => c.status === 'cancelled').map(([k]) => k);
  return {
    ...base,
    uid,
    dtstart: row.dtstart,
    durationMinutes: row.duration_minutes,
    rrule: row.rrule,
    exdates: [...row.exdates, ...cancelled],
  };
}
