import { offsetAt } from '../events/zoned-time.js';

/**
 * Dates and wall-clock times of a place, as the appointment rules write them: dates `YYYY-MM-DD`, times `HH:MM`
 * (`24:00` for the end of a day). Instants are milliseconds since the epoch.
 */

const DAY = 86_400_000;

/** `HH:MM` as minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Minutes after midnight as `HH:MM`. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The wall-clock date and time of an instant in a zone: `YYYY-MM-DDTHH:MM`. */
export function localDateTime(instant: number, timeZone: string): string {
  return new Date(instant + offsetAt(instant, timeZone)).toISOString().slice(0, 16);
}

/** The wall-clock date of an instant in a zone. */
export function localDate(instant: number, timeZone: string): string {
  return localDateTime(instant, timeZone).slice(0, 10);
}

/**
 * Every instant showing `minutes` after midnight of `date` on the zone's clocks: none in the hour skipped when
 * clocks go forward, two in the hour repeated when they go back (earlier first), else one.
 */
export function wallInstants(date: string, minutes: number, timeZone: string): number[] {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const found = new Set<number>();
  for (const probe of [wall - 14 * 3_600_000, wall, wall + 14 * 3_600_000]) {
    const candidate = wall - offsetAt(probe, timeZone);
    if (candidate + offsetAt(candidate, timeZone) === wall) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Where a window edge at a wall time falls: the earliest instant for a start, the latest for an end (a window over
 * the repeated hour gets all of it); a time in the skipped hour falls where the clocks jumped to.
 */
export function edgeInstant(date: string, minutes: number, timeZone: string, edge: 'start' | 'end'): number {
  const found = wallInstants(date, minutes, timeZone);
  if (found.length > 0) return edge === 'start' ? found[0]! : found[found.length - 1]!;
  // In the gap: keep the offset from before the change, which lands after the gap.
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  return wall - offsetAt(wall - 14 * 3_600_000, timeZone);
}

/** Today's date on the zone's clocks. */
export function today(now: Date, timeZone: string): string {
  return localDate(now.getTime(), timeZone);
}
