/** Display helpers: every date, time, number and language name through Intl, in the widget's locale. */
import { languageNames } from '../../../core/languages.js';
import type { SupportedLocale } from '../../../core/locales.js';
import { msg } from '../../../core/localize.js';

/** A spoken-language code (`yue`, `cmn`, `ht`) named in the UI language, falling back to the code. */
export function languageName(code: string, locale: string): string {
  // Browsers name cmn just "Chinese" and do not know ase: say what a visitor needs to know.
  if (code === 'cmn') return msg('Mandarin', { id: 'finder.lang-cmn' });
  if (code === 'ase') return msg('American Sign Language', { id: 'finder.lang-ase' });
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    // An invalid code: shown as it is.
  }
  // Where the browser has no name (Fula, Cape Verdean Creole in some versions), the language's own name.
  const own = languageNames[code as SupportedLocale]?.endonym;
  return name ?? own ?? code;
}

/** `09:00` → `9:00 AM` / `09:00` / `上午9:00`, as the locale writes times. */
export function formatTime(hhmm: string, locale: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, h % 24, m)),
  );
}

export function formatHours(opens: string, closes: string, locale: string): string {
  return `${formatTime(opens, locale)}–${formatTime(closes, locale)}`;
}

/** A calendar date (YYYY-MM-DD) as the locale writes it. */
export function formatDate(isoDate: string, locale: string): string {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Kilometres shown in miles: the services are in the United States. */
export function formatDistance(km: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'mile', maximumFractionDigits: 1 }).format(km / 1.609344);
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** Weekday names (Monday first) for RFC 5545 day codes. */
export function weekdayName(code: string, locale: string): string {
  const index = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(code.slice(-2));
  if (index < 0) return code;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
}

/** A `tel:` link target from a US number as written ("212-788-7654", "311"). */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits.length === 10 ? `+1${digits}` : digits}`;
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
