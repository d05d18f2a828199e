import { addDays, dayOf, daysInMonth, instantOf, isDate, isoDay, wallClock } from './local-dates.js';

/*
 * The repeat choices of the editor and the RRULE they make (RFC 5545), both
 * ways: a rule the editor did not write (an import) that fits none of its
 * choices stays as written (`custom`).
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type RepeatKind = 'none' | 'weekly' | 'monthly-day' | 'monthly-weekday' | 'custom';

export interface Repeat {
  kind: RepeatKind;
  /** Every N weeks (weekly). */
  interval: number;
  days: Weekday[];
  ends: 'count' | 'until';
  count: number;
  /** The last day sessions may fall on, `YYYY-MM-DD`. */
  until: string;
  /** A `custom` rule, as written. */
  rule?: string;
}

/** Most sessions the editor lays out (a weekly class for three years). */
export const MAX_SESSIONS = 160;

/** Monday is 0. */
export const weekdayIndex = (date: string): number => (dayOf(date).getUTCDay() + 6) % 7;
export const weekdayOf = (date: string): Weekday => WEEKDAYS[weekdayIndex(date)]!;

/** Which of its weekday in the month a date is: 1 to 4, or -1 for a fifth (the last). */
export function nthInMonth(date: string): number {
  const n = Math.ceil(Number(date.slice(8, 10)) / 7);
  return n > 4 ? -1 : n;
}

const sortDays = (days: readonly Weekday[]): Weekday[] => WEEKDAYS.filter((d) => days.includes(d));

/** The RRULE value (without `RRULE:`) for a repeat starting at `start` (`YYYY-MM-DDTHH:MM`) in `timeZone`. */
export function buildRule(repeat: Repeat, start: string, timeZone: string): string | null {
  const date = start.slice(0, 10);
  let parts: string[];
  switch (repeat.kind) {
    case 'none':
      return null;
    case 'custom':
      return repeat.rule ?? null;
    case 'weekly':
      parts = ['FREQ=WEEKLY'];
      if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
      parts.push(`BYDAY=${sortDays(repeat.days).join(',')}`);
      break;
    case 'monthly-day':
      parts = ['FREQ=MONTHLY', `BYMONTHDAY=${Number(date.slice(8, 10))}`];
      break;
    case 'monthly-weekday':
      parts = ['FREQ=MONTHLY', `BYDAY=${nthInMonth(date)}${weekdayOf(date)}`];
      break;
  }
  if (repeat.ends === 'count') parts.push(`COUNT=${repeat.count}`);
  // UNTIL is an instant (UTC) for a zoned start: the end of that day on the event's clock.
  else
    parts.push(
      `UNTIL=${instantOf(`${repeat.until}T23:59:59`, timeZone)
        .toISOString()
        .replace(/[-:]|\.\d+/g, '')}`,
    );
  return parts.join(';');
}

export const noRepeat = (start: string): Repeat => ({
  kind: 'none',
  interval: 1,
  days: start ? [weekdayOf(start.slice(0, 10))] : [],
  ends: 'count',
  count: 4,
  until: '',
});

/** The editor's choices for a rule, or `custom` when it is not one the editor writes. */
export function readRule(rule: string | null, start: string, timeZone: string): Repeat {
  const base = noRepeat(start);
  if (!rule) return base;
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .filter(Boolean)
      .map((p) => p.split('=', 2).map((s) => s.trim().toUpperCase()) as [string, string]),
  );
  const custom: Repeat = { ...base, kind: 'custom', rule };
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST']);
  if ([...parts.keys()].some((k) => !known.has(k)) || (parts.get('WKST') ?? 'MO') !== 'MO') return custom;
  const ends = readEnd(parts, timeZone);
  if (!ends) return custom;
  const interval = Number(parts.get('INTERVAL') ?? 1);
  const date = start.slice(0, 10);
  const freq = parts.get('FREQ');
  const byday = parts.get('BYDAY')?.split(',') ?? [];
  if (freq === 'WEEKLY' && !parts.has('BYMONTHDAY')) {
    const days = byday.length ? byday : [weekdayOf(date)];
    if (!days.every((d) => (WEEKDAYS as readonly string[]).includes(d))) return custom;
    return { ...base, ...ends, kind: 'weekly', interval, days: sortDays(days as Weekday[]) };
  }
  if (freq === 'MONTHLY' && interval === 1) {
    const monthday = parts.get('BYMONTHDAY');
    if (monthday && !byday.length && Number(monthday) === Number(date.slice(8, 10)))
      return { ...base, ...ends, kind: 'monthly-day' };
    if (!monthday && byday.length === 1 && byday[0] === `${nthInMonth(date)}${weekdayOf(date)}`)
      return { ...base, ...ends, kind: 'monthly-weekday' };
    if (!monthday && !byday.length) return { ...base, ...ends, kind: 'monthly-day' };
  }
  return custom;
}

function readEnd(parts: Map<string, string>, timeZone: string): Pick<Repeat, 'ends' | 'count' | 'until'> | undefined {
  const count = parts.get('COUNT');
  if (count) return { ends: 'count', count: Number(count), until: '' };
  const until = parts.get('UNTIL');
  const match = until && /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until);
  if (!match) return undefined; // No end: the editor always writes one.
  const [, y, m, d, hh, mm, ss, z] = match;
  const date =
    z === 'Z' ? wallClock(new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss}Z`), timeZone).slice(0, 10) : `${y}-${m}-${d}`;
  return { ends: 'until', count: 4, until: date };
}

/**
 * The local dates of the sessions the repeat makes from `date`, at most
 * MAX_SESSIONS (+1, so that "too many" can be told). The start date is always
 * the first session (RFC 5545), so the editor keeps its weekday among the chosen days.
 */
export function sessionDates(repeat: Repeat, date: string): string[] {
  if (!isDate(date)) return [];
  if (repeat.kind === 'none' || repeat.kind === 'custom') return [date];
  const dates: string[] = [];
  const limit = repeat.ends === 'count' ? Math.min(repeat.count, MAX_SESSIONS + 1) : MAX_SESSIONS + 1;
  const fits = (d: string) => repeat.ends === 'count' || (isDate(repeat.until) && d <= repeat.until);
  const push = (d: string) => {
    if (d >= date && dates.length < limit && fits(d)) dates.push(d);
  };
  if (repeat.kind === 'weekly') {
    const days = sortDays(repeat.days).map((d) => WEEKDAYS.indexOf(d));
    const monday = addDays(date, -weekdayIndex(date));
    for (let week = 0; dates.length < limit; week += Math.max(1, repeat.interval)) {
      const first = addDays(monday, week * 7);
      if (!fits(first) && first > date) break;
      for (const day of days) push(addDays(first, day));
    }
    return dates;
  }
  const start = dayOf(date);
  const [year, month] = [start.getUTCFullYear(), start.getUTCMonth()];
  const nth = nthInMonth(date);
  const weekday = weekdayIndex(date);
  for (let i = 0; dates.length < limit && i < 12 * 50; i++) {
    const y = year + Math.floor((month + i) / 12);
    const m = ((month + i) % 12) + 1;
    const first = `${y}-${String(m).padStart(2, '0')}-01`;
    if (!fits(first)) break;
    if (repeat.kind === 'monthly-day') {
      const day = start.getUTCDate();
      if (day <= daysInMonth(y, m)) push(`${first.slice(0, 8)}${String(day).padStart(2, '0')}`);
    } else {
      const firstMatch = (weekday - weekdayIndex(first) + 7) % 7;
      const last = daysInMonth(y, m);
      const dayOfMonth =
        nth > 0 ? 1 + firstMatch + (nth - 1) * 7 : 1 + firstMatch + Math.floor((last - 1 - firstMatch) / 7) * 7;
      if (dayOfMonth <= last) push(isoDay(new Date(Date.UTC(y, m - 1, dayOfMonth))));
    }
  }
  return dates;
}
