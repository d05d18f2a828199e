/**
 * The few Intl services the widgets use, rebuilt on CLDR names and patterns
 * for a UI locale the browser has no data for (see scripts/cldr-data.mjs,
 * which writes the data, and core/intl.ts, which chooses). Only the chunks of
 * those locales import this file.
 */

/** A locale's CLDR data as scripts/cldr-data.mjs writes it. */
export interface CldrData {
  /** Month names (wide, format and, when they differ, stand-alone), abbreviated months. */
  M: string[];
  L?: string[];
  MMM: string[];
  /** Weekday names from Sunday (wide, format and stand-alone), abbreviated stand-alone. */
  E: string[];
  c?: string[];
  EEE: string[];
  /** AM and PM. */
  a: [string, string];
  /** Patterns by skeleton (`yMMMM`, `MMMEd`…), `medium` (the date style) and `j` (hours and minutes). */
  p: Record<string, string>;
  /** How a date and a time are joined: `{1}, {0}`. */
  g: string;
  /** Range patterns by skeleton and greatest difference (y, M, d; a, h, m for `j`), split where the end starts. */
  r: Record<string, Record<string, [string, string]>>;
  /** Any other range: `{0} – {1}`. */
  f: string;
  /** A time zone as an offset: `GMT{0}`. */
  z: string;
  /** List patterns (two, start, middle, end): "and" and "or". */
  and: string[];
  or: string[];
  /** Language names by code. */
  n: Record<string, string>;
}

export interface DateFormatter {
  format(date: Date | number): string;
  formatRange(start: Date | number, end: Date | number): string;
}

/** What a locale chunk brings: the same calls as Intl's, on CLDR's data. */
export interface ShippedIntl {
  dateTime(options: Intl.DateTimeFormatOptions): DateFormatter;
  list(type: 'conjunction' | 'disjunction'): { format(items: string[]): string };
  names: { of(code: string): string | undefined };
  plural: { select(n: number): Intl.LDMLPluralRule };
}

interface Fields {
  y: number;
  M: number;
  d: number;
  /** Day of the week, 0 = Sunday. */
  E: number;
  h: number;
  m: number;
}

const fill = (pattern: string, first: string, second: string) =>
  pattern.replace(/\{([01])\}/g, (_, i: string) => (i === '0' ? first : second));
const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock fields of an instant in a time zone (the visitor's when none), read through Intl's English. */
function fieldsIn(date: Date | number, timeZone: string | undefined): Fields {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date);
  const v = Object.fromEntries(parts.map((p) => [p.type, Number(p.value)]));
  const [y = 1970, M = 1, d = 1] = [v['year'], v['month'], v['day']];
  return { y, M, d, E: new Date(Date.UTC(y, M - 1, d)).getUTCDay(), h: (v['hour'] ?? 0) % 24, m: v['minute'] ?? 0 };
}

/** "GMT-5" in the locale's own words for an offset. */
function zoneName(date: Date | number, timeZone: string | undefined, data: CldrData): string {
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return fill(data.z, (offset ?? 'GMT').slice(3), '');
}

/** A CLDR pattern with the fields of a date put in. */
function render(pattern: string, f: Fields, data: CldrData): string {
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, quoted: string | undefined, letter: string) => {
    if (quoted !== undefined) return quoted || "'";
    const n = token.length;
    const number = (value: number) => (n === 2 ? pad(value) : String(value));
    switch (letter) {
      case 'y':
        return n === 2 ? pad(f.y % 100) : String(f.y);
      case 'M':
      case 'L':
        if (n >= 4) return ((letter === 'L' && data.L) || data.M)[f.M - 1]!;
        return n === 3 ? data.MMM[f.M - 1]! : number(f.M);
      case 'd':
        return number(f.d);
      case 'E':
      case 'c':
        return n >= 4 ? ((letter === 'c' && data.c) || data.E)[f.E]! : data.EEE[f.E]!;
      case 'h':
        return number(f.h % 12 || 12);
      case 'H':
        return number(f.h);
      case 'm':
        return pad(f.m);
      case 'a':
        return data.a[f.h < 12 ? 0 : 1];
      default:
        return ''; // Nothing the widgets ask for (eras, seconds, zones: added below).
    }
  });
}

/** The CLDR skeleton of Intl options: `{ month: 'long', year: 'numeric' }` → `yMMMM`. */
function skeletonOf(o: Intl.DateTimeFormatOptions): string {
  if (o.dateStyle) return o.dateStyle;
  const month = o.month ? { long: 'MMMM', short: 'MMM', narrow: 'MMMMM', numeric: 'M', '2-digit': 'MM' }[o.month] : '';
  return `${o.year ? 'y' : ''}${month}${o.weekday === 'long' ? 'EEEE' : o.weekday ? 'E' : ''}${o.day ? 'd' : ''}`;
}

function dateTime(data: CldrData, o: Intl.DateTimeFormatOptions): DateFormatter {
  const skeleton = skeletonOf(o);
  // A weekday or month alone is its stand-alone name; a skeleton we do not ship gets the medium date.
  const alone: Record<string, string> = { EEEE: 'cccc', E: 'ccc', MMMM: 'LLLL', MMM: 'LLL' };
  const datePattern = alone[skeleton] ?? (skeleton && (data.p[skeleton] ?? data.p['medium']!));
  const time = o.hour !== undefined;
  const zone = (date: Date | number, text: string) =>
    o.timeZoneName ? `${text} ${zoneName(date, o.timeZone, data)}` : text;
  const join = (date: string, clock: string) => (datePattern ? (time ? fill(data.g, clock, date) : date) : clock);
  const whole = (f: Fields) =>
    join(datePattern ? render(datePattern, f, data) : '', time ? render(data.p['j']!, f, data) : '');
  const format = (date: Date | number) => zone(date, whole(fieldsIn(date, o.timeZone)));
  return {
    format,
    formatRange(start, end) {
      const a = fieldsIn(start, o.timeZone);
      const b = fieldsIn(end, o.timeZone);
      const differ = (keys: (keyof Fields)[]) => keys.find((k) => a[k] !== b[k]);
      // Only the fields the skeleton shows count: two days of one month are one "March 2027".
      const dateDiff = datePattern
        ? differ(['y', 'M', 'd'].filter((k) => k === 'y' || skeleton.includes(k)) as (keyof Fields)[])
        : differ(['y', 'M', 'd']);
      const timeDiff = time ? (a.h < 12 !== b.h < 12 ? 'a' : differ(['h', 'm'])) : undefined;
      const halves = (pair: [string, string] | undefined) =>
        pair && render(pair[0], a, data) + render(pair[1], b, data);
      let text: string | undefined;
      if (!dateDiff && !timeDiff) text = whole(a);
      else if (!dateDiff && time) {
        const clocks = halves(data.r['j']?.[timeDiff!]);
        text = clocks && join(datePattern ? render(datePattern, a, data) : '', clocks);
      } else if (dateDiff && !time) text = halves(data.r[skeleton]?.[dateDiff]);
      return zone(end, text ?? fill(data.f, whole(a), whole(b)));
    },
  };
}

/** "A, B and C" by CLDR's list patterns: two items, then start, middle… end. */
function list(patterns: string[], items: string[]): string {
  const [two, start, middle, end] = patterns as [string, string, string, string];
  if (items.length < 2) return items[0] ?? '';
  if (items.length === 2) return fill(two, items[0]!, items[1]!);
  let text = fill(end, items[items.length - 2]!, items[items.length - 1]!);
  for (let i = items.length - 3; i > 0; i--) text = fill(middle, items[i]!, text);
  return fill(start, items[0]!, text);
}

/** The key core/intl.ts reads them under (see there). */
const SHIPPED = Symbol.for('welcome-widgets.cldr-intl.1');

/**
 * The Intl services of one locale, from its CLDR data and its plural rule
 * (compiled by the generator), put where core/intl.ts finds them.
 */
export function cldrIntl(locale: string, data: CldrData, plural: (n: number) => Intl.LDMLPluralRule): ShippedIntl {
  const doc = document as { [SHIPPED]?: Map<string, ShippedIntl> };
  const intl: ShippedIntl = {
    dateTime: (options) => dateTime(data, options),
    list: (type) => ({ format: (items) => list(type === 'disjunction' ? data.or : data.and, items) }),
    names: { of: (code) => data.n[code] ?? data.n[code.split('-')[0]!] },
    plural: { select: (n) => plural(Math.abs(n)) },
  };
  (doc[SHIPPED] ??= new Map()).set(locale, intl);
  return intl;
}
