import { languageNames } from './languages.js';
import type { SupportedLocale } from './locales.js';
import { msg } from './localize.js';

/** Names browsers lack in the language itself, for languages the offices' data holds. */
const OWN_NAMES: Record<string, string> = { cmn: '普通话', yue: '粵語', ne: 'नेपाली' };

/**
 * A language named in itself ("Español", "Kreyòl ayisyen", "粵語"), so its
 * speakers find it; shown with `lang=code`. The browser's name only where it
 * has names in that very language (Chromium names Cantonese in English when
 * asked in Cantonese); American Sign Language, with no written form of its
 * own, in the UI language. (`languageName` names a language in the UI language.)
 */
export function endonym(code: string): string {
  const language = code.split('-')[0]!.toLowerCase();
  let name: string | undefined = languageNames[code as SupportedLocale]?.endonym ?? OWN_NAMES[language];
  if (!name) {
    try {
      const names = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' });
      if (names.resolvedOptions().locale.split('-')[0] === language) name = names.of(code);
    } catch {
      return code; // An invalid code: shown as it is.
    }
  }
  if (!name && /^(ase|sgn-us)$/i.test(code)) name = msg('American Sign Language', { id: 'language.ase' });
  return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
}
