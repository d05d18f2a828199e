/** The finder's own display helpers; numbers, hours, language names, phone links and addresses are the core's. */
import { dateTimeFormat } from '../../../core/intl.js';
import { formatNumber } from '../../../core/number-format.js';

/** A calendar date (YYYY-MM-DD) as the locale writes it. */
export function formatDate(isoDate: string, locale: string): string {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Kilometres shown in miles: the services are in the United States. */
export function formatDistance(km: number, locale: string): string {
  return formatNumber(km / 1.609344, locale, { style: 'unit', unit: 'mile', maximumFractionDigits: 1 });
}
