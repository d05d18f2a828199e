import type { ExceptionRow, StaffHours } from './availability-data.js';
import { normalize, subtract, type Interval } from './intervals.js';
import { addDays, edgeInstant, isoWeekday, minutesOf } from './wall-clock.js';

/** A window of a day on the wall clock, in minutes after midnight (end up to 1440). */
export interface WallWindow {
  start: number;
  end: number;
}

const wholeDay: WallWindow = { start: 0, end: 1440 };

const windowOf = (e: { starts_at: string | null; ends_at: string | null }): WallWindow =>
  e.starts_at && e.ends_at ? { start: minutesOf(e.starts_at), end: minutesOf(e.ends_at) } : wholeDay;

/** A wall window of `date` as instants (a window over the repeated hour gets both of it). */
export function windowInstants(date: string, window: WallWindow, timeZone: string): Interval {
  const end =
    window.end >= 1440
      ? edgeInstant(addDays(date, 1), window.end - 1440, timeZone, 'start')
      : edgeInstant(date, window.end, timeZone, 'end');
  return { start: edgeInstant(date, window.start, timeZone, 'start'), end };
}

/** The windows slots start from on `date`: the weekly rules in force that day, and the day's 'open' exceptions. */
export function slotWindows(staff: StaffHours, exceptions: readonly ExceptionRow[], date: string): WallWindow[] {
  const weekday = isoWeekday(date);
  const ruled = staff.rules
    .filter(
      (r) =>
        r.weekday === weekday &&
        (r.valid_from === null || r.valid_from <= date) &&
        (r.valid_until === null || date <= r.valid_until),
    )
    .map((r) => ({ start: minutesOf(r.starts_at), end: minutesOf(r.ends_at) }));
  const opened = exceptions
    .filter((e) => e.kind === 'open' && e.staff_id === staff.id && e.date === date)
    .map(windowOf);
  return [...ruled, ...opened];
}

/**
 * When a staff member works on `date`: their windows, less their own closures and the place's closures (a holiday).
 * Closures of the day before and after are taken out too, so a window past midnight is cut right.
 */
export function workingIntervals(
  staff: StaffHours,
  exceptions: readonly ExceptionRow[],
  date: string,
  timeZone: string,
): Interval[] {
  const open = slotWindows(staff, exceptions, date).map((w) => windowInstants(date, w, timeZone));
  const closed = exceptions
    .filter((e) => e.kind === 'closed' && (e.staff_id === null || e.staff_id === staff.id))
    .map((e) => windowInstants(e.date, windowOf(e), timeZone));
  return subtract(normalize(open), closed);
}

/** The place-wide closures touching `date`, as instants. */
export function placeClosures(exceptions: readonly ExceptionRow[], timeZone: string): Interval[] {
  return exceptions
    .filter((e) => e.kind === 'closed' && e.staff_id === null)
    .map((e) => windowInstants(e.date, windowOf(e), timeZone));
}
