import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StaffIdentity } from '../staff/identity.js';
import { grantedLocations } from './event-access.js';
import { TEXT_FIELDS, type StaffEventSummaryT, type StaffEventT } from './event-editor-schemas.js';
import type { EventRow } from './event-rows.js';
import { expandOccurrences } from './recurrence.js';
import type { EventType, RegistrationMode } from './schemas.js';
import { applyChange, loadSessionChanges, type ChangedOccurrence, type SessionChanges } from './session-changes.js';
import { recurrenceOf } from './window-sessions.js';

type Db = Kysely<Database> | Transaction<Database>;

const DAY = 86_400_000;
const UPCOMING_LISTED = 60;
const PAST_LISTED = 10;
/** How far back the editor looks for past sessions, and ahead when counting an open-ended series. */
const PAST_REACH_MS = 2 * 365 * DAY;
const COUNT_AHEAD_MS = 366 * DAY;

/** Sessions of `row` overlapping [from, to), the desk's changes applied, in time order. */
export function changedSessions(
  row: EventRow,
  changes: SessionChanges | undefined,
  from: Date,
  to: Date,
  limit: number,
): ChangedOccurrence[] {
  return expandOccurrences(recurrenceOf(row), from, to, limit)
    .map((o) => applyChange(o, changes?.get(o.localStart), row.timezone, row.duration_minutes))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The next session not cancelled, and how many lie ahead (within a year for an open-ended series). */
function upcoming(row: EventRow, changes: SessionChanges | undefined, now: Date) {
  if (row.status === 'cancelled') return { next: null, count: 0 };
  const end = row.last_end ? new Date(new Date(row.last_end).getTime() + 1) : new Date(now.getTime() + COUNT_AHEAD_MS);
  const ahead = changedSessions(row, changes, now, end, 10_000).filter((o) => o.status !== 'cancelled' && o.end > now);
  return { next: ahead[0]?.start ?? null, count: ahead.length };
}

/** The events this person runs: upcoming ones soonest first, then (with `includePast`) the rest, latest first. */
export async function listStaffEvents(
  db: Kysely<Database>,
  staff: StaffIdentity,
  includePast: boolean,
  now = new Date(),
): Promise<StaffEventSummaryT[]> {
  const granted = grantedLocations(staff);
  if (granted && granted.length === 0) return [];
  let select = db
    .selectFrom('events as e')
    .leftJoin('locations as l', 'l.id', 'e.location_id')
    .selectAll('e')
    .select('l.name as location_name');
  if (granted) select = select.where('e.location_id', 'in', granted);
  if (!includePast) select = select.where((eb) => eb.or([eb('e.last_end', 'is', null), eb('e.last_end', '>', now)]));
  const rows = await select.orderBy('e.first_start', 'desc').limit(1000).execute();
  const changes = await loadSessionChanges(
    db,
    rows.map((row) => row.id),
  );
  const summaries = rows.map((row) => {
    const { next, count } = upcoming(row, changes.get(row.id), now);
    return {
      summary: {
        id: row.id,
        title: row.title,
        type: row.type as EventType,
        location_id: row.location_id,
        location_name: row.location_name,
        timezone: row.timezone,
        next_start: next?.toISOString() ?? null,
        sessions_upcoming: count,
        capacity: row.capacity,
        registration_mode: row.registration_mode as RegistrationMode,
        status: row.status as 'scheduled' | 'cancelled',
        version: row.version,
      } satisfies StaffEventSummaryT,
      next,
      lastModified: new Date(row.last_modified).getTime(),
    };
  });
  return summaries
    .filter(({ next }) => includePast || next !== null)
    .sort((a, b) => {
      if (a.next && b.next) return a.next.getTime() - b.next.getTime();
      if (a.next || b.next) return a.next ? -1 : 1;
      return b.lastModified - a.lastModified;
    })
    .map(({ summary }) => summary);
}

/** People per session and status (party sizes summed), and people marked as attended per session. */
async function sessionCounts(db: Db, eventId: string) {
  const registered = await db
    .selectFrom('registrations')
    .select(['occurrence_key', 'status', sql<number>`coalesce(sum(party_size), 0)::int`.as('people')])
    .where('event_id', '=', eventId)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .groupBy(['occurrence_key', 'status'])
    .execute();
  const attended = await db
    .selectFrom('attendance as a')
    .innerJoin('registrations as r', 'r.id', 'a.registration_id')
    .select(['a.occurrence_key', sql<number>`coalesce(sum(r.party_size), 0)::int`.as('people')])
    .where('r.event_id', '=', eventId)
    .where('a.status', '=', 'attended')
    .groupBy('a.occurrence_key')
    .execute();
  const people = new Map<string, { confirmed: number; waitlisted: number; attended: number }>();
  const entry = (key: string) => {
    let found = people.get(key);
    if (!found) people.set(key, (found = { confirmed: 0, waitlisted: 0, attended: 0 }));
    return found;
  };
  for (const row of registered)
    entry(row.occurrence_key)[row.status as 'confirmed' | 'waitlisted'] = Number(row.people);
  for (const row of attended) entry(row.occurrence_key).attended = Number(row.people);
  return people;
}

/** The event as the editor shows it: texts with their state, sessions with their counts. */
export async function staffEventDetail(db: Db, id: string, now = new Date()): Promise<StaffEventT | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [changes, translations, counts] = await Promise.all([
    loadSessionChanges(db, [id]),
    db
      .selectFrom('translations')
      .select(['field', 'locale', 'value', 'method'])
      .where('entity', '=', 'event')
      .where('entity_id', '=', id)
      .where('field', 'in', [...TEXT_FIELDS])
      .execute(),
    sessionCounts(db, id),
  ]);
  const texts = Object.fromEntries(
    TEXT_FIELDS.map((field) => {
      const source = row[field];
      const byLocale: Record<string, { value: string; state: 'source' | 'reviewed' | 'machine' }> = {};
      if (source) byLocale[row.source_locale] = { value: source, state: 'source' };
      for (const t of translations) {
        if (t.field === field && t.locale !== row.source_locale) {
          byLocale[t.locale] = { value: t.value, state: t.method === 'human' ? 'reviewed' : 'machine' };
        }
      }
      return [field, byLocale];
    }),
  ) as StaffEventT['texts'];

  const eventChanges = changes.get(id);
  const firstStart = new Date(row.first_start);
  const pastFrom = new Date(Math.max(firstStart.getTime() - 1, now.getTime() - PAST_REACH_MS));
  const past = changedSessions(row, eventChanges, pastFrom, now, 10_000).filter((o) => o.end <= now);
  const farEnd = row.last_end
    ? new Date(new Date(row.last_end).getTime() + 1)
    : new Date(now.getTime() + 3 * 365 * DAY);
  const ahead = changedSessions(row, eventChanges, now, farEnd, UPCOMING_LISTED + 10).filter((o) => o.end > now);
  const listed = [...past.slice(-PAST_LISTED), ...ahead.slice(0, UPCOMING_LISTED)];
  const seriesCounts = counts.get('series');
  return {
    id: row.id,
    version: row.version,
    sequence: row.sequence,
    type: row.type as EventType,
    location_id: row.location_id,
    location_text: row.location_text,
    online_url: row.online_url,
    timezone: row.timezone,
    dtstart: row.dtstart,
    duration_minutes: row.duration_minutes,
    rrule: row.rrule,
    exdates: row.exdates,
    capacity: row.capacity,
    registration_mode: row.registration_mode as RegistrationMode,
    status: row.status as 'scheduled' | 'cancelled',
    languages: row.language_codes,
    interpreter_available: row.interpreter_available,
    is_free: row.is_free,
    source_locale: row.source_locale,
    texts,
    sessions: listed.map((o) => {
      const registered = row.registration_mode === 'series' ? seriesCounts : counts.get(o.localStart);
      return {
        key: o.localStart,
        start: o.start.toISOString(),
        end: o.end.toISOString(),
        status: row.status === 'cancelled' ? 'cancelled' : o.status,
        moved_to: o.movedTo,
        confirmed: registered?.confirmed ?? 0,
        waitlisted: registered?.waitlisted ?? 0,
        attended: counts.get(o.localStart)?.attended ?? 0,
      };
    }),
    updated_by: row.updated_by,
    last_modified: new Date(row.last_modified).toISOString(),
  };
}

/** The locations this person may hold events at (every location for an admin). */
export async function staffLocations(db: Kysely<Database>, staff: StaffIdentity) {
  const granted = grantedLocations(staff);
  if (granted && granted.length === 0) return [];
  let select = db.selectFrom('locations').select(['id', 'name', 'timezone']);
  if (granted) select = select.where('id', 'in', granted);
  return select.orderBy('name').orderBy('id').limit(5000).execute();
}
