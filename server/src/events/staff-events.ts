import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, EventTable } from '../db/schema.js';
import { enqueueJob } from '../jobs/queue.js';
import type { StaffIdentity } from '../staff/identity.js';
import { mayRunEventsAt } from './event-access.js';
import { TEXT_FIELDS, type StaffEventInputT } from './event-editor-schemas.js';
import { parseLocal, parseRule, RecurrenceError } from './recurrence.js';
import { loadSessionChanges, movedTimes } from './session-changes.js';
import { eventWindow } from './store.js';
import { lockCounts, promoteWaiting, saveCounts, waitlistBeyond } from './waitlist.js';
import { zonedToInstant } from './zoned-time.js';

type Tx = Transaction<Database>;
type EventRow = Selectable<EventTable>;

export type EditOutcome =
  | { kind: 'ok'; id: string; changedFields: string[] }
  | { kind: 'missing' }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; field: string; message: string }
  | { kind: 'stale'; row: EventRow }
  | { kind: 'capacity'; sessions: { key: string; confirmed: number; capacity: number }[] }
  /** Session edits: the key is no session of the event, or the new time overlaps another session. */
  | { kind: 'no-session' }
  | { kind: 'conflict'; key: string };

/** Thrown inside a transaction to roll it back with an answer. */
class Refusal extends Error {
  constructor(readonly outcome: Exclude<EditOutcome, { kind: 'ok' }>) {
    super(outcome.kind);
  }
}

/** The first and last instants of the series, or the field at fault (checked in the order a person reads them). */
function checkTimes(input: StaffEventInputT) {
  const fail = (field: string, error: unknown) => {
    if (error instanceof RecurrenceError) throw new Refusal({ kind: 'invalid', field, message: error.message });
    throw error;
  };
  try {
    new Intl.DateTimeFormat('en', { timeZone: input.timezone });
  } catch {
    throw new Refusal({ kind: 'invalid', field: 'timezone', message: `Unknown time zone ${input.timezone}` });
  }
  try {
    parseLocal(input.dtstart);
  } catch (error) {
    fail('dtstart', error);
  }
  for (const [index, exdate] of (input.exdates ?? []).entries()) {
    try {
      parseLocal(exdate);
    } catch (error) {
      fail(`exdates.${index}`, error);
    }
  }
  if (input.rrule) {
    try {
      parseRule(input.rrule);
    } catch (error) {
      fail('rrule', error);
    }
  }
  try {
    return eventWindow({
      dtstart: input.dtstart,
      durationMinutes: input.duration_minutes,
      timezone: input.timezone,
      rrule: input.rrule ?? null,
      exdates: input.exdates ?? [],
    });
  } catch (error) {
    return fail(input.rrule ? 'rrule' : 'dtstart', error)!;
  }
}

/** The columns an input sets (texts apart). */
function columnsOf(input: StaffEventInputT, window: { firstStart: Date; lastEnd: Date | null }) {
  const source = (field: (typeof TEXT_FIELDS)[number]) => input.texts[field]?.[input.source_locale]?.value || null;
  return {
    type: input.type,
    location_id: input.location_id,
    location_text: input.location_text ?? null,
    online_url: input.online_url ?? null,
    timezone: input.timezone,
    dtstart: input.dtstart,
    duration_minutes: input.duration_minutes,
    rrule: input.rrule ? input.rrule.replace(/^RRULE:/i, '') : null,
    exdates: input.exdates ?? [],
    capacity: input.capacity,
    registration_mode: input.registration_mode,
    language_codes: input.languages ?? [],
    interpreter_available: input.interpreter_available ?? false,
    is_free: input.is_free ?? true,
    source_locale: input.source_locale,
    title: source('title')!,
    description: source('description') ?? '',
    accessibility: source('accessibility'),
    cost: source('cost'),
    first_start: window.firstStart,
    last_end: window.lastEnd,
  };
}

/** Fields whose change a calendar app must hear about: SEQUENCE goes up. */
const CALENDAR_FIELDS = [
  'timezone',
  'dtstart',
  'duration_minutes',
  'rrule',
  'exdates',
  'location_id',
  'location_text',
  'online_url',
  'status',
] as const;

async function checkLocation(tx: Tx, staff: StaffIdentity, locationId: string | null) {
  if (!mayRunEventsAt(staff, locationId)) throw new Refusal({ kind: 'forbidden' });
  if (locationId === null) return;
  const found = await tx.selectFrom('locations').select('id').where('id', '=', locationId).executeTakeFirst();
  if (!found) throw new Refusal({ kind: 'invalid', field: 'location_id', message: 'No location has this id' });
}

/** Every translation of the editable texts replaced by the input's (the source text lives on the event). */
async function saveTranslations(tx: Tx, id: string, input: StaffEventInputT) {
  await tx
    .deleteFrom('translations')
    .where('entity', '=', 'event')
    .where('entity_id', '=', id)
    .where('field', 'in', [...TEXT_FIELDS])
    .execute();
  const rows = TEXT_FIELDS.flatMap((field) =>
    Object.entries(input.texts[field] ?? {})
      .filter(([locale, text]) => locale !== input.source_locale && text.value)
      .map(([locale, text]) => ({
        entity: 'event',
        entity_id: id,
        field,
        locale,
        value: text.value,
        method: text.reviewed ? ('human' as const) : ('machine' as const),
      })),
  );
  if (rows.length > 0) await tx.insertInto('translations').values(rows).execute();
}

/** Widens a series' window to cover its moved sessions, so listings find them. */
async function windowWithMoves(
  tx: Tx,
  id: string,
  window: { firstStart: Date; lastEnd: Date | null },
  timezone: string,
  duration: number,
) {
  const changes = (await loadSessionChanges(tx, [id])).get(id);
  let { firstStart, lastEnd } = window;
  for (const change of changes?.values() ?? []) {
    if (change.status !== 'moved') continue;
    const { start, end } = movedTimes(change, timezone, duration);
    if (start < firstStart) firstStart = start;
    if (lastEnd && end > lastEnd) lastEnd = end;
  }
  return { firstStart, lastEnd };
}

async function run(db: Kysely<Database>, work: (tx: Tx) => Promise<EditOutcome>): Promise<EditOutcome> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    throw error;
  }
}

export async function createStaffEvent(
  db: Kysely<Database>,
  staff: StaffIdentity,
  input: StaffEventInputT,
): Promise<EditOutcome> {
  return run(db, async (tx) => {
    await checkLocation(tx, staff, input.location_id);
    const window = checkTimes(input);
    const id = randomUUID();
    await tx
      .insertInto('events')
      .values({
        id,
        uid: `desk-${id}`,
        ...columnsOf(input, window),
        status: input.status ?? 'scheduled',
        source: 'desk',
        last_modified: new Date(),
        updated_by: staff.name,
      })
      .execute();
    await saveTranslations(tx, id, input);
    return { kind: 'ok', id, changedFields: Object.keys(input) };
  });
}

/** The locked event, refused when missing, not this person's, or changed since the version they read. */
export async function lockEvent(tx: Tx, staff: StaffIdentity, id: string, versions: number[] | undefined) {
  const row = await tx.selectFrom('events').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new Refusal({ kind: 'missing' });
  if (!mayRunEventsAt(staff, row.location_id)) throw new Refusal({ kind: 'forbidden' });
  if (versions && !versions.includes(row.version)) throw new Refusal({ kind: 'stale', row });
  return row;
}

/** A new version of the event: who and when, and SEQUENCE up when calendars must hear of it. */
export async function bumpEvent(tx: Tx, staff: StaffIdentity, row: EventRow, calendar: boolean) {
  await tx
    .updateTable('events')
    .set({
      version: row.version + 1,
      sequence: calendar ? row.sequence + 1 : row.sequence,
      updated_by: staff.name,
      last_modified: sql`clock_timestamp()`,
    })
    .where('id', '=', row.id)
    .execute();
  return { sequence: calendar ? row.sequence + 1 : row.sequence };
}

export { Refusal, run };

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether occurrence key `key` (a local start, or `series`) is still ahead. */
function keyAhead(row: { timezone: string; duration_minutes: number; last_end: Date | null }, key: string, now: Date) {
  if (key === 'series') return row.last_end === null || row.last_end > now;
  try {
    const start = zonedToInstant(parseLocal(key), row.timezone);
    return start.getTime() + row.duration_minutes * 60_000 > now.getTime();
  } catch {
    return false;
  }
}

export async function updateStaffEvent(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  input: StaffEventInputT,
  versions: number[] | undefined,
  now = new Date(),
): Promise<EditOutcome> {
  return run(db, async (tx) => {
    const row = await lockEvent(tx, staff, id, versions);
    await checkLocation(tx, staff, input.location_id);
    const window = checkTimes(input);
    const columns = columnsOf(input, window);
    const status = input.status ?? (row.status as 'scheduled' | 'cancelled');
    const widened = await windowWithMoves(tx, id, window, input.timezone, input.duration_minutes);
    const next = { ...columns, status, first_start: widened.firstStart, last_end: widened.lastEnd };
    const changedFields = Object.keys(next).filter(
      (field) => !sameValue(next[field as keyof typeof next], row[field as keyof EventRow]),
    );
    const calendar = CALENDAR_FIELDS.some((field) => changedFields.includes(field));
    const sequence = calendar ? row.sequence + 1 : row.sequence;

    // `waitlist` with the capacity unchanged settles sessions kept over it before.
    if (row.capacity !== input.capacity || input.over_capacity === 'waitlist') {
      await changeCapacity(tx, { ...row, ...next }, input.over_capacity, now);
    }
    await tx
      .updateTable('events')
      .set({
        ...next,
        version: row.version + 1,
        sequence,
        updated_by: staff.name,
        last_modified: sql`clock_timestamp()`,
      })
      .where('id', '=', id)
      .execute();
    await saveTranslations(tx, id, input);
    if (status === 'cancelled' && row.status !== 'cancelled') {
      await enqueueJob(tx, 'session.cancelled', { event_id: id, occurrence_key: 'series', sequence });
    }
    return { kind: 'ok', id, changedFields };
  });
}

/**
 * A new capacity: sessions ahead with more people confirmed than it allows
 * are refused unless the organizer said what to do with them; people waiting
 * move up into any room it makes (`registration.promoted`, as a cancellation does).
 */
async function changeCapacity(tx: Tx, event: EventRow, overCapacity: 'waitlist' | 'keep' | undefined, now: Date) {
  const rows = await tx
    .selectFrom('event_capacity')
    .select(['occurrence_key', 'taken', 'waitlisted'])
    .where('event_id', '=', event.id)
    .execute();
  const ahead = rows.filter((r) => keyAhead(event, r.occurrence_key, now));
  const capacity = event.capacity;
  const over = capacity === null ? [] : ahead.filter((r) => Number(r.taken) > capacity);
  if (over.length > 0 && !overCapacity) {
    throw new Refusal({
      kind: 'capacity',
      sessions: over.map((r) => ({ key: r.occurrence_key, confirmed: Number(r.taken), capacity: capacity! })),
    });
  }
  for (const r of ahead) {
    const counts = await lockCounts(tx, event.id, r.occurrence_key);
    let after = counts;
    if (capacity !== null && counts.taken > capacity && overCapacity === 'waitlist') {
      after = await waitlistBeyond(tx, event.id, r.occurrence_key, capacity, counts);
    } else if (after.waitlisted > 0) {
      after = await promoteWaiting(tx, event.id, r.occurrence_key, capacity, counts);
    }
    await saveCounts(tx, event.id, r.occurrence_key, { taken: after.taken, waitlisted: after.waitlisted });
  }
}
