import { dateTimeFormat, listFormat, plural } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { dayOf, isDate, isTime } from './local-dates.js';
import {
  MAX_SESSIONS,
  nthInMonth,
  sessionDates,
  WEEKDAYS,
  weekdayIndex,
  type Repeat,
  type Weekday,
} from './recurrence.js';

/*
 * The repeat in plain words, in the UI language (call while rendering):
 * "Every week on Tuesday and Thursday at 6:00 PM, 10 sessions, from March 3 to April 2".
 * Weekday names, lists, dates and plural forms come from Intl; word order from the messages.
 */

// Wall-clock values are formatted as UTC, so that no zone moves them.
const UTC = { timeZone: 'UTC' } as const;

const weekdayName = (day: Weekday, locale: string) =>
  dateTimeFormat(locale, { weekday: 'long', ...UTC }).format(dayOf(`2024-01-0${WEEKDAYS.indexOf(day) + 1}`));

const timeOf = (time: string, locale: string) =>
  dateTimeFormat(locale, { timeStyle: 'short', ...UTC }).format(new Date(`2024-01-01T${time}:00Z`));

/** "March 3", with the year when it is not the current one (or the range spans two). */
function dayName(date: string, locale: string, withYear: boolean): string {
  return dateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
    ...UTC,
  }).format(dayOf(date));
}

function everyNWeeks(n: number, days: string, time: string, locale: string): string {
  const count = formatNumber(n, locale);
  return plural(n, locale, {
    zero: () => msg(str`Every ${count} weeks on ${days} at ${time}`, { id: 'staff.event.rule.weekly-n.zero' }),
    one: () => msg(str`Every ${count} week on ${days} at ${time}`, { id: 'staff.event.rule.weekly-n.one' }),
    two: () => msg(str`Every ${count} weeks on ${days} at ${time}`, { id: 'staff.event.rule.weekly-n.two' }),
    few: () => msg(str`Every ${count} weeks on ${days} at ${time}`, { id: 'staff.event.rule.weekly-n.few' }),
    many: () => msg(str`Every ${count} weeks on ${days} at ${time}`, { id: 'staff.event.rule.weekly-n.many' }),
    other: () => msg(str`Every ${count} weeks on ${days} at ${time}`, { id: 'staff.event.rule.weekly-n.other' }),
  });
}

/** "10 sessions". */
export function sessionCount(n: number, locale: string): string {
  const count = formatNumber(n, locale);
  return plural(n, locale, {
    zero: () => msg(str`${count} sessions`, { id: 'staff.event.rule.sessions.zero' }),
    one: () => msg(str`${count} session`, { id: 'staff.event.rule.sessions.one' }),
    two: () => msg(str`${count} sessions`, { id: 'staff.event.rule.sessions.two' }),
    few: () => msg(str`${count} sessions`, { id: 'staff.event.rule.sessions.few' }),
    many: () => msg(str`${count} sessions`, { id: 'staff.event.rule.sessions.many' }),
    other: () => msg(str`${count} sessions`, { id: 'staff.event.rule.sessions.other' }),
  });
}

function nthWeekday(date: string, time: string, locale: string): string {
  const day = weekdayName(WEEKDAYS[weekdayIndex(date)]!, locale);
  switch (nthInMonth(date)) {
    case 1:
      return msg(str`Every month on the first ${day} at ${time}`, { id: 'staff.event.rule.monthly-nth.1' });
    case 2:
      return msg(str`Every month on the second ${day} at ${time}`, { id: 'staff.event.rule.monthly-nth.2' });
    case 3:
      return msg(str`Every month on the third ${day} at ${time}`, { id: 'staff.event.rule.monthly-nth.3' });
    case 4:
      return msg(str`Every month on the fourth ${day} at ${time}`, { id: 'staff.event.rule.monthly-nth.4' });
    default:
      return msg(str`Every month on the last ${day} at ${time}`, { id: 'staff.event.rule.monthly-nth.last' });
  }
}

/** The rule's words alone, without the count and the dates. */
function ruleWords(repeat: Repeat, date: string, time: string, locale: string): string {
  switch (repeat.kind) {
    case 'weekly': {
      const days = listFormat(locale).format(repeat.days.map((d) => weekdayName(d, locale)));
      return repeat.interval > 1
        ? everyNWeeks(repeat.interval, days, time, locale)
        : msg(str`Every week on ${days} at ${time}`, { id: 'staff.event.rule.weekly' });
    }
    case 'monthly-day': {
      const day = formatNumber(Number(date.slice(8, 10)), locale);
      return msg(str`Every month on day ${day} at ${time}`, { id: 'staff.event.rule.monthly-day' });
    }
    default:
      return nthWeekday(date, time, locale);
  }
}

/**
 * The summary of a repeat starting on `date` (`YYYY-MM-DD`) at `time` (`HH:MM`),
 * or undefined while the start is not a date and a time yet. `today` decides
 * whether the years are said.
 */
export function ruleSummary(
  repeat: Repeat,
  date: string,
  time: string,
  locale: string,
  today = new Date().toISOString().slice(0, 10),
): string | undefined {
  if (!isDate(date) || !isTime(time)) return undefined;
  const at = timeOf(time, locale);
  if (repeat.kind === 'custom') {
    const rule = repeat.rule ?? '';
    return msg(str`Repeats by a rule written elsewhere: ${rule}`, { id: 'staff.event.rule.custom' });
  }
  if (repeat.kind === 'none') {
    const day = dateTimeFormat(locale, { dateStyle: 'full', ...UTC }).format(dayOf(date));
    return msg(str`One session, on ${day} at ${at}`, { id: 'staff.event.rule.once' });
  }
  const rule = ruleWords(repeat, date, at, locale);
  // Until the end is known (or while it makes too many sessions, which the field says), the rule alone.
  if (repeat.ends === 'until' && !isDate(repeat.until)) return rule;
  const dates = sessionDates(repeat, date);
  if (dates.length > MAX_SESSIONS) return rule;
  if (!dates.length) return msg(str`${rule}: no session falls before the end date`, { id: 'staff.event.rule.empty' });
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const withYear = first.slice(0, 4) !== last.slice(0, 4) || first.slice(0, 4) !== today.slice(0, 4);
  const sessions = sessionCount(dates.length, locale);
  if (dates.length === 1) {
    const on = dayName(first, locale, withYear);
    return msg(str`${rule}, ${sessions}, on ${on}`, { id: 'staff.event.rule.summary-one' });
  }
  const from = dayName(first, locale, withYear);
  const to = dayName(last, locale, withYear);
  return msg(str`${rule}, ${sessions}, from ${from} to ${to}`, { id: 'staff.event.rule.summary' });
}
