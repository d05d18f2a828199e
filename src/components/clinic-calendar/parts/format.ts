/**
 * Dates, times, counts and names through Intl, in the UI language and the
 * EVENT's time zone. Formatters are made once per locale and options and
 * reused: a month grid formats hundreds of labels per render.
 */
import { msg, str } from '../../../core/localize.js';
import type { EventOccurrence, EventType } from '../clinic-calendar.api.js';
import { toDate, type DayKey } from './range.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>(
  kind: string,
  locale: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const formatNumber = (n: number, locale: string): string =>
  cached('n', locale, {}, () => new Intl.NumberFormat(locale)).format(n);

let visitorZone: string | undefined;
/** The visitor's own time zone. */
export const visitorTimeZone = (): string => (visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/** Time options in the event's zone, naming the zone when the visitor is in another one. */
export function zoned(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  return { ...options, timeZone, ...(timeZone !== visitorTimeZone() ? { timeZoneName: 'short' } : {}) };
}

/** "6:00 – 8:00 PM", or "6:00 – 8:00 PM EST" for a visitor in another zone. */
export function timeRange(o: Pick<EventOccurrence, 'start' | 'end' | 'timezone'>, locale: string): string {
  return dateFormat(locale, zoned(o.timezone, { hour: 'numeric', minute: '2-digit' })).formatRange(
    new Date(o.start),
    new Date(o.end),
  );
}

/** "Tuesday, March 10, 2027, 6:00 PM" in the event's zone. */
export function dateTime(o: Pick<EventOccurrence, 'start' | 'timezone'>, locale: string): string {
  return dateFormat(
    locale,
    zoned(o.timezone, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
  ).format(new Date(o.start));
}

/** A calendar day as the locale writes it ("Tuesday, March 10"). */
export function dayLabel(key: DayKey, locale: string, options: Intl.DateTimeFormatOptions = LONG_DAY): string {
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(toDate(key));
}
const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

export const monthLabel = (key: DayKey, locale: string): string =>
  dayLabel(key, locale, { month: 'long', year: 'numeric' });

/** "10 March – 12 May 2027": the first and last day of a range. */
export function dayRange(first: DayKey, last: DayKey, locale: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    toDate(first),
    toDate(last),
  );
}

/** The occurrence's own calendar day, in its zone: `2027-03-10`. */
export const dayOf = (o: Pick<EventOccurrence, 'local_start'>): DayKey => o.local_start.slice(0, 10);

export { endonym } from '../../../core/endonym.js';

/** "2 events" with the locale's plural rules. */
export function eventCount(n: number, locale: string): string {
  const count = formatNumber(n, locale);
  switch (cached('p', locale, {}, () => new Intl.PluralRules(locale)).select(n)) {
    case 'zero':
      return msg(str`${count} events`, { id: 'calendar.count.zero' });
    case 'one':
      return msg(str`${count} event`, { id: 'calendar.count.one' });
    case 'two':
      return msg(str`${count} events`, { id: 'calendar.count.two' });
    case 'few':
      return msg(str`${count} events`, { id: 'calendar.count.few' });
    case 'many':
      return msg(str`${count} events`, { id: 'calendar.count.many' });
    default:
      return msg(str`${count} events`, { id: 'calendar.count.other' });
  }
}

export const EVENT_TYPES: EventType[] = [
  'legal-clinic',
  'citizenship',
  'english-class',
  'know-your-rights',
  'id-enrollment',
  'workshop',
  'other',
];

/** Type names for the filter, before any event of that type has been seen. */
export function typeName(type: string): string {
  switch (type) {
    case 'legal-clinic':
      return msg('Legal clinic', { id: 'calendar.type.legal-clinic' });
    case 'citizenship':
      return msg('Citizenship help', { id: 'calendar.type.citizenship' });
    case 'english-class':
      return msg('English class', { id: 'calendar.type.english-class' });
    case 'know-your-rights':
      return msg('Know your rights', { id: 'calendar.type.know-your-rights' });
    case 'id-enrollment':
      return msg('Municipal ID sign-up', { id: 'calendar.type.id-enrollment' });
    case 'workshop':
      return msg('Workshop', { id: 'calendar.type.workshop' });
    default:
      return msg('Other event', { id: 'calendar.type.other' });
  }
}

/** Availability as a visitor reads it, or '' when there is nothing to say. */
export function availabilityText(o: Pick<EventOccurrence, 'availability' | 'registration'>, locale: string): string {
  const { availability: a, registration: r } = o;
  if (r.mode === 'none') return '';
  if (a.full) return msg('Full — waiting list', { id: 'calendar.full' });
  if (a.available !== null) {
    return msg(str`Places left: ${formatNumber(a.available, locale)}`, { id: 'calendar.places-left' });
  }
  return msg('Registration needed', { id: 'calendar.registration-needed' });
}
