import { offsetAt } from './zoned-time.js';

/**
 * VTIMEZONE components written from the runtime's IANA time-zone data (Intl),
 * so that a calendar app shows our local times without a zone database of its
 * own. The zone's present daylight-saving pattern is written as yearly rules
 * (`RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`), which cover an open-ended series
 * for as long as the pattern holds; changes before that pattern settles are
 * written one by one. A zone whose changes follow no weekday pattern (some
 * follow a lunar calendar) is written change by change for 30 years ahead.
 */
export interface OffsetChange {
  /** The instant of the change, and the offsets from UTC before and after it, in milliseconds. */
  at: number;
  before: number;
  after: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far ahead changes are listed, and how many years of a pattern make it the zone's rule. */
const YEARS_AHEAD = 30;
const PATTERN_YEARS = 8;

/** The instants in [from, to) where the zone's offset changes: sampled daily, then narrowed to the minute. */
export function offsetChanges(timeZone: string, from: number, to: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let previous = offsetAt(from, timeZone);
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const sample = Math.min(t, to);
    const current = offsetAt(sample, timeZone);
    if (current === previous) continue;
    let low = sample - DAY;
    let high = sample;
    while (high - low > MINUTE) {
      const mid = Math.floor((low + high) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid, timeZone) === previous) low = mid;
      else high = mid;
    }
    changes.push({ at: high, before: previous, after: current });
    previous = current;
  }
  return changes;
}

const pad = (n: number) => String(n).padStart(2, '0');
const offsetText = (ms: number) => {
  const minutes = Math.round(ms / MINUTE);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
};
/** The wall clock of an instant at an offset, as an iCalendar local date-time. */
const localStamp = (instant: number, offset: number) =>
  new Date(instant + offset).toISOString().replace(/[-:]/g, '').slice(0, 15);
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The yearly rules a change fits, as RRULE parts: the nth or last weekday of
 * its month, or a weekday on or after some day of the month. A pattern's rule
 * is one that every year's change fits.
 */
function rulesFitting(change: OffsetChange): string[] {
  const local = new Date(change.at + change.before);
  const month = local.getUTCMonth() + 1;
  const day = local.getUTCDate();
  const length = new Date(Date.UTC(local.getUTCFullYear(), month, 0)).getUTCDate();
  const weekday = WEEKDAYS[local.getUTCDay()]!;
  const prefix = `FREQ=YEARLY;BYMONTH=${month};BYDAY=`;
  const rules = [`${prefix}${Math.ceil(day / 7)}${weekday}`];
  if (day > length - 7) rules.push(`${prefix}-1${weekday}`);
  const shortest = month === 2 ? 28 : length;
  for (let first = Math.max(1, day - 6); first <= day && first + 6 <= shortest; first++) {
    const days = Array.from({ length: 7 }, (_, i) => first + i).join(',');
    rules.push(`${prefix}${weekday};BYMONTHDAY=${days}`);
  }
  return rules;
}

/** What must stay the same from year to year: the local time of the change and both offsets. */
const shape = (change: OffsetChange) =>
  `${localStamp(change.at, change.before).slice(9)} ${change.before} ${change.after}`;

interface Pattern {
  fromYear: number;
  /** For each change of a year, in order: the rule that fits it every year of the pattern. */
  rules: string[];
}

/** The longest run of final years whose changes all fit the same rules, if it is long enough to trust. */
function finalPattern(byYear: Map<number, OffsetChange[]>, lastYear: number): Pattern | undefined {
  const last = byYear.get(lastYear) ?? [];
  let candidates = last.map((change) => new Set(rulesFitting(change)));
  let fromYear = lastYear;
  for (let year = lastYear - 1; byYear.has(year); year--) {
    const changes = byYear.get(year)!;
    if (changes.length !== last.length || changes.some((c, i) => shape(c) !== shape(last[i]!))) break;
    const narrowed = candidates.map((set, i) => new Set(rulesFitting(changes[i]!).filter((rule) => set.has(rule))));
    if (narrowed.some((set) => set.size === 0)) break;
    candidates = narrowed;
    fromYear = year;
  }
  if (lastYear - fromYear + 1 < PATTERN_YEARS) return undefined;
  // Sets keep insertion order: the nth or last weekday is preferred, being what every client knows.
  return { fromYear, rules: candidates.map((set) => [...set][0]!) };
}

const observance = (change: OffsetChange, extra: string[] = []) => {
  const kind = change.after > change.before ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    // An observance starts at the local time just before the change, in the old offset.
    `DTSTART:${localStamp(change.at, change.before)}`,
    ...extra,
    `TZOFFSETFROM:${offsetText(change.before)}`,
    `TZOFFSETTO:${offsetText(change.after)}`,
    `END:${kind}`,
  ];
};

const cache = new Map<string, string[]>();

/**
 * A VTIMEZONE that gives the zone's offset at any time from 1 January of
 * `fromYear` on (see the module comment for the limit). Cached per zone and years.
 */
export function vtimezone(timeZone: string, fromYear: number, now = new Date()): string[] {
  const lastYear = Math.max(fromYear, now.getUTCFullYear()) + YEARS_AHEAD;
  const key = `${timeZone} ${fromYear} ${lastYear}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const from = Date.UTC(fromYear, 0, 1);
  const changes = offsetChanges(timeZone, from, Date.UTC(lastYear + 1, 0, 1));
  const byYear = new Map<number, OffsetChange[]>();
  for (let year = fromYear; year <= lastYear; year++) byYear.set(year, []);
  for (const change of changes) byYear.get(new Date(change.at + change.before).getUTCFullYear())?.push(change);
  const pattern = finalPattern(byYear, lastYear);

  // The offset in force on 1 January: without it, times before the first change have none (ical.js reads UTC).
  const initial = offsetAt(from, timeZone);
  const initialKind = changes[0] && changes[0].before > changes[0].after ? 'DAYLIGHT' : 'STANDARD';
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    `BEGIN:${initialKind}`,
    `DTSTART:${fromYear}0101T000000`,
    `TZOFFSETFROM:${offsetText(initial)}`,
    `TZOFFSETTO:${offsetText(initial)}`,
    `END:${initialKind}`,
  ];
  const patternStart = pattern ? Date.UTC(pattern.fromYear, 0, 1) : Infinity;
  for (const change of changes.filter((c) => c.at + c.before < patternStart)) lines.push(...observance(change));
  if (pattern) {
    const firstYear = byYear.get(pattern.fromYear)!;
    pattern.rules.forEach((rule, i) => lines.push(...observance(firstYear[i]!, [`RRULE:${rule}`])));
  }
  lines.push('END:VTIMEZONE');
  cache.set(key, lines);
  return lines;
}
