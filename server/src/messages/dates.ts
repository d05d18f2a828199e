/**
 * Dates and times in a message, through Node's Intl in the registrant's
 * language and the event's time zone. Node's full ICU has every UI language
 * but Haitian Creole, which is written with CLDR's French of Haiti (fr-HT), as
 * the widgets do; anything else Intl lacks falls back to English.
 */
const RELATED: Record<string, string> = { ht: 'fr-HT' };

export function intlLocale(locale: string): string {
  for (const candidate of [locale, RELATED[locale.split('-')[0]!]]) {
    if (candidate && Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0) return candidate;
  }
  return 'en';
}

/** "Tuesday, March 3, 2026, 6:00 – 8:00 PM" in the language, on the event's wall clock. */
export function formatSession(locale: string, start: Date, end: Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeStyle: 'short', timeZone });
  return format.formatRange(start, end);
}

/** The day and time alone (a session named in a sentence: "the session on …"). */
export function formatStart(locale: string, start: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(start);
}
