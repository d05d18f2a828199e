import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { languageUrl, WwLanguagePicker } from '../src/components/language-picker/language-picker.js';
import '../src/components/language-picker/register.js';
import { templates as arabic } from '../src/generated/locales/ar.js';
import { defaultLanguageOrder } from '../src/core/languages.js';
import { allLocales } from '../src/core/locales.js';
import { welcomeWidgets } from '../src/core/public-api.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

const part = <T extends Element = HTMLElement>(el: WwLanguagePicker, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const options = (el: WwLanguagePicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const active = (el: WwLanguagePicker) => el.shadowRoot!.querySelector<HTMLElement>('.option.active');

async function openWithKeyboard(el: WwLanguagePicker): Promise<void> {
  part<HTMLButtonElement>(el, 'button').focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
}

describe('ww-language-picker', () => {
  beforeEach(resetPageLocale);

  it('is accessible closed, open with its search box, and as a toggle', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    await expect(el).to.be.accessible();
    await openWithKeyboard(el);
    await expect(el).to.be.accessible();
    const toggle = await fixture<WwLanguagePicker>(
      html`<ww-language-picker variant="toggle" languages="en es"></ww-language-picker>`,
    );
    await expect(toggle).to.be.accessible();
  });

  it('defaults to a menu of every UI language, each named in itself with its lang attribute', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    expect(el.variant).to.equal('menu');
    expect([...el.options].sort()).to.deep.equal([...allLocales].sort());
    expect(el.options.slice(0, 2)).to.deep.equal(['en', 'es']);
    const button = part(el, 'button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-haspopup')).to.equal('listbox');
    expect(part(el, 'label').textContent).to.equal('English');
    await openWithKeyboard(el);
    const spanish = el.shadowRoot!.querySelector('#option-es')!;
    expect(spanish.querySelector('[part="option-label"]')!.getAttribute('lang')).to.equal('es');
    expect(spanish.querySelector('[part="option-label"]')!.textContent).to.equal('Español');
    expect(spanish.querySelector('[part="option-description"]')!.textContent).to.equal('Spanish');
    const arabicOption = el.shadowRoot!.querySelector('#option-ar [part="option-label"]')!;
    expect(arabicOption.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('#option-en')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('offers the languages attribute in its order, mapping regional tags and ignoring unknown ones', async () => {
    const el = await fixture<WwLanguagePicker>(
      html`<ww-language-picker languages="es zh-TW xx-unknown ar,es"></ww-language-picker>`,
    );
    expect(el.options).to.deep.equal(['es', 'zh-Hant', 'ar']);
  });

  it('moves with arrows, Home and End, chooses with Enter, and returns focus to the button', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    await openWithKeyboard(el);
    expect(part(el, 'button').getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'filter'));
    expect(active(el)!.id).to.equal('option-en');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)!.id).to.equal('option-es');
    expect(part(el, 'filter').getAttribute('aria-activedescendant')).to.equal('option-es');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)!.id).to.equal(`option-${defaultLanguageOrder.at(-1)}`);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const event = oneEvent(el, 'ww-locale-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ locale: 'es', previous: 'en' });
    await el.updateComplete;
    expect(part(el, 'button').getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
    expect(part(el, 'label').textContent).to.equal('Español');
    expect(el.value).to.equal('es');
  });

  it('closes on Escape with focus back on the button, and chooses nothing', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    let fired = false;
    el.addEventListener('ww-locale-change', () => (fired = true));
    await openWithKeyboard(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'panel').hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
    expect(fired).to.equal(false);
  });

  it('filters by own name, English name or accent-free spelling, and announces the count', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    await openWithKeyboard(el);
    await sendKeys({ type: 'kreyol' });
    await el.updateComplete;
    expect(options(el).map((o) => o.id)).to.deep.equal(['option-ht']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Languages found: 1');
    const filter = part<HTMLInputElement>(el, 'filter');
    filter.select();
    await sendKeys({ type: 'chinese' });
    await el.updateComplete;
    expect(options(el).map((o) => o.id)).to.deep.equal(['option-zh-Hans', 'option-zh-Hant']);
    filter.select();
    await sendKeys({ type: 'qqq' });
    await el.updateComplete;
    expect(options(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('qqq');
    await expect(el).to.be.accessible();
  });

  it('uses a focusable listbox with type-ahead and Space when the list is short', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker languages="en es ru pt"></ww-language-picker>`);
    await openWithKeyboard(el);
    expect(part(el, 'filter')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'listbox'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'r' });
    await el.updateComplete;
    expect(active(el)!.id).to.equal('option-ru');
    expect(part(el, 'listbox').getAttribute('aria-activedescendant')).to.equal('option-ru');
    await sendKeys({ press: 'p' });
    await el.updateComplete;
    expect(active(el)!.id).to.equal('option-ru', 'no option starts with "rp"');
    await new Promise((r) => setTimeout(r, 700));
    await sendKeys({ press: 'p' });
    await el.updateComplete;
    expect(active(el)!.id).to.equal('option-pt');
    const event = oneEvent(el, 'ww-locale-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail.locale).to.equal('pt');
  });

  it('closes when the visitor clicks elsewhere', async () => {
    const wrapper = await fixture(html`<div><ww-language-picker></ww-language-picker><button>Other</button></div>`);
    const el = wrapper.querySelector('ww-language-picker')!;
    part(el, 'button').click();
    await el.updateComplete;
    expect(part(el, 'panel').hidden).to.equal(false);
    wrapper.querySelector('button')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(part(el, 'panel').hidden).to.equal(true);
  });

  it('chooses with a click on an option', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker languages="en fr"></ww-language-picker>`);
    part(el, 'button').click();
    await el.updateComplete;
    const event = oneEvent(el, 'ww-locale-change');
    el.shadowRoot!.querySelector<HTMLElement>('#option-fr')!.click();
    expect((await event).detail.locale).to.equal('fr');
  });

  it('toggles between two languages, naming the other one in itself', async () => {
    const el = await fixture<WwLanguagePicker>(
      html`<ww-language-picker variant="toggle" languages="en es"></ww-language-picker>`,
    );
    const button = part(el, 'button');
    expect(button.getAttribute('lang')).to.equal('es');
    expect(button.textContent!.trim()).to.equal('Español');
    const event = oneEvent(el, 'ww-locale-change');
    button.click();
    expect((await event).detail).to.deep.equal({ locale: 'es', previous: 'en' });
    await el.updateComplete;
    expect(part(el, 'button').textContent!.trim()).to.equal('English');
    expect(part(el, 'button').getAttribute('lang')).to.equal('en');
  });

  it('sets <html lang dir> only with update-document', async () => {
    const plain = await fixture<WwLanguagePicker>(html`<ww-language-picker languages="en ar"></ww-language-picker>`);
    part(plain, 'button').click();
    await plain.updateComplete;
    plain.shadowRoot!.querySelector<HTMLElement>('#option-ar')!.click();
    expect(document.documentElement.lang).to.equal('en');
    resetPageLocale();
    const el = await fixture<WwLanguagePicker>(
      html`<ww-language-picker languages="en ar" update-document></ww-language-picker>`,
    );
    part(el, 'button').click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#option-ar')!.click();
    expect(document.documentElement.lang).to.equal('ar');
    expect(document.documentElement.dir).to.equal('rtl');
  });

  it('with update-document and remember, follows a choice made in another picker or by setLocale', async () => {
    const header = await fixture<WwLanguagePicker>(
      html`<ww-language-picker update-document remember></ww-language-picker>`,
    );
    const toggle = await fixture<WwLanguagePicker>(
      html`<ww-language-picker variant="toggle" languages="en ur"></ww-language-picker>`,
    );
    part(toggle, 'button').click();
    await until(() => document.documentElement.lang === 'ur');
    expect(document.documentElement.dir).to.equal('rtl');
    expect(localStorage.getItem('welcome-widgets:locale')).to.equal('ur');
    welcomeWidgets.setLocale('es');
    await until(() => document.documentElement.lang === 'es');
    expect(document.documentElement.dir).to.equal('ltr');
    expect(localStorage.getItem('welcome-widgets:locale')).to.equal('es');
    expect(header.value).to.equal('es');
  });

  it('with update-document, applies a choice made before it was on the page (its code loads on demand)', async () => {
    welcomeWidgets.setLocale('ar');
    expect(document.documentElement.lang).to.equal('en', 'nothing sets <html lang> without such a picker');
    // Nothing else changes afterwards (pending records of the page's own <html lang> observer are delivered first).
    await new Promise((resolve) => setTimeout(resolve));
    await fixture<WwLanguagePicker>(html`<ww-language-picker update-document></ww-language-picker>`);
    expect(document.documentElement.lang).to.equal('ar');
    expect(document.documentElement.dir).to.equal('rtl');
  });

  it('stores the choice only with remember, and restores it on the next visit', async () => {
    const plain = await fixture<WwLanguagePicker>(html`<ww-language-picker variant="toggle"></ww-language-picker>`);
    part(plain, 'button').click();
    expect(localStorage.length).to.equal(0);
    resetPageLocale();
    const el = await fixture<WwLanguagePicker>(
      html`<ww-language-picker variant="toggle" languages="en ko" remember></ww-language-picker>`,
    );
    part(el, 'button').click();
    expect(localStorage.getItem('welcome-widgets:locale')).to.equal('ko');
    // A new visit: nothing chosen on the page yet, the stored choice applies.
    const stored = localStorage.getItem('welcome-widgets:locale');
    resetPageLocale();
    localStorage.setItem('welcome-widgets:locale', stored!);
    const next = await fixture<WwLanguagePicker>(html`<ww-language-picker remember></ww-language-picker>`);
    await until(() => next.value === 'ko');
    await next.updateComplete;
    expect(part(next, 'label').textContent).to.equal('한국어');
  });

  it('restores the stored choice when remember is set just after insertion, as React does', async () => {
    localStorage.setItem('welcome-widgets:locale', 'ko');
    const el = document.createElement('ww-language-picker');
    document.body.append(el);
    el.remember = true;
    try {
      await until(() => el.value === 'ko');
    } finally {
      el.remove();
    }
  });

  it('builds per-language addresses from url-template, http(s) only', () => {
    expect(languageUrl('/{lang}/services', 'zh-Hant')).to.equal(`${location.origin}/zh-Hant/services`);
    expect(languageUrl('javascript:alert({lang})', 'es')).to.equal(undefined);
  });

  it('follows a programmatic change without firing its own event', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    let firedByPicker = false;
    el.addEventListener('ww-locale-change', () => (firedByPicker = true));
    welcomeWidgets.setLocale('vi');
    await until(() => part(el, 'label').textContent === 'Tiếng Việt');
    expect(firedByPicker).to.equal(false);
  });

  it('lays out right to left in Arabic, with its labels in Arabic', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker lang="ar"></ww-language-picker>`);
    await until(() => el.locale === 'ar');
    await el.updateComplete;
    expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'base').getAttribute('lang')).to.equal('ar');
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(arabic['picker.button-prefix']);
    expect(arabic['picker.button-prefix']).to.not.equal('Language:');
    // Pinned labels, but the choice shown is still the page's language.
    expect(part(el, 'label').textContent).to.equal('English');
    await openWithKeyboard(el);
    const panel = part(el, 'panel').getBoundingClientRect();
    expect(panel.left).to.be.at.least(0, 'the menu stays inside the viewport');
    expect(panel.right).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();
  });
});
