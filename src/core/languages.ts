import type { SupportedLocale } from './locales.js';

export interface LanguageName {
  /** The language's name in itself, in its own script. */
  endonym: string;
  /** The English name, shown second so that staff and helpers can find it. */
  english: string;
}

/**
 * Names of the UI languages. Endonyms are data, not translations: a Bangla
 * reader looks for "বাংলা" whatever language the page is in.
 */
export const languageNames: Record<SupportedLocale, LanguageName> = {
  en: { endonym: 'English', english: 'English' },
  es: { endonym: 'Español', english: 'Spanish' },
  'zh-Hans': { endonym: '简体中文', english: 'Chinese (Simplified)' },
  'zh-Hant': { endonym: '繁體中文', english: 'Chinese (Traditional)' },
  ru: { endonym: 'Русский', english: 'Russian' },
  bn: { endonym: 'বাংলা', english: 'Bangla' },
  ht: { endonym: 'Kreyòl ayisyen', english: 'Haitian Creole' },
  ko: { endonym: '한국어', english: 'Korean' },
  ar: { endonym: 'العربية', english: 'Arabic' },
  ur: { endonym: 'اردو', english: 'Urdu' },
  fr: { endonym: 'Français', english: 'French' },
  pl: { endonym: 'Polski', english: 'Polish' },
  pt: { endonym: 'Português', english: 'Portuguese' },
  kea: { endonym: 'Kabuverdianu', english: 'Cape Verdean Creole' },
  vi: { endonym: 'Tiếng Việt', english: 'Vietnamese' },
  so: { endonym: 'Soomaali', english: 'Somali' },
  wo: { endonym: 'Wolof', english: 'Wolof' },
  ff: { endonym: 'Pulaar', english: 'Fula' },
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
