/** Calendar days named in the UI language: shared by the month grid and whoever shows one. */
import { dateTimeFormat } from '../../../core/intl.js';
import { toDate, type DayKey } from './range.js';

/** A calendar day as the locale writes it ("Tuesday, March 10"). */
export function dayLabel(key: DayKey, locale: string, options: Intl.DateTimeFormatOptions = LONG_DAY): string {
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(toDate(key));
}
const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

export const monthLabel = (key: DayKey, locale: string): string =>
  dayLabel(key, locale, { month: 'long', year: 'numeric' });
