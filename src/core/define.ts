import { pageStore } from './page-store.js';
import { VERSION } from './version.js';

/**
 * Registers a custom element unless the tag is taken. A page that embeds widgets
 * from two partners loads two copies of the library: the first copy's element
 * serves both, and a warning names the versions when they differ.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const { definedBy } = pageStore();
  if (customElements.get(tag)) {
    const owner = definedBy.get(tag);
    if (owner !== VERSION) {
      console.warn(`[welcome-widgets] <${tag}> is defined by ${owner ?? 'another script'}; ${VERSION} uses that one.`);
    }
    return;
  }
  customElements.define(tag, constructor);
  definedBy.set(tag, VERSION);
}
