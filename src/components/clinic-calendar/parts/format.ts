/**
 * The calendar's dates, times, counts and names, in the UI language and the
 * EVENT's time zone, through the core's Intl helpers (each formatter made once:
 * a month grid formats hundreds of labels per render).
 */
import { dateTimeFormat, plural } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { zonedFormat } from '../../../core/zoned-time.js';
import type { EventOccurrence, EventType } from '../clinic-calendar.api.js';
import { toDate, type DayKey } from './range.js';

/** "6:00 – 8:00 PM", or "6:00 – 8:00 PM EST" for a visitor in another zone. */
export function timeRange(o: Pick<EventOccurrence, 'start' | 'end' | 'timezone'>, locale: string): string {
  return zonedFormat(locale, o.timezone, { hour: 'numeric', minute: '2-digit' }).formatRange(
    new Date(o.start),
    new Date(o.end),
  );
}

/** "Tuesday, March 10, 2027, 6:00 PM" in the event's zone. */
export function dateTime(o: Pick<EventOccurrence, 'start' | 'timezone'>, locale: string): string {
  return zonedFormat(locale, o.timezone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(o.start));
}

export { dayLabel, monthLabel } from './day-label.js';

/** "10 March – 12 May 2027": the first and last day of a range. */
export function dayRange(first: DayKey, last: DayKey, locale: string): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    toDate(first),
    toDate(last),
  );
}

/** The occurrence's own calendar day, in its zone (a moved session's new day): `2027-03-10`. */
export const dayOf = (o: Pick<EventOccurrence, 'local_start'> & { moved_to?: string | null }): DayKey =>
  (o.moved_to ?? o.local_start).slice(0, 10);

/** "2 events" with the locale's plural rules (Arabic: "لا توجد فعاليات", "فعاليتان", "3 فعاليات", "11 فعالية"). */
export function eventCount(n: number, locale: string): string {
  const count = formatNumber(n, locale);
  return plural(n, locale, {
    zero: () => msg(str`${count} events`, { id: 'calendar.count.zero' }),
    one: () => msg(str`${count} event`, { id: 'calendar.count.one' }),
    two: () => msg(str`${count} events`, { id: 'calendar.count.two' }),
    few: () => msg(str`${count} events`, { id: 'calendar.count.few' }),
    many: () => msg(str`${count} events`, { id: 'calendar.count.many' }),
    other: () => msg(str`${count} events`, { id: 'calendar.count.other' }),
  });
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
