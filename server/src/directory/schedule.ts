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

/** One formatter per time zone: making one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterIn(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function localMoment(at: Date, timeZone: string): LocalMoment {
  const parts = Object.fromEntries(
    formatterIn(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = Number(parts.day);
  const daysInMonth = new Date(Date.UTC(Number(parts.year), Number(parts.month), 0)).getUTCDate();
  return {
    weekday: DAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!)]!,
    day,
    lastWeekOfMonth: day + 7 > daysInMonth,
    time: `${parts.hour}:${parts.minute}`,
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
