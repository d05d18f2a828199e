/**
 * Calendar-day arithmetic on `YYYY-MM-DD` keys, done in UTC so that no
 * visitor's zone or daylight-saving change moves a day.
 */
export type DayKey = string;

const DAY = 86_400_000;

export const toDate = (key: DayKey): Date => new Date(`${key.slice(0, 10)}T00:00Z`);
export const toKey = (date: Date): DayKey => date.toISOString().slice(0, 10);
export const addDays = (key: DayKey, days: number): DayKey => toKey(new Date(toDate(key).getTime() + days * DAY));
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (key: DayKey): number => toDate(key).getUTCDay();
export const monthOf = (key: DayKey): DayKey => `${key.slice(0, 7)}-01`;

/** The same day `months` later, on the month's last day when it is shorter. */
export function addMonths(key: DayKey, months: number): DayKey {
  const d = toDate(key);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return toKey(target);
}

export const startOfWeek = (key: DayKey, firstDay: number): DayKey =>
  addDays(key, -((weekday(key) - firstDay + 7) % 7));
export const endOfWeek = (key: DayKey, firstDay: number): DayKey => addDays(startOfWeek(key, firstDay), 6);

/** Every day shown for a month: whole weeks from the one holding the 1st to the one holding the last day. */
export function monthDays(month: DayKey, firstDay: number): DayKey[] {
  const last = addDays(addMonths(month, 1), -1);
  const days: DayKey[] = [];
  for (let day = startOfWeek(month, firstDay), end = endOfWeek(last, firstDay); day <= end; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

/** The visitor's date today. */
export function today(): DayKey {
  const now = new Date();
  return toKey(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** Midnight of a day in the visitor's zone, as an instant. */
export function localMidnight(key: DayKey): Date {
  const d = toDate(key);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Instants that hold every event whose local date is in `[first, last]`, whatever its zone (±14 h). */
export function spanInstants(first: DayKey, last: DayKey): [Date, Date] {
  return [new Date(toDate(first).getTime() - DAY), new Date(toDate(last).getTime() + 2 * DAY)];
}

interface WeekInfoLocale extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/**
 * The first day of the week (0 = Sunday) where the visitor lives: the UI
 * language with the browser's region when they share a language (`es` with
 * `es-US` starts on Sunday), else the language's own custom.
 */
export function firstDayOfWeek(locale: string): number {
  try {
    const browser = new Intl.Locale(navigator.language);
    const ui = new Intl.Locale(locale);
    const tag = browser.language === ui.language && browser.region ? `${ui.language}-${browser.region}` : locale;
    const l = new Intl.Locale(tag).maximize() as WeekInfoLocale;
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info) return info.firstDay % 7;
    return l.region === 'US' ? 0 : 1;
  } catch {
    return 0;
  }
}
