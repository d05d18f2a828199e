import { languageNameIn } from './intl.js';
import { languageNames } from './languages.js';
import type { SupportedLocale } from './locales.js';
import { msg } from './localize.js';

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
 * A spoken or signed language (`es`, `yue`, `cmn`, `ase`, `zh-Hans`) named in
 * the UI language `locale`, which must be the locale being rendered (Mandarin
 * and ASL are our own translations). The name comes from the browser, or from
 * CLDR's names shipped with the locale (core/intl.ts has the chain); where no
 * source names it in that locale, the language's name in itself; then the
 * English name; then the code.
 */
export function languageName(code: string, locale: string): string {
  return (
    namedHere(code) ??
    languageNameIn(code, locale) ??
    languageNames[code as SupportedLocale]?.endonym ??
    languageNameIn(code, 'en') ??
    code
  );
}
