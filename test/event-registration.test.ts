import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/event-registration/register.js';
import type { EventDetail, Registration } from '../src/components/event-registration/event-registration.api.js';
import type { WwEventRegistration } from '../src/components/event-registration/event-registration.js';
import { calendarLinks, renderAddToCalendar } from '../src/components/event-registration/parts/add-to-calendar.js';
import { cancelTokenFromLocation } from '../src/components/event-registration/parts/cancel-link.js';
import type { WwRegistrationCompleteEvent } from '../src/events/registration-complete.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/** The sign-up against the reference server (sample events, in memory) behind /v1/. */
const $ = <T extends Element = HTMLElement>(el: WwEventRegistration, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwEventRegistration, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: WwEventRegistration) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (el: WwEventRegistration) => el.shadowRoot!.activeElement as HTMLElement | null;
const ready = (el: WwEventRegistration) =>
  until(() => Boolean($(el, 'form, [part="notice"], .confirmation, .cancel-box, .external')), 8000);

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/v1/${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : null,
  });
  return (await response.json()) as T;
}

/** The first upcoming event whose title matches, in full (optionally at its `index`-th upcoming session). */
async function findEvent(q: string, index = 0, from = new Date()): Promise<EventDetail> {
  const to = new Date(from.getTime() + 300 * 86_400_000);
  const list = await api<{ items: { event_id: string; title: string }[] }>(
    `events?q=${encodeURIComponent(q)}&from=${from.toISOString()}&to=${to.toISOString()}`,
  );
  const item = list.items.find((i) => i.title.includes(q)) ?? list.items[0]!;
  const detail = await api<EventDetail>(`events/${item.event_id}`);
  const session = detail.occurrences.filter((o) => !o.past)[index] ?? detail;
  return api<EventDetail>(`events/${item.event_id}?occurrence=${session.local_start}`);
}

const registerDirectly = (e: EventDetail, extra: Record<string, unknown> = {}) =>
  api<Registration>(`events/${e.event_id}/registrations`, {
    name: 'Test person',
    contact_method: 'none',
    preferred_language: 'en',
    scope: e.registration.mode === 'series' ? 'series' : 'session',
    occurrence: e.registration.mode === 'series' ? undefined : e.local_start,
    party_size: 1,
    idempotency_key: crypto.randomUUID(),
    ...extra,
  });

async function withEvent(e: EventDetail, attrs: { endpoint?: string; lang?: string } = {}) {
  const el = await fixture<WwEventRegistration>(
    html`<ww-event-registration
      endpoint=${attrs.endpoint ?? '/v1/'}
      lang=${attrs.lang ?? 'en'}
      occurrence=${e.local_start}
      .event=${e}
    ></ww-event-registration>`,
  );
  await ready(el);
  return el;
}

function fill(el: WwEventRegistration, name: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

function chooseContact(el: WwEventRegistration, method: 'email' | 'phone' | 'none') {
  $<HTMLInputElement>(el, `input[name="contact_method"][value="${method}"]`)!.click();
}

const submit = (el: WwEventRegistration) => $<HTMLButtonElement>(el, '[part="submit"]')!.click();
const confirmed = (el: WwEventRegistration) => until(() => Boolean($(el, '#done-heading')), 8000);

const occurrence = {
  event_id: 'ev-1',
  title: 'English conversation & more',
  summary: 'Practise speaking.',
  local_start: '2026-03-10T18:00',
  start: '2026-03-10T22:00:00.000Z',
  end: '2026-03-10T23:30:00.000Z',
  timezone: 'America/New_York',
  location: {
    name: 'Flatbush Library',
    address: { address_1: '22 Linden Blvd', city: 'Brooklyn', state_province: 'NY', postal_code: '11226' },
  },
  location_text: null,
  online_url: null,
};

describe('calendarLinks', () => {
  it('builds the .ics download from the endpoint, with the session and the language', () => {
    const links = calendarLinks(occurrence, '/v1/', 'es', 'session');
    const ics = new URL(links.ics);
    expect(ics.origin).to.equal(location.origin);
    expect(ics.pathname).to.equal('/v1/events/ev-1/event.ics');
    expect(ics.searchParams.get('occurrence')).to.equal('2026-03-10T18:00');
    expect(ics.searchParams.get('lang')).to.equal('es');
    const series = new URL(calendarLinks(occurrence, 'https://api.example.org/v1', 'en', 'series').ics);
    expect(series.href).to.equal('https://api.example.org/v1/events/ev-1/event.ics?lang=en');
  });

  it('gives Google UTC times and the zone, and Outlook ISO instants', () => {
    const { google, outlook } = calendarLinks(occurrence, '/v1/', 'en', 'session');
    const g = new URL(google);
    expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(g.searchParams.get('action')).to.equal('TEMPLATE');
    expect(g.searchParams.get('text')).to.equal('English conversation & more');
    expect(g.searchParams.get('dates')).to.equal('20260310T220000Z/20260310T233000Z');
    expect(g.searchParams.get('ctz')).to.equal('America/New_York');
    expect(g.searchParams.get('location')).to.equal('Flatbush Library, 22 Linden Blvd, Brooklyn, NY 11226');
    expect(g.searchParams.get('details')).to.equal('Practise speaking.');
    const o = new URL(outlook);
    expect(o.origin + o.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(o.searchParams.get('subject')).to.equal('English conversation & more');
    expect(o.searchParams.get('startdt')).to.equal('2026-03-10T22:00:00Z');
    expect(o.searchParams.get('enddt')).to.equal('2026-03-10T23:30:00Z');
  });

  it('renders a named group of three links, the external ones saying they open a new tab', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>${renderAddToCalendar(calendarLinks(occurrence, '/v1/', 'en', 'series'))}</div>`,
    );
    const group = el.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Add to my calendar');
    const links = [...group.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Download (.ics)',
      'Google Calendar(opens in a new tab)',
      'Outlook(opens in a new tab)',
    ]);
    expect(links[0]!.hasAttribute('download')).to.equal(true);
    for (const a of links.slice(1)) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
  });

  it('reads a cancel token from the address hash', () => {
    expect(cancelTokenFromLocation('#ww-cancel=3f0c2f0e-0000-4000-8000-000000000000.abc_DEF-123')).to.equal(
      '3f0c2f0e-0000-4000-8000-000000000000.abc_DEF-123',
    );
    expect(cancelTokenFromLocation('#ww-finder=q%3Dx')).to.equal(null);
    expect(cancelTokenFromLocation('#ww-cancel=<script>')).to.equal(null);
  });
});

describe('ww-event-registration', () => {
  beforeEach(() => {
    resetPageLocale();
    sessionStorage.clear();
  });

  it('loads an event by event-id and shows its title, time, place and every session of the series', async () => {
    const e = await findEvent('English conversation class (10 weeks)');
    const el = await fixture<WwEventRegistration>(
      html`<ww-event-registration endpoint="/v1/" lang="en" event-id=${e.event_id}></ww-event-registration>`,
    );
    expect($(el, '[role="status"]')?.textContent).to.match(/Loading/);
    await expect(el).to.be.accessible();
    await until(() => Boolean($(el, 'form')), 8000);
    const title = $$(el, '.heading')[0]!;
    expect(title.textContent!.trim()).to.equal(e.title);
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(text(el)).to.contain('Flatbush Library, 22 Linden Blvd, Brooklyn');
    expect(text(el)).to.match(/For every session of the series \(10 in all\), 6:00\s?–\s?7:30\s?PM/);
    expect($$(el, '.dates li')).to.have.length(10);
    expect(text(el)).to.contain('Places left: 1');
    // Exactly these questions, and nothing about status or papers.
    expect($$(el, '[part="label"]').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Your name',
      'How should the organizer contact you?',
      'Your preferred language',
      'How many people are coming, you included?',
      'Anything that would help you take part (optional)',
    ]);
    expect(text(el)).to.contain('Nobody will ask about your immigration status.');
    await expect(el).to.be.accessible();
  });

  it('signs up for a whole series with the keyboard only, and confirms with focus, dates and calendar links', async () => {
    const e = await findEvent('English conversation class (10 weeks)');
    const el = await withEvent(e);
    const completed = oneEvent(el, 'ww-registration-complete') as Promise<WwRegistrationCompleteEvent>;
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-name');
    await sendKeys({ type: 'Amina Diallo' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('value')).to.equal('email');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-email');
    await sendKeys({ type: 'amina@example.org' });
    await sendKeys({ press: 'Tab' }); // language
    expect(active(el)?.id).to.equal('f-preferred_language');
    await sendKeys({ press: 'Tab' }); // party size
    await sendKeys({ press: 'Tab' }); // access needs
    expect(active(el)?.id).to.equal('f-access_needs');
    await sendKeys({ type: 'Childcare for one child' });
    await sendKeys({ press: 'Tab' }); // the honeypot is skipped
    expect(active(el)?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await confirmed(el);
    const { detail } = await completed;
    expect(detail.eventId).to.equal(e.event_id);
    expect(detail.scope).to.equal('series');
    expect(detail.occurrence).to.equal(null);
    expect(detail.status).to.equal('confirmed');
    expect(JSON.stringify(detail)).not.to.contain('Amina');
    expect(active(el)?.id).to.equal('done-heading');
    expect(active(el)!.textContent!.trim()).to.equal('You are registered');
    expect($$(el, '.confirmation .dates li')).to.have.length(10);
    const ics = new URL($<HTMLAnchorElement>(el, '[part="calendar-link"]')!.href);
    expect(ics.pathname).to.equal(`/v1/events/${e.event_id}/event.ics`);
    expect(ics.searchParams.has('occurrence')).to.equal(false);
    expect($<HTMLInputElement>(el, '#cancel-link')!.value).to.match(/#ww-cancel=[\w.-]{20,}$/);
    // The draft is gone once sent.
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('ww:draft:'))).to.have.length(0);
    const after = await api<EventDetail>(`events/${e.event_id}`);
    expect(after.availability.taken).to.equal(e.availability.taken + 1);
    await expect(el).to.be.accessible();
  });

  it('shows an error summary that takes focus, whose links focus each field', async () => {
    const e = await findEvent('English conversation class (10 weeks)');
    const el = await withEvent(e);
    submit(el);
    await until(() => active(el)?.id === 'error-summary-title');
    const links = $$(el, '.error-summary a');
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Enter your name',
      'Choose how the organizer should contact you',
    ]);
    const name = $<HTMLInputElement>(el, '#f-name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('f-name-error');
    expect($(el, '#f-name-error')!.textContent).to.match(/Error:\s+Enter your name/);
    await expect(el).to.be.accessible();
    links[0]!.click();
    expect(active(el)).to.equal(name);
    links[1]!.click();
    expect(active(el)).to.equal($(el, 'input[name="contact_method"]'));
    // Email chosen but empty: one problem left.
    chooseContact(el, 'email');
    fill(el, 'name', 'Jean');
    submit(el);
    await until(() => $$(el, '.error-summary a').length === 1);
    expect($(el, '.error-summary a')!.textContent!.trim()).to.equal('Enter your email address');
  });

  it('shows only the field for the chosen way of contact', async () => {
    const el = await withEvent(await findEvent('English conversation class (10 weeks)'));
    expect($(el, '#f-email')).to.equal(null);
    expect($(el, '#f-phone')).to.equal(null);
    chooseContact(el, 'email');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-email')!.type).to.equal('email');
    expect($(el, '#f-email')!.getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#f-phone')).to.equal(null);
    chooseContact(el, 'phone');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-phone')!.type).to.equal('tel');
    expect($(el, '#f-phone')!.getAttribute('autocomplete')).to.equal('tel');
    expect($(el, '#f-email')).to.equal(null);
    chooseContact(el, 'none');
    await el.updateComplete;
    expect($(el, '#f-email')).to.equal(null);
    expect($(el, '#f-phone')).to.equal(null);
    expect($(el, '#f-name')!.getAttribute('autocomplete')).to.equal('name');
    const trap = $<HTMLInputElement>(el, '#f-website')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    // The language select offers every UI language by its own name, the UI language first chosen.
    const language = $<HTMLSelectElement>(el, '#f-preferred_language')!;
    expect(language.value).to.equal('en');
    expect([...language.options].find((o) => o.value === 'bn')!.textContent).to.equal('বাংলা');
    await expect(el).to.be.accessible();
  });

  it('marks a field the server refuses (400) inline and in the summary', async () => {
    const el = await withEvent(await findEvent('English conversation class (10 weeks)'));
    fill(el, 'name', 'Ana');
    chooseContact(el, 'email');
    await el.updateComplete;
    // Passes the form's loose check; the server wants a full domain.
    fill(el, 'email', 'ana@example');
    submit(el);
    await until(() => Boolean($(el, '.error-summary')), 8000);
    await until(() => active(el)?.id === 'error-summary-title');
    expect($(el, '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-email-error')!.textContent).to.contain('Enter an email address such as name@example.com');
    expect($(el, '.error-summary a')!.getAttribute('href')).to.equal('#f-email');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Ana');
    await expect(el).to.be.accessible();
  });

  it('after a lost answer, sends again with the same key: one registration (200 replay)', async () => {
    const e = await findEvent('Citizenship Day');
    const el = await withEvent(e);
    const realFetch = window.fetch;
    const sent: { key: string; status: number }[] = [];
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/registrations')) return realFetch(input, init);
      const response = await realFetch(input, init);
      sent.push({ key: JSON.parse(String(init!.body)).idempotency_key, status: response.status });
      // The first answer is lost on the way back.
      if (sent.length === 1) throw new TypeError('Failed to fetch');
      return response;
    };
    try {
      fill(el, 'name', 'Rosa');
      chooseContact(el, 'none');
      fill(el, 'party_size', '2');
      submit(el);
      await until(() => /was not sent/.test(text(el)));
      expect(text(el)).to.contain('Your registration was not sent. Nothing you typed is lost.');
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Rosa');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.notice__action')!.click();
      await confirmed(el);
    } finally {
      window.fetch = realFetch;
    }
    expect(sent.map((s) => s.status)).to.deep.equal([201, 200]);
    expect(sent[0]!.key).to.equal(sent[1]!.key);
    const after = await api<EventDetail>(`events/${e.event_id}?occurrence=${e.local_start}`);
    expect(after.availability.taken).to.equal(e.availability.taken + 2);
  });

  it('says "Sending…" on a busy button while the request is out', async () => {
    const el = await withEvent(await findEvent('Citizenship Day'), { endpoint: '/api-fail/slow/' });
    fill(el, 'name', 'Rosa');
    chooseContact(el, 'none');
    submit(el);
    await until(() => $(el, '[part="submit"]')!.getAttribute('aria-disabled') === 'true');
    expect($(el, '[part="submit"]')!.textContent!.trim()).to.equal('Sending…');
    await expect(el).to.be.accessible();
  });

  it('joins the waiting list when the session is full, and says the number', async () => {
    const chosen = await findEvent('Immigration legal clinic at the Chinatown branch', 2);
    await registerDirectly(chosen, { party_size: chosen.availability.capacity });
    const e = await api<EventDetail>(`events/${chosen.event_id}?occurrence=${chosen.local_start}`);
    expect(e.availability.full).to.equal(true);
    const el = await withEvent(e);
    expect(text(el)).to.contain('All places are taken. If you sign up, you join the waiting list.');
    expect(text(el)).to.match(/For the session on \w+day, \w+ \d+/);
    expect($(el, '[part="submit"]')!.textContent!.trim()).to.equal('Join the waiting list');
    await expect(el).to.be.accessible();
    const completed = oneEvent(el, 'ww-registration-complete') as Promise<WwRegistrationCompleteEvent>;
    fill(el, 'name', 'Li Wei');
    chooseContact(el, 'phone');
    await el.updateComplete;
    fill(el, 'phone', '617-555-0134');
    submit(el);
    await confirmed(el);
    expect($(el, '#done-heading')!.textContent!.trim()).to.equal('You are on the waiting list — number 1');
    const { detail } = await completed;
    expect(detail).to.include({
      status: 'waitlisted',
      waitlistPosition: 1,
      scope: 'session',
      occurrence: e.local_start,
    });
    await expect(el).to.be.accessible();
  });

  it('cancels from the confirmation after asking, and frees the place', async () => {
    const e = await findEvent('Legal screening in Bangla', 1);
    const el = await withEvent(e);
    fill(el, 'name', 'Rahim');
    chooseContact(el, 'none');
    submit(el);
    await confirmed(el);
    $<HTMLButtonElement>(el, '.cancel-start')!.click();
    await until(() => active(el)?.classList.contains('cancel-question') ?? false);
    expect(active(el)!.textContent!.trim()).to.equal('Cancel your registration?');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.cancel-confirm')!.click();
    await until(() => /Your place is cancelled/.test(active(el)?.textContent ?? ''), 8000);
    const after = await api<EventDetail>(`events/${e.event_id}?occurrence=${e.local_start}`);
    expect(after.availability.taken).to.equal(e.availability.taken);
    await expect(el).to.be.accessible();
  });

  it('offers to copy the cancel link, and says when copying did not work', async () => {
    const e = await findEvent('Legal screening in Bangla', 2);
    const el = await withEvent(e);
    fill(el, 'name', 'Rahim');
    chooseContact(el, 'none');
    submit(el);
    await confirmed(el);
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      $$(el, '.copy button')[0]!.click();
      await until(() => /Copying did not work/.test(text(el)));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('in cancel mode, asks, cancels and says so; an unknown token shows an error with a retry', async () => {
    const e = await findEvent('Legal screening in Bangla', 3);
    const registration = await registerDirectly(e);
    const el = await fixture<WwEventRegistration>(
      html`<ww-event-registration
        endpoint="/v1/"
        lang="en"
        cancel-token=${registration.cancel_token}
      ></ww-event-registration>`,
    );
    await ready(el);
    expect(text(el)).to.contain('Cancel your registration?');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.cancel-confirm')!.click();
    await until(() => /Your place is cancelled/.test(active(el)?.textContent ?? ''), 8000);
    await expect(el).to.be.accessible();

    const unknown = await fixture<WwEventRegistration>(
      html`<ww-event-registration
        endpoint="/v1/"
        lang="en"
        cancel-token=${`${crypto.randomUUID()}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`}
      ></ww-event-registration>`,
    );
    await ready(unknown);
    $<HTMLButtonElement>(unknown, '.cancel-confirm')!.click();
    await until(() => Boolean($(unknown, '[part="notice"]')), 8000);
    expect($(unknown, '.cancel-confirm')!.textContent!.trim()).to.equal('Try again');
    await expect(unknown).to.be.accessible();
  });

  it('keeps what was typed in this tab, and restores it in a new element (same idempotency key)', async () => {
    const e = await findEvent('English conversation class (10 weeks)');
    const first = await withEvent(e);
    fill(first, 'name', 'Marie');
    chooseContact(first, 'phone');
    await first.updateComplete;
    fill(first, 'phone', '718 555 0101');
    fill(first, 'access_needs', 'Interpreter');
    const key = `ww:draft:registration:${e.event_id}:series`;
    const saved = JSON.parse(sessionStorage.getItem(key)!) as Record<string, string>;
    expect(saved).to.include({ name: 'Marie', contact_method: 'phone', phone: '718 555 0101' });
    expect(saved._key).to.match(/^[\w-]{8,}$/);
    expect(localStorage.length).to.equal(0);
    first.remove();
    const second = await withEvent(e);
    expect($<HTMLInputElement>(second, '#f-name')!.value).to.equal('Marie');
    expect($<HTMLInputElement>(second, 'input[value="phone"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(second, '#f-phone')!.value).to.equal('718 555 0101');
    expect($<HTMLTextAreaElement>(second, '#f-access_needs')!.value).to.equal('Interpreter');
    fill(second, 'name', 'Marie L.');
    expect(JSON.parse(sessionStorage.getItem(key)!)._key).to.equal(saved._key);
  });

  it('says when there is nothing to sign up for: past, no sign-up needed, external sign-up', async () => {
    const past = await findEvent('Avoiding immigration scams', 0, new Date(Date.now() - 200 * 86_400_000));
    const pastEl = await withEvent(past);
    expect(text(pastEl)).to.contain('This session has already taken place.');
    expect($(pastEl, 'form')).to.equal(null);
    await expect(pastEl).to.be.accessible();

    const none = await withEvent(await findEvent('Know your rights'));
    expect(text(none)).to.contain('No sign-up needed: just come.');
    await expect(none).to.be.accessible();

    const external = await withEvent(await findEvent('DACA renewal'));
    const link = $<HTMLAnchorElement>(external, '.external a')!;
    expect(link.textContent!.trim()).to.equal("Sign up on the organizer's website");
    expect(link.href).to.equal('https://example.org/sample-webinar/sign-up');
    await expect(external).to.be.accessible();
  });

  it('keeps the form when the server says sign-up has closed (409)', async () => {
    const past = await findEvent('Avoiding immigration scams', 0, new Date(Date.now() - 200 * 86_400_000));
    // A page showing stale data: the event looked open when it was loaded.
    const stale: EventDetail = {
      ...past,
      past: false,
      occurrences: [],
      registration: { mode: 'per-session', open: true, url: null },
    };
    const el = await withEvent(stale);
    fill(el, 'name', 'Omar');
    chooseContact(el, 'none');
    submit(el);
    await until(() => /has closed/.test(text(el)), 8000);
    expect(text(el)).to.contain('Sign-up for this event has closed.');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Omar');
    await expect(el).to.be.accessible();
  });

  it('asks to wait when there were too many tries (429 with Retry-After)', async () => {
    const el = await withEvent(await findEvent('Citizenship Day'), { endpoint: '/api-fail/rate_limited/' });
    fill(el, 'name', 'Omar');
    chooseContact(el, 'none');
    submit(el);
    await until(() => /Too many tries/.test(text(el)), 8000);
    expect(text(el)).to.contain('Too many tries. Please wait 30 seconds, then try again.');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Omar');
  });

  it('lays out right to left in Arabic, with dates in Arabic', async () => {
    const el = await withEvent(await findEvent('English conversation class (10 weeks)'), { lang: 'ar' });
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect($$(el, '.dates li')[0]!.textContent).to.match(/[\u0600-\u06FF]/);
    await expect(el).to.be.accessible();
  });
});
