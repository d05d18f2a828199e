/** Dates and times of sessions, in the EVENT's time zone (named when it is not the visitor's). */
import { dateTimeFormat, type DateFormatter } from '../../../core/intl.js';
import { zonedFormat } from '../../../core/zoned-time.js';

interface Span {
  start: string;
  end: string;
}

const range = (s: Span, format: DateFormatter) => format.formatRange(new Date(s.start), new Date(s.end));

/** "Tuesday, March 10, 6:00 – 7:30 PM EDT". */
export const sessionText = (s: Span, timeZone: string, locale: string): string =>
  range(
    s,
    zonedFormat(locale, timeZone, {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
  );

/** "6:00 – 7:30 PM EDT". */
export const timeText = (s: Span, timeZone: string, locale: string): string =>
  range(s, zonedFormat(locale, timeZone, { hour: 'numeric', minute: '2-digit' }));

/** "Tue, Mar 10", one per session. */
export function dayTexts(sessions: Span[], timeZone: string, locale: string): string[] {
  const format = dateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone });
  return sessions.map((s) => format.format(new Date(s.start)));
}
