import ICAL from 'ical.js';
import {
  checkRuleFrom,
  dayNumber,
  icalRecur,
  inStep,
  parseRule,
  RecurrenceError,
  spelledOut,
  weekday,
  type Rule,
} from './recurrence-rule.js';
import { instantToZoned, zonedToInstant, type LocalDateTime } from './zoned-time.js';

/**
 * Recurring events (legal clinics twice a month, 10-week classes, a yearly
 * Citizenship Day) expanded into occurrences by ical.js. The rule runs on the
 * event's wall clock, so that a 6 pm class stays at 6 pm across
 * daylight-saving changes; each wall-clock start then becomes an instant
 * (a time the change skips moves forward by the gap, a time it repeats is the
 * first of the two: RFC 5545 §3.3.5). A series whose DTSTART was written in
 * UTC keeps its rule in UTC, so its instants never move (RFC 5545 §3.3.5).
 *
 * A DTSTART that the rule would not pick (RFC 5545 leaves such a series
 * undefined) is not itself a session: the series is the rule's dates from it
 * on, as rrule.js and python-dateutil read it, and the feed we write starts
 * at the first of them so that every calendar app agrees.
 */
export interface Recurrence {
  /**
   * Start of the first occurrence: the wall clock in `timezone` (`YYYY-MM-DDTHH:MM`),
   * or a UTC time (`YYYY-MM-DDTHH:MMZ`) for a series whose rule runs in UTC.
   */
  dtstart: string;
  durationMinutes: number;
  /** IANA time zone, such as America/New_York: where the event is, and the zone of `localStart`. */
  timezone: string;
  /** RRULE value (`FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20`); none for a single occurrence. */
  rrule?: string | null;
  /** Local starts (in `timezone`) to leave out, `YYYY-MM-DDTHH:MM`. */
  exdates?: readonly string[];
}

export interface Occurrence {
  start: Date;
  end: Date;
  /** The local start in the event's zone, `YYYY-MM-DDTHH:MM`: stable id of the occurrence within its event. */
  localStart: string;
}

export { parseRule, RecurrenceError };

/** Sessions last at most this long: a longer DURATION is a mistake, or not a session. */
export const MAX_DURATION_MINUTES = 31 * 24 * 60;
/** The Gregorian calendar repeats every 400 years: a rule with no date in that span has none left. */
const EMPTY_YEARS = 400;

export function parseLocal(text: string): LocalDateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new RecurrenceError(`"${text}" is not a local date-time (YYYY-MM-DDTHH:MM)`);
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const local = { year: year!, month: month!, day: day!, hour: hour!, minute: minute! };
  const calendarDate = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (calendarDate.getUTCDate() !== local.day || local.month > 12 || local.hour > 23 || local.minute > 59) {
    throw new RecurrenceError(`"${text}" is not a valid date-time`);
  }
  return local;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const formatLocal = (l: LocalDateTime) =>
  `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`;

/** The series' first start: on the wall clock of its zone, or in UTC. */
export function parseStart(dtstart: string): { local: LocalDateTime; utc: boolean } {
  const utc = dtstart.endsWith('Z');
  return { local: parseLocal(utc ? dtstart.slice(0, -1) : dtstart), utc };
}

/** Everything needed to expand one event, checked. */
interface Series {
  start: LocalDateTime;
  /** Whether DTSTART was written in UTC. */
  utc: boolean;
  /** The zone the rule runs in: the event's, or UTC. */
  ruleZone: string;
  timezone: string;
  rule?: Rule;
  duration: number;
  excluded: Set<string>;
}

function seriesOf(recurrence: Recurrence): Series {
  const { local, utc } = parseStart(recurrence.dtstart);
  if (!Number.isInteger(recurrence.durationMinutes) || recurrence.durationMinutes <= 0) {
    throw new RecurrenceError('The duration must be a positive number of minutes');
  }
  if (recurrence.durationMinutes > MAX_DURATION_MINUTES) {
    throw new RecurrenceError(`An event longer than ${MAX_DURATION_MINUTES / 1440} days is not a session`);
  }
  const rule = recurrence.rrule ? parseRule(recurrence.rrule) : undefined;
  if (rule) checkRuleFrom(rule, local);
  return {
    start: local,
    utc,
    ruleZone: utc ? 'UTC' : recurrence.timezone,
    timezone: recurrence.timezone,
    rule,
    duration: recurrence.durationMinutes * 60_000,
    excluded: new Set((recurrence.exdates ?? []).map((e) => formatLocal(parseLocal(e)))),
  };
}

const toTime = (l: LocalDateTime) => ICAL.Time.fromData({ ...l, second: 0, isDate: false });
const fromTime = (t: ICAL.Time): LocalDateTime => ({
  year: t.year,
  month: t.month,
  day: t.day,
  hour: t.hour,
  minute: t.minute,
});
const sameTime = (a: ICAL.Time, b: LocalDateTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

type IteratorOptions = ConstructorParameters<typeof ICAL.RecurIterator>[0];

/**
 * An ical.js iterator from `dtstart`. ical.js starts BYMONTH at the list's
 * first month whatever the start's month, which repeats or skips months: the
 * index is set to the start's month (the iterator's documented resume state).
 */
function iterator(recur: ICAL.Recur, dtstart: LocalDateTime): ICAL.RecurIterator {
  const months = (recur.parts.BYMONTH ?? []) as number[];
  const byIndices = {
    BYSECOND: 0,
    BYMINUTE: 0,
    BYHOUR: 0,
    BYDAY: 0,
    BYMONTH: months.filter((m) => m <= dtstart.month).length - 1,
    BYWEEKNO: 0,
    BYMONTHDAY: 0,
  };
  const options: IteratorOptions & { by_indices: typeof byIndices } = {
    rule: recur,
    dtstart: toTime(dtstart),
    by_indices: byIndices,
  };
  return new ICAL.RecurIterator(options);
}

/** Whether ical.js's first date from `date` is `date` itself and passes the rule's limiting parts. */
function picks(recur: ICAL.Recur, date: LocalDateTime): boolean {
  try {
    // Ending the probe at `date` keeps ical.js from searching thousands of years for a yearly rule's first date.
    recur.until = toTime(date);
    const probe = iterator(recur, date);
    const first = probe.next();
    return !!first && sameTime(first, date) && probe.check_contracting_rules();
  } catch {
    // ical.js refuses some starts the rule does not pick ("Malformed values in BYDAY part").
    return false;
  }
}

/** The rule's first date on or after the series' start: the start itself when the rule picks it. */
function firstDate(rule: Rule, start: LocalDateTime): LocalDateTime | undefined {
  if (picks(icalRecur(rule), start)) return start;
  // Otherwise search day by day, probing with ical.js only the days that pass the cheap tests,
  // with the days the rule takes from `start` spelled out.
  const recur = icalRecur(rule, start);
  const candidate = mayPick(rule, start);
  const first = dayNumber(start);
  for (let day = first + 1; day <= first + EMPTY_YEARS * 366; day++) {
    const date = { ...dateOf(day), hour: start.hour, minute: start.minute };
    if (candidate(date) && picks(recur, date)) return date;
  }
  return undefined;
}

/** Quick tests every date of the rule passes (not all dates that pass them are the rule's). */
function mayPick(rule: Rule, start: LocalDateTime): (date: LocalDateTime) => boolean {
  const months = new Set(rule.bymonth);
  // Each BYDAY as a weekday and the days of the month its position allows (all when it has none).
  const days = rule.byday.map((code) => ({
    weekday: WEEKDAY_CODES.indexOf(code.slice(-2)),
    position: parseInt(code) || 0,
  }));
  if (rule.freq === 'WEEKLY' && !days.length) days.push({ weekday: weekday(start), position: 0 });
  const dayParts = rule.byday.length || rule.bymonthday.length || rule.byyearday.length;
  const monthDays = new Set(rule.bymonthday);
  if (!dayParts && (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY')) monthDays.add(start.day);
  if (!dayParts && rule.freq === 'YEARLY' && !months.size) months.add(start.month);
  return (date) => {
    if (months.size && !months.has(date.month)) return false;
    const length = daysInMonth(date.year, date.month);
    if (monthDays.size && !monthDays.has(date.day) && !monthDays.has(date.day - length - 1)) return false;
    const dayOfWeek = weekday(date);
    // Positions count within the month: BYDAY positions over a whole year are refused.
    const week = Math.ceil(date.day / 7);
    const weekFromEnd = -Math.ceil((length - date.day + 1) / 7);
    const dayFits = ({ weekday: w, position: p }: (typeof days)[number]) =>
      w === dayOfWeek && (p === 0 || p === week || p === weekFromEnd || rule.bysetpos.length > 0);
    if (days.length && !days.some(dayFits)) return false;
    return inStep(rule, start, date);
  };
}

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const dateOf = (day: number) => {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

class PastHorizon extends Error {}

/**
 * The rule's wall-clock starts in order, up to `horizon` when given. ical.js
 * retries a daily or weekly rule until a date matches, which never ends for a
 * rule with no date left: it is stopped once it passes the horizon, or 400
 * years after the last date found.
 */
function* wallClockStarts(rule: Rule, start: LocalDateTime, horizon?: LocalDateTime): Generator<LocalDateTime> {
  const first = firstDate(rule, start);
  if (!first) return;
  // COUNT is counted here: ical.js counts a date twice when two BY values pick it (BYYEARDAY=365,-1).
  const dates = iterator(icalRecur(rule), first);
  let count = 0;
  const horizonTime = horizon && toTime(horizon);
  // The year past which no date is left to find (compared as a number: an ICAL.Time per date costs more than the date).
  let limitYear = first.year + EMPTY_YEARS;
  const check = dates.check_contracting_rules.bind(dates);
  dates.check_contracting_rules = () => {
    if (dates.last.year > limitYear || (horizonTime && dates.last.compare(horizonTime) > 0)) throw new PastHorizon();
    return check();
  };
  try {
    for (let next = dates.next(); next; next = dates.next()) {
      if (horizonTime && next.compare(horizonTime) > 0) return;
      const local = fromTime(next);
      limitYear = local.year + EMPTY_YEARS;
      yield local;
      if (++count === rule.count) return;
    }
  } catch (error) {
    if (error instanceof PastHorizon) return;
    throw new RecurrenceError(`RRULE could not be expanded: ${(error as Error).message}`);
  }
}

const DAY = 86_400_000;
/** The latest instant a window bound can be turned into a wall-clock time. */
const LAST_HORIZON = Date.UTC(9000, 0, 1);
const wallClockOf = (instant: number, zone: string) => formatLocal(instantToZoned(new Date(instant), zone));

/**
 * Every occurrence of a series in order, EXDATEs left out, that may end after
 * `from` and starts before `to`. Wall-clock starts are compared first: turning
 * one into an instant costs more than ical.js finding it. Rules without COUNT
 * start near `from` (stepTowards).
 */
function* occurrences(series: Series, from: Date | undefined, to: Date): Generator<Occurrence> {
  const { rule, start, ruleZone, timezone, duration, excluded } = series;
  const horizon = to.getTime() < LAST_HORIZON ? instantToZoned(new Date(to.getTime() + 2 * DAY), ruleZone) : undefined;
  // Offsets differ from UTC by less than a day: these bounds err on the safe side.
  const before = from && from.getTime() > 0 ? wallClockOf(from.getTime() - duration - 2 * DAY, ruleZone) : undefined;
  const stepped = rule && stepTowards(rule, start, before);
  const starts = stepped ? wallClockStarts(stepped.rule, stepped.start, horizon) : [start];
  const until = rule?.until;
  const pastUntil =
    until && ('instant' in until ? wallClockOf(until.instant.getTime() + 2 * DAY, ruleZone) : undefined);
  for (const local of starts) {
    const wallClock = formatLocal(local);
    if (until && 'wallClock' in until && `${wallClock}:00` > until.wallClock) return;
    if (pastUntil && wallClock > pastUntil) return;
    if (before && wallClock < before) continue;
    const instant = zonedToInstant(local, ruleZone);
    if (until && 'instant' in until && instant > until.instant) return;
    if (instant >= to) return;
    const localStart = ruleZone === timezone ? wallClock : formatLocal(instantToZoned(instant, timezone));
    if (excluded.has(localStart)) continue;
    yield { start: instant, end: new Date(instant.getTime() + duration), localStart };
  }
}

/**
 * The series from a start in step with it, shortly before `before`. A rule
 * without COUNT repeats every INTERVAL periods: with the days it takes from its
 * first start spelled out, its dates from the first day of a period in step
 * are the series' own (whole days keep the wall-clock time). A window years
 * after a series began then costs what the window holds, not every date since.
 * COUNT must be counted from the first date.
 */
function stepTowards(
  rule: Rule,
  start: LocalDateTime,
  before: string | undefined,
): { rule: Rule; start: LocalDateTime } {
  if (!before || rule.count !== undefined) return { rule, start };
  const target = parseLocal(before);
  const time = { hour: start.hour, minute: start.minute };
  const periodsBefore = (periods: number) => Math.floor(periods / rule.interval) * rule.interval - rule.interval;
  switch (rule.freq) {
    case 'DAILY':
    case 'WEEKLY': {
      const step = rule.freq === 'WEEKLY' ? 7 : 1;
      const days = periodsBefore(Math.floor((dayNumber(target) - dayNumber(start)) / step)) * step;
      return days <= 0
        ? { rule, start }
        : { rule: spelledOut(rule, start), start: { ...dateOf(dayNumber(start) + days), ...time } };
    }
    case 'MONTHLY': {
      const months = periodsBefore(target.year * 12 + target.month - (start.year * 12 + start.month));
      if (months <= 0) return { rule, start };
      const index = start.year * 12 + start.month - 1 + months;
      return {
        rule: spelledOut(rule, start),
        start: { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1, ...time },
      };
    }
    case 'YEARLY': {
      const years = periodsBefore(target.year - start.year);
      return years <= 0
        ? { rule, start }
        : { rule: spelledOut(rule, start), start: { year: start.year + years, month: 1, day: 1, ...time } };
    }
  }
}

/** Every occurrence that overlaps [from, to), at most `limit`. */
export function expandOccurrences(recurrence: Recurrence, from: Date, to: Date, limit = 1000): Occurrence[] {
  const found: Occurrence[] = [];
  if (limit <= 0) return found;
  for (const occurrence of occurrences(seriesOf(recurrence), from, to)) {
    if (occurrence.end <= from) continue;
    found.push(occurrence);
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * The first start and the last end of a series, checking it; the last end is
 * null when the series never ends (or ends only after `maxOccurrences`).
 */
export function seriesWindow(
  recurrence: Recurrence,
  maxOccurrences = 20_000,
): { firstStart: Date; lastEnd: Date | null } {
  const series = { ...seriesOf(recurrence), excluded: new Set<string>() };
  const dtstart = zonedToInstant(series.start, series.ruleZone);
  const all = occurrences(series, undefined, new Date(8.64e15));
  const first = all.next().value;
  // A series whose rule never picks a date still has a place in time: its DTSTART.
  const firstStart = first?.start ?? dtstart;
  const once = { firstStart, lastEnd: first?.end ?? new Date(dtstart.getTime() + series.duration) };
  if (!series.rule || !first) return once;
  if (series.rule.count === undefined && series.rule.until === undefined) return { firstStart, lastEnd: null };
  let last = first;
  let seen = 1;
  for (const occurrence of all) {
    last = occurrence;
    if (++seen > maxOccurrences) return { firstStart, lastEnd: null };
  }
  return { firstStart, lastEnd: last.end };
}

/**
 * The first date the rule picks, as written in DTSTART (`YYYY-MM-DDTHH:MM`,
 * with `Z` for a UTC series): the start itself unless the rule skips it.
 */
export function synchronizedStart(recurrence: Recurrence): string {
  const series = seriesOf(recurrence);
  if (!series.rule) return recurrence.dtstart;
  const first = firstDate(series.rule, series.start);
  if (!first) return recurrence.dtstart;
  return `${formatLocal(first)}${series.utc ? 'Z' : ''}`;
}

/**
 * The instant of the session an EXDATE (a local start in the event's zone)
 * leaves out: for a UTC series, the local start of a repeated hour names the
 * session that has it, not simply the first such instant.
 */
export function exdateInstant(recurrence: Recurrence, exdate: string): Date {
  const guess = zonedToInstant(parseLocal(exdate), recurrence.timezone);
  const around = expandOccurrences(
    { ...recurrence, exdates: [] },
    new Date(guess.getTime() - DAY),
    new Date(guess.getTime() + DAY),
    10,
  );
  return around.find((o) => o.localStart === exdate)?.start ?? guess;
}
