import { sql, type RawBuilder } from 'kysely';

/** A Monday, before any date the office records: weekdays are counted from it. */
const EPOCH = sql`DATE '1900-01-01'`;

/** Monday-to-Friday days from the epoch up to the day before `day` (a SQL date). */
const weekdaysBefore = (day: RawBuilder<unknown>) =>
  sql`(5 * ((${day} - ${EPOCH}) / 7) + least((${day} - ${EPOCH}) % 7, 5))`;

/**
 * Business days (Monday to Friday; no holidays) after the day `from` up to and including the day `to`, both SQL
 * dates: received on a Friday and resolved the next Tuesday is 2. An inquiry answered by the end of the N-th
 * business day after the day it came is answered within N business days: the rule of lib/business-days.ts, which
 * the desk's "overdue" uses.
 */
export const businessDaysBetween = (from: RawBuilder<unknown>, to: RawBuilder<unknown>): RawBuilder<number> =>
  sql<number>`(${weekdaysBefore(sql`(${to} + 1)`)} - ${weekdaysBefore(sql`(${from} + 1)`)})`;
