import { offsetAt, zonedToInstant } from '../events/zoned-time.js';

/**
 * Business time: only the hours of Monday to Friday on the office's wall clock
 * count. "Answered within 2 business days" of a Friday 4 pm inquiry means by
 * Tuesday 4 pm; one sent on Saturday starts counting on Monday at midnight.
 * Holidays are not known here: an office closed on one answers a day late.
 *
 * Both directions work on wall-clock milliseconds (the instant plus the zone's
 * offset), so a day is a calendar day even when the clocks change.
 */
const DAY = 86_400_000;
/** 1970-01-05 was a Monday: wall-clock day 4. */
const FIRST_MONDAY = 4;

/** Business milliseconds from the first Monday to a wall-clock time. */
function businessBefore(wall: number): number {
  const day = Math.floor(wall / DAY);
  const sinceMonday = day - FIRST_MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  const weekday = sinceMonday - weeks * 7; // 0 Monday … 6 Sunday
  const intoDay = weekday < 5 ? wall - day * DAY : 0;
  return (weeks * 5 + Math.min(weekday, 5)) * DAY + intoDay;
}

/**
 * The wall-clock time at which `business` business milliseconds have passed.
 * A weekend holds none: `latest` picks Monday 00:00 for a count that ends with
 * a Friday, otherwise the Friday's midnight (Saturday 00:00) is answered.
 */
function wallAt(business: number, latest: boolean): number {
  const days = Math.floor(business / DAY);
  const intoDay = business - days * DAY;
  const weeks = Math.floor(days / 5);
  const weekday = days - weeks * 5;
  if (intoDay === 0 && weekday === 0 && !latest) return (FIRST_MONDAY + (weeks - 1) * 7 + 5) * DAY;
  return (FIRST_MONDAY + weeks * 7 + weekday) * DAY + intoDay;
}

const toWall = (instant: Date, timeZone: string) => instant.getTime() + offsetAt(instant.getTime(), timeZone);

function toInstant(wall: number, timeZone: string): Date {
  const at = new Date(wall);
  const minute = zonedToInstant(
    {
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
      day: at.getUTCDate(),
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
    },
    timeZone,
  );
  return new Date(minute.getTime() + (wall % 60_000));
}

/** When `days` business days after `from` have passed: the due time of an inquiry received at `from`. */
export function addBusinessDays(from: Date, days: number, timeZone: string): Date {
  return toInstant(wallAt(businessBefore(toWall(from, timeZone)) + days * DAY, true), timeZone);
}

/**
 * The earliest instant less than `days` business days before `now`: whatever
 * was received before it has waited more than `days` business days. One
 * instant per request, so the database compares a column against a constant
 * (an index range) instead of computing a due date per row.
 */
export function businessDaysBefore(now: Date, days: number, timeZone: string): Date {
  return toInstant(wallAt(businessBefore(toWall(now, timeZone)) - days * DAY, false), timeZone);
}
