import { formatLocal, parseRule, RecurrenceError } from './recurrence.js';
import { instantToZoned, zonedToInstant, type LocalDateTime } from './zoned-time.js';

/**
 * Reads iCalendar (RFC 5545) exports from library event systems (LibCal),
 * Google Calendar and Outlook into plain event records in our model: a local
 * wall-clock start in an IANA zone, a duration in minutes, the RRULE text and
 * local EXDATEs. VTIMEZONE rules are not interpreted: a TZID must name an IANA
 * zone, a Windows zone we map, or a VTIMEZONE whose X-LIC-LOCATION names one.
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
  /** Floating times and UTC times are given in the calendar's default zone. */
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

export interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

const FOLD = /(?:\r\n|\n|\r)[ \t]/g;

/**
 * Joins folded lines. Given bytes, unfolds before decoding: RFC 5545 lets a
 * producer fold in the middle of a UTF-8 sequence, which only survives this way.
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

/** RFC 6868 caret escapes in parameter values: ^n newline, ^' double quote, ^^ caret. */
const decodeParam = (value: string) =>
  value.replace(/\^(\^|n|N|')/g, (_, c: string) => (c === '^' ? '^' : c === "'" ? '"' : '\n'));

/** `NAME;PARAM=a,"b;c":value`, or null when the line has no value. */
export function parseContentLine(line: string): Property | null {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(line);
  if (!nameMatch) return null;
  const params = new Map<string, string[]>();
  let i = nameMatch[0].length;
  while (line[i] === ';') {
    const paramName = /^[A-Za-z0-9-]+=/.exec(line.slice(i + 1));
    if (!paramName) return null;
    i += 1 + paramName[0].length;
    const values: string[] = [];
    for (;;) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(decodeParam(line.slice(i + 1, close)));
        i = close + 1;
      } else {
        const end = /[,;:]/.exec(line.slice(i));
        if (!end) return null;
        values.push(decodeParam(line.slice(i, i + end.index)));
        i += end.index;
      }
      if (line[i] !== ',') break;
      i++;
    }
    params.set(paramName[0].slice(0, -1).toUpperCase(), values);
  }
  if (line[i] !== ':') return null;
  return { name: nameMatch[0].toUpperCase(), params, value: line.slice(i + 1) };
}

/** TEXT values, split on unescaped commas when `list` (CATEGORIES); `\n`, `\,`, `\;`, `\\` unescaped. */
export function unescapeText(value: string, list = false): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === ',' && list) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items;
}

/** Content lines into nested components; the root holds the VCALENDARs. */
export function parseComponents(input: string | Uint8Array, warnings: string[] = []): Component {
  const root: Component = { name: 'ROOT', properties: [], components: [] };
  const stack = [root];
  for (const line of unfold(input)) {
    const property = parseContentLine(line);
    if (!property) {
      warnings.push(`ignored a line that is not a content line: ${line.slice(0, 60)}`);
      continue;
    }
    const current = stack.at(-1)!;
    if (property.name === 'BEGIN') {
      const component: Component = { name: property.value.trim().toUpperCase(), properties: [], components: [] };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (stack.length === 1 || current.name !== property.value.trim().toUpperCase()) {
        throw new IcsSyntaxError(`END:${property.value} does not close BEGIN:${current.name}`);
      }
      stack.pop();
    } else current.properties.push(property);
  }
  if (stack.length > 1) throw new IcsSyntaxError(`BEGIN:${stack.at(-1)!.name} is never closed`);
  if (!root.components.some((c) => c.name === 'VCALENDAR'))
    throw new IcsSyntaxError('No BEGIN:VCALENDAR: not an iCalendar file');
  return root;
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

const first = (component: Component, name: string) => component.properties.find((p) => p.name === name);
const param = (property: Property, name: string) => property.params.get(name)?.[0];

interface DateValue {
  local: LocalDateTime;
  timezone: string;
  date: boolean;
}

/** One DATE or DATE-TIME value: UTC converted to the default zone, floating taken to be in it. */
function parseDateValue(text: string, tzid: string | undefined, context: Context, what: string): DateValue {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(text.trim());
  if (!match) throw new EventError(`${what} "${text}" is not a date or date-time`);
  const [, y, mo, d, h = '00', mi = '00', , utc] = match;
  const local = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi) };
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (check.getUTCMonth() !== local.month - 1 || local.hour > 23 || local.minute > 59) {
    throw new EventError(`${what} "${text}" is not a valid date`);
  }
  const date = match[4] === undefined;
  if (utc) {
    const instant = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
    return { local: instantToZoned(instant, context.defaultTimezone), timezone: context.defaultTimezone, date };
  }
  if (!tzid || date) return { local, timezone: context.defaultTimezone, date };
  const timezone = resolveTimezone(tzid, context.locations);
  if (!timezone) throw new EventError(`Unknown time zone "${tzid}" in ${what}`);
  return { local, timezone, date };
}

/** The same moment as a wall-clock time in another zone. */
function inZone(value: DateValue, timezone: string): LocalDateTime {
  if (value.timezone === timezone) return value.local;
  return instantToZoned(zonedToInstant(value.local, value.timezone), timezone);
}

const dayNumber = (l: LocalDateTime) => Math.round(Date.UTC(l.year, l.month - 1, l.day) / 86_400_000);

/** ISO 8601 durations as RFC 5545 writes them (`PT1H30M`, `P1D`, `P1W`), in minutes. */
export function parseDuration(text: string): number {
  const value = text.trim();
  const match = /^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!match || /[PT]$/.test(value)) throw new EventError(`DURATION "${text}" is not a positive duration`);
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((v) => Number(v ?? 0)) as number[];
  return (weeks! * 7 + days!) * 1440 + hours! * 60 + minutes! + Math.round(seconds! / 60);
}

function readEvent(vevent: Component, uid: string, context: Context): IcsEventRecord {
  const text = (name: string) => {
    const property = first(vevent, name);
    return property ? unescapeText(property.value)[0]!.trim() : undefined;
  };
  const dateProperty = (property: Property, what: string) =>
    parseDateValue(property.value, param(property, 'TZID'), context, what);

  const dtstartProperty = first(vevent, 'DTSTART');
  if (!dtstartProperty) throw new EventError('No DTSTART');
  const start = dateProperty(dtstartProperty, 'DTSTART');
  const allDay = start.date;

  let durationMinutes: number;
  const dtend = first(vevent, 'DTEND');
  const duration = first(vevent, 'DURATION');
  if (dtend) {
    const end = dateProperty(dtend, 'DTEND');
    durationMinutes = allDay
      ? (dayNumber(end.local) - dayNumber(start.local)) * 1440
      : (zonedToInstant(end.local, end.timezone).getTime() - zonedToInstant(start.local, start.timezone).getTime()) /
        60_000;
  } else if (duration) durationMinutes = parseDuration(duration.value);
  else if (allDay) durationMinutes = 1440;
  else throw new EventError('No DTEND or DURATION: the event has no length');
  if (durationMinutes <= 0) throw new EventError('The event ends before it starts');

  const rrules = vevent.properties.filter((p) => p.name === 'RRULE');
  if (rrules.length > 1) throw new EventError('More than one RRULE is not supported');
  if (first(vevent, 'RDATE')) throw new EventError('RDATE (extra dates outside the rule) is not supported');
  const rrule = rrules[0]?.value.trim();
  if (rrule) {
    try {
      parseRule(rrule);
    } catch (error) {
      if (error instanceof RecurrenceError) throw new EventError(error.message);
      throw error;
    }
    // A UTC start moved to local time can change the day; BY* parts would then pick the wrong days.
    const utcDate = /^(\d{8})T\d{6}Z$/i.exec(dtstartProperty.value.trim())?.[1];
    if (
      utcDate &&
      /BY(DAY|MONTHDAY|MONTH)=/i.test(rrule) &&
      utcDate !== formatLocal(start.local).slice(0, 10).replace(/-/g, '')
    ) {
      throw new EventError('A recurring event in UTC whose local day differs: its BYDAY/BYMONTHDAY would shift');
    }
  }

  const exdates = vevent.properties
    .filter((p) => p.name === 'EXDATE')
    .flatMap((p) => p.value.split(',').map((value) => dateProperty({ ...p, value }, 'EXDATE')))
    // A date-only EXDATE leaves out the occurrence of that day.
    .map((value) => (value.date ? { ...start.local, ...dateOnly(value.local) } : inZone(value, start.timezone)))
    .map(formatLocal);

  const recurrenceIdProperty = first(vevent, 'RECURRENCE-ID');
  const recurrenceId = recurrenceIdProperty && dateProperty(recurrenceIdProperty, 'RECURRENCE-ID');
  const lastModifiedProperty = first(vevent, 'LAST-MODIFIED');
  const lastModified = lastModifiedProperty && dateProperty(lastModifiedProperty, 'LAST-MODIFIED');
  const categories = vevent.properties
    .filter((p) => p.name === 'CATEGORIES')
    .flatMap((p) => unescapeText(p.value, true))
    .map((c) => c.trim())
    .filter(Boolean);

  const record: IcsEventRecord = {
    uid,
    summary: text('SUMMARY') ?? '',
    categories,
    dtstart: { local: formatLocal(start.local), timezone: start.timezone },
    allDay,
    durationMinutes: Math.round(durationMinutes),
    exdates: [...new Set(exdates)],
    status: text('STATUS')?.toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled',
  };
  const optional = {
    description: text('DESCRIPTION'),
    location: text('LOCATION'),
    url: first(vevent, 'URL')?.value.trim(),
    rrule,
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(record, { [key]: value });
  if (recurrenceId) record.recurrenceId = { local: formatLocal(recurrenceId.local), timezone: recurrenceId.timezone };
  if (lastModified) record.lastModified = zonedToInstant(lastModified.local, lastModified.timezone);
  return record;
}

const dateOnly = ({ year, month, day }: LocalDateTime) => ({ year, month, day });

/** Every VEVENT of every VCALENDAR in the input, with the reasons for the ones that could not be read. */
export function parseIcs(input: string | Uint8Array, options: { defaultTimezone: string }): ParsedCalendar {
  if (!ianaZone(options.defaultTimezone)) throw new IcsSyntaxError(`Unknown time zone ${options.defaultTimezone}`);
  const warnings: string[] = [];
  const root = parseComponents(input, warnings);
  const result: ParsedCalendar = { defaultTimezone: options.defaultTimezone, events: [], problems: [], warnings };
  for (const calendar of root.components.filter((c) => c.name === 'VCALENDAR')) {
    const locations = new Map<string, string>();
    for (const vtimezone of calendar.components.filter((c) => c.name === 'VTIMEZONE')) {
      const tzid = first(vtimezone, 'TZID')?.value.trim();
      const location = first(vtimezone, 'X-LIC-LOCATION')?.value.trim();
      if (tzid && location) locations.set(tzid, location);
    }
    const wrTimezone = first(calendar, 'X-WR-TIMEZONE')?.value.trim();
    const calendarZone = wrTimezone ? resolveTimezone(wrTimezone, locations) : undefined;
    if (wrTimezone && !calendarZone) {
      warnings.push(`Unknown X-WR-TIMEZONE "${wrTimezone}": floating times read in ${options.defaultTimezone}`);
    }
    const context: Context = { defaultTimezone: calendarZone ?? options.defaultTimezone, locations };
    result.defaultTimezone = context.defaultTimezone;
    const name = first(calendar, 'X-WR-CALNAME');
    if (name) result.name = unescapeText(name.value)[0]!.trim();

    calendar.components
      .filter((c) => c.name === 'VEVENT')
      .forEach((vevent, index) => {
        const uidProperty = first(vevent, 'UID');
        const uid = uidProperty && unescapeText(uidProperty.value)[0]!.trim();
        if (!uid) {
          const summary = first(vevent, 'SUMMARY');
          const label = summary ? `"${unescapeText(summary.value)[0]!.trim()}"` : `number ${index + 1}`;
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
