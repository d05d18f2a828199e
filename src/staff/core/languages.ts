import { languageName } from '../../core/language-name.js';
import { defaultLanguageOrder } from '../../core/languages.js';
import { cachedIntl } from '../../core/intl-cache.js';

/**
 * Languages people call in beyond the widgets' 18 (New York's and Boston's
 * most spoken others): spoken Chinese (Cantonese, Mandarin), American Sign
 * Language, and languages the hotline hears often.
 */
export const OTHER_LANGUAGES = [
  'yue',
  'cmn',
  'ase',
  'hi',
  'pa',
  'ne',
  'tl',
  'ja',
  'uk',
  'it',
  'el',
  'he',
  'yi',
  'fa',
  'ps',
  'tr',
  'sq',
  'am',
  'ti',
  'sw',
  'uz',
  'ka',
  'hy',
  'ro',
  'de',
] as const;

export interface LanguageChoice {
  code: string;
  /** Named in the UI language (core/language-name.ts). */
  label: string;
}

/** The widgets' languages in their usual order, then the others by name, each named in the UI language. */
export function callLanguages(locale: string): { ui: LanguageChoice[]; other: LanguageChoice[] } {
  const collator = cachedIntl('c', locale, undefined, () => new Intl.Collator(locale));
  const named = (code: string): LanguageChoice => ({ code, label: languageName(code, locale) });
  return {
    ui: defaultLanguageOrder.map(named),
    other: OTHER_LANGUAGES.map(named).sort((a, b) => collator.compare(a.label, b.label)),
  };
}
