import ICAL from 'ical.js';
import type { LocalDateTime } from './zoned-time.js';

/*
 * RRULE text read by ical.js into a rule we can expand, or refused by name.
 *
 * ical.js (a port of libical) expands most rules right but not all: a test
 * against an independent implementation (rrule.js, over generated rules) found
 * the shapes below expanded wrongly, repeated or never ending, so they are
 * refused with the part named rather than published with wrong dates:
 * BYWEEKNO; BYSETPOS other than "the nth of one weekday" (which is read as
 * BYDAY=nXX); BYMONTHDAY counted from the end (-1) outside a plain monthly
 * rule; BYMONTHDAY with BYDAY at an INTERVAL; a monthly rule with BYMONTH at
 * an INTERVAL; a yearly day of the month that some of its months lack (the
 * 29th of February, the 31st of April). Sub-daily rules (BYHOUR, FREQ=HOURLY
 * and the like) are refused too: a session starts at the time of DTSTART.
 */

/** A rule, start, zone or length we refuse; the message says which part and why. */
export class RecurrenceError extends Error {}

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
type Weekday = (typeof WEEKDAYS)[number];

/**
 * The end of a series. RFC 5545 writes UNTIL in UTC for zoned starts; a
 * floating date-time or a date (common in exports) is read as the wall clock
 * of the event's zone, a date as the whole of that day.
 */
export type Until = { instant: Date } | { wallClock: string };

export interface Rule {
  freq: Frequency;
  interval: number;
  wkst: Weekday;
  /** `TU`, `2WE`, `-1FR`. */
  byday: string[];
  bymonthday: number[];
  bymonth: number[];
  byyearday: number[];
  bysetpos: number[];
  count?: number;
  until?: Until;
}

const KNOWN_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'WKST',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYYEARDAY',
  'BYSETPOS',
]);
type ListPart = 'BYDAY' | 'BYMONTHDAY' | 'BYMONTH' | 'BYYEARDAY' | 'BYSETPOS';

const ordinalOf = (byday: string) => Number(/^([+-]?\d+)?/.exec(byday)![1] ?? 0);

/** Reads and checks an RRULE value (`FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20`, with or without `RRULE:`). */
export function parseRule(text: string): Rule {
  const value = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of value.split(';').filter(Boolean)) {
    const [key = '', partValue = ''] = part.split('=');
    const name = key.trim().toUpperCase();
    if (!KNOWN_PARTS.has(name)) throw new RecurrenceError(`RRULE part ${name} is not supported`);
    if (parts.has(name)) throw new RecurrenceError(`RRULE part ${name} appears twice`);
    parts.set(name, partValue.trim().toUpperCase());
  }
  const freq = parts.get('FREQ') as Frequency | undefined;
  if (!freq || !FREQUENCIES.includes(freq)) {
    throw new RecurrenceError('RRULE FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) throw new RecurrenceError('RRULE cannot have both COUNT and UNTIL');
  for (const key of ['INTERVAL', 'COUNT']) {
    const n = parts.get(key);
    if (n !== undefined && !/^[1-9]\d{0,5}$/.test(n)) {
      throw new RecurrenceError(`RRULE ${key} must be a positive integer`);
    }
  }
  let recur: ICAL.Recur;
  try {
    // ical.js checks each value's syntax and range; UNTIL is read on its own below.
    recur = ICAL.Recur.fromString(
      [...parts]
        .filter(([key]) => key !== 'UNTIL')
        .map((p) => p.join('='))
        .join(';'),
    );
  } catch (error) {
    throw new RecurrenceError(`RRULE ${(error as Error).message}`);
  }
  // Sorted and without repeats: ical.js steps through BYMONTH in the order given.
  const numbers = (key: ListPart) => [...new Set((recur.parts[key] ?? []) as number[])].sort((a, b) => a - b);
  const wkst = parts.get('WKST') ?? 'MO';
  if (!(WEEKDAYS as readonly string[]).includes(wkst)) {
    throw new RecurrenceError(`RRULE WKST value ${wkst} is not valid`);
  }
  const rule: Rule = {
    freq,
    interval: Number(parts.get('INTERVAL') ?? 1),
    wkst: wkst as Weekday,
    byday: [...new Set(((recur.parts.BYDAY ?? []) as string[]).map((day) => day.replace(/^\+/, '')))],
    bymonthday: numbers('BYMONTHDAY'),
    bymonth: numbers('BYMONTH'),
    byyearday: numbers('BYYEARDAY'),
    bysetpos: numbers('BYSETPOS'),
  };
  if (parts.has('COUNT')) rule.count = Number(parts.get('COUNT'));
  if (parts.has('UNTIL')) rule.until = parseUntil(parts.get('UNTIL')!);
  const refusal = unsupported(rule);
  if (refusal) throw new RecurrenceError(refusal);
  return rule;
}

function parseUntil(text: string): Until {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(text);
  if (!match) throw new RecurrenceError('RRULE UNTIL is not a date or date-time');
  const [, y, m, d, hh = '23', mm = '59', ss = '59', utc] = match;
  const instant = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss)));
  if (instant.getUTCMonth() !== Number(m) - 1 || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60) {
    throw new RecurrenceError('RRULE UNTIL is not a valid date');
  }
  return utc ? { instant } : { wallClock: `${y}-${m}-${d}T${hh}:${mm}:${ss}` };
}

/** Why ical.js cannot be trusted with this rule (see the module comment), or undefined. */
function unsupported(rule: Rule): string | undefined {
  const { freq, byday, bymonthday, bymonth, byyearday, bysetpos, interval } = rule;
  const ordinals = byday.map(ordinalOf).filter((n) => n !== 0);
  if (ordinals.length && (freq === 'DAILY' || freq === 'WEEKLY')) {
    return `RRULE BYDAY with a position (${byday.join(',')}) needs FREQ=MONTHLY or YEARLY`;
  }
  if (ordinals.length && freq === 'YEARLY' && !bymonth.length) {
    return 'RRULE BYDAY with a position counted over the whole year (no BYMONTH) is not supported';
  }
  if (ordinals.some((n) => Math.abs(n) > 5)) return 'RRULE BYDAY position beyond 5 in a month is not valid';
  if (bymonthday.length && freq === 'WEEKLY') return 'RRULE BYMONTHDAY cannot be used with FREQ=WEEKLY';
  if (byyearday.length && freq !== 'YEARLY') return 'RRULE BYYEARDAY needs FREQ=YEARLY';
  if (byyearday.length && (bymonth.length || bymonthday.length || ordinals.length)) {
    return 'RRULE BYYEARDAY with BYMONTH, BYMONTHDAY or a BYDAY position is not supported';
  }
  if (bysetpos.length && !setposAsOrdinal(rule)) {
    return 'RRULE BYSETPOS is supported only for the nth of one weekday in a month (BYDAY=TU;BYSETPOS=3)';
  }
  if (bymonthday.some((day) => day < 0) && (freq !== 'MONTHLY' || byday.length)) {
    return 'RRULE BYMONTHDAY counted from the end of the month is supported only in a monthly rule without BYDAY';
  }
  if (bymonthday.length && byday.length && interval > 1 && freq !== 'DAILY') {
    return 'RRULE BYMONTHDAY with BYDAY is supported only with INTERVAL=1';
  }
  if (freq === 'MONTHLY' && bymonth.length && interval > 1) {
    return 'RRULE FREQ=MONTHLY with BYMONTH is supported only with INTERVAL=1';
  }
  if (freq === 'YEARLY' && bymonthday.length && !bymonth.length) {
    return 'RRULE FREQ=YEARLY with BYMONTHDAY needs BYMONTH';
  }
  if (freq === 'YEARLY' && bymonthday.length && ordinals.length) {
    return 'RRULE FREQ=YEARLY with BYMONTHDAY and a BYDAY position is not supported';
  }
  if (freq === 'YEARLY') return missingDay(bymonthday, bymonth);
  return undefined;
}

/** `BYDAY=TU;BYSETPOS=3` in a month is `BYDAY=3TU`: the one BYSETPOS form ical.js does not need. */
function setposAsOrdinal(rule: Rule): string | undefined {
  const { freq, byday, bysetpos, bymonth, bymonthday } = rule;
  const inMonth = freq === 'MONTHLY' || (freq === 'YEARLY' && bymonth.length === 1);
  const [day] = byday;
  const [position] = bysetpos;
  if (!inMonth || byday.length !== 1 || bysetpos.length !== 1 || bymonthday.length || ordinalOf(day!) !== 0) {
    return undefined;
  }
  return Math.abs(position!) <= 5 ? `${position}${day}` : undefined;
}

const DAYS_IN_SHORTEST_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A yearly rule's day of the month must exist in each of its months every year (no 29 February, no 31 April). */
function missingDay(days: number[], months: number[]): string | undefined {
  for (const month of months) {
    const day = days.find((d) => d > DAYS_IN_SHORTEST_MONTH[month - 1]!);
    if (day !== undefined) {
      return `A yearly series on day ${day} of month ${month}, which some years lack, is not supported`;
    }
  }
  return undefined;
}

/** What depends on the first start too: a yearly rule without days takes the start's day of the month. */
export function checkRuleFrom(rule: Rule, start: LocalDateTime): void {
  if (rule.freq !== 'YEARLY' || rule.byday.length || rule.bymonthday.length || rule.byyearday.length) return;
  const refusal = missingDay([start.day], rule.bymonth.length ? rule.bymonth : [start.month]);
  if (refusal) throw new RecurrenceError(refusal);
}

/**
 * The rule as ical.js is given it: lists sorted, BYSETPOS folded into BYDAY,
 * no COUNT or UNTIL (both applied by the caller). Given the first start
 * `from`, spells out the days the rule takes from it, for probing other dates.
 */
export function icalRecur(rule: Rule, from?: LocalDateTime): ICAL.Recur {
  const parts: string[] = [`FREQ=${rule.freq}`, `INTERVAL=${rule.interval}`, `WKST=${rule.wkst}`];
  const setpos = setposAsOrdinal(rule);
  const { byday: spelledDays, bymonthday, bymonth } = from ? spelledOut(rule, from) : rule;
  const byday = setpos ? [setpos] : spelledDays;
  if (byday.length) parts.push(`BYDAY=${byday.join(',')}`);
  if (bymonthday.length) parts.push(`BYMONTHDAY=${bymonthday.join(',')}`);
  if (bymonth.length) parts.push(`BYMONTH=${bymonth.join(',')}`);
  if (rule.byyearday.length) parts.push(`BYYEARDAY=${rule.byyearday.join(',')}`);
  return ICAL.Recur.fromString(parts.join(';'));
}

/** The rule with the days it takes from its start spelled out (a weekly rule's weekday, a monthly rule's day…). */
export function spelledOut(rule: Rule, from: LocalDateTime): Rule {
  let { byday, bymonthday, bymonth } = rule;
  const dayParts = byday.length || bymonthday.length || rule.byyearday.length;
  if (rule.freq === 'WEEKLY' && !byday.length) byday = [WEEKDAYS[weekday(from)]!];
  if (rule.freq === 'MONTHLY' && !dayParts) bymonthday = [from.day];
  if (rule.freq === 'YEARLY' && !dayParts) {
    bymonthday = [from.day];
    if (!bymonth.length) bymonth = [from.month];
  }
  return { ...rule, byday, bymonthday, bymonth };
}

/** Days since 1970-01-01, and the weekday (Sunday = 0) of a date. */
export const dayNumber = (l: Pick<LocalDateTime, 'year' | 'month' | 'day'>) =>
  Math.round(Date.UTC(l.year, l.month - 1, l.day) / 86_400_000);
export const weekday = (l: Pick<LocalDateTime, 'year' | 'month' | 'day'>) => (((dayNumber(l) + 4) % 7) + 7) % 7;

/** Whether `date` lies in a period the rule's INTERVAL keeps, counting from the first start's period. */
export function inStep(rule: Rule, start: LocalDateTime, date: LocalDateTime): boolean {
  let periods: number;
  switch (rule.freq) {
    case 'DAILY':
      periods = dayNumber(date) - dayNumber(start);
      break;
    case 'WEEKLY': {
      const weekStart = (l: LocalDateTime) => dayNumber(l) - ((weekday(l) - WEEKDAYS.indexOf(rule.wkst) + 7) % 7);
      periods = (weekStart(date) - weekStart(start)) / 7;
      break;
    }
    case 'MONTHLY':
      periods = date.year * 12 + date.month - (start.year * 12 + start.month);
      break;
    case 'YEARLY':
      periods = date.year - start.year;
  }
  return periods % rule.interval === 0;
}
