import { dateTimeFormat } from '../../../core/intl.js';
import { zonedFormat } from '../../../core/zoned-time.js';

/** `YYYY-MM-DDTHH:MM` with no zone: a wall-clock time as registrations keep it. */
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

// Fields rather than dateStyle/timeStyle: those cannot be combined with the zone's name, which zonedFormat adds.
const FULL: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** A session's date and start on the event's clock ("Tuesday, March 3, 2026 at 6:00 PM"), an instant or a local key. */
export function sessionWhen(start: string, timeZone: string, locale: string): string {
  // A local key is already on the event's clock: its digits are shown as they are.
  if (LOCAL.test(start)) return dateTimeFormat(locale, { ...FULL, timeZone: 'UTC' }).format(new Date(`${start}:00Z`));
  return zonedFormat(locale, timeZone, FULL).format(new Date(start));
}

/** A time alone, on the event's clock. */
export const timeOnly = (iso: string, timeZone: string, locale: string): string =>
  zonedFormat(locale, timeZone, TIME).format(new Date(iso));
