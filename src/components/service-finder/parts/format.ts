/** The finder's own display helpers; numbers, hours, language names and phone links are the core's. */
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

/** Directions in the visitor's own map app: an outbound link, no embedded map or script. */
export function directionsHref(address: {
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
}): string {
  const destination = `${address.address_1}, ${address.city}, ${address.state_province} ${address.postal_code}`;
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}
