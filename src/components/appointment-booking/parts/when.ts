/** Dates and times of appointments, in the PLACE's time zone (named when it is not the visitor's). */
import { dateTimeFormat } from '../../../core/intl.js';
import { zonedFormat } from '../../../core/zoned-time.js';
import type { Slot } from '../appointment-booking.api.js';

/**
 * "10:00 – 10:30 AM" (with "EST" for a visitor elsewhere). `named`: the start alone with its zone's name, to
 * tell apart the two 1:30 AM of the night the clocks go back ("1:30 AM EDT", "1:30 AM EST"); a range would
 * name only the end's zone.
 */
export const slotTime = (s: Slot, timeZone: string, locale: string, named = false): string =>
  named
    ? dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(
        new Date(s.start),
      )
    : zonedFormat(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).formatRange(
        new Date(s.start),
        new Date(s.end),
      );

/** "Tuesday, March 10, 10:00 – 10:30 AM". */
export const slotDateTime = (s: Slot, timeZone: string, locale: string): string =>
  zonedFormat(locale, timeZone, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(new Date(s.start), new Date(s.end));

/** "10:35 AM": when a hold runs out. */
export const clockTime = (iso: string, timeZone: string, locale: string): string =>
  zonedFormat(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

/** Today's date where the place is: `2027-03-14` (en-CA writes dates that way, in any browser). */
export const todayIn = (timeZone: string, now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/** "Friday, March 12, 9:00 AM": an instant such as the next release of times. */
export const moment = (iso: string, timeZone: string, locale: string): string =>
  zonedFormat(locale, timeZone, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
