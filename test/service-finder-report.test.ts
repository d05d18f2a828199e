import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/service-finder/register.js';
import type { WwServiceFinder } from '../src/components/service-finder/service-finder.js';
import type { WwReportEvent } from '../src/events/report.js';
import { templates as creole } from '../src/generated/locales/finder/ht.js';
import { templates as arabic } from '../src/generated/locales/finder/ar.js';
import { focused } from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/** "Report a problem" in the finder, against the reference server (sample directory, in memory) behind /v1/. */
const $ = <T extends Element = HTMLElement>(el: WwServiceFinder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: WwServiceFinder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function finder(lang: string): Promise<WwServiceFinder> {
  const el = await fixture<WwServiceFinder>(
    html`<ww-service-finder endpoint="/v1/" page-size="3" lang=${lang}></ww-service-finder>`,
  );
  await until(() => $$(el, '.card').length === 3, 8000);
  return el;
}

/** The first card's report button, focused and pressed with the keyboard; answers the form once it is open. */
async function openFromCard(el: WwServiceFinder): Promise<{ button: HTMLElement; form: HTMLFormElement }> {
  const button = $(el, '.card [data-report]')!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => Boolean(button.parentElement!.querySelector('form')), 8000);
  await until(() => focused()?.matches('input[type=radio]') ?? false);
  return { button, form: button.parentElement!.querySelector('form')! };
}

/** Each test speaks from an address of its own, so the limit of reports per client is its own. */
const useAddress = (address: string) => executeServerCommand('api-client', { address });

describe('ww-service-finder: report a problem', () => {
  beforeEach(resetPageLocale);
  afterEach(async () => {
    await useAddress('');
    await setViewport({ width: 800, height: 600 });
  });

  it('reports a wrong phone in Haitian Creole from a card, by keyboard; the office has it', async () => {
    await useAddress('198.51.100.31');
    const el = await finder('ht');
    const serviceId = $(el, '.card [data-report]')!.dataset.report!.replace(/^card-/, '');
    await expect(el).to.be.accessible();
    const { button, form } = await openFromCard(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal(creole['finder.report.open']);
    expect(text(form)).to.include(creole['finder.report.privacy'] as string);
    // The first choice has focus: Space picks it (wrong phone).
    expect((focused() as HTMLInputElement).value).to.equal('wrong-phone');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.localName).to.equal('textarea');
    const note = `Nimewo a sonnen nan yon lavaj ${Date.now()}`;
    await sendKeys({ type: note });
    await sendKeys({ press: 'Tab' });
    const reported = oneEvent(el, 'ww-report') as Promise<WwReportEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await reported;
    expect(event.detail).to.deep.equal({ id: serviceId, kind: 'wrong-phone' });
    expect(event.bubbles && event.composed).to.equal(true);
    await until(() => text(button.parentElement!.querySelector('[role=status]')) === creole['finder.report.thanks']);
    expect(button.parentElement!.querySelector('form')).to.equal(null);
    await until(() => text(focused()) === creole['finder.report.close']);
    await expect(el).to.be.accessible();
    // Close: focus goes back to the button, which says the form is shut.
    await sendKeys({ press: 'Enter' });
    await until(() => focused() === button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    // The editors' queue has it, in Haitian Creole, with the note.
    await signInAs('editor');
    try {
      const list = (await (await fetch(`/v1/staff/directory/reports?service_id=${serviceId}`)).json()) as {
        items: { kind: string; locale: string; note: string | null }[];
      };
      expect(list.items.find((item) => item.note === note)).to.include({ kind: 'wrong-phone', locale: 'ht' });
    } finally {
      await signOutPage();
    }
  });

  it('past the limit: a clear message in the language, everything typed kept; a choice is asked for', async () => {
    await useAddress('198.51.100.32');
    const el = await finder('ht');
    const serviceId = $(el, '.card [data-report]')!.dataset.report!.replace(/^card-/, '');
    // This address spends its reports.
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`/v1/services/${serviceId}/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'other', lang: 'ht' }),
      });
      expect(response.status).to.equal(201);
    }
    const { form } = await openFromCard(el);
    // Send with nothing chosen: asked for a choice, focus on the first.
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(form.querySelector('fieldset[aria-invalid=true]')));
    expect(text(form.querySelector('.report__kinds')!.previousElementSibling)).to.equal(
      creole['finder.report.kind-missing'],
    );
    await until(() => (focused() as HTMLInputElement | null)?.value === 'wrong-phone');
    await expect(el).to.be.accessible();
    // Arrow keys move between the choices.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((focused() as HTMLInputElement).value).to.equal('closed');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Yo fèmen depi mwa pase' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(form.querySelector('[role=alert]')) === creole['finder.report.limited'], 8000);
    expect(form.querySelector<HTMLInputElement>('input[value=closed]')!.checked).to.equal(true);
    expect(form.querySelector('textarea')!.value).to.equal('Yo fèmen depi mwa pase');
    await expect(el).to.be.accessible();
  });

  it('from the full record, right to left at 320 px: no sideways scrolling, Cancel gives focus back', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finder('ar');
    $(el, '.card__open')!.click();
    await until(() => Boolean($(el, 'dialog .detail [data-report]')), 8000);
    const button = $(el, 'dialog [data-report]')!;
    expect(button.dataset.report).to.match(/^detail-/);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.matches('dialog form input[type=radio]') ?? false, 8000);
    const form = button.parentElement!.querySelector('form')!;
    expect(getComputedStyle(form).direction).to.equal('rtl');
    expect(text(form.querySelector('legend'))).to.equal(arabic['finder.report.kind']);
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.scrollWidth, 'the record does not scroll sideways').to.be.at.most(dialog.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
    const cancel = [...form.querySelectorAll<HTMLButtonElement>('button[type=button]')].at(-1)!;
    expect(text(cancel)).to.equal(arabic['finder.report.cancel']);
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused() === button);
    expect(button.parentElement!.querySelector('form')).to.equal(null);
    dialog.close();
  });
});
