import { expect, fixture, html } from '@open-wc/testing';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { TemplateResult } from 'lit';
import '../src/components/event-registration/register.js';
import type { EventDetail } from '../src/components/event-registration/event-registration.api.js';
import '../src/components/inquiry-form/register.js';
import { loadLocale, renderInLocale } from '../src/core/locale.js';
import { localizedMsg } from '../src/core/localized-msg.js';
import { msg, str } from '../src/core/localize.js';
import { templates as spanish } from '../src/generated/locales/es.js';
import { templates as spanishFinder } from '../src/generated/locales/finder/es.js';
import { templates as spanishInquiry } from '../src/generated/locales/inquiry/es.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * Each widget renders in its own locale through a private hook of
 * @lit/localize 0.12 (see src/core/locale.ts). These tests fail when an
 * upgrade changes what the hook relies on.
 */
describe('the lit-localize hook that renders each widget in its own locale', () => {
  it('is installed once, by locale.ts: a second installation throws', () => {
    expect(_installMsgImplementation).to.be.a('function');
    expect(() => _installMsgImplementation((() => '') as never)).to.throw(/configured once/);
  });

  it('makes msg() answer in the locale being rendered, and in English outside a render', async () => {
    await loadLocale('es');
    expect(msg('Try again', { id: 'action.retry' })).to.equal('Try again');
    expect(renderInLocale('es', () => msg('Try again', { id: 'action.retry' }))).to.equal(spanish['action.retry']);
    const count = (n: number) => msg(str`Services found: ${n}`, { id: 'finder.results-count' });
    expect(renderInLocale('es', () => count(7))).to.equal('Services found: 7', 'the finder catalogue is not loaded');
  });

  it('reads catalogues in the shape lit-localize generates: values as indices of the source values', () => {
    expect(spanishFinder['finder.results-count']).to.include({ strTag: true });
    expect(localizedMsg(spanishFinder, str`Services found: ${12}`, { id: 'finder.results-count' })).to.equal(
      'Servicios encontrados: 12',
    );
    const strings = Object.assign(['', ' and ', ''], { raw: ['', ' and ', ''] });
    expect(joinStringsAndValues(strings, ['a', 'b'], [1, 0])).to.equal('b and a');
    const delivered = spanishInquiry['inquiry.delivered-earlier'] as TemplateResult;
    expect(delivered.values).to.deep.equal([0]);
    const localized = localizedMsg(spanishInquiry, html`Your message sent earlier was delivered: reference ${'AB12'}`, {
      id: 'inquiry.delivered-earlier',
    }) as TemplateResult;
    expect(localized.strings).to.equal(delivered.strings);
    expect(localized.values).to.deep.equal(['AB12']);
  });
});

/** A 400 answer without field errors: the form shows its own words for it, composed when the answer came. */
function refuse(path: RegExp) {
  const real = window.fetch;
  window.fetch = (input, init) =>
    path.test(String(input)) && init?.method === 'POST'
      ? Promise.resolve(
          new Response(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400 }), {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
        )
      : real(input, init);
  return () => (window.fetch = real);
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const fill = (el: Element, name: string, value: string) => {
  const input = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
};

describe('a form refused outside a render', () => {
  beforeEach(resetPageLocale);

  it('ww-event-registration says so in its own language', async () => {
    const from = new Date();
    const to = new Date(from.getTime() + 300 * 86_400_000);
    const list = (await (
      await fetch(`/v1/events?q=Citizenship%20Day&from=${from.toISOString()}&to=${to.toISOString()}`)
    ).json()) as { items: { event_id: string; local_start: string }[] };
    const { event_id, local_start } = list.items[0]!;
    const event = (await (await fetch(`/v1/events/${event_id}?occurrence=${local_start}`)).json()) as EventDetail;
    const el = await fixture(
      html`<ww-event-registration endpoint="/v1/" lang="es" .event=${event}></ww-event-registration>`,
    );
    await until(() => Boolean($(el, 'form')));
    const restore = refuse(/\/registrations/);
    try {
      fill(el, 'name', 'Ana');
      $<HTMLInputElement>(el, 'input[name="contact_method"][value="none"]')!.click();
      $<HTMLButtonElement>(el, '[part="submit"]')!.click();
      await until(() => Boolean($(el, '.error-summary')), 8000);
      expect($(el, '.error-summary')!.textContent).to.contain(spanish['error.invalid']);
    } finally {
      restore();
    }
  });

  it('ww-inquiry-form says so in its own language', async () => {
    const el = await fixture(html`<ww-inquiry-form endpoint="/v1/" lang="es" kiosk></ww-inquiry-form>`);
    await until(() => ($<HTMLSelectElement>(el, '#f-topic')?.options.length ?? 0) > 1, 8000);
    const restore = refuse(/\/inquiries(\?|$)/);
    try {
      fill(el, 'topic', 'municipal-id');
      fill(el, 'message', '¿Dónde consigo la tarjeta de identificación?');
      $<HTMLInputElement>(el, 'input[name="contact_method"][value="none"]')!.click();
      $<HTMLButtonElement>(el, '[part="submit"]')!.click();
      await until(() => Boolean($(el, '.error-summary')), 8000);
      expect($(el, '.error-summary')!.textContent).to.contain(spanish['error.invalid']);
    } finally {
      restore();
    }
  });
});
