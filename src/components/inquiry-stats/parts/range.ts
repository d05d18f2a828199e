/** Whole months as `YYYY-MM`, in the visitor's calendar. */

const pad = (n: number) => String(n).padStart(2, '0');
const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const month = (i: number) => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `m` moved by `n` months. */
export const addMonths = (m: string, n: number): string => month(index(m) + n);

/** Months from `a` to `b`, both included. */
export const span = (a: string, b: string): number => index(b) - index(a) + 1;

/** The last full month and the 11 before it: the API's default. */
export function last12(now = new Date()): [string, string] {
  const to = month(now.getFullYear() * 12 + now.getMonth() - 1);
  return [addMonths(to, -11), to];
}

/** The month it is now, in the visitor's calendar: the last a visitor can choose. */
export const thisMonth = (now = new Date()): string => month(now.getFullYear() * 12 + now.getMonth());

/** Both months within `min`..`max` (`YYYY-MM` compare as text). */
export const withinBounds = (months: string[], [min, max]: [string, string]): boolean =>
  months.every((m) => m >= min && m <= max);

/** A valid range: both months well formed, in order, at most 60 months (the API's limit). */
export const validRange = (from: string, to: string): boolean =>
  MONTH.test(from) && MONTH.test(to) && span(from, to) >= 1 && span(from, to) <= 60;

/** The first day of a month, as a UTC date for Intl. */
export const monthDate = (m: string): Date => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 15));
