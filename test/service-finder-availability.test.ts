import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/components/service-finder/register.js';
import type { ServiceList } from '../src/components/service-finder/service-finder.api.js';
import type { WwServiceFinder } from '../src/components/service-finder/service-finder.js';
import { templates as spanishMessages } from '../src/generated/locales/finder/es.js';
import { holdRequests } from './helpers/held-requests.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * Whether a service takes new clients and whether its listing is overdue for re-verification, as the finder shows
 * them, against the reference server's sample directory: ActionNYC in Jackson Heights keeps a waiting list, the
 * Bronx Saturday clinic (an attorney's listing) was last verified on 2026-03-10, past the accredited interval.
 */
const $ = <T extends Element = HTMLElement>(el: WwServiceFinder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwServiceFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const countLine = (el: WwServiceFinder) => text($(el, '.count-line'));
const cardNamed = (el: WwServiceFinder, name: RegExp) =>
  $$(el, '.card').find((card) => name.test(text(card.querySelector('.card__open'))));

const settled = async (el: WwServiceFinder) => {
  await el.updateComplete;
  await until(() => !$(el, '[aria-busy="true"]') && /\d/.test(countLine(el)), 8000);
};

async function finder(template = html`<ww-service-finder endpoint="/v1/" page-size="30"></ww-service-finder>`) {
  const el = await fixture<WwServiceFinder>(template);
  await settled(el);
  await until(() => !$(el, '.filters [aria-busy="true"]'), 8000);
  return el;
}

/** Searches `q` and waits for its answer. */
async function search(el: WwServiceFinder, q: string) {
  const box = $<HTMLInputElement>(el, '#q')!;
  box.value = q;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => $(el, '[aria-busy="true"]') !== null || countLine(el) !== '', 2000).catch(() => undefined);
  await settled(el);
}

/** The date as the finder writes it: through Intl, never by hand. */
const written = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

describe('ww-service-finder availability and re-verification', () => {
  beforeEach(() => {
    resetPageLocale();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    await setViewport({ width: 800, height: 600 });
  });

  it('says a service keeps a waiting list, and that an overdue badge is not re-verified since its date', async () => {
    const el = await finder();
    await search(el, 'ActionNYC');
    const waitlist = cardNamed(el, /Jackson Heights/)!;
    expect(text(waitlist.querySelector('.availability'))).to.equal('Waiting list');
    // Taking new clients as usual: nothing said.
    expect(cardNamed(el, /Harlem/)!.querySelector('.availability')).to.equal(null);

    const overdue = cardNamed(el, /Saturday clinic/)!;
    const attorney = overdue.querySelector('.badge--attorney')!;
    expect(text(attorney)).to.contain(`not re-verified since ${written('2026-03-10', 'en')}`);
    expect(text(attorney)).to.not.contain('checked');
    expect(attorney.classList.contains('badge--overdue')).to.equal(true);
    // Not by colour alone: the words, and a dashed border that stays in forced colors.
    expect(getComputedStyle(attorney).borderStyle).to.equal('dashed');
    // A listing checked in time keeps "checked <date>".
    expect(text(cardNamed(el, /Jackson Heights/)!.querySelector('.badge--attorney'))).to.match(/· checked /);
    await expect(el).to.be.accessible();

    // The full record says the same.
    (waitlist.querySelector('.card__open') as HTMLButtonElement).click();
    await until(() => text($(el, 'dialog .availability')) === 'Waiting list', 8000);
    await expect(el).to.be.accessible();
  });

  it('says full and paused (until a date, through Intl) in the visitor’s language', async () => {
    const { held, restore } = holdRequests(/\/v1\/services\?/);
    const statuses = [
      { status: 'full', since: null, until: null },
      { status: 'paused', since: '2026-11-20', until: '2027-01-11' },
      { status: 'paused', since: null, until: null },
    ] as const;
    // Every search answered as the server would, with the three statuses the sample directory has none of.
    let answered = 0;
    const answering = setInterval(() => {
      for (const request of held.slice(answered)) {
        request.edit((body) => {
          const list = body as ServiceList;
          return { ...list, items: list.items.map((item, n) => ({ ...item, availability: statuses[n % 3]! })) };
        });
      }
      answered = held.length;
    }, 20);
    try {
      const el = await fixture<WwServiceFinder>(
        html`<ww-service-finder endpoint="/v1/" page-size="3" lang="es"></ww-service-finder>`,
      );
      await settled(el);
      const said = $$(el, '.card').map((card) => text(card.querySelector('.availability')));
      expect(said).to.deep.equal([
        spanishMessages['finder.availability.full'],
        `En pausa hasta el ${written('2027-01-11', 'es')}`,
        spanishMessages['finder.availability.paused'],
      ]);
      await expect(el).to.be.accessible();
    } finally {
      clearInterval(answering);
      restore();
    }
  });

  it('filters to services taking new clients, with accepting=true, a chip, and the filter kept in the address', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" page-size="30" sync-url></ww-service-finder>`);
    await search(el, 'ActionNYC');
    expect(cardNamed(el, /Jackson Heights/)).to.not.equal(undefined);
    const sent: string[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return real(input, init);
    };
    try {
      const box = $<HTMLInputElement>(el, 'input[data-filter="accepting"]')!;
      expect(text(box.closest('label'))).to.equal('Taking new clients');
      box.click();
      await settled(el);
    } finally {
      window.fetch = real;
    }
    expect(sent.some((url) => new URL(url, location.href).searchParams.get('accepting') === 'true')).to.equal(
      true,
      sent.join(' '),
    );
    expect(cardNamed(el, /Jackson Heights/)).to.equal(undefined, 'the waiting list is left out');
    expect($$(el, '.card').length).to.be.greaterThan(0);
    expect($$(el, '.card .availability')).to.have.length(0);
    expect($$(el, '.chip:not(.chip--clear)').map((chip) => text(chip))).to.include('Taking new clients ×');
    await until(() => decodeURIComponent(location.hash).includes('accepting=1'));
    await expect(el).to.be.accessible();

    // A page opened on the shared link starts with the filter on.
    const shared = await finder(html`<ww-service-finder endpoint="/v1/" page-size="30" sync-url></ww-service-finder>`);
    expect($<HTMLInputElement>(shared, 'input[data-filter="accepting"]')!.checked).to.equal(true);
    expect(cardNamed(shared, /Jackson Heights/)).to.equal(undefined);
  });

  it('lays out right to left in Arabic, reflows at 320px, and keeps its cues in forced colors', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" page-size="30" lang="ar"></ww-service-finder>`);
    await until(() => el.locale === 'ar');
    await search(el, 'ActionNYC');
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    const availability = $(el, '.availability')!;
    expect(text(availability)).to.equal('قائمة انتظار');
    expect(text($(el, '.badge--overdue'))).to.contain('لم يُعَد التحقق منذ');
    await expect(el).to.be.accessible();

    await setViewport({ width: 320, height: 640 });
    await el.updateComplete;
    for (const card of $$(el, '.card')) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);

    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(getComputedStyle(availability).borderInlineStartStyle).to.equal('solid');
    expect(getComputedStyle($(el, '.badge--overdue')!).borderStyle).to.equal('dashed');
    await expect(el).to.be.accessible();
  });
});
