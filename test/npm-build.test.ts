import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/locale-state.js';

/**
 * The npm build in dist/ as a bundler would use it: one element's module on
 * its own registers that element only, with Lit resolved from node_modules.
 */
describe('npm build', () => {
  it('registers only the element whose module is imported', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/language-picker.js`);
    expect(customElements.get('ww-language-picker')).to.not.equal(undefined);
    expect(customElements.get('ww-config')).to.equal(undefined);
    const el = await fixture(html`<ww-language-picker variant="toggle" languages="en es"></ww-language-picker>`);
    await until(() => el.shadowRoot?.querySelector('[part~="button"]')?.textContent?.trim() === 'Español');
    await expect(el).to.be.accessible();
  });

  it('registers every element from the index and exports the page API', async () => {
    const library = (await import(/* @vite-ignore */ `${location.origin}/dist/index.js`)) as {
      welcomeWidgets: { version: string; locales: readonly string[] };
    };
    expect(customElements.get('ww-config')).to.not.equal(undefined);
    expect(library.welcomeWidgets.locales).to.have.length(18);
  });
});
