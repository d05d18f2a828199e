export const LOCALE_CHANGE_EVENT = 'ww-locale-change';

export interface LocaleChangeDetail {
  /** The UI locale now in use, such as `es` or `zh-Hant`. */
  locale: string;
  /** The locale in use before the change. */
  previous: string;
}

/**
 * Fired when the visitor chooses a language, and by `WelcomeWidgets.setLocale()`.
 * Every widget on the page, from every copy of the library, follows it.
 */
export class WwLocaleChangeEvent extends CustomEvent<LocaleChangeDetail> {
  constructor(detail: LocaleChangeDetail) {
    super(LOCALE_CHANGE_EVENT, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-locale-change': WwLocaleChangeEvent;
  }
}
