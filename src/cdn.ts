/**
 * The script-tag entry, for pages with no build step:
 *
 *   <script type="module" src=".../welcome-widgets.js" data-endpoint="https://…/v1/" data-lang="es"></script>
 *
 * It reads the tag's data-* configuration, exposes `window.WelcomeWidgets`, and
 * loads each element's code only when its tag appears on the page. Each
 * locale's messages load on their own when a widget needs that language.
 */
import { setScriptConfig } from './core/config.js';
import { welcomeWidgets, type WelcomeWidgetsApi } from './core/public-api.js';

const elementLoaders: Record<string, () => Promise<unknown>> = {
  'ww-config': () => import('./components/config/register.js'),
  'ww-language-picker': () => import('./components/language-picker/register.js'),
  'ww-service-finder': () => import('./components/service-finder/register.js'),
  'ww-clinic-calendar': () => import('./components/clinic-calendar/register.js'),
  'ww-event-registration': () => import('./components/event-registration/register.js'),
  'ww-inquiry-form': () => import('./components/inquiry-form/register.js'),
  'ww-inquiry-stats': () => import('./components/inquiry-stats/register.js'),
  'ww-inquiry-status': () => import('./components/inquiry-status/register.js'),
  'ww-corner-panel': () => import('./components/corner-panel/register.js'),
  'ww-appointment-booking': () => import('./components/appointment-booking/register.js'),
  'ww-scam-check': () => import('./components/scam-check/register.js'),
};

function ownScriptTag(): HTMLScriptElement | undefined {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return (
    scripts.find((script) => script.src === import.meta.url) ??
    scripts.find((script) => /welcome-widgets[\w.-]*\.js/.test(script.src))
  );
}

function readScriptConfig(): void {
  const script = ownScriptTag();
  if (!script) return;
  const { endpoint, lang } = script.dataset;
  setScriptConfig({ endpoint, lang });
}

const requested = new Set<string>();

function load(tag: string): void {
  const loader = elementLoaders[tag];
  if (!loader || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loader().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`[welcome-widgets] could not load <${tag}>.`, error);
  });
}

/** Loads every Welcome Widgets element found in `root` (the document, or a shadow root you own). */
function discover(root: ParentNode): void {
  if (root instanceof Element) load(root.localName);
  for (const tag of Object.keys(elementLoaders)) {
    if (root.querySelector(tag)) load(tag);
  }
}

function observe(root: Node): void {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) discover(node);
      }
    }
  }).observe(root, { childList: true, subtree: true });
}

type WindowWithApi = Window & { WelcomeWidgets?: WelcomeWidgetsApi & { discover?: typeof discover } };

readScriptConfig();
// The one global of the script-tag build. A second copy keeps the first one's.
(window as WindowWithApi).WelcomeWidgets ??= { ...welcomeWidgets, discover };
discover(document);
observe(document);

// Lit, the shared base class, the safe define(), the language names and the
// bidi isolation helper live in this file (widgets share them; a tiny shared
// chunk of its own costs more than it weighs), so that a page loads one more
// file per widget.
// Exported for authors of further widgets on the same runtime.
export { WwElement } from './core/base-element.js';
export { define } from './core/define.js';
export { languageNames } from './core/languages.js';
export { isolate } from './core/bidi.js';
