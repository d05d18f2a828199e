import type { LocaleModule } from '@lit/localize';
import type { SupportedLocale } from './locales.js';

/**
 * One loader per locale, written out so that bundlers split each locale into a
 * file of its own that is fetched only when a widget needs that language.
 */
export const localeLoaders: Record<Exclude<SupportedLocale, 'en'>, () => Promise<LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
  ru: () => import('../generated/locales/ru.js'),
  bn: () => import('../generated/locales/bn.js'),
  ht: () => import('../generated/locales/ht.js'),
  ko: () => import('../generated/locales/ko.js'),
  ar: () => import('../generated/locales/ar.js'),
  ur: () => import('../generated/locales/ur.js'),
  fr: () => import('../generated/locales/fr.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  kea: () => import('../generated/locales/kea.js'),
  vi: () => import('../generated/locales/vi.js'),
  so: () => import('../generated/locales/so.js'),
  wo: () => import('../generated/locales/wo.js'),
  ff: () => import('../generated/locales/ff.js'),
};
