import type { EventRow } from './event-rows.js';
import { firstAtOrAfter, heldSessions, localStartAt, type HeldSessions } from './held-sessions.js';
import { expandOccurrences, type Occurrence, type Recurrence } from './recurrence.js';
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
  occurrenceAt(index: number): Occurrence;
  positionAt(index: number): SeriesPosition;
}

/**
 * The sessions of `row` that end after `from` and start before `to`, at most
 * `limit` of them when the series is too long to hold (see held-sessions.ts).
 */
export function sessionsInWindow(row: EventRow, from: Date, to: Date, limit: number): WindowSessions {
  const recurrence = recurrenceOf(row);
  const lastEnd = row.last_end ? new Date(row.last_end) : null;
  const held = heldSessions(row.id, recurrence, new Date(row.first_start), lastEnd, to);
  return held ? fromHeld(row, held, from, to) : expanded(row, expandOccurrences(recurrence, from, to, limit));
}

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
      return { start: new Date(start), end: new Date(start + duration), localStart };
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
    occurrenceAt: (index) => occurrences[index]!,
    positionAt: () => null,
  };
}

/** "Session 3 of 10" for one occurrence of `row` (null for a single event or a series too long to number). */
export function seriesPosition(row: EventRow, occurrence: Occurrence): SeriesPosition {
  const window = sessionsInWindow(row, occurrence.start, new Date(occurrence.start.getTime() + 1), 1);
  return window.length ? window.positionAt(0) : null;
}
