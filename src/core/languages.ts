import type { SupportedLocale } from './locales.js';

export interface LanguageName {
  /** The language's name in itself, in its own script. */
  endonym: string;
}

/**
 * Names of the UI languages. Endonyms are data, not translations: a Bangla
 * reader looks for "বাংলা" whatever language the page is in.
 */
export const languageNames: Record<SupportedLocale, LanguageName> = {
  en: { endonym: 'English' },
  es: { endonym: 'Español' },
  'zh-Hans': { endonym: '简体中文' },
  'zh-Hant': { endonym: '繁體中文' },
  ru: { endonym: 'Русский' },
  bn: { endonym: 'বাংলা' },
  ht: { endonym: 'Kreyòl ayisyen' },
  ko: { endonym: '한국어' },
  ar: { endonym: 'العربية' },
  ur: { endonym: 'اردو' },
  fr: { endonym: 'Français' },
  pl: { endonym: 'Polski' },
  pt: { endonym: 'Português' },
  kea: { endonym: 'Kabuverdianu' },
  vi: { endonym: 'Tiếng Việt' },
  so: { endonym: 'Soomaali' },
  wo: { endonym: 'Wolof' },
  ff: { endonym: 'Pulaar' },
};

/** The picker's default list, ordered by how many New Yorkers and Bostonians read each language. */
export const defaultLanguageOrder = Object.keys(languageNames) as SupportedLocale[];

/** Lower case without accents, so "espanol" finds "Español" and "kreyol" finds "Kreyòl". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase();
}
