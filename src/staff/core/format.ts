import { dateTimeFormat } from '../../core/intl.js';

/** An instant as the desk shows it: date and time in the office's reading, in the UI language. */
export const formatDateTime = (iso: string | null | undefined, locale: string): string =>
  iso ? dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';

/** A date alone (`YYYY-MM-DD` or an instant). */
export const formatDate = (iso: string | null | undefined, locale: string): string => {
  if (!iso) return '';
  // A bare date is a calendar day: read it at noon UTC so no time zone moves it to the day before.
  const at = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return dateTimeFormat(locale, { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(at);
};
