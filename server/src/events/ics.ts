import { formatLocal, parseLocal } from './recurrence.js';
import { offsetAt } from './zoned-time.js';

/**
 * iCalendar (RFC 5545) for "add to my calendar" and subscribable feeds: events
 * in their own time zone, with a VTIMEZONE that lists the zone's offset
 * changes over the years the events span, so that any calendar app shows the
 * right local time without a time-zone database of its own.
 */
export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** Local wall-clock start, `YYYY-MM-DDTHH:MM`, in `timezone`. */
  dtstart: string;
  timezone: string;
  durationMinutes: number;
  rrule?: string | null | undefined;
  exdates?: readonly string[] | undefined;
  lastModified: Date;
}

const CRLF = '\r\n';

/** TEXT values: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Content lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (local: string) => `${local.replace(/[-:]/g, '')}00`;
const utcStamp = (date: Date) => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
const offsetText = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/** The instants in [from, to) where the zone's offset changes, found hour by hour then narrowed to the minute. */
export function offsetChanges(
  timeZone: string,
  from: number,
  to: number,
): { at: number; before: number; after: number }[] {
  const changes: { at: number; before: number; after: number }[] = [];
  const HOUR = 3600_000;
  let previous = offsetAt(from, timeZone);
  for (let t = from + HOUR; t < to; t += HOUR) {
    const current = offsetAt(t, timeZone);
    if (current !== previous) {
      let low = t - HOUR;
      let high = t;
      while (high - low > 60_000) {
        const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (offsetAt(mid, timeZone) === previous) low = mid;
        else high = mid;
      }
      changes.push({ at: high, before: previous, after: current });
      previous = current;
    }
  }
  return changes;
}

function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const changes = offsetChanges(timeZone, from, to);
  // The offset in force from 1 January: without it, times before the year's first change have none (ical.js reads UTC).
  const initial = offsetText(offsetAt(from, timeZone));
  const initialKind = changes[0] && changes[0].before > changes[0].after ? 'DAYLIGHT' : 'STANDARD';
  lines.push(
    `BEGIN:${initialKind}`,
    `DTSTART:${fromYear}0101T000000`,
    `TZOFFSETFROM:${initial}`,
    `TZOFFSETTO:${initial}`,
    `END:${initialKind}`,
  );
  for (const change of changes) {
    // DTSTART of an observance is the local time just before the change, in the old offset.
    const local = new Date(change.at + change.before);
    const stamp = `${local.toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
    const kind = change.after > change.before ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${stamp}`,
      `TZOFFSETFROM:${offsetText(change.before)}`,
      `TZOFFSETTO:${offsetText(change.after)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export function buildCalendar(options: { name?: string; events: readonly IcsEvent[]; now?: Date }): string {
  const now = options.now ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Welcome Widgets//Reference server//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const years = new Map<string, { from: number; to: number }>();
  for (const event of options.events) {
    const year = parseLocal(event.dtstart).year;
    const span = years.get(event.timezone) ?? { from: year, to: year };
    const until = /UNTIL=(\d{4})/.exec(event.rrule ?? '')?.[1];
    // Open-ended rules: describe the zone for a few years ahead.
    const last = until ? Number(until) : event.rrule ? Math.max(year, now.getUTCFullYear()) + 2 : year;
    years.set(event.timezone, { from: Math.min(span.from, year), to: Math.max(span.to, last) });
  }
  for (const [zone, span] of years) lines.push(...vtimezone(zone, span.from, span.to));
  for (const event of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
      `DTSTART;TZID=${event.timezone}:${compact(event.dtstart)}`,
      `DURATION:PT${Math.floor(event.durationMinutes / 60)}H${event.durationMinutes % 60}M`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.rrule) lines.push(`RRULE:${event.rrule.replace(/^RRULE:/i, '')}`);
    for (const exdate of event.exdates ?? []) {
      lines.push(`EXDATE;TZID=${event.timezone}:${compact(formatLocal(parseLocal(exdate)))}`);
    }
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
