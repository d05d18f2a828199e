/**
 * Dates, times, lists, language names and plural rules in a UI locale, for
 * every locale, whatever the browser knows. Every widget formats through here.
 *
 * For each service (DateTimeFormat, ListFormat, DisplayNames, PluralRules),
 * in order (the fallback chain):
 * 1. the browser's own Intl, when `Intl.X.supportedLocalesOf` says it has the locale;
 * 2. else CLDR's names and patterns for the locale, which its catalogue chunk
 *    brought (kea, so, wo, ff: scripts/cldr-data.mjs says what and why);
 * 3. else the related locale its readers know (RELATED: ht → fr-HT), through the browser's Intl;
 * 4. else Intl's default, which is English: for a locale with no CLDR data, or for
 *    kea, so, wo and ff until their chunk is here (widgets wait for it before they render).
 * A language name missing from all of these is the language's own name, then
 * the English one (core/language-name.ts).
 */
import type { DateFormatter, ShippedIntl } from './cldr-intl.js';
import { cachedIntl } from './intl-cache.js';

export type { DateFormatter };

/**
 * The locale whose Intl data stands in where the browser has none and no CLDR
 * data is shipped. ht: CLDR's Haitian Creole inherits every date, list and
 * name from fr_HT (its parent locale), so the browser's fr-HT is CLDR's ht.
 */
const RELATED: Record<string, string> = { ht: 'fr-HT' };

/**
 * Where the locale chunks put their CLDR data (core/cldr-intl.ts): on `document`
 * under a registered symbol, like page-store.ts, so that registering costs the
 * entry file nothing and every copy of the library on the page finds it.
 */
const SHIPPED = Symbol.for('welcome-widgets.cldr-intl.1');

type Service = 'DateTimeFormat' | 'ListFormat' | 'DisplayNames' | 'PluralRules';

const browserHas = (service: Service, locale: string): boolean =>
  cachedIntl(service, locale, { has: 1 }, () => {
    try {
      return Intl[service].supportedLocalesOf([locale]).length > 0;
    } catch {
      return false; // Not a valid tag.
    }
  });

/**
 * The service for `locale`: the browser's Intl for the locale, else the
 * shipped CLDR one, else the browser's Intl for the related locale (or its
 * default). Intl's are made once per locale and options (see cachedIntl).
 */
function pick<T>(
  service: Service,
  locale: string,
  options: object | undefined,
  browser: (locale: string) => T,
  shipped: (intl: ShippedIntl) => T,
): T {
  const has = browserHas(service, locale);
  const own = has ? undefined : (document as { [SHIPPED]?: Map<string, ShippedIntl> })[SHIPPED]?.get(locale);
  if (own) return shipped(own);
  const from = has ? locale : (RELATED[locale] ?? locale);
  return cachedIntl(service, from, options, () => browser(from));
}

/** A date-time format for `locale` and `options`. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): DateFormatter =>
  pick(
    'DateTimeFormat',
    locale,
    options,
    (from) => new Intl.DateTimeFormat(from, options),
    (own) => own.dateTime(options),
  );

/** A calendar date (YYYY-MM-DD, as the server writes one) as the locale writes it: the same day in every zone. */
export function formatDate(isoDate: string, locale: string): string {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** "A, B and C" (`conjunction`) or "A, B or C" (`disjunction`). */
export const listFormat = (
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): { format(items: string[]): string } =>
  pick(
    'ListFormat',
    locale,
    { type },
    (from) => new Intl.ListFormat(from, { type }),
    (own) => own.list(type),
  );

/** The name of language `code` in `locale`, or undefined where the source has none. */
export function languageNameIn(code: string, locale: string): string | undefined {
  try {
    return pick(
      'DisplayNames',
      locale,
      undefined,
      (from) => new Intl.DisplayNames([from], { type: 'language', fallback: 'none' }),
      (own) => own.names,
    ).of(code);
  } catch {
    return undefined; // Not a valid code.
  }
}

/** The plural category of a count in `locale`. */
export const pluralRules = (locale: string): { select(n: number): Intl.LDMLPluralRule } =>
  pick(
    'PluralRules',
    locale,
    undefined,
    (from) => new Intl.PluralRules(from),
    (own) => own.plural,
  );

/** One message per plural category, each a msg() call with its own id (`area.name.one`, `.few`…). */
export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

/**
 * The message for `count` in the locale's plural category: Arabic has six
 * (0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100 other), English two, Wolof one.
 * Every form is written for every language (a language without `two` repeats its `other`).
 */
export const plural = (count: number, locale: string, forms: PluralForms): string =>
  forms[pluralRules(locale).select(count)]();
