import { createContext } from '@lit/context';
import { pageStore, type PageConfig } from './page-store.js';

export type { PageConfig };

/** What a `<ww-config>` element gives the widgets inside it. */
export interface ProvidedConfig {
  endpoint?: string | undefined;
  lang?: string | undefined;
}

/** Keyed by a registered symbol so that every copy of the library finds every `<ww-config>`. */
export const configContext = createContext<ProvidedConfig | undefined>(Symbol.for('welcome-widgets.config'));

export const CONFIG_CHANGE = 'config-change';

function clean(config: PageConfig): PageConfig {
  const result: PageConfig = {};
  if (config.endpoint?.trim()) result.endpoint = config.endpoint.trim();
  if (config.lang?.trim()) result.lang = config.lang.trim();
  return result;
}

/** `WelcomeWidgets.configure({ endpoint, lang })`: page-wide defaults, lowest precedence. */
export function configure(config: PageConfig): void {
  const store = pageStore();
  store.apiConfig = { ...store.apiConfig, ...clean(config) };
  store.events.dispatchEvent(new Event(CONFIG_CHANGE));
}

/** Configuration from a `<script data-endpoint data-lang>` tag. */
export function setScriptConfig(config: PageConfig): void {
  const store = pageStore();
  store.scriptConfig = { ...clean(config), ...store.scriptConfig };
  store.events.dispatchEvent(new Event(CONFIG_CHANGE));
}

/**
 * Resolves a widget's configuration: its own `endpoint` attribute, then the
 * nearest `<ww-config>`, then the script tag, then `configure()`.
 */
export function resolveConfig(
  ownEndpoint: string | null | undefined,
  provided: ProvidedConfig | undefined,
): PageConfig {
  const { scriptConfig, apiConfig } = pageStore();
  const endpoint = [ownEndpoint, provided?.endpoint, scriptConfig.endpoint, apiConfig.endpoint]
    .map((value) => value?.trim())
    .find((value) => value);
  const lang = [provided?.lang, scriptConfig.lang, apiConfig.lang].find((value) => value?.trim());
  const resolved: PageConfig = {};
  if (endpoint) resolved.endpoint = endpoint;
  if (lang) resolved.lang = lang.trim();
  return resolved;
}
