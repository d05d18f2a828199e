import { dateTimeFormat, type DateFormatter } from './intl.js';

let visitorZone: string | undefined;
/** The visitor's own time zone. */
export const visitorTimeZone = (): string => (visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * Instants as they are on the clock where they happen: in `timeZone` (an
 * event's, an office's), never the visitor's. The zone is named ("EST") when
 * the visitor is in another one, so a 6 PM clinic is not read as 6 PM at home.
 */
export const zonedFormat = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): DateFormatter =>
  dateTimeFormat(locale, {
    ...options,
    timeZone,
    ...(timeZone !== visitorTimeZone() ? { timeZoneName: 'short' } : {}),
  });
