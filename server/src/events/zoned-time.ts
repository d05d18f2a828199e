/** Wall-clock times in an IANA time zone, converted to instants without a date library. */

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The offset as Intl reads it: exact, and costly (about 10 µs). */
function readOffset(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** A zone's offset from the start of a UTC year, and each change in that year (instant, offset after). */
interface YearOffsets {
  start: number;
  changes: { at: number; offset: number }[];
}

const WEEK = 7 * 86_400_000;
const yearOffsets = new Map<string, YearOffsets>();

/**
 * Read once per zone and year: the offset every week, and each change found to
 * the second. Zones change their offset at most a few times a year and never
 * twice within a week, so weekly readings find every change.
 */
function offsetsOf(timeZone: string, year: number): YearOffsets {
  const key = `${timeZone} ${year}`;
  let found = yearOffsets.get(key);
  if (found) return found;
  const first = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  found = { start: readOffset(first, timeZone), changes: [] };
  let at = first;
  let offset = found.start;
  while (at < end) {
    const next = Math.min(at + WEEK, end);
    const nextOffset = readOffset(next, timeZone);
    if (nextOffset !== offset) {
      // The first second with the new offset.
      let low = at;
      let high = next;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (readOffset(middle, timeZone) === offset) low = middle;
        else high = middle;
      }
      if (high < end) found.changes.push({ at: high, offset: nextOffset });
    }
    at = next;
    offset = nextOffset;
  }
  yearOffsets.set(key, found);
  return found;
}

/** The zone's offset from UTC at an instant, in milliseconds (New York in winter: -5 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const { start, changes } = offsetsOf(timeZone, new Date(instant).getUTCFullYear());
  let offset = start;
  for (const change of changes) {
    if (change.at > instant) break;
    offset = change.offset;
  }
  return offset;
}

/**
 * The instant of a wall-clock time in a zone. A time that does not exist (the
 * hour skipped when clocks go forward) moves forward by the gap, as calendars
 * do; a time that happens twice (clocks go back) is the first of the two.
 */
export function zonedToInstant(local: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = wall - offsetAt(wall - offsetAt(wall, timeZone), timeZone);
  const candidates = [
    wall - offsetAt(wall - 12 * 3600_000, timeZone),
    wall - offsetAt(wall + 12 * 3600_000, timeZone),
    before,
  ];
  // The earliest candidate whose own offset maps it back to the wall time: the first of two, if ambiguous.
  const exact = candidates.filter((t) => t + offsetAt(t, timeZone) === wall).sort((a, b) => a - b)[0];
  if (exact !== undefined) return new Date(exact);
  // In a gap: keep the offset from before the change, which lands after the gap.
  return new Date(wall - offsetAt(wall - 12 * 3600_000, timeZone));
}

export function instantToZoned(instant: Date, timeZone: string): LocalDateTime {
  const local = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}
