import { exdateInstant, formatLocal, parseLocal, parseStart, synchronizedStart } from './recurrence.js';
import { zonedToInstant } from './zoned-time.js';
import { vtimezone } from './vtimezone.js';

/**
 * iCalendar (RFC 5545) for "add to my calendar" and subscribable feeds: events
 * in their own time zone, with a VTIMEZONE that describes the zone from the
 * first event on (see vtimezone.ts), so that any calendar app shows the right
 * local time without a time-zone database of its own. A series whose rule runs
 * in UTC is written in UTC. A series starts at its rule's first date, so that
 * apps which would count a DTSTART the rule skips (RFC 5545 leaves it open)
 * agree with us.
 */
export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** Local wall-clock start, `YYYY-MM-DDTHH:MM`, in `timezone`; with a trailing `Z`, a UTC start. */
  dtstart: string;
  timezone: string;
  durationMinutes: number;
  rrule?: string | null | undefined;
  /** Local starts left out, in `timezone`. */
  exdates?: readonly string[] | undefined;
  status?: 'scheduled' | 'cancelled' | undefined;
  lastModified: Date;
  /** iCalendar SEQUENCE: calendar apps take a change only when it goes up. */
  sequence?: number | undefined;
  /** Sessions cancelled or moved: written as overrides with RECURRENCE-ID (the session's original local start). */
  overrides?: readonly IcsOverride[] | undefined;
}

export interface IcsOverride {
  /** The session's original local start in `timezone` (its occurrence key). */
  recurrenceId: string;
  status: 'cancelled' | 'moved';
  /** A moved session's new local start, and its length. */
  start?: string | null | undefined;
  durationMinutes?: number | undefined;
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
  const written = options.events.map((input) => {
    const event = singleWithChange(input);
    return { event, dtstart: event.rrule ? synchronizedStart(event) : event.dtstart };
  });
  // Each zone from the first year an event in it starts.
  const firstYears = new Map<string, number>();
  for (const { event, dtstart } of written) {
    if (parseStart(dtstart).utc) continue;
    const year = parseLocal(dtstart).year;
    firstYears.set(event.timezone, Math.min(year, firstYears.get(event.timezone) ?? year));
  }
  for (const [zone, year] of firstYears) lines.push(...vtimezone(zone, year, now));
  for (const { event, dtstart } of written) {
    const utc = parseStart(dtstart).utc;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
      utc ? `DTSTART:${compact(dtstart.slice(0, -1))}Z` : `DTSTART;TZID=${event.timezone}:${compact(dtstart)}`,
      `DURATION:PT${Math.floor(event.durationMinutes / 60)}H${event.durationMinutes % 60}M`,
      `SUMMARY:${escapeText(event.summary)}`,
      `STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      `SEQUENCE:${event.sequence ?? 0}`,
    );
    if (event.rrule) lines.push(`RRULE:${event.rrule.replace(/^RRULE:/i, '')}`);
    for (const exdate of event.exdates ?? []) {
      lines.push(
        utc
          ? `EXDATE:${utcStamp(exdateInstant(event, exdate))}`
          : `EXDATE;TZID=${event.timezone}:${compact(formatLocal(parseLocal(exdate)))}`,
      );
    }
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
    if (event.rrule) for (const override of event.overrides ?? []) lines.push(...overrideLines(event, override, now));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A one-time event's own change (cancelled or moved) is the event itself: no override needed. */
function singleWithChange(event: IcsEvent): IcsEvent {
  if (event.rrule) return event;
  const change = event.overrides?.find((o) => o.recurrenceId === event.dtstart.replace(/Z$/, ''));
  if (!change) return event;
  if (change.status === 'cancelled') return { ...event, status: 'cancelled', overrides: [] };
  return {
    ...event,
    dtstart: change.start ?? event.dtstart,
    durationMinutes: change.durationMinutes ?? event.durationMinutes,
    overrides: [],
  };
}

/**
 * One session of a series as it now is: RECURRENCE-ID names the session the
 * rule gives (its original start), the rest says what became of it.
 */
function overrideLines(event: IcsEvent, override: IcsOverride, now: Date): string[] {
  const utc = parseStart(event.dtstart).utc;
  const at = (local: string) =>
    utc ? `:${utcStamp(zonedToInstant(parseLocal(local), event.timezone))}` : `;TZID=${event.timezone}:${compact(local)}`;
  const recurrenceId = utc
    ? `RECURRENCE-ID:${utcStamp(exdateInstant(event, override.recurrenceId))}`
    : `RECURRENCE-ID;TZID=${event.timezone}:${compact(override.recurrenceId)}`;
  const start =
    override.status === 'moved' && override.start
      ? at(override.start)
      : utc
        ? `:${utcStamp(exdateInstant(event, override.recurrenceId))}`
        : at(override.recurrenceId);
  const minutes = override.durationMinutes ?? event.durationMinutes;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    recurrenceId,
    `DTSTART${start}`,
    `DURATION:PT${Math.floor(minutes / 60)}H${minutes % 60}M`,
    `SUMMARY:${escapeText(event.summary)}`,
    `STATUS:${override.status === 'cancelled' || event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SEQUENCE:${event.sequence ?? 0}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  lines.push('END:VEVENT');
  return lines;
}
