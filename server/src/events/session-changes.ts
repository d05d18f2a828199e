import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, EventSessionChangeTable } from '../db/schema.js';
import { parseLocal, type Occurrence } from './recurrence.js';
import { zonedToInstant } from './zoned-time.js';

type Db = Kysely<Database> | Transaction<Database>;

export type SessionChangeRow = Selectable<EventSessionChangeTable>;
/** One event's cancelled and moved sessions, by occurrence key (the original local start). */
export type SessionChanges = Map<string, SessionChangeRow>;

/**
 * A session as shown after the desk's changes. A moved session keeps its
 * occurrence key (`localStart`, the original local start: registrations,
 * rosters and RECURRENCE-ID are keyed by it) and gets a new start and end.
 */
export interface ChangedOccurrence extends Occurrence {
  status: 'scheduled' | 'cancelled' | 'moved';
  /** A moved session's original start. */
  movedFrom: Date | null;
  /** A moved session's new local start. */
  movedTo: string | null;
}

export async function loadSessionChanges(db: Db, eventIds: readonly string[]): Promise<Map<string, SessionChanges>> {
  const index = new Map<string, SessionChanges>();
  if (eventIds.length === 0) return index;
  const rows = await db.selectFrom('event_session_changes').selectAll().where('event_id', 'in', eventIds).execute();
  for (const row of rows) {
    let changes = index.get(row.event_id);
    if (!changes) index.set(row.event_id, (changes = new Map()));
    changes.set(row.occurrence_key, row);
  }
  return index;
}

/** Where and how long a moved session now is. */
export function movedTimes(
  change: Pick<SessionChangeRow, 'new_start' | 'new_duration_minutes'>,
  timezone: string,
  durationMinutes: number,
) {
  const start = zonedToInstant(parseLocal(change.new_start!), timezone);
  const minutes = change.new_duration_minutes ?? durationMinutes;
  return { start, end: new Date(start.getTime() + minutes * 60_000), minutes };
}

/** An occurrence of the rule with the desk's change to it applied. */
export function applyChange(
  occurrence: Occurrence,
  change: SessionChangeRow | undefined,
  timezone: string,
  durationMinutes: number,
): ChangedOccurrence {
  if (!change) return { ...occurrence, status: 'scheduled', movedFrom: null, movedTo: null };
  if (change.status === 'cancelled') return { ...occurrence, status: 'cancelled', movedFrom: null, movedTo: null };
  const { start, end } = movedTimes(change, timezone, durationMinutes);
  return {
    localStart: occurrence.localStart,
    start,
    end,
    status: 'moved',
    movedFrom: occurrence.start,
    movedTo: change.new_start,
  };
}

/** The moved sessions of an event whose new time overlaps [from, to). */
export function movedInto(
  changes: SessionChanges | undefined,
  timezone: string,
  durationMinutes: number,
  from: Date,
  to: Date,
): SessionChangeRow[] {
  return [...(changes?.values() ?? [])].filter((change) => {
    if (change.status !== 'moved') return false;
    const { start, end } = movedTimes(change, timezone, durationMinutes);
    return end > from && start < to;
  });
}
