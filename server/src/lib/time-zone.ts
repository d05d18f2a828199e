import { instantToZoned } from '../events/zoned-time.js';

/** The office's zone when WW_TIME_ZONE does not name one. */
export const DEFAULT_TIME_ZONE = 'America/New_York';

/** The office's IANA time zone: WW_TIME_ZONE, else America/New_York. */
export function officeTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  return env.WW_TIME_ZONE || DEFAULT_TIME_ZONE;
}

/** Whether `name` is an IANA zone (or an alias of one) this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in an IANA zone: "today" as the office goes by it. */
export function dayIn(instant: Date, timeZone: string): string {
  const { year, month, day } = instantToZoned(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
