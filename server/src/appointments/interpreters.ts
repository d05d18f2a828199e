import type { BusyRow, InterpreterRow } from './availability-data.js';
import { overlaps, type Interval } from './intervals.js';
import { sameLanguage, speaks } from './languages.js';
import { windowInstants } from './staff-hours.js';
import { isoWeekday, localDate, minutesOf } from './wall-clock.js';

/**
 * Whether an interpreter for `language` is on call over all of `visit` (the appointment without its buffer) with
 * room for one more: the most any single on-call window covering it can serve, less the appointments with that
 * interpreter overlapping it. An appointment whose staff member speaks the language needs no interpreter and is
 * not counted.
 */
export function interpreterFree(
  language: string,
  visit: Interval,
  interpreters: readonly InterpreterRow[],
  busy: readonly BusyRow[],
  timeZone: string,
  ignoreAppointmentId?: string,
): boolean {
  const date = localDate(visit.start, timeZone);
  let capacity = 0;
  // A visit can start late in a window and end on the next local date: windows of both days are looked at.
  for (const day of new Set([date, localDate(visit.end - 1, timeZone)])) {
    const weekday = isoWeekday(day);
    for (const row of interpreters) {
      if (!sameLanguage(row.language, language)) continue;
      if (row.date !== null ? row.date !== day : row.weekday !== weekday) continue;
      const window = windowInstants(day, { start: minutesOf(row.starts_at), end: minutesOf(row.ends_at) }, timeZone);
      if (window.start <= visit.start && visit.end <= window.end) capacity = Math.max(capacity, row.capacity);
    }
  }
  if (capacity === 0) return false;
  const used = busy.filter(
    (b) =>
      b.id !== ignoreAppointmentId &&
      b.interpreter !== null &&
      sameLanguage(b.interpreter, language) &&
      !speaks(b.staff_languages, b.interpreter) &&
      overlaps({ start: b.start, end: b.end }, visit),
  ).length;
  return used < capacity;
}
