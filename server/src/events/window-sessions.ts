import type { EventRow } from './event-rows.js';
import { firstAtOrAfter, heldSessions, localStartAt, type HeldSessions } from './held-sessions.js';
import { expandOccurrences, parseLocal, type Occurrence, type Recurrence } from './recurrence.js';
import { applyChange, movedInto, type ChangedOccurrence, type SessionChanges } from './session-changes.js';
import { zonedToInstant } from './zoned-time.js';
import type { SortedRun } from '../lib/merge-in-order.js';

export const recurrenceOf = (row: EventRow): Recurrence => ({
  dtstart: row.dtstart,
  durationMinutes: row.duration_minutes,
  timezone: row.timezone,
  rrule: row.rrule,
  exdates: row.exdates,
});

/** "Session 3 of 10": counted over held sessions; null for a single event or a series too long to number. */
export type SeriesPosition = { position: number; count: number | null } | null;

/** One series' sessions that overlap a window, in order, read by index. */
export interface WindowSessions extends SortedRun {
  row: EventRow;
  /** The session at `index`, the desk's change to it (cancelled, moved) applied. */
  occurrenceAt(index: number): ChangedOccurrence;
  positionAt(index: number): SeriesPosition;
}

/**
 * The sessions of `row` that end after `from` and start before `to`, at most
 * `limit` of them when the series is too long to hold (see held-sessions.ts).
 * With `changes`, a cancelled session is marked and a moved one is placed at
 * its new time (its occurrence key stays the original local start).
 */
export function sessionsInWindow(
  row: EventRow,
  from: Date,
  to: Date,
  limit: number,
  changes?: SessionChanges,
): WindowSessions {
  const recurrence = recurrenceOf(row);
  const lastEnd = row.last_end ? new Date(row.last_end) : null;
  const held = heldSessions(row.id, recurrence, new Date(row.first_start), lastEnd, to);
  const plain = held ? fromHeld(row, held, from, to) : expanded(row, expandOccurrences(recurrence, from, to, limit));
  if (!changes?.size) return plain;
  const withChanges = (o: Occurrence) => applyChange(o, changes.get(o.localStart), row.timezone, row.duration_minutes);
  const hasMoves = [...changes.values()].some((change) => change.status === 'moved');
  if (!hasMoves) {
    return { ...plain, occurrenceAt: (index) => withChanges(plain.occurrenceAt(index)) };
  }
  // Moves are rare: this series' window is put in order again, its moved sessions at their new times.
  const listed: { occurrence: ChangedOccurrence; position: SeriesPosition }[] = [];
  for (let index = 0; index < plain.length; index++) {
    const occurrence = plain.occurrenceAt(index);
    if (changes.get(occurrence.localStart)?.status !== 'moved') {
      listed.push({ occurrence: withChanges(occurrence), position: plain.positionAt(index) });
    }
  }
  for (const change of movedInto(changes, row.timezone, row.duration_minutes, from, to)) {
    const start = zonedToInstant(parseLocal(change.occurrence_key), row.timezone);
    const original = {
      start,
      end: new Date(start.getTime() + row.duration_minutes * 60_000),
      localStart: change.occurrence_key,
    };
    listed.push({ occurrence: withChanges(original), position: seriesPosition(row, original) });
  }
  listed.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
  return {
    row,
    tie: row.id,
    length: listed.length,
    keyAt: (index) => listed[index]!.occurrence.start.getTime(),
    occurrenceAt: (index) => listed[index]!.occurrence,
    positionAt: (index) => listed[index]!.position,
  };
}

const unchanged = (o: Occurrence): ChangedOccurrence => ({ ...o, status: 'scheduled', movedFrom: null, movedTo: null });

function fromHeld(row: EventRow, held: HeldSessions, from: Date, to: Date): WindowSessions {
  const duration = row.duration_minutes * 60_000;
  // A session overlaps the window when it ends after `from`: it starts after `from - duration`.
  const first = firstAtOrAfter(held.starts, from.getTime() - duration + 1);
  const end = firstAtOrAfter(held.starts, to.getTime());
  return {
    row,
    tie: row.id,
    length: Math.max(0, end - first),
    keyAt: (index) => held.starts[first + index]!,
    occurrenceAt: (index) => {
      const start = held.starts[first + index]!;
      const localStart = localStartAt(held, first + index, row.timezone);
      return unchanged({ start: new Date(start), end: new Date(start + duration), localStart });
    },
    positionAt: (index) =>
      row.rrule ? { position: first + index + 1, count: held.complete ? held.starts.length : null } : null,
  };
}

function expanded(row: EventRow, occurrences: Occurrence[]): WindowSessions {
  return {
    row,
    tie: row.id,
    length: occurrences.length,
    keyAt: (index) => occurrences[index]!.start.getTime(),
    occurrenceAt: (index) => unchanged(occurrences[index]!),
    positionAt: () => null,
  };
}

/** "Session 3 of 10" for one occurrence of `row` (null for a single event or a series too long to number). */
export function seriesPosition(row: EventRow, occurrence: Occurrence): SeriesPosition {
  const window = sessionsInWindow(row, occurrence.start, new Date(occurrence.start.getTime() + 1), 1);
  return window.length ? window.positionAt(0) : null;
}
