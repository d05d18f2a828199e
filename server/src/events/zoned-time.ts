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

/** The zone's offset from UTC at an instant, in milliseconds (New York in winter: -5 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
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
