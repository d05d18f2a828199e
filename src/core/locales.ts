import { allLocales, sourceLocale } from '../generated/locale-codes.js';

export type SupportedLocale = (typeof allLocales)[number];
export { allLocales, sourceLocale };

const RTL_LANGUAGES = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

function isSupported(tag: string): tag is SupportedLocale {
  return (allLocales as readonly string[]).includes(tag);
}

/**
 * Maps any BCP 47 tag (`es-MX`, `zh-TW`, `yue`, `pt-BR`) to the UI locale that
 * serves it best, or `undefined` when none does.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale | undefined {
  if (!tag) return undefined;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag.trim());
  } catch {
    return undefined;
  }
  const exact = allLocales.find((l) => l.toLowerCase() === parsed.baseName.toLowerCase());
  if (exact) return exact;
  const language = parsed.language;
  // Written Chinese is chosen by script: Taiwan, Hong Kong and Cantonese read Traditional.
  if (language === 'zh' || language === 'yue' || language === 'cmn') {
    const script = parsed.script ?? parsed.maximize().script;
    return language === 'yue' || script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  }
  return isSupported(language) ? language : undefined;
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  let language = locale;
  try {
    language = new Intl.Locale(locale).language;
  } catch {
    // Keep the raw tag: an invalid tag is laid out left to right.
  }
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
