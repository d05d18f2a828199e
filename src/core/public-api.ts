import { configure, resolveConfig } from './config.js';
import { resolveLocale, setVisitorLocale } from './locale.js';
import { allLocales, type SupportedLocale } from './locales.js';
import type { PageConfig } from './page-store.js';
import { VERSION } from './version.js';

export interface WelcomeWidgetsApi {
  readonly version: string;
  /** The UI locales this release ships. */
  readonly locales: readonly string[];
  /** Page-wide defaults for every widget: `{ endpoint, lang }`. */
  configure(config: PageConfig): void;
  /** Switches every widget on the page, as a visitor's choice in a language picker does. */
  setLocale(locale: string): boolean;
  /** The page's current UI locale. */
  getLocale(): SupportedLocale;
}

/** The page's locale: no widget's own `lang`, no `<ww-config>`, the page-wide configuration. */
const pageLocale = () => resolveLocale(null, resolveConfig(null, undefined).lang);

export const welcomeWidgets: WelcomeWidgetsApi = {
  version: VERSION,
  locales: allLocales,
  configure,
  setLocale: (locale) => setVisitorLocale(locale, pageLocale()),
  getLocale: pageLocale,
};
