import { welcomeWidgets } from '../src/core/public-api.js';
import './helpers/probe-element.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * Two separate copies of the library on one page: the sources (this test's
 * modules: their own Lit, their own locale runtime) and the built script-tag
 * bundle. A widget of one follows a language chosen in the other.
 */
describe('two copies of the library on one page', () => {
  before(resetPageLocale);

  it('switches widgets of both copies together, whichever copy the change comes from', async () => {
    const probe = document.createElement('ww-test-probe');
    probe.endpoint = '/api-test/';
    const picker = document.createElement('ww-language-picker');
    picker.setAttribute('languages', 'en es fr');
    document.body.append(probe, picker);
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/welcome-widgets.js`);
    await until(() => Boolean(picker.shadowRoot?.querySelector('[part~="button"]')));

    picker.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
    await until(() => Boolean(picker.shadowRoot!.querySelector('#option-es')));
    picker.shadowRoot!.querySelector<HTMLElement>('#option-es')!.click();
    await until(() => probe.locale === 'es');

    welcomeWidgets.setLocale('fr');
    await until(() => picker.shadowRoot!.querySelector('[part~="label"]')!.textContent === 'Français');
    await until(() => probe.locale === 'fr');
    probe.remove();
    picker.remove();
  });
});
