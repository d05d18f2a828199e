/**
 * The state every copy of Welcome Widgets on a page shares.
 *
 * A page may load two copies of the library (two partners' embeds, or an npm
 * build next to the script tag). Each copy has its own modules, so anything that
 * must be one per page lives on this object, kept on `document` under a
 * registered symbol: invisible to the host page's own names, found by every copy.
 */
export interface PageConfig {
  endpoint?: string;
  lang?: string;
}

export interface PageStore {
  /** Layout version of this object, for copies of different releases. */
  readonly schema: 1;
  /** The language the visitor chose on this page, if any. */
  visitorLocale: string | null;
  /** Configuration read from script tags (`data-endpoint`, `data-lang`). */
  scriptConfig: PageConfig;
  /** Configuration passed to `WelcomeWidgets.configure()`. */
  apiConfig: PageConfig;
  /** Fires `config-change` when either configuration changes. */
  readonly events: EventTarget;
  /** Versions of the library that registered elements here, by tag name. */
  readonly definedBy: Map<string, string>;
}

const STORE_KEY = Symbol.for('welcome-widgets.page-store');

type DocumentWithStore = Document & { [STORE_KEY]?: PageStore };

export function pageStore(): PageStore {
  const doc = document as DocumentWithStore;
  doc[STORE_KEY] ??= {
    schema: 1,
    visitorLocale: null,
    scriptConfig: {},
    apiConfig: {},
    events: new EventTarget(),
    definedBy: new Map(),
  };
  return doc[STORE_KEY];
}
