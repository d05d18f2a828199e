import { languageNames } from './languages.js';
import type { SupportedLocale } from './locales.js';

/** A language named in itself ("Español", "Kreyòl ayisyen"), so its speakers find it. */
export function endonym(code: string): string {
  const own = languageNames[code as SupportedLocale]?.endonym;
  if (own) return own;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (name) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    // An invalid code: shown as it is.
  }
  return code;
}
