import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/clinic-calendar/register.js';
import type { WwClinicCalendar } from '../src/components/clinic-calendar/clinic-calendar.js';
import { timeRange } from '../src/components/clinic-calendar/parts/format.js';
import { visitorTimeZone } from '../src/core/zoned-time.js';
import { addDays, addMonths, endOfWeek, startOfWeek, today } from '../src/components/clinic-calendar/parts/range.js';
import '../stories/fixtures/calendar-api.js';
import { resetPageLocale, until } from './helpers/locale-state.js';
import { expectSkipPast } from './helpers/skip-past.js';

/** The calendar against the reference server (sample events, in memory) behind /v1/. */
const FLATBUSH = 'a9bf9e29-6bfc-5b3b-9573-d6e6ab1689eb';
const NY = 'America/New_York';

const $ = <T extends Element = HTMLElement>(el: WwClinicCalendar, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwClinicCalendar, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: WwClinicCalendar) => text($(el, '.status'));
const settled = (el: WwClinicCalendar) => !/Loading/.test(status(el));
const loaded = (el: WwClinicCalendar, timeout = 8000) =>
  until(() => (Boolean(status(el)) && settled(el)) || Boolean($(el, '[part="notice"]')), timeout);
const titles = (el: WwClinicCalendar) => $$(el, '.main .event__title').map(text);
const items = (el: WwClinicCalendar) => $$(el, '.main .event').map(text);
const active = (el: WwClinicCalendar) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedDay = (el: WwClinicCalendar) => active(el)?.dataset['day'];
const english = (key: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(new Date(`${key}T00:00Z`));

async function calendar(template = html`<ww-clinic-calendar endpoint="/v1/" view="list"></ww-clinic-calendar>`) {
  const el = await fixture<WwClinicCalendar>(template);
  await loaded(el);
  return el;
}

function choose(el: WwClinicCalendar, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('ww-clinic-calendar: list', () => {
  beforeEach(resetPageLocale);

  it('lists the seeded events by their day in the event zone, with the facts, and is accessible', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" location-id=${FLATBUSH}></ww-clinic-calendar>`,
    );
    expect(status(el)).to.match(/^\d+ events?$/);
    const item = $$(el, '.main .event').find((e) => /English conversation class/.test(text(e)))!;
    const [, localStart] = item.querySelector<HTMLElement>('.event__title')!.dataset['id']!.split('/');
    // 18:00 in New York whatever the visitor's zone, under New York's date.
    expect(text(item.querySelector('.event__time'))).to.match(/^6:00\s*–\s*7:30\s*PM/);
    if (visitorTimeZone() !== NY) expect(text(item.querySelector('.event__time'))).to.match(/E[SD]T$/);
    expect(text(item.closest('.day-group')!.querySelector('.day-heading'))).to.equal(
      english(localStart!.slice(0, 10), { weekday: 'long', day: 'numeric', month: 'long' }),
    );
    expect(item.closest('.day-group')!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const facts = text(item.querySelector('.facts'));
    // Other tests sign up for this class on the same server: read the places left from the API.
    const [eventId] = item.querySelector<HTMLElement>('.event__title')!.dataset['id']!.split('/');
    const { availability } = (await (await fetch(`/v1/events/${eventId}`)).json()) as {
      availability: { available: number };
    };
    for (const fact of [
      'English class',
      'Flatbush Library',
      'Free',
      'Session 1 of 10',
      `Places left: ${availability.available}`,
    ]) {
      expect(facts).to.contain(fact);
    }
    // Each language in itself, marked for the screen reader's voice.
    expect(item.querySelector('[lang="ht"]')!.textContent).to.equal('Kreyòl ayisyen');
    expect(item.querySelector('[lang="bn"]')!.textContent).to.equal('বাংলা');
    expect(items(el).every((t) => /Flatbush Library|Online/.test(t))).to.equal(true);
    expect($(el, '#f-locationId')).to.equal(null, 'no place filter when the place is preset');
    await expect(el).to.be.accessible();
  });

  it('shows earlier weeks with past sessions dimmed and marked, and without sign-up', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" location-id=${FLATBUSH}></ww-clinic-calendar>`,
    );
    $$(el, '.period .button')[0]!.click();
    await until(() => settled(el) && $$(el, '.event--past').length > 0);
    const past = $$(el, '.event--past').find((e) => /Know your rights/i.test(text(e)))!;
    expect(text(past.querySelector('.facts'))).to.contain('Past');
    expect(getComputedStyle(past.querySelector('.event__title')!).color).to.not.equal(
      getComputedStyle($(el, '.period .button')!).color,
    );
    await expect(el).to.be.accessible();
    past.querySelector<HTMLElement>('.event__title')!.click();
    await until(() => Boolean($(el, '.detail__description')));
    expect($(el, 'ww-event-registration')).to.equal(null);
    expect(text($(el, '.detail'))).to.contain('already taken place');
  });

  it('opens an event inside the widget, fires ww-event-select, and Escape returns focus', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" location-id=${FLATBUSH}></ww-clinic-calendar>`,
    );
    const opener = $$(el, '.event__title').find((b) => /English conversation class/.test(text(b)))!;
    const [eventId, occurrence] = opener.dataset['id']!.split('/');
    opener.focus();
    const selected = oneEvent(el, 'ww-event-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ eventId, occurrence });
    await until(() => Boolean($(el, '.detail__description')), 6000);
    expect(active(el)).to.equal($(el, '.detail__title'));
    expect(text($(el, '.detail__title'))).to.equal(text(opener));
    expect($(el, '.main')!.hidden).to.equal(true);
    const detail = text($(el, '.detail'));
    expect(detail).to.match(/Every Tuesday · Sessions: 10,/);
    expect(detail).to.contain('Brooklyn Public Library');
    expect(detail).to.contain('Step-free');
    const signUp = $<HTMLElement & { event: { id: string } }>(el, 'ww-event-registration')!;
    expect(signUp.getAttribute('occurrence')).to.equal(occurrence);
    expect(signUp.event.id).to.equal(`${eventId}/${occurrence}`);
    const ics = $<HTMLAnchorElement>(el, '[part="add-to-calendar"] a[download]')!;
    expect(ics.href).to.contain(`/v1/events/${eventId}/event.ics`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '.detail'));
    expect(active(el)).to.equal(opener);
  });

  it('keeps the event and what was typed when Escape is pressed in a sign-up field', async () => {
    sessionStorage.clear();
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" location-id=${FLATBUSH}></ww-clinic-calendar>`,
    );
    const opener = $$(el, '.event__title').find((b) => /English conversation class/.test(text(b)))!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    const signUp = () => $(el, 'ww-event-registration');
    const name = () => signUp()?.shadowRoot?.querySelector<HTMLInputElement>('#f-name') ?? null;
    await until(() => Boolean(name()), 8000);
    name()!.focus();
    await sendKeys({ type: 'Ana Lima' });
    await sendKeys({ press: 'Escape' });
    // Escape belongs to the field: the event stays open, with what was typed and the focus where it was.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($(el, '.detail')).to.not.equal(null);
    expect(name()!.value).to.equal('Ana Lima');
    expect(signUp()!.shadowRoot!.activeElement === name()).to.equal(true, 'focus stays in the field');
    // Outside a field, Escape still closes the event and returns to the opener.
    $(el, '.detail__title')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '.detail'));
    expect(active(el)).to.equal(opener);
    sessionStorage.clear();
  });

  it('goes back with the back button, and refreshes availability after a sign-up', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" location-id=${FLATBUSH}></ww-clinic-calendar>`,
    );
    const opener = $$(el, '.event__title').find((b) => /legal clinic/i.test(text(b)))!;
    opener.click();
    await until(() => Boolean($(el, 'ww-event-registration')), 6000);
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      $(el, 'ww-event-registration')!.dispatchEvent(
        new CustomEvent('ww-registration-complete', { bubbles: true, composed: true, detail: {} }),
      );
      await until(
        () => requests.some((u) => /\/v1\/events\?/.test(u)) && requests.some((u) => /\/v1\/events\/[\w-]+\?/.test(u)),
      );
    } finally {
      window.fetch = realFetch;
    }
    $(el, '.back')!.click();
    await until(() => !$(el, '.detail'));
    await until(() => active(el)?.dataset['id'] === opener.dataset['id']);
  });

  it('shows the cancellation of a registration from #ww-cancel above the calendar', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#ww-cancel=${'t'.repeat(32)}`);
    try {
      const el = await calendar();
      const cancel = $(el, 'ww-event-registration.cancel')!;
      expect(cancel.getAttribute('cancel-token')).to.equal('t'.repeat(32));
      expect(cancel.compareDocumentPosition($(el, '.main')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  it('uses heading-level for the date headings', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" heading-level="4"></ww-clinic-calendar>`,
    );
    expect($$(el, '.day-heading').every((h) => h.getAttribute('aria-level') === '4')).to.equal(true);
  });

  it('shows only the next occurrences from now with limit, and just the list when compact', async () => {
    const el = await fixture<WwClinicCalendar>(
      html`<ww-clinic-calendar
        endpoint="/v1/"
        view="list"
        compact
        limit="3"
        location-id=${FLATBUSH}
      ></ww-clinic-calendar>`,
    );
    await until(() => $(el, '.list-wrap')?.getAttribute('aria-busy') === 'false' && titles(el).length > 0, 8000);
    const now = Date.now();
    const { items: upcoming } = (await (
      await fetch(
        `/v1/events?location_id=${FLATBUSH}&from=${new Date(now).toISOString()}&to=${new Date(now + 56 * 86_400_000).toISOString()}`,
      )
    ).json()) as { items: { id: string; start: string }[] };
    expect(upcoming.length).to.be.greaterThan(3);
    const shown = $$(el, '.main .event__title').map((b) => b.dataset['id']);
    expect(shown).to.deep.equal(upcoming.slice(0, 3).map((o) => o.id));
    // No filters, view switch, period navigation or status line: just the list.
    for (const selector of ['.toolbar', '[part="filters"]', '[part="views"]', '.period', '[part="status"]']) {
      expect($(el, selector)).to.equal(null, selector);
    }
    await expect(el).to.be.accessible();
    // The details with sign-up still open in place.
    $$(el, '.main .event__title')[0]!.click();
    await until(() => Boolean($(el, 'ww-event-registration')), 6000);
    expect($(el, '.main')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('with limit alone keeps the toolbar and counts what it shows', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" limit="2" location-id=${FLATBUSH}></ww-clinic-calendar>`,
    );
    expect(titles(el)).to.have.length(2);
    expect(status(el)).to.equal('2 events');
    expect($(el, '[part="views"]')).to.not.equal(null);
  });
});

describe('ww-clinic-calendar: filters', () => {
  beforeEach(resetPageLocale);

  it('presets the type from its attribute', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" types="legal-clinic"></ww-clinic-calendar>`,
    );
    expect(items(el).length).to.be.greaterThan(0);
    expect(items(el).every((t) => t.includes('Legal clinic'))).to.equal(true);
    expect($<HTMLSelectElement>(el, '#f-types')!.value).to.equal('legal-clinic');
  });

  it('presets languages from its attribute', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" languages="bn"></ww-clinic-calendar>`,
    );
    expect(items(el).length).to.be.greaterThan(0);
    expect(items(el).every((t) => t.includes('বাংলা'))).to.equal(true);
  });

  it('filters by type, language and place in the UI, with counts, and announces the count', async () => {
    const el = await calendar();
    const all = titles(el).length;
    const option = [...$<HTMLSelectElement>(el, '#f-types')!.options].find((o) => o.value === 'legal-clinic')!;
    expect(option.textContent).to.match(/^Legal clinic \(\d+\)$/);
    choose(el, 'f-types', 'legal-clinic');
    await until(() => settled(el) && titles(el).length < all);
    expect(items(el).every((t) => t.includes('Legal clinic'))).to.equal(true);
    expect(status(el)).to.equal(`${titles(el).length} event${titles(el).length === 1 ? '' : 's'}`);
    expect($(el, '.status')!.getAttribute('role')).to.equal('status');
    choose(el, 'f-types', '');
    await until(() => settled(el) && titles(el).length === all);
    choose(el, 'f-languages', 'ht');
    await until(() => settled(el) && titles(el).length < all);
    expect(items(el).every((t) => t.includes('Kreyòl ayisyen'))).to.equal(true);
    choose(el, 'f-languages', '');
    await until(() => settled(el) && titles(el).length === all);
    choose(el, 'f-locationId', FLATBUSH);
    await until(() => settled(el) && titles(el).length < all);
    expect(items(el).every((t) => t.includes('Flatbush Library'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says when nothing is in the period, names the next one, and goes there', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/v1/" view="list" types="citizenship" weeks-ahead="1"></ww-clinic-calendar>`,
    );
    const notice = $(el, '[part="notice"]')!;
    expect(text(notice)).to.match(/No events in this period\. The next one is .+ on \w+day, \w+ \d+, \d{4}/);
    await expect(el).to.be.accessible();
    $(el, '[part="notice-action"]')!.click();
    await until(() => titles(el).length > 0);
    expect(items(el).every((t) => t.includes('Citizenship'))).to.equal(true);
    await until(() => active(el) === $(el, '.event__title'));
  });
});

describe('ww-clinic-calendar: month grid', () => {
  beforeEach(resetPageLocale);

  const month = () => calendar(html`<ww-clinic-calendar endpoint="/v1/" view="month"></ww-clinic-calendar>`);

  it('is a named grid with weekday headers, one tab stop, and day names with counts', async () => {
    const el = await month();
    const grid = $(el, '[role="grid"]')!;
    const title = english(today(), { month: 'long', year: 'numeric' });
    expect(grid.getAttribute('aria-label')).to.equal(title);
    expect(status(el)).to.match(new RegExp(`^${title}, \\d+ events?$`));
    const headers = $$(el, 'th');
    expect(headers).to.have.length(7);
    expect(text(headers[0]!.querySelector('.visually-hidden'))).to.equal('Sunday');
    expect(text(headers[0]!.querySelector('[aria-hidden]'))).to.equal('Sun');
    expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
    expect($(el, 'td[tabindex="0"]')!.dataset['day']).to.equal(today());
    expect($(el, 'td[aria-current="date"]')!.dataset['day']).to.equal(today());
    const busy = $$(el, 'td.day--busy')[0]!;
    expect(text(busy.querySelector('.visually-hidden'))).to.match(/^\w+day, \w+ \d+, \d+ events?$/);
    expect($(el, '.day--outside:not([tabindex])') ?? $(el, '.day')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves by day and week with arrows, Home/End, and by month with PageUp/PageDown, announcing it', async () => {
    const el = await month();
    $(el, 'td[tabindex="0"]')!.focus();
    const start = today();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedDay(el) === addDays(start, 1));
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focusedDay(el) === addDays(start, 8));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focusedDay(el) === start);
    await sendKeys({ press: 'Home' });
    await until(() => focusedDay(el) === startOfWeek(start, 0));
    await sendKeys({ press: 'End' });
    await until(() => focusedDay(el) === endOfWeek(start, 0));
    const here = focusedDay(el)!;
    await sendKeys({ press: 'PageDown' });
    const next = addMonths(here, 1);
    await until(() => focusedDay(el) === next);
    const nextTitle = english(next, { month: 'long', year: 'numeric' });
    await until(() => new RegExp(`^${nextTitle}, \\d+ events?$`).test(status(el)), 6000);
    expect($(el, '[role="grid"]')!.getAttribute('aria-label')).to.equal(nextTitle);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ up: 'Shift' });
    await until(() => focusedDay(el) === addMonths(next, -12));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'PageUp' });
    await until(() => focusedDay(el) === here);
    expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
  });

  it('shows a day’s events below the grid on Enter, keeps focus there, and returns to it from the details', async () => {
    const el = await month();
    await until(() => $$(el, 'td.day--busy:not(.day--outside)').length > 0);
    const day = $$(el, 'td.day--busy:not(.day--outside)')[0]!;
    day.click();
    await until(() => focusedDay(el) === day.dataset['day']);
    const cell = active(el)!;
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean($(el, '.selected-day .event__title')));
    expect(active(el)).to.equal(cell);
    expect(cell.getAttribute('aria-selected')).to.equal('true');
    expect(text($(el, '.selected-day .day-heading'))).to.equal(
      english(day.dataset['day']!, { weekday: 'long', day: 'numeric', month: 'long' }),
    );
    await expect(el).to.be.accessible();
    const opener = $(el, '.selected-day .event__title')!;
    opener.click();
    await until(() => Boolean($(el, '.detail__description')), 6000);
    $(el, '.back')!.click();
    await until(() => active(el) === opener);
  });

  it('says how many events a chosen day has and that they are below the grid, and goes there', async () => {
    const el = await month();
    await until(() => $$(el, 'td.day--busy:not(.day--outside)').length > 0);
    const day = $$(el, 'td.day--busy:not(.day--outside)')[0]!;
    const key = day.dataset['day']!;
    day.click();
    await until(() => focusedDay(el) === key);
    const cell = active(el)!;
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean($(el, '.selected-day .event__title')));
    const count = $$(el, '.selected-day .event').length;
    const name = english(key, { weekday: 'long', day: 'numeric', month: 'long' });
    // In the polite live region that says what is shown; focus stays in the grid.
    expect($(el, '.status')!.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal(`${count} event${count === 1 ? '' : 's'} on ${name}, listed below the calendar.`);
    expect(active(el) === cell).to.equal(true, 'focus stays in the grid');
    // The next stop is a way to the list, seen only with focus; it lands on the day's heading.
    await sendKeys({ press: 'Tab' });
    const go = active(el)!;
    expect(text(go)).to.equal('Go to this day’s events');
    expect(go.getBoundingClientRect().width).to.be.greaterThan(20);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(active(el) === $(el, '.selected-day .day-heading')).to.equal(true, 'on the day’s heading');
    await sendKeys({ press: 'Tab' });
    expect(active(el) === $(el, '.selected-day .event__title')).to.equal(true, 'then on its first event');
    // A day without events says so.
    const quiet = $$(el, 'td:not(.day--busy):not(.day--outside)')[0]!;
    quiet.click();
    await until(
      () =>
        status(el) ===
        `No events on ${english(quiet.dataset['day']!, { weekday: 'long', day: 'numeric', month: 'long' })}.`,
    );
  });

  it('offers a way past it to keyboard users, but not when compact', async () => {
    const el = await month();
    await expectSkipPast(el, 'Skip past the calendar', 'End of the calendar');
    el.compact = true;
    await el.updateComplete;
    expect($(el, '.skip')).to.equal(null);
  });

  it('changes month with the previous and next buttons', async () => {
    const el = await month();
    $(el, '[data-step="1"]')!.click();
    const next = english(addMonths(today(), 1), { month: 'long', year: 'numeric' });
    await until(() => status(el).startsWith(next), 6000);
    $(el, '[data-step="-1"]')!.click();
    await until(() => status(el).startsWith(english(today(), { month: 'long', year: 'numeric' })), 6000);
  });

  it('renders a month of 500 occurrences with dots, "+N" and the count in each name', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/storybook-events/busy/" view="month"></ww-clinic-calendar>`,
    );
    expect(status(el)).to.match(/, 500 events$/);
    const counts = $$(el, 'td:not(.day--outside)').map((td) =>
      Number(/(\d+) events?$/.exec(text(td.querySelector('.visually-hidden')))?.[1] ?? 0),
    );
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(500);
    expect($$(el, '.day__more').length).to.be.greaterThan(20);
    expect($$(el, 'td:not(.day--outside) .day__event').length).to.equal(2 * counts.filter(Boolean).length);
    await expect(el).to.be.accessible();
  });
});

describe('ww-clinic-calendar: views, states and languages', () => {
  beforeEach(resetPageLocale);

  it('shows the list in a narrow container and the month in a wide one, with a view switch', async () => {
    const narrow = await fixture<HTMLElement>(
      html`<div style="width: 500px"><ww-clinic-calendar endpoint="/v1/"></ww-clinic-calendar></div>`,
    );
    const small = narrow.querySelector('ww-clinic-calendar')!;
    await loaded(small);
    expect(small.currentView).to.equal('list');
    expect($(small, '.views [aria-pressed="true"]')!.textContent!.trim()).to.equal('List');
    const wide = await fixture<HTMLElement>(
      html`<div style="width: 900px"><ww-clinic-calendar endpoint="/v1/"></ww-clinic-calendar></div>`,
    );
    const large = wide.querySelector('ww-clinic-calendar')!;
    await loaded(large);
    expect($(large, '[role="grid"]')).to.not.equal(null);
    $$(large, '.views .button')[0]!.click();
    await until(() => Boolean($(large, '.agenda')) && settled(large));
    expect($(large, '[role="grid"]')).to.equal(null);
    expect($$(large, '.views .button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
  });

  it('reflows at 320 px without scrolling sideways, in both views', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 320px"><ww-clinic-calendar endpoint="/v1/" view="month"></ww-clinic-calendar></div>`,
    );
    const el = box.querySelector('ww-clinic-calendar')!;
    await loaded(el);
    const base = $(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    el.view = 'list';
    await until(() => Boolean($(el, '.agenda .event')) && settled(el));
    expect(base.scrollWidth).to.be.at.most(320);
  });

  it('keeps its layout and says so while loading', async () => {
    const el = await fixture<WwClinicCalendar>(
      html`<ww-clinic-calendar endpoint="/api-fail/slow/" view="list"></ww-clinic-calendar>`,
    );
    await until(() => status(el) === 'Loading events…');
    expect($(el, '.filters')).to.not.equal(null);
    expect($(el, '.list-wrap')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a localized error with a retry after a server error', async () => {
    const el = await fixture<WwClinicCalendar>(
      html`<ww-clinic-calendar endpoint="/api-fail/500/"></ww-clinic-calendar>`,
    );
    await until(() => Boolean($(el, '[part="notice"][role="alert"]')), 10000);
    expect(text($(el, '[part="notice"]'))).to.contain('The service is having a problem');
    await expect(el).to.be.accessible();
    $(el, '[part="notice-action"]')!.click();
    await until(() => status(el) === 'Loading events…');
  });

  it('says so when no endpoint is configured', async () => {
    const el = await fixture<WwClinicCalendar>(html`<ww-clinic-calendar></ww-clinic-calendar>`);
    await until(() => Boolean($(el, '[part="notice"]')));
    expect($(el, '.filters')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in Arabic, with Arabic month names, and arrows follow the layout', async () => {
    const el = await calendar(html`<ww-clinic-calendar endpoint="/v1/" view="month" lang="ar"></ww-clinic-calendar>`);
    await until(() => el.locale === 'ar' && settled(el));
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    const title = new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${today()}T00:00Z`),
    );
    expect($(el, '[role="grid"]')!.getAttribute('aria-label')).to.equal(title);
    expect(title).to.match(/[\u0600-\u06ff]/);
    // The polite status line too: month and count in Arabic, no English left.
    await until(() => status(el).includes(title));
    expect(status(el)).not.to.match(/[a-z]/i);
    $(el, 'td[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focusedDay(el) === addDays(today(), 1));
    await expect(el).to.be.accessible();
  });

  it('names the event’s zone only when the visitor is in another one', async () => {
    const session = { start: '2027-01-12T18:00:00Z', end: '2027-01-12T20:00:00Z' };
    expect(timeRange({ ...session, timezone: 'America/Los_Angeles' }, 'en')).to.equal('10:00 AM – 12:00 PM PST');
    const own = timeRange({ ...session, timezone: visitorTimeZone() }, 'en');
    expect(own).to.equal(
      new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: visitorTimeZone() }).formatRange(
        new Date(session.start),
        new Date(session.end),
      ),
    );
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/storybook-events/zones/" view="list"></ww-clinic-calendar>`,
    );
    const la = $$(el, '.event').find((e) => /Los Angeles/.test(text(e)))!;
    expect(text(la.querySelector('.event__time'))).to.match(/^10:00 AM – 12:00 PM P[SD]T$/);
  });

  it('marks cancelled and full sessions', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/storybook-events/ok/" view="list"></ww-clinic-calendar>`,
    );
    $$(el, '.period .button')[0]!.click();
    await until(() => settled(el) && $$(el, '.event--cancelled').length > 0);
    expect(text($(el, '.event--cancelled .facts'))).to.contain('Cancelled');
    $$(el, '.period .button')[1]!.click();
    await until(() => settled(el) && items(el).some((t) => t.includes('Full — waiting list')));
    await expect(el).to.be.accessible();
  });

  it('shows a moved session on its new day and time, saying when it was, with sign-up still there', async () => {
    const el = await calendar(
      html`<ww-clinic-calendar endpoint="/storybook-events/ok/" view="list"></ww-clinic-calendar>`,
    );
    for (let i = 0; i < 3 && !$(el, '.tag--moved'); i++) {
      $$(el, '.period .button')[1]!.click();
      await until(() => settled(el));
    }
    const item = $(el, '.tag--moved')!.closest<HTMLElement>('.event')!;
    const [, key] = item.querySelector<HTMLElement>('.event__title')!.dataset['id']!.split('/');
    // Its key is the original start; it is listed under the next day, an hour later.
    const newDay = new Date(Date.parse(`${key!.slice(0, 10)}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(text(item.closest('.day-group')!.querySelector('.day-heading'))).to.equal(
      english(newDay, { weekday: 'long', day: 'numeric', month: 'long' }),
    );
    expect(text(item.querySelector('.event__time'))).to.match(/^12:00\s*–\s*4:00\s*PM/);
    expect(text(item.querySelector('.tag--moved'))).to.match(
      /^Moved from \w+day, \w+ \d+, \d{4}(,| at) 11:00\s*AM( E[SD]T)?$/,
    );
    expect(item.classList.contains('event--cancelled')).to.equal(false);
    await expect(el).to.be.accessible();
    item.querySelector<HTMLElement>('.event__title')!.click();
    await until(() => Boolean($(el, '.detail__description')));
    expect(text($(el, '.detail'))).to.contain('Moved from');
    await expect(el).to.be.accessible();
  });
});
