import { instantToZoned } from '../events/zoned-time.js';

/** Opening hours from HSDS schedule rows (RFC 5545 weekly and monthly rules), in the schedule's time zone. */
export interface ScheduleRule {
  freq: string | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  timezone: string;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface LocalMoment {
  weekday: string;
  day: number;
  lastWeekOfMonth: boolean;
  time: string; // HH:MM
}

/** The local day and time of `at` in `timeZone` (read through zoned-time.ts, which keeps each zone's offsets). */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  const local = instantToZoned(at, timeZone);
  const daysInMonth = new Date(Date.UTC(local.year, local.month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    weekday: DAYS[new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay()]!,
    day: local.day,
    lastWeekOfMonth: local.day + 7 > daysInMonth,
    time: `${pad(local.hour)}:${pad(local.minute)}`,
  };
}

/** Whether the rule has opening hours on the local day of `at`. */
export function appliesOn(rule: ScheduleRule, at: Date): boolean {
  return appliesAt(rule, localMoment(at, rule.timezone));
}

function appliesAt(rule: ScheduleRule, local: LocalMoment): boolean {
  if (!rule.byday) return false;
  const days = rule.byday.split(',').map((d) => d.trim());
  if (rule.freq === 'WEEKLY') return days.includes(local.weekday);
  if (rule.freq === 'MONTHLY') {
    const nth = Math.ceil(local.day / 7);
    return days.includes(`${nth}${local.weekday}`) || (local.lastWeekOfMonth && days.includes(`-1${local.weekday}`));
  }
  return false;
}

/** Whether the rule is open at `at`; matches the SQL function ww_open_at. */
export function openAt(rule: ScheduleRule, at: Date): boolean {
  return openAtMoment(rule, localMoment(at, rule.timezone));
}

/** Whether the rule is open at a moment already read in the rule's time zone (one reading serves many rules). */
export function openAtMoment(rule: ScheduleRule, local: LocalMoment): boolean {
  return (
    !!rule.opens_at &&
    !!rule.closes_at &&
    appliesAt(rule, local) &&
    rule.opens_at <= local.time &&
    local.time < rule.closes_at
  );
}
