/** The finder's own display helpers; numbers, hours, language names, phone links and addresses are the core's. */
import { formatNumber } from '../../../core/number-format.js';

/** A calendar date as the locale writes it: the core's, shared with the scam check. */
export { formatDate } from '../../../core/intl.js';

/** Kilometres shown in miles: the services are in the United States. */
export function formatDistance(km: number, locale: string): string {
  return formatNumber(km / 1.609344, locale, { style: 'unit', unit: 'mile', maximumFractionDigits: 1 });
}
