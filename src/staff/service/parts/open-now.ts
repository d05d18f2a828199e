import { cachedIntl } from '../../../core/intl-cache.js';
import type { Schedule } from '../service.api.js';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof DAYS)[number];
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface LocalMoment {
  weekday: Weekday;
  /** Day of the month. */
  day: number;
  lastWeekOfMonth: boolean;
  /** `HH:MM` on the zone's clock. */
  time: string;
}

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return !!zone;
  } catch {
    return false;
  }
};

/** The day and time of `at` on the clock of `timeZone` (read through Intl: the browser knows each zone's rules). */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  const format = cachedIntl(
    'open-now',
    'en-US',
    { timeZone },
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );
  const part = (type: string) => Number(format.formatToParts(at).find((p) => p.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const pad = (n: number) => String(n).padStart(2, '0');
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    weekday: DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!,
    day,
    lastWeekOfMonth: day + 7 > daysInMonth,
    time: `${pad(part('hour') % 24)}:${pad(part('minute'))}`,
  };
}

/** Whether the rule has hours on that local day: weekly `TU,TH`, monthly `2TU` (second Tuesday), `-1FR` (last Friday). */
export function appliesOn(rule: Pick<Schedule, 'freq' | 'byday'>, local: LocalMoment): boolean {
  const days = (rule.byday ?? '').split(',').map((d) => d.trim());
  if (rule.freq === 'WEEKLY') return days.includes(local.weekday);
  const nth = Math.ceil(local.day / 7);
  return days.includes(`${nth}${local.weekday}`) || (local.lastWeekOfMonth && days.includes(`-1${local.weekday}`));
}

/** Open at that moment by one of the rules (the same reading as the server's directory/schedule.ts). */
export function openAt(rules: readonly Schedule[], local: LocalMoment): boolean {
  return rules.some(
    (rule) =>
      !!rule.opens_at &&
      !!rule.closes_at &&
      appliesOn(rule, local) &&
      rule.opens_at <= local.time &&
      local.time < rule.closes_at,
  );
}
