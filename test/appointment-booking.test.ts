import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/appointment-booking/register.js';
import type { Appointment, Availability, Hold } from '../src/components/appointment-booking/appointment-booking.api.js';
import type { WwAppointmentBooking } from '../src/components/appointment-booking/appointment-booking.js';
import type { WwBookEvent } from '../src/events/book.js';
import { renderTimes } from '../src/components/appointment-booking/parts/times.js';
import { render } from 'lit';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * The booking against the reference server (in memory) behind /v1/: each test
 * has a place of its own (the server's `appointment-place` command: two types,
 * one staff member 09:00–17:00 every day, Wolof and ASL interpreters on call).
 */
interface Place {
  locationId: string;
  typeId: string;
  onBehalfTypeId: string;
}

const newPlace = (onBehalf = false) =>
  executeServerCommand('desk-server', { command: 'appointment-place', on_behalf_allowed: onBehalf }) as Promise<Place>;
const bookings = (typeId: string) =>
  executeServerCommand('desk-server', { command: 'appointment-count', type_id: typeId }) as Promise<number>;
const down = () => executeServerCommand('api-outage', { down: true });
const up = () => executeServerCommand('api-outage', { down: false });

const $ = <T extends Element = HTMLElement>(el: WwAppointmentBooking, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwAppointmentBooking, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: WwAppointmentBooking) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (el: WwAppointmentBooking) => el.shadowRoot!.activeElement as HTMLElement | null;
const times = (el: WwAppointmentBooking) => $$(el, '[part="time"]');

async function api<T>(
  path: string,
  body?: unknown,
  method = body ? 'POST' : 'GET',
): Promise<{ status: number; body: T }> {
  const response = await fetch(`/v1/${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : null,
  });
  const raw = await response.text();
  return { status: response.status, body: (raw ? JSON.parse(raw) : undefined) as T };
}

/** Books `start` as someone else would, straight through the API. */
const bookDirectly = (typeId: string, start: string) =>
  api<Appointment>('appointments', {
    type_id: typeId,
    start,
    language: 'en',
    name: 'Someone else',
    contact_method: 'email',
    email: 'someone@example.org',
    idempotency_key: crypto.randomUUID(),
  });

async function booking(place: Place, attrs: { type?: string; lang?: string } = {}) {
  const el = await fixture<WwAppointmentBooking>(
    html`<ww-appointment-booking
      endpoint="/v1/"
      lang=${attrs.lang ?? 'en'}
      location-id=${place.locationId}
      type=${attrs.type ?? ''}
    ></ww-appointment-booking>`,
  );
  return el;
}

/** The element with one type, once the first free day's times are shown. */
async function withTimes(place: Place, attrs: { type?: string; lang?: string } = {}) {
  const el = await booking(place, { type: place.typeId, ...attrs });
  await until(() => times(el).length > 0 && $(el, '.grid')?.getAttribute('aria-busy') === 'false', 8000);
  return el;
}

/** Picks the day after the one chosen (the next month's grid when it is the last), and waits for its times. */
async function chooseNextDay(el: WwAppointmentBooking) {
  const day = $(el, '.grid td[aria-selected="true"]')!.dataset['day']!;
  const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  if (!$(el, `.grid td[data-day="${next}"]`)) {
    $(el, '.month__step[data-step="1"]')!.click();
    await until(() => $(el, `.grid td[data-day="${next}"]`) !== null, 8000);
  }
  $(el, `.grid td[data-day="${next}"]`)!.click();
  await until(() => $(el, '.grid td[aria-selected="true"]')?.dataset['day'] === next, 8000);
  await until(() => times(el).length > 1 && $(el, '.grid')?.getAttribute('aria-busy') === 'false', 8000);
}

function fill(el: WwAppointmentBooking, name: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

async function chooseTime(el: WwAppointmentBooking, button: HTMLElement) {
  button.click();
  await until(() => /holding this time for you until|took this time/.test(text(el)), 8000);
}

async function fillDetails(el: WwAppointmentBooking, name = 'Awa Ndiaye') {
  fill(el, 'name', name);
  $<HTMLInputElement>(el, 'input[name="contact_method"][value="email"]')!.click();
  await el.updateComplete;
  fill(el, 'email', 'awa@example.org');
  await el.updateComplete;
}

const submit = (el: WwAppointmentBooking) => $<HTMLButtonElement>(el, '[part="submit"]')!.click();
const booked = (el: WwAppointmentBooking) => until(() => Boolean($(el, '#done-heading')), 10000);

/** Presses Tab until focus is on what `matches` (at most `max` presses): a keyboard user's way through. */
async function tabTo(el: WwAppointmentBooking, matches: (focused: HTMLElement) => boolean, max = 30) {
  for (let i = 0; i < max; i++) {
    const focused = active(el);
    if (focused && matches(focused)) return focused;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`No focus reached after ${max} Tabs (on ${active(el)?.outerHTML.slice(0, 80)})`);
}

describe('ww-appointment-booking', () => {
  beforeEach(() => resetPageLocale());
  afterEach(() => up());

  it('offers the types, then the first free day and its times, in the place’s zone', async () => {
    const place = await newPlace();
    const el = await booking(place);
    await until(() => $$(el, '[part="type"]').length === 2, 8000);
    expect(text(el)).to.contain('What is the appointment for?');
    await expect(el).to.be.accessible();

    $$(el, '[part="type"]')
      .find((b) => b.textContent!.includes('IDNYC'))!
      .click();
    await until(() => times(el).length > 0, 8000);
    expect(active(el)?.classList.contains('type-heading')).to.equal(true);
    expect($(el, '.type-heading')!.textContent).to.contain('IDNYC enrollment');
    expect($(el, '[part="bring"]')!.textContent).to.contain('Proof of identity');
    // The first free day is chosen, named in the grid and above it.
    const selected = $(el, '.grid td[aria-selected="true"]')!;
    const availability = await api<Availability>(`appointment-types/${place.typeId}/availability`);
    expect(selected.dataset['day']).to.equal(availability.body.first_available);
    expect(selected.textContent).to.match(/free time/);
    expect($(el, '.first')!.textContent).to.contain('First free day');
    // Times as the place's clock writes them: 09:00 New York is "9:00 AM" whatever the visitor's zone
    // (with the zone named when it differs).
    const firstDay = availability.body.days.find((d) => d.date === availability.body.first_available)!;
    expect(times(el).length).to.equal(firstDay.slots.length);
    const local = firstDay.slots[0]!.local_start.slice(11);
    const hour = Number(local.slice(0, 2)) % 12 || 12;
    expect(times(el)[0]!.textContent).to.contain(`${hour}:${local.slice(3)}`);
    expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('works by keyboard alone: type, day on the grid, time, details, confirm', async () => {
    const place = await newPlace();
    const el = await booking(place);
    await until(() => $$(el, '[part="type"]').length === 2, 8000);
    el.focus();
    await tabTo(el, (f) => f.getAttribute('part') === 'type' && f.textContent!.includes('IDNYC'));
    await sendKeys({ press: 'Enter' });
    await until(() => times(el).length > 0, 8000);
    // The grid: one tab stop, arrows move by day, Enter picks.
    const cell = await tabTo(el, (f) => f.matches('.grid td'));
    const start = cell.dataset['day']!;
    await sendKeys({ press: 'ArrowRight' });
    await until(() => active(el)?.dataset['day'] !== start);
    const next = active(el)!.dataset['day']!;
    expect(Date.parse(next) - Date.parse(start)).to.equal(86_400_000);
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.grid td[aria-selected="true"]')?.dataset['day'] === next);
    await until(() => times(el).length > 0, 8000);
    await expect(el).to.be.accessible();
    // A time: held, and focus goes on to the details.
    await tabTo(el, (f) => f.getAttribute('part') === 'time');
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.classList.contains('details-heading') === true, 8000);
    expect(text(el)).to.match(/We are holding this time for you until \d{1,2}:\d\d/);
    await expect(el).to.be.accessible();
    await tabTo(el, (f) => f.id === 'f-name');
    await sendKeys({ type: 'Awa Ndiaye' });
    await tabTo(el, (f) => f.getAttribute('name') === 'contact_method');
    await sendKeys({ press: 'Space' });
    await until(() => Boolean($(el, '#f-email')));
    await tabTo(el, (f) => f.id === 'f-email');
    await sendKeys({ type: 'awa@example.org' });
    await tabTo(el, (f) => f.getAttribute('part') === 'submit');
    const event = oneEvent(el, 'ww-book') as Promise<WwBookEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail.typeId).to.equal(place.typeId);
    expect(detail.localStart.slice(0, 10)).to.equal(next);
    expect(JSON.stringify(detail)).not.to.contain('awa');
    await booked(el);
    expect(active(el)?.id).to.equal('done-heading');
    expect(text(el)).to.contain('Proof of living in New York City');
    expect($<HTMLAnchorElement>(el, '.confirmation a')!.href).to.match(/\/a\/[\w-]{20,}$/);
    await expect(el).to.be.accessible();
    expect(await bookings(place.typeId)).to.equal(1);
  });

  it('shows the invalid fields in a summary that takes focus, keeping the hold', async () => {
    const place = await newPlace();
    const el = await withTimes(place);
    await chooseTime(el, times(el)[0]!);
    submit(el);
    await until(() => active(el)?.id === 'error-summary-title');
    expect(text(el)).to.contain('Enter a name');
    expect(text(el)).to.contain('Choose where to send the confirmation');
    await expect(el).to.be.accessible();
  });

  it('asks for the interpreter in the UI language (Wolof preselected), ASL or none, and loads times for it', async () => {
    const place = await newPlace();
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/availability')) asked.push(new URL(url, location.href).searchParams.get('interpreter') ?? '');
      return realFetch(input, init);
    };
    try {
      const el = await withTimes(place, { lang: 'wo' });
      const select = $<HTMLSelectElement>(el, '#f-interpreter')!;
      expect(select.value).to.equal('wo');
      expect([...select.options].map((o) => o.value)).to.include.members(['', 'wo', 'ase', 'es']);
      expect(asked.every((i) => i === 'wo')).to.equal(true);
      await expect(el).to.be.accessible();
      fill(el, 'interpreter', 'ase');
      await until(() => asked.at(-1) === 'ase');
      fill(el, 'interpreter', '');
      await until(() => asked.at(-1) === '');
      await until(() => times(el).length > 0, 8000);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a time taken meanwhile: says so, offers the next ones, and keeps what was typed', async () => {
    const place = await newPlace();
    const el = await withTimes(place);
    // Late in the place's day only one time is left today: the next day has them all.
    if (times(el).length < 2) await chooseNextDay(el);
    const [first, second] = times(el);
    await chooseTime(el, first!);
    await fillDetails(el);
    // Someone else books the second time; the visitor then chooses it.
    const taken = await bookDirectly(place.typeId, second!.dataset['start']!);
    expect(taken.status).to.equal(201);
    await chooseTime(el, second!);
    await until(() => active(el)?.closest('.taken') !== null);
    expect(text(el)).to.contain('Someone else just took this time.');
    expect(text(el)).to.contain('These times are still free. Everything you typed is kept.');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Awa Ndiaye');
    expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('awa@example.org');
    await expect(el).to.be.accessible();
    // One of the next free times, then confirm: booked with what was typed before.
    $$(el, '.next-slots button')[0]!.click();
    await until(() => /holding this time for you until/.test(text(el)), 8000);
    submit(el);
    await booked(el);
    expect(await bookings(place.typeId)).to.equal(2);
  });

  it('a time taken between the hold and the confirmation: the next ones, nothing typed lost', async () => {
    const place = await newPlace();
    const el = await withTimes(place);
    const realFetch = window.fetch;
    let hold: Hold | undefined;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/appointment-holds') && response.status === 201) hold = (await response.clone().json()) as Hold;
      return response;
    };
    try {
      await chooseTime(el, times(el)[0]!);
      await fillDetails(el, 'Mariama Ba');
      // The hold goes (as if it ran out) and someone else books the time.
      expect((await api(`appointment-holds/${hold!.hold_token}`, undefined, 'DELETE')).status).to.equal(204);
      expect((await bookDirectly(place.typeId, hold!.start)).status).to.equal(201);
      submit(el);
      await until(() => /Someone else just took this time/.test(text(el)), 8000);
      await until(() => active(el)?.closest('.taken') !== null);
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Mariama Ba');
      expect($$(el, '.next-slots button').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      $$(el, '.next-slots button')[0]!.click();
      await until(() => /holding this time for you until/.test(text(el)), 8000);
      submit(el);
      await booked(el);
    } finally {
      window.fetch = realFetch;
    }
    expect(await bookings(place.typeId)).to.equal(2);
  });

  it('the office down while confirming: says so, tries again with the same key, books once', async () => {
    const place = await newPlace();
    const el = await withTimes(place);
    await chooseTime(el, times(el)[0]!);
    await fillDetails(el);
    const realFetch = window.fetch;
    const sent: { key: string; status: number | 'lost' }[] = [];
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!/\/v1\/appointments(\?|$)/.test(url)) return realFetch(input, init);
      const key = (JSON.parse(String(init!.body)) as { idempotency_key: string }).idempotency_key;
      try {
        const response = await realFetch(input, init);
        sent.push({ key, status: response.status });
        return response;
      } catch (error) {
        sent.push({ key, status: 'lost' });
        throw error;
      }
    };
    try {
      await down();
      submit(el);
      await until(() => /We could not reach the office/.test(text(el)), 8000);
      expect(text(el)).to.contain('It cannot be booked twice, and nothing you typed is lost.');
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Awa Ndiaye');
      await expect(el).to.be.accessible();
      await up();
      $<HTMLButtonElement>(el, '.notice__action')!.click();
      await booked(el);
    } finally {
      window.fetch = realFetch;
    }
    expect(sent[0]!.status).to.equal('lost');
    expect(sent.at(-1)!.status).to.equal(201);
    expect(new Set(sent.map((s) => s.key)).size).to.equal(1);
    expect(await bookings(place.typeId)).to.equal(1);
  });

  it('after a lost answer, sends again by itself with the same key: one booking (200 replay)', async () => {
    const place = await newPlace();
    const el = await withTimes(place);
    await chooseTime(el, times(el)[0]!);
    await fillDetails(el);
    const realFetch = window.fetch;
    const sent: { key: string; status: number }[] = [];
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!/\/v1\/appointments(\?|$)/.test(url)) return realFetch(input, init);
      const response = await realFetch(input, init);
      sent.push({
        key: (JSON.parse(String(init!.body)) as { idempotency_key: string }).idempotency_key,
        status: response.status,
      });
      // The first answer is lost on the way back: the booking was made.
      if (sent.length === 1) throw new TypeError('Failed to fetch');
      return response;
    };
    try {
      submit(el);
      // No click: the element tries again on its own.
      await booked(el);
    } finally {
      window.fetch = realFetch;
    }
    expect(sent.map((s) => s.status)).to.deep.equal([201, 200]);
    expect(sent[0]!.key).to.equal(sent[1]!.key);
    expect(await bookings(place.typeId)).to.equal(1);
  });

  it('books for a client of an organization, with the client’s language', async () => {
    const place = await newPlace();
    const el = await withTimes(place, { type: place.onBehalfTypeId });
    await chooseTime(el, times(el)[0]!);
    $<HTMLInputElement>(el, '#f-on_behalf')!.click();
    await el.updateComplete;
    expect($(el, '#f-organization')).not.to.equal(null);
    await expect(el).to.be.accessible();
    fill(el, 'organization', 'Harlem Community Group');
    fill(el, 'client_language', 'wo');
    await fillDetails(el, 'Client Name');
    const realFetch = window.fetch;
    let body: Record<string, unknown> | undefined;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (/\/v1\/appointments(\?|$)/.test(url)) body = JSON.parse(String(init!.body)) as Record<string, unknown>;
      return realFetch(input, init);
    };
    try {
      const event = oneEvent(el, 'ww-book') as Promise<WwBookEvent>;
      submit(el);
      expect((await event).detail.onBehalf).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
    expect(body!['language']).to.equal('wo');
    expect(body!['on_behalf']).to.deep.equal({ organization: 'Harlem Community Group', client_language: 'wo' });
    expect(await bookings(place.onBehalfTypeId)).to.equal(1);
  });

  it('hides the choice of booking for a client when the type does not allow it', async () => {
    const place = await newPlace(false);
    const el = await withTimes(place);
    await chooseTime(el, times(el)[0]!);
    expect($(el, '#f-on_behalf')).to.equal(null);
  });

  it('right to left in Arabic and Urdu: the arrows follow the reading direction', async () => {
    const place = await newPlace();
    for (const lang of ['ar', 'ur']) {
      const el = await withTimes(place, { lang });
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      const cell = $<HTMLElement>(el, '.grid td[tabindex="0"]')!;
      cell.focus();
      const start = cell.dataset['day']!;
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => active(el)?.dataset['day'] !== start);
      expect(Date.parse(active(el)!.dataset['day']!) - Date.parse(start)).to.equal(86_400_000);
      await expect(el).to.be.accessible();
    }
  });

  it('reflows at 320 px without a horizontal scroll', async () => {
    const place = await newPlace();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    const el = document.createElement('ww-appointment-booking');
    el.setAttribute('endpoint', '/v1/');
    el.setAttribute('lang', 'en');
    el.setAttribute('location-id', place.locationId);
    el.setAttribute('type', place.typeId);
    wrapper.append(el);
    await until(() => times(el).length > 0, 8000);
    await chooseTime(el, times(el)[0]!);
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
  });

  it('says when the place has no such type, and when no place is set', async () => {
    const place = await newPlace();
    const el = await booking(place, { type: 'no-such-type' });
    await until(() => Boolean($(el, '[part="notice"]')), 8000);
    expect(text(el)).to.contain('This kind of appointment cannot be booked here.');
    await expect(el).to.be.accessible();
    const none = await fixture<WwAppointmentBooking>(
      html`<ww-appointment-booking endpoint="/v1/" lang="en"></ww-appointment-booking>`,
    );
    await until(() => Boolean($(none, '[part="notice"]')));
    expect(text(none)).to.contain('No place is set for these appointments.');
  });

  it('tells apart the two times of the hour the clocks go back (New York, November 1, 2026)', () => {
    const slot = (start: string, end: string) => ({ start, end, local_start: '2026-11-01T01:30' });
    const host = document.createElement('div');
    render(
      renderTimes({
        level: 3,
        locale: 'en',
        timeZone: 'America/New_York',
        day: '2026-11-01',
        // 1:30 AM EDT (UTC-4), then 1:30 AM EST (UTC-5): two instants, one wall-clock time.
        slots: [
          slot('2026-11-01T05:30:00.000Z', '2026-11-01T06:00:00.000Z'),
          slot('2026-11-01T06:30:00.000Z', '2026-11-01T07:00:00.000Z'),
        ],
        chosen: undefined,
        onPick: () => undefined,
      }),
      host,
    );
    const labels = [...host.querySelectorAll('[part="time"]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels[0]).to.match(/1:30.*EDT/);
    expect(labels[1]).to.match(/1:30.*EST/);
  });
});
