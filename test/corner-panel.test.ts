import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/corner-panel/register.js';
import type { WwCornerPanel } from '../src/components/corner-panel/corner-panel.js';
import type { EventList } from '../src/components/clinic-calendar/clinic-calendar.api.js';
import { dayLabel, dayOf, timeRange } from '../src/components/clinic-calendar/parts/format.js';
import { formatHours } from '../src/core/opening-hours.js';
import type { ServiceList } from '../src/components/service-finder/service-finder.api.js';
import { resetPageLocale, until } from './helpers/locale-state.js';
import { expectSkipPast } from './helpers/skip-past.js';
import '../src/components/service-finder/register.js';

/** The corner panel against the reference server (sample directory and events, in memory) behind /v1/. */
const FLATBUSH = 'a9bf9e29-6bfc-5b3b-9573-d6e6ab1689eb';
const HARLEM = '60334bfd-d811-5c35-a795-af0a7ca6b4a7';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** The nested calendar and finder, once defined (they load when the panel shows them). */
const calendarOf = (el: Element) => $(el, 'ww-clinic-calendar')!;
const finderOf = (el: Element) => $(el, 'ww-service-finder')!;
const events = (el: Element) => (calendarOf(el)?.shadowRoot ? $$(calendarOf(el), '.main .event') : []);
const services = (el: Element) => (finderOf(el)?.shadowRoot ? $$(finderOf(el), '[part="card"]') : []);
/** The branch, its events and its services have all answered (or a notice is shown). */
const loaded = (el: WwCornerPanel, timeout = 10000) =>
  until(
    () =>
      Boolean($(el, '[part="notice"]')) ||
      (Boolean($(el, '.panel')) &&
        (events(el).length > 0 || Boolean(calendarOf(el).shadowRoot?.querySelector('[part="notice"]'))) &&
        $(calendarOf(el), '.list-wrap')?.getAttribute('aria-busy') === 'false' &&
        (services(el).length > 0 || Boolean(finderOf(el).shadowRoot?.querySelector('[part="notice"]'))) &&
        finderOf(el).shadowRoot?.querySelector('[part="results"][aria-busy="true"]') === null),
    timeout,
  );
/** "Monday, March 8, 6:00 – 7:30 PM": an event's day heading and its time. */
const when = (item: Element) =>
  `${text(item.closest('.day-group')!.querySelector('.day-heading'))}, ${text(item.querySelector('.event__time'))}`;

async function panel(template = html`<ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH}></ww-corner-panel>`) {
  const el = await fixture<WwCornerPanel>(template);
  await loaded(el);
  return el;
}

async function api<T>(path: string, lang = 'en'): Promise<T> {
  const response = await fetch(`/v1/${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  return (await response.json()) as T;
}

describe('ww-corner-panel', () => {
  beforeEach(resetPageLocale);

  it('shows the Flatbush corner: heading, description, hours, staff languages in themselves, address with directions', async () => {
    const el = await panel();
    const title = $(el, '#title')!;
    // The branch's name is isolated (U+2068 … U+2069): in Arabic or Urdu it keeps its own order.
    expect(text(title)).to.equal('New Americans Corner at \u2068Flatbush Library\u2069');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal('title');
    expect(text($(el, '.panel'))).to.contain('New American Corner: free guides on citizenship');
    const info = text($(el, '.info'));
    expect(info).to.contain('Staff speak');
    // Staff languages named in themselves, each marked with its language; interpreters are not staff.
    const spoken = $$(el, '.info span[lang]').map((s) => [s.getAttribute('lang'), text(s)]);
    expect(spoken).to.deep.include(['ht', 'Kreyòl ayisyen']);
    expect(spoken).to.deep.include(['fr', 'Français']);
    expect(spoken.map(([code]) => code)).not.to.include('es');
    expect(info).to.contain('22 Linden Blvd, Brooklyn, NY 11226');
    // Hours today in the branch's zone, as the finder says them.
    const place = await api<{ hours_today: { opens_at: string; closes_at: string }[]; open_now: boolean | null }>(
      `locations/${FLATBUSH}`,
    );
    expect(place.open_now).to.be.a('boolean');
    expect(info).to.contain(place.open_now ? 'Open now' : 'Closed now');
    expect(info).to.contain(
      place.hours_today.length
        ? `Today ${place.hours_today.map((h) => formatHours(h.opens_at, h.closes_at, 'en')).join(', ')}`
        : 'Closed today',
    );
    const directions = $<HTMLAnchorElement>(el, '.info a')!;
    expect(directions.href).to.match(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=22%20Linden/);
    expect(directions.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  it('lists the branch’s next three events in time order, with date and time in the event’s zone', async () => {
    const el = await panel();
    const now = Date.now();
    const list = await api<EventList>(
      `events?location_id=${FLATBUSH}&from=${new Date(now).toISOString()}&to=${new Date(now + 60 * 86_400_000).toISOString()}`,
    );
    const expected = list.items.slice(0, 3);
    expect(expected).to.have.length(3);
    const items = events(el);
    expect(items).to.have.length(3);
    expect(items.map((i) => text(i.querySelector('.event__title')))).to.deep.equal(expected.map((o) => o.title));
    expect(items.map(when)).to.deep.equal(expected.map((o) => `${dayLabel(dayOf(o), 'en')}, ${timeRange(o, 'en')}`));
    const starts = expected.map((o) => Date.parse(o.start));
    expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
    // The calendar's facts: the type by name; the panel's sections one level below its heading.
    expect(text(items[0]!.querySelector('.facts'))).to.contain(expected[0]!.type_name);
    expect($(calendarOf(el), '.day-heading')!.getAttribute('aria-level')).to.equal('4');
    // Just the list: no filters, views, period navigation or status line.
    expect($(calendarOf(el), '.toolbar')).to.equal(null);
    expect($(calendarOf(el), '.period')).to.equal(null);
  });

  it('lists the three services nearest the branch, by distance, with their links', async () => {
    const el = await panel();
    const list = await api<ServiceList>('services?near=40.6523,-73.959&sort=distance&page_size=3');
    const items = services(el);
    expect(items.map((i) => text(i.querySelector('.card__title')))).to.deep.equal(list.items.map((s) => s.name));
    const distances = list.items.map((s) => s.distance_km!);
    expect([...distances].sort((a, b) => a - b)).to.deep.equal(distances);
    expect(text(items[0])).to.contain(list.items[0]!.organization.name);
    expect(text(items[0])).to.match(/\d mi/);
    expect(items[0]!.querySelectorAll('a[part="action"]').length).to.be.greaterThan(0);
    expect($(finderOf(el), '[part="filters"]')).to.equal(null);
  });

  it('opens an event in place from the keyboard: its details and sign-up form load, Escape returns focus', async () => {
    const el = await panel();
    const calendar = calendarOf(el);
    const button = $(calendar, '.main .event__title')!;
    button.focus();
    const selected = oneEvent(el, 'ww-event-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(button.dataset['id']).to.equal(`${detail.eventId}/${detail.occurrence}`);
    await until(() => Boolean($(calendar, '.detail__description')), 8000);
    expect(active(calendar)).to.equal($(calendar, '.detail__title'));
    const form = $(calendar, 'ww-event-registration')!;
    expect(form.getAttribute('occurrence')).to.equal(detail.occurrence);
    await until(() => Boolean(form.shadowRoot?.querySelector('form')), 8000);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(calendar, '.detail'));
    expect(active(calendar)).to.equal(button);
  });

  it('offers a way past it, names its finder’s search apart from the page’s own, and nests no other way past', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH}></ww-corner-panel>
        <ww-service-finder endpoint="/v1/" page-size="3"></ww-service-finder>
      </div>`,
    );
    const el = page.querySelector<WwCornerPanel>('ww-corner-panel')!;
    await loaded(el);
    const pageFinder = page.querySelector('ww-service-finder')!;
    await until(() => Boolean(pageFinder.shadowRoot?.querySelector('[role="search"]')));
    const searchNames = [finderOf(el), pageFinder].map((f) => $(f, '[role="search"]')!.getAttribute('aria-label'));
    expect(searchNames).to.deep.equal(['Help nearby', 'Search for help']);
    // The compact calendar and finder inside are short: the panel's own way past is the only one.
    expect($(calendarOf(el), '.skip')).to.equal(null);
    expect($(finderOf(el), '.skip')).to.equal(null);
    await expectSkipPast(el, 'Skip past the library corner', 'End of the library corner');
    await expect(el).to.be.accessible();
  });

  it('opens the question form in a dialog, and closes it with its button', async () => {
    const el = await panel();
    const ask = $$(el, '.ask button')[0]!;
    expect(text(ask)).to.equal('Ask a question');
    ask.click();
    await until(() => Boolean($<HTMLDialogElement>(el, 'dialog')?.open));
    const form = $(el, 'dialog ww-inquiry-form')!;
    await until(() => Boolean(form.shadowRoot?.querySelector('form')), 8000);
    await expect(el).to.be.accessible();
    $$(el, 'dialog .dialog__head button')[0]!.click();
    await until(() => !$(el, 'dialog'));
    expect(active(el)).to.equal(ask);
  });

  it('links to the page’s own calendar, finder and question page when given', async () => {
    const el = await panel(
      html`<ww-corner-panel
        endpoint="/v1/"
        location-id=${FLATBUSH}
        calendar-href="/events"
        finder-href="/help"
        ask-href="/ask"
      ></ww-corner-panel>`,
    );
    const links = $$(el, 'a.button').map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['See all events', '/events'],
      ['Find more help', '/help'],
      ['Ask a question', '/ask'],
    ]);
    expect($(el, '.ask button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Bangla: the branch, its corner and events in Bangla, dates through Intl in bn', async () => {
    const el = await panel(html`<ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH} lang="bn"></ww-corner-panel>`);
    const place = await api<{ name: string; corner_description: string; description: string }>(
      `locations/${FLATBUSH}`,
      'bn',
    );
    expect(place.name).to.match(/[\u0980-\u09ff]/);
    expect(text($(el, '#title'))).to.contain(place.name);
    expect(text($(el, '.panel'))).to.contain(place.description);
    const items = events(el);
    expect(items).to.have.length(3);
    for (const item of items) {
      // Weekday, month and digits in Bangla (CLDR's bn keeps "PM").
      expect(when(item)).to.match(/^[\u0980-\u09ff]+ [\u09e6-\u09ef]+ [\u0980-\u09ff]+, /);
      expect(when(item)).not.to.match(/[0-9]/);
      expect(item.querySelector('.event__title')!.getAttribute('lang')).to.equal('bn');
    }
    // Each occurrence's time as Intl writes it in bn.
    const now = Date.now();
    const list = await api<EventList>(
      `events?location_id=${FLATBUSH}&from=${new Date(now).toISOString()}&to=${new Date(now + 60 * 86_400_000).toISOString()}`,
      'bn',
    );
    expect(when(items[0]!)).to.equal(`${dayLabel(dayOf(list.items[0]!), 'bn')}, ${timeRange(list.items[0]!, 'bn')}`);
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('bn');
    expect($(calendarOf(el), '[part="base"]')!.getAttribute('lang')).to.equal('bn');
    expect($(finderOf(el), '[part="base"]')!.getAttribute('lang')).to.equal('bn');
    await expect(el).to.be.accessible();
  });

  it('gives each text its own language, and marks what is not yet in the visitor’s language', async () => {
    // Somali: the sample events have Somali drafts; some services' longer texts do not yet.
    const el = await panel(html`<ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH} lang="so"></ww-corner-panel>`);
    for (const item of events(el)) {
      expect(item.querySelector('.event__title')!.getAttribute('lang')).to.equal('so');
    }
    // The finder marks its cards that are not yet in Somali (the calendar does so in an event's details).
    const cards = services(el);
    expect(cards.length).to.be.greaterThan(0);
    for (const card of cards) {
      if (card.querySelector('.card__title')!.getAttribute('lang') !== 'so') {
        expect(card.querySelector('.note')).to.not.equal(null);
      }
    }
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in Arabic', async () => {
    const el = await panel(html`<ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH} lang="ar"></ww-corner-panel>`);
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(when(events(el)[0]!)).to.match(/[\u0600-\u06ff]/);
    expect($(calendarOf(el), '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect($(finderOf(el), '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px without scrolling sideways', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 320px"><ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH}></ww-corner-panel></div>`,
    );
    const el = box.querySelector('ww-corner-panel')!;
    await loaded(el);
    expect($(el, '.base')!.scrollWidth).to.be.at.most(320);
  });

  it('uses heading-level for its heading and one below for its sections', async () => {
    const el = await panel(
      html`<ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH} heading-level="3"></ww-corner-panel>`,
    );
    expect($(el, '#title')!.getAttribute('aria-level')).to.equal('3');
    expect($$(el, '.column > [role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
    expect($(calendarOf(el), '.day-heading')!.getAttribute('aria-level')).to.equal('5');
    expect($(finderOf(el), '.card__title')!.getAttribute('aria-level')).to.equal('5', 'services under "Help nearby"');
  });

  it('shows a branch without a corner under its own name', async () => {
    const el = await panel(html`<ww-corner-panel endpoint="/v1/" location-id=${HARLEM}></ww-corner-panel>`);
    expect(text($(el, '#title'))).to.equal('Harlem Library');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the branch does not exist', async () => {
    const el = await panel(
      html`<ww-corner-panel endpoint="/v1/" location-id="00000000-0000-4000-8000-000000000000"></ww-corner-panel>`,
    );
    expect(text($(el, '[part="notice"]'))).to.contain('We could not find this library branch.');
    expect($(el, '[part="notice-action"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so while loading, with a skeleton', async () => {
    const el = await fixture<WwCornerPanel>(
      html`<ww-corner-panel endpoint="/api-fail/slow/" location-id=${FLATBUSH}></ww-corner-panel>`,
    );
    await until(() => text($(el, '[role="status"]')) === 'Loading the library corner…');
    expect($(el, '.skeleton')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a localized error with a retry after a server error', async () => {
    const el = await fixture<WwCornerPanel>(
      html`<ww-corner-panel endpoint="/api-fail/500/" location-id=${FLATBUSH}></ww-corner-panel>`,
    );
    await until(() => Boolean($(el, '[part="notice"][role="alert"]')), 10000);
    expect(text($(el, '[part="notice"]'))).to.contain('The service is having a problem');
    await expect(el).to.be.accessible();
    $(el, '[part="notice-action"]')!.click();
    await until(() => text($(el, '[role="status"]')) === 'Loading the library corner…');
  });

  it('says so when no endpoint is configured', async () => {
    const el = await fixture<WwCornerPanel>(html`<ww-corner-panel location-id=${FLATBUSH}></ww-corner-panel>`);
    await until(() => Boolean($(el, '[part="notice"]')));
    expect($(el, '.skeleton')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
