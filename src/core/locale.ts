/**
 * The one locale state of the page, as seen by this copy of the library.
 *
 * lit-localize's own runtime keeps a single active locale per bundle. A widget
 * here may be pinned to its own language (`lang="es"` on a page in English), so
 * this module installs lit-localize's `msg()` implementation itself: messages
 * resolve against the locale of the widget that is rendering (see
 * `renderInLocale`; outside a render, English), and every loaded catalogue
 * stays cached. The catalogues are lit-localize's runtime-mode output, fetched
 * through a static map of loaders (one file per locale).
 *
 * The hook, `_installMsgImplementation`, is private to @lit/localize (0.12).
 * Its public `configureReentrantLocalization` does the same through that hook,
 * but its lookup also hashes the text of messages without an id (here, none),
 * which adds 413 B gzip to every page's entry file and takes the picker page
 * over its 14 KB budget. test/localization.test.ts fails if an upgrade changes
 * what this relies on: then switch to the public function.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import type { LocaleModule, MsgOptions } from '@lit/localize';
import type { MsgFn, TemplateLike } from '@lit/localize/internal/types.js';
import { localeLoaders } from './locale-loaders.js';
import { localizedMsg } from './localized-msg.js';
import { matchLocale, sourceLocale, type SupportedLocale } from './locales.js';
import { pageStore } from './page-store.js';
import { LOCALE_CHANGE_EVENT, WwLocaleChangeEvent } from '../events/locale-change.js';

/** A catalogue part: one loader per locale (the core, or one widget family's messages). */
export type CatalogueLoaders = Partial<Record<SupportedLocale, () => Promise<LocaleModule>>>;
type TemplateMap = Record<string, LocaleModule['templates'][string]>;

/** Per locale, every message loaded so far (the parts merged); English has none. */
const catalogues = new Map<SupportedLocale, TemplateMap | undefined>([[sourceLocale, undefined]]);
/** Per part, per locale: loaded (true) or on its way. */
const partState = new WeakMap<CatalogueLoaders, Map<SupportedLocale, Promise<void> | true>>();
let renderingLocale: SupportedLocale = sourceLocale;

try {
  const msgInRenderingLocale = (template: TemplateLike, options?: MsgOptions) =>
    localizedMsg(catalogues.get(renderingLocale), template, options);
  // It has msg()'s overloads in behaviour; its declaration has only the widest one.
  _installMsgImplementation(msgInRenderingLocale as MsgFn);
} catch {
  // Another lit-localize configuration owns msg() in this bundle; widgets then
  // render in that configuration's language.
  console.warn('[welcome-widgets] msg() is configured elsewhere in this bundle.');
}

const withCore = (parts: readonly CatalogueLoaders[]) => [localeLoaders as CatalogueLoaders, ...parts];

/** Whether a locale's core messages and those of `parts` are all here. */
export function isLocaleLoaded(locale: SupportedLocale, parts: readonly CatalogueLoaders[] = []): boolean {
  return locale === sourceLocale || withCore(parts).every((part) => partState.get(part)?.get(locale) === true);
}

/** Fetches a locale's core messages and those of `parts`, each once; later calls share the requests. */
export function loadLocale(locale: SupportedLocale, parts: readonly CatalogueLoaders[] = []): Promise<void> {
  if (isLocaleLoaded(locale, parts)) return Promise.resolve();
  return Promise.all(withCore(parts).map((part) => loadPart(part, locale))).then(() => undefined);
}

function loadPart(part: CatalogueLoaders, locale: SupportedLocale): Promise<void> {
  let states = partState.get(part);
  if (!states) partState.set(part, (states = new Map()));
  const state = states.get(locale);
  if (state === true) return Promise.resolve();
  if (state) return state;
  const loader = part[locale];
  const request = (loader ? loader() : Promise.resolve({ templates: {} } as unknown as LocaleModule)).then(
    (module) => {
      catalogues.set(locale, { ...catalogues.get(locale), ...module.templates });
      states.set(locale, true);
    },
    (error: unknown) => {
      states.delete(locale);
      throw error;
    },
  );
  states.set(locale, request);
  return request;
}

/** Runs `render` with `msg()` answering in `locale` (which must be loaded). */
export function renderInLocale<T>(locale: SupportedLocale, render: () => T): T {
  const previous = renderingLocale;
  // A locale whose core has not arrived renders in English; a missing part falls back message by message.
  renderingLocale = catalogues.get(locale) || locale === sourceLocale ? locale : sourceLocale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}

/**
 * The locale a widget should use, in order: its own `lang` attribute, the
 * visitor's choice on this page, the configured language (`<ww-config lang>`,
 * the script tag's `data-lang`, `configure({ lang })`), `<html lang>`, the
 * browser's languages, English.
 */
export function resolveLocale(own?: string | null, configured?: string | null): SupportedLocale {
  return (
    matchLocale(own) ??
    matchLocale(pageStore().visitorLocale) ??
    matchLocale(configured) ??
    matchLocale(document.documentElement.lang) ??
    navigator.languages.map(matchLocale).find((l) => l !== undefined) ??
    sourceLocale
  );
}

const subscribers = new Set<() => void>();
let listening = false;

function notifySubscribers(): void {
  for (const subscriber of subscribers) subscriber();
}

function onLocaleChange(event: Event): void {
  const locale = matchLocale((event as CustomEvent<{ locale?: string }>).detail?.locale);
  if (!locale) return;
  pageStore().visitorLocale = locale;
  notifySubscribers();
}

function listenToPage(): void {
  if (listening) return;
  listening = true;
  // Capture on document: every copy of the library hears the change before any
  // handler of the host page could stop it on the way up.
  document.addEventListener(LOCALE_CHANGE_EVENT, onLocaleChange, { capture: true });
  new MutationObserver(notifySubscribers).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  window.addEventListener('languagechange', notifySubscribers);
}

/** Calls `callback` whenever anything that decides a widget's locale changes. */
export function subscribeToLocaleInputs(callback: () => void): () => void {
  listenToPage();
  subscribers.add(callback);
  return () => subscribers.delete(callback);
}

/**
 * Switches every widget on the page, in every copy of the library, to `locale`:
 * the page-level counterpart of a visitor choosing in `<ww-language-picker>`.
 */
export function setVisitorLocale(locale: string, previous: string): boolean {
  const matched = matchLocale(locale);
  if (!matched) return false;
  // Before any widget has connected nobody listens yet, and the choice would be lost.
  listenToPage();
  document.dispatchEvent(new WwLocaleChangeEvent({ locale: matched, previous }));
  return true;
}
