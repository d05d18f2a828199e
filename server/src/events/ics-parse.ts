import ICAL from 'ical.js';
import { formatLocal, MAX_DURATION_MINUTES, parseRule, RecurrenceError } from './recurrence.js';
import { instantToZoned, zonedToInstant, type LocalDateTime } from './zoned-time.js';

/**
 * Reads iCalendar (RFC 5545) exports from library event systems (LibCal),
 * Google Calendar and Outlook into plain event records in our model: a local
 * wall-clock start in an IANA zone, a duration in minutes, the RRULE text and
 * local EXDATEs. ical.js reads each content line (parameters, quoting, RFC 6868
 * carets, TEXT escapes, lists); this module keeps the structure, so that one
 * broken event is reported and the others are read, and checks the values
 * ical.js takes on trust (dates, durations, rules). VTIMEZONE rules are not
 * interpreted: a TZID must name an IANA zone, a Windows zone we map, or a
 * VTIMEZONE whose X-LIC-LOCATION names one.
 *
 * A broken file throws IcsSyntaxError; a bad event becomes a problem with its
 * reason and the other events are still read.
 */
export interface IcsEventRecord {
  uid: string;
  /** Set when this record replaces one occurrence of the series with the same UID. */
  recurrenceId?: ZonedLocal;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories: string[];
  /**
   * Floating times are in the calendar's default zone; a single event in UTC is
   * given in it too, while a series in UTC keeps its rule in UTC: its local is
   * then the UTC wall clock, ending in `Z`, and its zone the default one.
   */
  dtstart: ZonedLocal;
  /** A VALUE=DATE event: dtstart is 00:00 and the duration whole days. */
  allDay: boolean;
  durationMinutes: number;
  rrule?: string;
  /** Local starts to leave out, in the zone of dtstart. */
  exdates: string[];
  status: 'scheduled' | 'cancelled';
  lastModified?: Date;
}

/** A wall-clock time, `YYYY-MM-DDTHH:MM`, and the IANA zone it is in. */
export interface ZonedLocal {
  local: string;
  timezone: string;
}

export interface IcsProblem {
  uid: string;
  reason: string;
}

export interface ParsedCalendar {
  name?: string;
  /** X-WR-TIMEZONE when it names a zone we know, else the default given. */
  defaultTimezone: string;
  events: IcsEventRecord[];
  problems: IcsProblem[];
  warnings: string[];
}

export class IcsSyntaxError extends Error {}

/** Thrown for one event: it is reported and skipped. */
class EventError extends Error {}

const FOLD = /(?:\r\n|\n|\r)[ \t]/g;

/**
 * Joins folded lines. Given bytes, unfolds before decoding: RFC 5545 lets a
 * producer fold in the middle of a UTF-8 sequence, which only survives this
 * way (ical.js reads text that is already decoded).
 */
export function unfold(input: string | Uint8Array): string[] {
  let text: string;
  if (typeof input === 'string') text = input.replace(FOLD, '');
  else {
    const out = new Uint8Array(input.length);
    let size = 0;
    for (let i = 0; i < input.length; i++) {
      const newline = input[i] === 0x0d && input[i + 1] === 0x0a ? 2 : input[i] === 0x0a || input[i] === 0x0d ? 1 : 0;
      const next = input[i + newline];
      if (newline && (next === 0x20 || next === 0x09)) {
        i += newline;
        continue;
      }
      out[size++] = input[i]!;
    }
    text = new TextDecoder('utf-8').decode(out.subarray(0, size));
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '');
}

/**
 * iCalendar as ical.js reads it, except that RRULE and EXRULE stay as written:
 * the feed republishes them, and a rule ical.js cannot read is one event's
 * problem, not the file's.
 */
const AS_WRITTEN = { defaultType: 'unknown' };
const DESIGN = {
  ...ICAL.design.icalendar,
  property: { ...ICAL.design.icalendar.property, rrule: AS_WRITTEN, exrule: AS_WRITTEN },
};

/** Content lines into jCal components (ical.js's raw form); the root holds the VCALENDARs. */
function parseComponents(input: string | Uint8Array, warnings: string[]): unknown[][] {
  const root: unknown[] = ['root', [], []];
  const stack: unknown[][] = [root];
  for (const line of unfold(input)) {
    const current = stack.at(-1)!;
    const keyword = /^(BEGIN|END):(.*)$/i.exec(line);
    if (keyword) {
      const name = keyword[2]!.trim().toLowerCase();
      if (keyword[1]!.toUpperCase() === 'BEGIN') {
        const component = [name, [], []];
        (current[2] as unknown[]).push(component);
        stack.push(component);
      } else if (stack.length === 1 || current[0] !== name) {
        throw new IcsSyntaxError(`END:${keyword[2]} does not close BEGIN:${String(current[0]).toUpperCase()}`);
      } else stack.pop();
      continue;
    }
    try {
      (current[1] as unknown[]).push(ICAL.parse.property(line, DESIGN));
    } catch {
      warnings.push(`ignored a line that is not a content line: ${line.slice(0, 60)}`);
    }
  }
  if (stack.length > 1) throw new IcsSyntaxError(`BEGIN:${String(stack.at(-1)![0]).toUpperCase()} is never closed`);
  const calendars = (root[2] as unknown[][]).filter((c) => c[0] === 'vcalendar');
  if (!calendars.length) throw new IcsSyntaxError('No BEGIN:VCALENDAR: not an iCalendar file');
  return calendars;
}

/** Windows zone names (Outlook, Exchange) for US zones, from the CLDR mapping. */
const WINDOWS_ZONES: Record<string, string> = {
  'eastern standard time': 'America/New_York',
  'us eastern standard time': 'America/Indiana/Indianapolis',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Los_Angeles',
  'alaskan standard time': 'America/Anchorage',
  'hawaiian standard time': 'Pacific/Honolulu',
  // CLDR's default for this one is La Paz; same offset, no daylight time, and our users are in the US.
  'sa western standard time': 'America/Puerto_Rico',
  utc: 'UTC',
  // Outlook's display names, after "(UTC-05:00) ".
  'eastern time (us & canada)': 'America/New_York',
  'central time (us & canada)': 'America/Chicago',
  'mountain time (us & canada)': 'America/Denver',
  'pacific time (us & canada)': 'America/Los_Angeles',
  arizona: 'America/Phoenix',
  alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
};

/** The canonical IANA name, or undefined when the runtime does not know the zone. */
function ianaZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * An IANA zone for a TZID: the X-LIC-LOCATION of its VTIMEZONE, the TZID
 * itself, a Windows name, or the zone at the end of a prefixed TZID
 * (`/mozilla.org/20050126_1/America/New_York`).
 */
export function resolveTimezone(tzid: string, locations: ReadonlyMap<string, string> = new Map()): string | undefined {
  const name = tzid.trim();
  const location = locations.get(name);
  const windows = WINDOWS_ZONES[name.replace(/^\(UTC[^)]*\)\s*/i, '').toLowerCase()];
  const suffix =
    /(?:^|\/)((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[^/]+(?:\/[^/]+)?)$/.exec(
      name,
    )?.[1];
  for (const candidate of [location, name, windows, suffix]) {
    const zone = candidate && ianaZone(candidate);
    if (zone) return zone;
  }
  return undefined;
}

interface Context {
  defaultTimezone: string;
  /** TZID → X-LIC-LOCATION of the calendar's VTIMEZONEs. */
  locations: Map<string, string>;
}

/** One DATE or DATE-TIME value as written: a wall clock, and whether it was in UTC or a date. */
interface DateValue {
  local: LocalDateTime;
  /** The zone of a zoned or floating value; undefined for UTC. */
  timezone: string | undefined;
  date: boolean;
}

/** Checks one value as ical.js gives it (`2026-03-10T18:00:00`, `…Z`, `2026-03-10`) and resolves its zone. */
function dateValue(value: unknown, property: ICAL.Property, context: Context, what: string): DateValue {
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/.exec(text);
  const written = text.replace(/[-:]/g, '');
  if (!match) throw new EventError(`${what} "${written}" is not a date or date-time`);
  const [, y, mo, d, h = '00', mi = '00', s = '00', utc] = match;
  const local = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi) };
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (check.getUTCMonth() !== local.month - 1 || local.hour > 23 || local.minute > 59 || Number(s) > 60) {
    throw new EventError(`${what} "${written}" is not a valid date`);
  }
  const date = match[4] === undefined;
  if (utc) return { local, timezone: undefined, date };
  const tzid = property.getParameter('tzid');
  if (!tzid || date) return { local, timezone: context.defaultTimezone, date };
  const timezone = resolveTimezone(String(tzid), context.locations);
  if (!timezone) throw new EventError(`Unknown time zone "${String(tzid)}" in ${what}`);
  return { local, timezone, date };
}

const instantOf = (value: DateValue) => zonedToInstant(value.local, value.timezone ?? 'UTC');
/** The same moment as a wall-clock time in a zone. */
const inZone = (value: DateValue, timezone: string) =>
  value.timezone === timezone ? value.local : instantToZoned(instantOf(value), timezone);
const dayNumber = (l: LocalDateTime) => Math.round(Date.UTC(l.year, l.month - 1, l.day) / 86_400_000);
const dateOnly = ({ year, month, day }: LocalDateTime) => ({ year, month, day });

/** ISO 8601 durations as RFC 5545 writes them (`PT1H30M`, `P1D`, `P1W`), in minutes. */
export function parseDuration(text: string): number {
  const value = text.trim();
  const match = /^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!match || /[PT]$/.test(value)) throw new EventError(`DURATION "${text}" is not a positive duration`);
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((v) => Number(v ?? 0)) as number[];
  return (weeks! * 7 + days!) * 1440 + hours! * 60 + minutes! + Math.round(seconds! / 60);
}

/** What we cannot store of an event: said by name, so that the export can be fixed. */
function refusal(vevent: ICAL.Component): string | undefined {
  if (vevent.getAllProperties('rrule').length > 1) return 'More than one RRULE is not supported';
  if (vevent.hasProperty('rdate')) return 'RDATE (extra dates outside the rule) is not supported';
  if (vevent.hasProperty('exrule')) return 'EXRULE (a rule of dates to leave out) is not supported';
  return undefined;
}

function readEvent(vevent: ICAL.Component, uid: string, context: Context): IcsEventRecord {
  const text = (name: string) => {
    const value = vevent.getFirstPropertyValue(name);
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const dates = (name: string, what: string) =>
    vevent
      .getAllProperties(name)
      .flatMap((property) => property.jCal.slice(3).map((value) => dateValue(value, property, context, what)));

  const [start] = dates('dtstart', 'DTSTART');
  if (!start) throw new EventError('No DTSTART');
  const allDay = start.date;
  const refused = refusal(vevent);
  if (refused) throw new EventError(refused);
  const rruleProperty = vevent.getFirstProperty('rrule');
  const rrule = rruleProperty ? String(rruleProperty.jCal[3]).trim() : undefined;
  if (rrule) {
    try {
      parseRule(rrule);
    } catch (error) {
      if (error instanceof RecurrenceError) throw new EventError(error.message);
      throw error;
    }
  }

  // A series written in UTC keeps its rule in UTC (RFC 5545); anything else is placed in its zone.
  const timezone = start.timezone ?? context.defaultTimezone;
  const ruleInUtc = !start.timezone && !!rrule;
  const startLocal = ruleInUtc ? start.local : inZone(start, timezone);

  let durationMinutes: number;
  const [end] = dates('dtend', 'DTEND');
  const duration = vevent.getFirstProperty('duration');
  if (end) {
    durationMinutes = allDay
      ? (dayNumber(end.local) - dayNumber(start.local)) * 1440
      : (instantOf(end).getTime() - instantOf(start).getTime()) / 60_000;
  } else if (duration) durationMinutes = parseDuration(String(duration.jCal[3]));
  else if (allDay) durationMinutes = 1440;
  else throw new EventError('No DTEND or DURATION: the event has no length');
  if (durationMinutes <= 0) throw new EventError('The event ends before it starts');
  if (durationMinutes > MAX_DURATION_MINUTES) {
    const written = duration ? `DURATION ${String(duration.jCal[3])}` : 'DTEND';
    throw new EventError(`${written} makes the event longer than ${MAX_DURATION_MINUTES / 1440} days: not a session`);
  }

  // Local starts in the event's zone, the zone the series' sessions are named in.
  const localStart = (value: DateValue) => {
    if (!value.date) return inZone(value, timezone);
    // A date leaves out the session of that day (in the rule's own zone, for a UTC series).
    const session = { ...start.local, ...dateOnly(value.local) };
    return ruleInUtc ? instantToZoned(zonedToInstant(session, 'UTC'), timezone) : session;
  };
  const exdates = dates('exdate', 'EXDATE').map((value) => formatLocal(localStart(value)));
  const [recurrenceId] = dates('recurrence-id', 'RECURRENCE-ID');
  const [lastModified] = dates('last-modified', 'LAST-MODIFIED');
  const categories = vevent
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map(String))
    .map((category) => category.trim())
    .filter(Boolean);

  const record: IcsEventRecord = {
    uid,
    summary: text('summary') ?? '',
    categories,
    dtstart: { local: `${formatLocal(startLocal)}${ruleInUtc ? 'Z' : ''}`, timezone },
    allDay,
    durationMinutes: Math.round(durationMinutes),
    exdates: [...new Set(exdates)],
    status: text('status')?.toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled',
  };
  const optional = { description: text('description'), location: text('location'), url: text('url'), rrule };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(record, { [key]: value });
  if (recurrenceId) record.recurrenceId = { local: formatLocal(localStart(recurrenceId)), timezone };
  if (lastModified) record.lastModified = instantOf(lastModified);
  return record;
}

/** Every VEVENT of every VCALENDAR in the input, with the reasons for the ones that could not be read. */
export function parseIcs(input: string | Uint8Array, options: { defaultTimezone: string }): ParsedCalendar {
  if (!ianaZone(options.defaultTimezone)) throw new IcsSyntaxError(`Unknown time zone ${options.defaultTimezone}`);
  const warnings: string[] = [];
  const calendars = parseComponents(input, warnings).map((jCal) => new ICAL.Component(jCal));
  const result: ParsedCalendar = { defaultTimezone: options.defaultTimezone, events: [], problems: [], warnings };
  for (const calendar of calendars) {
    const locations = new Map<string, string>();
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = vtimezone.getFirstPropertyValue('tzid');
      const location = vtimezone.getFirstPropertyValue('x-lic-location');
      if (tzid && location) locations.set(String(tzid).trim(), String(location).trim());
    }
    const wrTimezone = calendar.getFirstPropertyValue('x-wr-timezone');
    const calendarZone = wrTimezone ? resolveTimezone(String(wrTimezone), locations) : undefined;
    if (wrTimezone && !calendarZone) {
      warnings.push(`Unknown X-WR-TIMEZONE "${String(wrTimezone)}": floating times read in ${options.defaultTimezone}`);
    }
    const context: Context = { defaultTimezone: calendarZone ?? options.defaultTimezone, locations };
    result.defaultTimezone = context.defaultTimezone;
    const name = calendar.getFirstPropertyValue('x-wr-calname');
    if (name) result.name = String(name).trim();

    calendar.getAllSubcomponents('vevent').forEach((vevent, index) => {
      const uid = String(vevent.getFirstPropertyValue('uid') ?? '').trim();
      if (!uid) {
        const summary = vevent.getFirstPropertyValue('summary');
        const label = summary ? `"${String(summary).trim()}"` : `number ${index + 1}`;
        result.problems.push({ uid: '', reason: `Event ${label} has no UID` });
        return;
      }
      try {
        result.events.push(readEvent(vevent, uid, context));
      } catch (error) {
        if (!(error instanceof EventError)) throw error;
        result.problems.push({ uid, reason: error.message });
      }
    });
  }
  return result;
}
