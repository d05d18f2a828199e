import { cachedIntl } from './intl-cache.js';
import { languageNames } from './languages.js';
import type { SupportedLocale } from './locales.js';
import { msg } from './localize.js';

/** The language subtag: `zh-Hant` → `zh`, `sgn-US` → `sgn`. */
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Languages Intl names wrongly: browsers fold Mandarin into `zh` ("Chinese",
 * which is also the written language) and know no sign language. `sgn-US` is
 * the older tag of American Sign Language.
 */
function namedHere(code: string): string | undefined {
  const tag = code.toLowerCase();
  if (/^(zh-)?cmn\b/.test(tag)) return msg('Mandarin', { id: 'language.cmn' });
  if (tag === 'ase' || tag === 'sgn-us') return msg('American Sign Language', { id: 'language.ase' });
  return undefined;
}

/**
 * The name Intl gives `code` in `locale`, only when the browser has names in
 * that locale: without them it answers in its default language (Chromium names
 * Cantonese "Cantonese" when asked in Cantonese), which is not what was asked.
 */
function intlName(code: string, locale: string): string | undefined {
  try {
    const names = cachedIntl(
      'l',
      locale,
      undefined,
      () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }),
    );
    return primary(names.resolvedOptions().locale) === primary(locale) ? names.of(code) : undefined;
  } catch {
    return undefined; // An invalid code or locale.
  }
}

/**
 * A spoken or signed language (`es`, `yue`, `cmn`, `ase`, `zh-Hans`) named in
 * the UI language `locale`, which must be the locale being rendered (Mandarin
 * and ASL are our own translations). Where the browser has no name in that
 * locale, the English one; then the language's name in itself; then the code.
 */
export function languageName(code: string, locale: string): string {
  return (
    namedHere(code) ??
    intlName(code, locale) ??
    intlName(code, 'en') ??
    languageNames[code as SupportedLocale]?.endonym ??
    code
  );
}
