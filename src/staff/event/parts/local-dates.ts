/**
 * Calendar arithmetic on wall-clock dates (`YYYY-MM-DD`), done in UTC so that
 * no time zone or daylight-saving change moves a day; and the step between a
 * wall clock in an IANA zone and an instant, through Intl.
 */

/** The date as a UTC midnight (a calendar day, not an instant). */
export const dayOf = (date: string): Date => new Date(`${date}T00:00:00Z`);

export const isoDay = (day: Date): string => day.toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => {
  const day = dayOf(date);
  day.setUTCDate(day.getUTCDate() + days);
  return isoDay(day);
};

export const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !isNaN(dayOf(value).getTime());
export const isTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The wall clock of `instant` in `timeZone`: `YYYY-MM-DDTHH:MM:SS`. */
export function wallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/** The instant when the wall clock in `timeZone` reads `local` (`YYYY-MM-DDTHH:MM[:SS]`). */
export function instantOf(local: string, timeZone: string): Date {
  const asUtc = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  // The zone's offset near that moment, applied twice so a change of offset in between is caught.
  let guess = asUtc.getTime();
  for (let i = 0; i < 2; i++) {
    const offset = new Date(`${wallClock(new Date(guess), timeZone)}Z`).getTime() - guess;
    guess = asUtc.getTime() - offset;
  }
  return new Date(guess);
}

/** The local start key (`YYYY-MM-DDTHH:MM`) of an instant in the event's zone: how sessions are named. */
export const localKey = (iso: string, timeZone: string): string => wallClock(new Date(iso), timeZone).slice(0, 16);
