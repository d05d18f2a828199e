import { officeTimeZone } from '../../lib/time-zone.js';

/** The calendar date (YYYY-MM-DD) on the office's wall clock: what verification due dates are compared with. */
export function officeToday(now = new Date(), zone = officeTimeZone()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}
