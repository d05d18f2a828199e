import { matchLocale, sourceLocale, type SupportedLocale } from '../../core/locales.js';

/**
 * The languages the desk is written in. Every other UI language shows the
 * desk in English, saying so (the widgets' 18 languages are for visitors;
 * staff screens are translated as offices need them).
 */
export const STAFF_LOCALES: readonly SupportedLocale[] = ['en', 'es'];

export const isStaffLocale = (locale: string): boolean => (STAFF_LOCALES as readonly string[]).includes(locale);

/** The language a person wants: their account's, else the browser's first UI language, else English. */
export function wantedLocale(accountLocale: string | null | undefined): SupportedLocale {
  return (
    matchLocale(accountLocale) ?? navigator.languages.map(matchLocale).find((l) => l !== undefined) ?? sourceLocale
  );
}

/** The language the desk is shown in for a wanted one. */
export const shownLocale = (wanted: SupportedLocale): SupportedLocale =>
  isStaffLocale(wanted) ? wanted : sourceLocale;
