/** Dates and times of sessions, through Intl, in the EVENT's time zone (named when it is not the visitor's). */
interface Span {
  start: string;
  end: string;
}

function zoned(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ...options, timeZone, ...(timeZone !== visitor ? { timeZoneName: 'short' } : {}) };
}

const range = (s: Span, locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, options).formatRange(new Date(s.start), new Date(s.end));

/** "Tuesday, March 10, 6:00 – 7:30 PM EDT". */
export const sessionText = (s: Span, timeZone: string, locale: string): string =>
  range(
    s,
    locale,
    zoned(timeZone, { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
  );

/** "6:00 – 7:30 PM EDT". */
export const timeText = (s: Span, timeZone: string, locale: string): string =>
  range(s, locale, zoned(timeZone, { hour: 'numeric', minute: '2-digit' }));

/** "Tue, Mar 10", one per session. */
export function dayTexts(sessions: Span[], timeZone: string, locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone });
  return sessions.map((s) => format.format(new Date(s.start)));
}

export const formatNumber = (n: number, locale: string): string => new Intl.NumberFormat(locale).format(n);
