import { zonedToInstant, type LocalDateTime } from './zoned-time.js';

/**
 * Recurring events (legal clinics twice a month, 10-week classes, a yearly
 * Citizenship Day) expanded into occurrences in the event's own time zone, so
 * that a 6 pm class stays at 6 pm across daylight-saving changes.
 * Supports RFC 5545 RRULE FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL,
 * COUNT, UNTIL, BYDAY (with ordinals such as 2SA and -1FR in monthly and
 * yearly rules), BYMONTHDAY, BYMONTH, and EXDATE.
 */
export interface Recurrence {
  /** Local wall-clock start of the first occurrence, `YYYY-MM-DDTHH:MM`. */
  dtstart: string;
  durationMinutes: number;
  /** IANA time zone, such as America/New_York. */
  timezone: string;
  /** RRULE value (`FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20`); none for a single occurrence. */
  rrule?: string | null;
  /** Local wall-clock starts to leave out, `YYYY-MM-DDTHH:MM`. */
  exdates?: readonly string[];
}

export interface Occurrence {
  start: Date;
  end: Date;
  /** The local start, `YYYY-MM-DDTHH:MM`: stable id of the occurrence within its event. */
  localStart: string;
}

export class RecurrenceError extends Error {}

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
interface Rule {
  freq: Freq;
  interval: number;
  count?: number;
  until?: Date;
  byday: { ordinal: number; day: number }[];
  bymonthday: number[];
  bymonth: number[];
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'WKST']);
/** However the rule is written, expansion stops after this many periods. */
const MAX_PERIODS = 5000;

export function parseLocal(text: string): LocalDateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new RecurrenceError(`"${text}" is not a local date-time (YYYY-MM-DDTHH:MM)`);
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const formatLocal = (l: LocalDateTime) =>
  `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`;

export function parseRule(rrule: string): Rule {
  const parts = new Map(
    rrule
      .replace(/^RRULE:/i, '')
      .split(';')
      .filter(Boolean)
      .map((part) => {
        const [key = '', value = ''] = part.split('=');
        return [key.toUpperCase(), value.toUpperCase()] as const;
      }),
  );
  for (const key of parts.keys()) {
    if (!SUPPORTED.has(key)) throw new RecurrenceError(`RRULE part ${key} is not supported`);
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    throw new RecurrenceError(`RRULE FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY`);
  }
  const numbers = (key: string, min: number, max: number) =>
    (parts.get(key) ?? '')
      .split(',')
      .filter(Boolean)
      .map((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n === 0 || Math.abs(n) < min || Math.abs(n) > max) {
          throw new RecurrenceError(`RRULE ${key} value ${v} is not valid`);
        }
        return n;
      });
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1)
    throw new RecurrenceError('RRULE INTERVAL must be a positive integer');
  const rule: Rule = {
    freq,
    interval,
    byday: (parts.get('BYDAY') ?? '')
      .split(',')
      .filter(Boolean)
      .map((value) => {
        const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(value);
        if (!match) throw new RecurrenceError(`RRULE BYDAY value ${value} is not valid`);
        return { ordinal: match[1] ? Number(match[1]) : 0, day: DAYS.indexOf(match[2]!) };
      }),
    bymonthday: numbers('BYMONTHDAY', 1, 31),
    bymonth: numbers('BYMONTH', 1, 12),
  };
  if (parts.has('COUNT')) {
    rule.count = Number(parts.get('COUNT'));
    if (!Number.isInteger(rule.count) || rule.count < 1)
      throw new RecurrenceError('RRULE COUNT must be a positive integer');
  }
  if (parts.has('UNTIL')) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(parts.get('UNTIL')!);
    if (!match) throw new RecurrenceError('RRULE UNTIL is not a date or UTC date-time');
    const [, y, m, d, hh = '23', mm = '59', ss = '59'] = match;
    rule.until = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss)));
  }
  if (rule.count !== undefined && rule.until) throw new RecurrenceError('RRULE cannot have both COUNT and UNTIL');
  return rule;
}

/** Days since 1970-01-01 of a calendar date, and back; weekdays Monday = 0. */
const dayNumber = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
const fromDayNumber = (n: number) => {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const weekday = (n: number) => (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The dates a rule picks within one month, in order. */
function datesInMonth(year: number, month: number, rule: Rule, defaultDay: number): number[] {
  const first = dayNumber(year, month, 1);
  const length = daysInMonth(year, month);
  const picked = new Set<number>();
  for (const monthday of rule.bymonthday) {
    const day = monthday > 0 ? monthday : length + monthday + 1;
    if (day >= 1 && day <= length) picked.add(first + day - 1);
  }
  for (const { ordinal, day } of rule.byday) {
    const matches: number[] = [];
    for (let n = first; n < first + length; n++) if (weekday(n) === day) matches.push(n);
    if (ordinal === 0) matches.forEach((n) => picked.add(n));
    else {
      const chosen = ordinal > 0 ? matches[ordinal - 1] : matches[matches.length + ordinal];
      if (chosen !== undefined) picked.add(chosen);
    }
  }
  if (!rule.bymonthday.length && !rule.byday.length && defaultDay <= length) picked.add(first + defaultDay - 1);
  return [...picked].sort((a, b) => a - b);
}

/** The candidate dates of period `index` (0 = the period holding dtstart). */
function periodDates(rule: Rule, start: LocalDateTime, index: number): number[] {
  const startDay = dayNumber(start.year, start.month, start.day);
  const step = index * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return [startDay + step];
    case 'WEEKLY': {
      const monday = startDay - weekday(startDay) + step * 7;
      const days = rule.byday.length ? rule.byday.map((b) => b.day) : [weekday(startDay)];
      return [...new Set(days)].sort((a, b) => a - b).map((d) => monday + d);
    }
    case 'MONTHLY': {
      const months = start.year * 12 + (start.month - 1) + step;
      return datesInMonth(Math.floor(months / 12), (months % 12) + 1, rule, start.day);
    }
    case 'YEARLY': {
      const year = start.year + step;
      const months = rule.bymonth.length ? [...rule.bymonth].sort((a, b) => a - b) : [start.month];
      return months.flatMap((month) => datesInMonth(year, month, rule, start.day));
    }
  }
}

/** Every occurrence that overlaps [from, to), at most `limit`. */
export function expandOccurrences(recurrence: Recurrence, from: Date, to: Date, limit = 1000): Occurrence[] {
  const start = parseLocal(recurrence.dtstart);
  const excluded = new Set((recurrence.exdates ?? []).map((e) => formatLocal(parseLocal(e))));
  const duration = recurrence.durationMinutes * 60_000;
  const occurrences: Occurrence[] = [];
  const emit = (local: LocalDateTime) => {
    const localStart = formatLocal(local);
    if (excluded.has(localStart)) return;
    const startInstant = zonedToInstant(local, recurrence.timezone);
    const end = new Date(startInstant.getTime() + duration);
    if (end > from && startInstant < to) occurrences.push({ start: startInstant, end, localStart });
  };
  if (!recurrence.rrule) {
    emit(start);
    return occurrences;
  }
  const rule = parseRule(recurrence.rrule);
  const startDay = dayNumber(start.year, start.month, start.day);
  let generated = 0;
  for (let index = 0; index < MAX_PERIODS; index++) {
    for (const day of periodDates(rule, start, index)) {
      if (day < startDay) continue;
      const local = { ...fromDayNumber(day), hour: start.hour, minute: start.minute };
      const instant = zonedToInstant(local, recurrence.timezone);
      if (rule.until && instant > rule.until) return occurrences;
      if (instant >= to) return occurrences;
      generated++;
      emit(local);
      if (rule.count !== undefined && generated >= rule.count) return occurrences;
      if (occurrences.length >= limit) return occurrences;
    }
  }
  return occurrences;
}
