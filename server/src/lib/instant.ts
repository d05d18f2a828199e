import { z } from '@hono/zod-openapi';

/**
 * Dates a request may name. Outside these years no office has data, and
 * JavaScript, PostgreSQL and iCalendar disagree about them (year 0 is 1 BC in
 * PostgreSQL; 9999-12-31 overflows a window that ends a day later).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

/** Whether year, month and day name a real day (2026-02-30 does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An ISO 8601 date or date-time as an instant (a bare date is midnight UTC), or
 * undefined when it is not a real one between FIRST_YEAR and LAST_YEAR.
 */
export function parseInstant(value: string): Date | undefined {
  const match = ISO_INSTANT.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', , offsetHours = '0', offsetMinutes = '0'] = match;
  const year = Number(y);
  if (year < FIRST_YEAR || year > LAST_YEAR || !isCalendarDate(year, Number(mo), Number(d))) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return undefined;
  const instant = new Date(value.replace(' ', 'T'));
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

const INSTANT_MESSAGE = `Expected an ISO 8601 date or date-time, such as 2026-03-01, between ${FIRST_YEAR} and ${LAST_YEAR}`;

/** A query parameter holding an instant: real dates only, in the years above. */
export const Instant = z
  .string()
  .max(40)
  .refine((value) => parseInstant(value) !== undefined, INSTANT_MESSAGE)
  .transform((value) => parseInstant(value)!)
  .openapi({ type: 'string', description: 'ISO 8601 instant; a bare date means midnight UTC.', example: '2026-03-01' });

/** A month, `YYYY-MM`, in the years above. */
export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month such as 2025-01')
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }, `Expected a month between ${FIRST_YEAR} and ${LAST_YEAR}`);

/** A calendar date, YYYY-MM-DD, from 2000 on (a day an office's records can be about). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date such as 2026-03-14')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return y >= 2000 && y <= LAST_YEAR && isCalendarDate(y, m, d);
  }, 'A date such as 2026-03-14, from 2000 on');
