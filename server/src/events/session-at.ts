import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { EventRow } from './event-rows.js';
import { expandOccurrences, parseLocal } from './recurrence.js';
import { recurrenceOf } from './window-sessions.js';
import { zonedToInstant } from './zoned-time.js';

const LOCAL_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DAY = 86_400_000;

/** One session of an event as held: a moved session keeps its key (the original local start) but not its time. */
export interface HeldSession {
  key: string;
  start: Date;
  end: Date;
  status: 'scheduled' | 'cancelled' | 'moved';
}

/**
 * The session of `row` whose original local start is `key`, or null when the
 * event has no session then (an EXDATE, a typo, `series`). Expands only the
 * days around the key, not the whole series.
 */
export async function sessionAt(db: Kysely<Database>, row: EventRow, key: string): Promise<HeldSession | null> {
  if (!LOCAL_START.test(key)) return null;
  let guess: Date;
  try {
    guess = zonedToInstant(parseLocal(key), row.timezone);
  } catch {
    return null;
  }
  const around = expandOccurrences(
    recurrenceOf(row),
    new Date(guess.getTime() - 2 * DAY),
    new Date(guess.getTime() + 2 * DAY),
    20,
  );
  const occurrence = around.find((o) => o.localStart === key);
  if (!occurrence) return null;
  const change = await db
    .selectFrom('event_session_changes')
    .select(['status', 'new_start', 'new_duration_minutes'])
    .where('event_id', '=', row.id)
    .where('occurrence_key', '=', key)
    .executeTakeFirst();
  if (row.status === 'cancelled' || change?.status === 'cancelled') return { key, ...occurrence, status: 'cancelled' };
  if (change?.status === 'moved' && change.new_start && LOCAL_START.test(change.new_start)) {
    const start = zonedToInstant(parseLocal(change.new_start), row.timezone);
    const minutes = change.new_duration_minutes ?? row.duration_minutes;
    return { key, start, end: new Date(start.getTime() + minutes * 60_000), status: 'moved' };
  }
  return { key, start: occurrence.start, end: occurrence.end, status: 'scheduled' };
}
