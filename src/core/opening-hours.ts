import { dateTimeFormat } from './intl.js';

/**
 * `09:00` → "9:00 AM" / "09:00" / "上午9:00": a wall-clock time the server gives
 * in the place's own zone, written as the locale writes times (never converted
 * to the visitor's zone: a library opens at 9 where the library is).
 */
export function formatClockTime(hhmm: string, locale: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const options = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } as const;
  return dateTimeFormat(locale, options).format(Date.UTC(2000, 0, 1, h % 24, m));
}

/** "9:00 AM–5:00 PM": one opening, from and to wall-clock times. */
export const formatHours = (opens: string, closes: string, locale: string): string =>
  `${formatClockTime(opens, locale)}–${formatClockTime(closes, locale)}`;
