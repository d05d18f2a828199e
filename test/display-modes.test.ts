import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/language-picker/register.js';
import type { WwLanguagePicker } from '../src/components/language-picker/language-picker.js';
import { resetPageLocale } from './helpers/locale-state.js';

const part = (el: WwLanguagePicker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function openMenu(el: WwLanguagePicker): Promise<void> {
  part(el, 'button').focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
}

describe('ww-language-picker across display settings', () => {
  beforeEach(resetPageLocale);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { active: false });
    document.documentElement.style.removeProperty('font-size');
  });

  for (const [name, width, height] of [
    ['320 px wide (reflow)', 320, 640],
    ['1280 px at 200% zoom', 640, 400],
  ] as const) {
    it(`opens without horizontal scrolling at ${name}, even at the end of a line`, async () => {
      await setViewport({ width, height });
      const page = await fixture(
        html`<div style="display: flex; justify-content: flex-end"><ww-language-picker></ww-language-picker></div>`,
      );
      const el = page.querySelector('ww-language-picker')!;
      await openMenu(el);
      const panel = part(el, 'panel').getBoundingClientRect();
      expect(panel.left).to.be.at.least(0);
      expect(panel.right).to.be.at.most(document.documentElement.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps readable text on a page that sets html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    expect(parseFloat(getComputedStyle(part(el, 'button')).fontSize)).to.be.at.least(16);
    const targetHeight = part(el, 'button').getBoundingClientRect().height;
    expect(targetHeight).to.be.at.least(24, 'WCAG 2.2 target size');
  });

  it('follows the host text size when it is larger', async () => {
    const page = await fixture(html`<div style="font-size: 24px"><ww-language-picker></ww-language-picker></div>`);
    const el = page.querySelector('ww-language-picker')!;
    expect(parseFloat(getComputedStyle(part(el, 'button')).fontSize)).to.equal(24);
  });

  it('uses system colours in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    await openMenu(el);
    const reference = await fixture(html`<div style="forced-color-adjust: none; background: Highlight"></div>`);
    const active = el.shadowRoot!.querySelector<HTMLElement>('.option.active')!;
    expect(getComputedStyle(active).backgroundColor).to.equal(getComputedStyle(reference).backgroundColor);
    expect(getComputedStyle(part(el, 'button')).borderStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('does not animate when the visitor prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    const chevron = el.shadowRoot!.querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    await el.updateComplete;
    expect(getComputedStyle(chevron).transitionDuration).to.not.equal('0s');
  });

  it('shows a visible focus ring on the button', async () => {
    const el = await fixture<WwLanguagePicker>(html`<ww-language-picker></ww-language-picker>`);
    part(el, 'button').focus();
    await sendKeys({ press: 'Shift' });
    const style = getComputedStyle(part(el, 'button'));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
