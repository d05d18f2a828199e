import { offsetAt, zonedToInstant } from '../events/zoned-time.js';

/**
 * The office's promise, "an answer within N business days", counted in whole
 * days on its wall clock: an inquiry that came on day D is due by the end of
 * the N-th Monday-to-Friday after D (a Friday 4 pm inquiry, N = 2, by the end
 * of Tuesday; one sent on Saturday, also by the end of Tuesday). Holidays are
 * not known here: an office closed on one answers a day late.
 *
 * The dashboard's "resolved within N business days" counts the same rule in SQL
 * (stats/business-days.ts); test/business-days.test.ts holds the two together.
 */
const DAY = 86_400_000;
/** 1970-01-05 was a Monday: wall-clock day 4. */
const FIRST_MONDAY = 4;

/** 0 Monday … 6 Sunday. */
const weekday = (day: number) => (((day - FIRST_MONDAY) % 7) + 7) % 7;

/** The day `count` weekdays after `day` (weekends skipped, `day` itself not counted). */
function addWeekdays(day: number, count: number): number {
  let result = day;
  for (let left = count; left > 0;) {
    result += 1;
    if (weekday(result) < 5) left -= 1;
  }
  return result;
}

/** The office's calendar day of an instant (days since 1970-01-01 on its wall clock). */
const wallDay = (instant: Date, timeZone: string) =>
  Math.floor((instant.getTime() + offsetAt(instant.getTime(), timeZone)) / DAY);

/** The instant a wall-clock day starts in the zone. */
function startOfDay(day: number, timeZone: string): Date {
  const at = new Date(day * DAY);
  return zonedToInstant(
    { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  );
}

/** When an inquiry received at `from` becomes overdue: the end of the `days`-th business day after its day. */
export function addBusinessDays(from: Date, days: number, timeZone: string): Date {
  return startOfDay(addWeekdays(wallDay(from, timeZone), days) + 1, timeZone);
}

/**
 * The instant before which whatever was received is overdue at `now`: the start
 * of the earliest day whose due day is today or later. One instant per request,
 * so the database compares a column against a constant (an index range) instead
 * of computing a due date per row.
 */
export function businessDaysBefore(now: Date, days: number, timeZone: string): Date {
  const today = wallDay(now, timeZone);
  let first = today;
  while (addWeekdays(first - 1, days) >= today) first -= 1;
  return startOfDay(first, timeZone);
}
