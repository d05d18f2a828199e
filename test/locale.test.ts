import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/language-picker/register.js';
import '../src/components/config/register.js';
import type { WwLanguagePicker } from '../src/components/language-picker/language-picker.js';
import { resolveLocale } from '../src/core/locale.js';
import { directionOf, matchLocale } from '../src/core/locales.js';
import { pageStore } from '../src/core/page-store.js';
import { welcomeWidgets } from '../src/core/public-api.js';
import { templates as spanish } from '../src/generated/locales/es.js';
import { templates as urdu } from '../src/generated/locales/ur.js';
import './helpers/probe-element.js';
import type { WwTestProbe } from './helpers/probe-element.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

const text = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!.textContent!.trim();

describe('locale state', () => {
  beforeEach(resetPageLocale);

  it('matches regional and macro-language tags to the UI locales', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('zh-TW')).to.equal('zh-Hant');
    expect(matchLocale('zh-HK')).to.equal('zh-Hant');
    expect(matchLocale('yue')).to.equal('zh-Hant');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('pt-BR')).to.equal('pt');
    expect(matchLocale('KEA')).to.equal('kea');
    expect(matchLocale('de')).to.equal(undefined);
    expect(matchLocale('not a tag')).to.equal(undefined);
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ur')).to.equal('rtl');
    expect(directionOf('fa-IR')).to.equal('rtl');
    expect(directionOf('es')).to.equal('ltr');
  });

  it('resolves own lang, then the visitor, then configuration, then <html lang>, then the browser', () => {
    const browser = matchLocale(navigator.languages[0]) ?? 'en';
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale()).to.equal(browser);
    document.documentElement.lang = 'fr';
    expect(resolveLocale()).to.equal('fr');
    expect(resolveLocale(null, 'pl')).to.equal('pl');
    pageStore().visitorLocale = 'ko';
    expect(resolveLocale(null, 'pl')).to.equal('ko');
    expect(resolveLocale('so', 'pl')).to.equal('so');
    expect(resolveLocale('xx', 'pl')).to.equal('ko', 'an unsupported own lang falls through');
  });

  it('falls back to navigator.languages when the page declares no language', async () => {
    document.documentElement.removeAttribute('lang');
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE', 'ru-RU', 'en'] });
    try {
      expect(resolveLocale()).to.equal('ru');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      Object.defineProperty(Navigator.prototype, 'languages', original);
    }
  });

  it('switches every widget on the page when the visitor chooses', async () => {
    const page = await fixture(
      html`<div>
        <ww-language-picker variant="toggle" languages="en es"></ww-language-picker>
        <ww-test-probe endpoint="/api-test/"></ww-test-probe>
      </div>`,
    );
    const picker = page.querySelector<WwLanguagePicker>('ww-language-picker')!;
    const probe = page.querySelector<WwTestProbe>('ww-test-probe')!;
    expect(text(probe)).to.equal('Try again');
    picker.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
    await until(() => probe.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'es');
    expect(text(probe)).to.equal(spanish['action.retry']);
    expect(spanish['action.retry']).to.not.equal('Try again');
  });

  it('follows <html lang> when the visitor has not chosen, and keeps pinned widgets pinned', async () => {
    const page = await fixture(
      html`<div>
        <ww-test-probe endpoint="/api-test/"></ww-test-probe>
        <ww-test-probe endpoint="/api-test/" lang="en"></ww-test-probe>
      </div>`,
    );
    const [free, pinned] = [...page.querySelectorAll<WwTestProbe>('ww-test-probe')];
    document.documentElement.lang = 'ur';
    await until(() => free!.locale === 'ur');
    await free!.updateComplete;
    expect(text(free!)).to.equal(urdu['action.retry']);
    expect(free!.direction).to.equal('rtl');
    expect(pinned!.locale).to.equal('en');
    pinned!.setAttribute('lang', 'es');
    await until(() => pinned!.locale === 'es');
  });

  it('renders a widget first in its language, never English first', async () => {
    document.documentElement.lang = 'pl';
    const probe = document.createElement('ww-test-probe');
    probe.endpoint = '/api-test/';
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(text(probe)));
    document.body.append(probe);
    await until(() => probe.hasUpdated);
    observer.observe(probe.shadowRoot!, { subtree: true, characterData: true, childList: true });
    await probe.updateComplete;
    expect(probe.locale).to.equal('pl');
    expect(text(probe)).to.not.equal('Try again');
    expect(texts).to.not.include('Try again');
    observer.disconnect();
    probe.remove();
  });

  it('takes a default language from <ww-config lang>, which the visitor choice outranks', async () => {
    const page = await fixture(
      html`<ww-config lang="so" endpoint="/api-test/"><ww-test-probe></ww-test-probe></ww-config>`,
    );
    const probe = page.querySelector<WwTestProbe>('ww-test-probe')!;
    await until(() => probe.locale === 'so');
    welcomeWidgets.setLocale('es');
    await until(() => probe.locale === 'es');
    expect(welcomeWidgets.getLocale()).to.equal('es');
  });
});
