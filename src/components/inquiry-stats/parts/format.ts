/** Words of the dashboard: msg() for our words, Intl for months; numbers and language names are the core's. */
import { dateTimeFormat, plural } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { monthDate } from './range.js';

const UTC = { timeZone: 'UTC' } as const;

/** `2025-03` → "March 2025" / "marzo de 2025" / "مارس ٢٠٢٥". */
export const monthName = (m: string, locale: string): string =>
  dateTimeFormat(locale, { ...UTC, month: 'long', year: 'numeric' }).format(monthDate(m));

/** A month's name alone, as a list of months shows it: `2025-03` → "March" / "marzo" / "مارس". */
export const monthOnlyName = (m: string, locale: string): string =>
  dateTimeFormat(locale, { ...UTC, month: 'long' }).format(monthDate(m));

/** A year as the locale writes it: 2025 → "2025" / "٢٠٢٥". */
export const yearName = (year: number, locale: string): string =>
  dateTimeFormat(locale, { ...UTC, year: 'numeric' }).format(Date.UTC(year, 5));

/** "January – December 2025", as the locale writes a range of months. */
export const rangeText = (from: string, to: string, locale: string): string =>
  dateTimeFormat(locale, { ...UTC, month: 'long', year: 'numeric' }).formatRange(monthDate(from), monthDate(to));

export const fewer = (): string => msg('fewer than 5', { id: 'stats.fewer' });

/** A count as a table shows it: the number, or "fewer than 5". */
export const cellText = (n: number | null, locale: string): string => (n === null ? fewer() : formatNumber(n, locale));

export function channelName(code: string): string {
  const names: Record<string, string> = {
    hotline: msg('Hotline', { id: 'stats.channel.hotline' }),
    email: msg('Email', { id: 'stats.channel.email' }),
    311: msg('311', { id: 'stats.channel.311' }),
    web: msg('Web form', { id: 'stats.channel.web' }),
    outreach: msg('Outreach', { id: 'stats.channel.outreach' }),
    'walk-in': msg('Walk-in', { id: 'stats.channel.walk-in' }),
  };
  return names[code] ?? code;
}

export function statusName(code: string): string {
  const names: Record<string, string> = {
    new: msg('New', { id: 'stats.status.new' }),
    'in-progress': msg('In progress', { id: 'stats.status.in-progress' }),
    referred: msg('Referred', { id: 'stats.status.referred' }),
    resolved: msg('Resolved', { id: 'stats.status.resolved' }),
    closed: msg('Closed', { id: 'stats.status.closed' }),
  };
  return names[code] ?? code;
}

/** An event type, by code (the types are a fixed list). */
export function eventTypeName(code: string): string {
  const names: Record<string, string> = {
    'legal-clinic': msg('Legal clinic', { id: 'stats.type.legal-clinic' }),
    citizenship: msg('Citizenship help', { id: 'stats.type.citizenship' }),
    'english-class': msg('English class', { id: 'stats.type.english-class' }),
    'know-your-rights': msg('Know your rights', { id: 'stats.type.know-your-rights' }),
    'id-enrollment': msg('Municipal ID sign-up', { id: 'stats.type.id-enrollment' }),
    workshop: msg('Workshop', { id: 'stats.type.workshop' }),
  };
  return names[code] ?? msg('Other event', { id: 'stats.type.other' });
}

/** The row that gathers rare values and values off the published lists. */
export const otherName = (): string => msg('Other', { id: 'stats.other' });

/**
 * A referral destination, by code: the office's name for it (server content, from
 * `referral_names`), "Not referred" for `none`, "Other" for the rest.
 */
export function referralName(code: string, names: Record<string, string> | undefined): string {
  if (code === 'none') return msg('Not referred', { id: 'stats.referral.none' });
  if (code === 'other') return otherName();
  return names?.[code] ?? code;
}

/** "Resolved within 2 business days": the office's response time, as the figure's label. */
export function withinDays(days: number, locale: string): string {
  const n = formatNumber(days, locale);
  return plural(days, locale, {
    zero: () => msg(str`Resolved within ${n} business days`, { id: 'stats.within.zero' }),
    one: () => msg(str`Resolved within ${n} business day`, { id: 'stats.within.one' }),
    two: () => msg(str`Resolved within ${n} business days`, { id: 'stats.within.two' }),
    few: () => msg(str`Resolved within ${n} business days`, { id: 'stats.within.few' }),
    many: () => msg(str`Resolved within ${n} business days`, { id: 'stats.within.many' }),
    other: () => msg(str`Resolved within ${n} business days`, { id: 'stats.within.other' }),
  });
}
