import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/inquiry-status/register.js';
import type { WwInquiryStatus } from '../src/components/inquiry-status/inquiry-status.js';
import type { WwLookupEvent } from '../src/events/lookup.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * The status lookup against the reference server behind /v1/: each test sends an inquiry through the API,
 * and staff move it on with the browser tests' staff token. The server counts failed lookups per client
 * (10 per 15 minutes): the test that spends them speaks from an address of its own, so that other tests
 * (in this file and the others the server serves) keep theirs.
 */
const $ = <T extends Element = HTMLElement>(el: WwInquiryStatus, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: WwInquiryStatus) => el.shadowRoot!.activeElement as HTMLElement | null;
const result = (el: WwInquiryStatus) => $(el, '[part="status"]');
const notice = (el: WwInquiryStatus) => $(el, '[part="notice"]');
const settled = (el: WwInquiryStatus) =>
  until(() => Boolean(result(el) || notice(el)), 8000).then(() => el.updateComplete);

const STAFF = { Authorization: 'Bearer test-staff-token', 'Content-Type': 'application/json' };
let sent = 0;

/** An inquiry as the form sends it; its reference and status token. */
async function sendInquiry(change: Record<string, unknown> = {}): Promise<{ reference: string; status_token: string }> {
  const response = await fetch('/v1/inquiries', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      topic: 'immigration-legal',
      message: 'Mwen bezwen yon avoka pou dosye imigrasyon mwen.',
      preferred_language: 'ht',
      contact_method: 'phone',
      phone: '+1 617 555 0142',
      consent: true,
      idempotency_key: `status-test-${Date.now()}-${++sent}`,
      ...change,
    }),
  });
  expect(response.status).to.equal(201);
  return response.json() as Promise<{ reference: string; status_token: string }>;
}

/** Staff move an inquiry on, as the desk does. */
async function staffUpdate(reference: string, change: Record<string, unknown>): Promise<void> {
  const found = await fetch(`/v1/staff/inquiries/by-reference/${reference}`, { headers: STAFF });
  const { id } = (await found.json()) as { id: string };
  const response = await fetch(`/v1/staff/inquiries/${id}`, {
    method: 'PATCH',
    headers: STAFF,
    body: JSON.stringify(change),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
}

/** Types both fields and presses the button. */
function ask(el: WwInquiryStatus, reference: string, check: string) {
  for (const [name, value] of [
    ['reference', reference],
    ['check', check],
  ] as const) {
    const input = $<HTMLInputElement>(el, `#f-${name}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  $<HTMLButtonElement>(el, '[part="submit"]')!.click();
}

async function lookup(el: WwInquiryStatus, reference: string, check: string) {
  ask(el, reference, check);
  await settled(el);
}

/** Today in the office's zone (the reference server's), as `locale` writes a day. */
const today = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'America/New_York',
  }).format(new Date());

/** Counts the lookups the widget sends. */
function countLookups(): { count: number; restore: () => void } {
  const real = window.fetch;
  const counter = { count: 0, restore: () => (window.fetch = real) };
  window.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes('/v1/inquiries/status/')) counter.count++;
    return real(input, init);
  };
  return counter;
}

describe('ww-inquiry-status', () => {
  beforeEach(() => {
    resetPageLocale();
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(async () => {
    await executeServerCommand('api-outage', { down: false });
    await executeServerCommand('api-client', { address: '' });
    await setViewport({ width: 800, height: 600 });
  });

  it('looks an inquiry up by keyboard alone, with the status token as typed, and says so in a live region', async () => {
    const { reference, status_token: token } = await sendInquiry();
    const el = await fixture<WwInquiryStatus>(html`<ww-inquiry-status endpoint="/v1/" lang="en"></ww-inquiry-status>`);
    expect(text($(el, '.heading'))).to.equal('Check on your inquiry');
    expect($(el, '.heading')!.getAttribute('aria-level')).to.equal('2');
    expect(text($(el, '#f-check-hint'))).to.equal(
      'Any one of these three: the status token on your confirmation (such as 7KQM-3D9X); the last 4 digits of the phone number you gave; or the email address you gave.',
    );
    expect($(el, '#f-check')!.getAttribute('aria-describedby')).to.equal('f-check-hint');
    await expect(el).to.be.accessible();

    const looked = oneEvent(el, 'ww-lookup') as Promise<WwLookupEvent>;
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-reference');
    await sendKeys({ type: reference.toLowerCase() });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-check');
    await sendKeys({ type: token.replace('-', '').toLowerCase() });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    const region = $(el, '[part="result"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.contains(result(el))).to.equal(true);
    expect(text(result(el))).to.contain('Status of your inquiry');
    expect(text($(el, '.stage'))).to.equal('Received');
    expect(text(result(el))).to.contain(`Last update ${today('en')}`);
    expect(text(result(el))).to.contain('The office has your inquiry and will take it up soon.');
    expect(text($(el, '.code .visually-hidden'))).to.equal([...reference].join(' '));
    expect((await looked).detail).to.deep.equal({ status: 'received' });
    // Nothing personal is shown: the phone and message stay with the office.
    expect(text(el.shadowRoot!.querySelector('.base'))).not.to.match(/0142|avoka/);
    // What was typed stays.
    expect($<HTMLInputElement>(el, '#f-reference')!.value).to.equal(reference.toLowerCase());
    await expect(el).to.be.accessible();
  });

  it('catches a reference that cannot be one, and a missing or odd check, before asking the office', async () => {
    const lookups = countLookups();
    try {
      const el = await fixture<WwInquiryStatus>(
        html`<ww-inquiry-status endpoint="/v1/" lang="en"></ww-inquiry-status>`,
      );
      ask(el, 'K7M-4Q', '');
      await until(() => active(el)?.id === 'f-reference');
      expect($(el, '#f-reference')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#f-reference-error'))).to.equal(
        'Error: Enter the reference as it is on your confirmation: 6 letters and numbers, such as K7M-4QX.',
      );
      expect(text($(el, '#f-check-error'))).to.equal(
        'Error: Enter your status token, the last 4 digits of your phone, or your email.',
      );
      await expect(el).to.be.accessible();
      // O, I and S are not in references: a typo caught here spends none of the visitor's tries.
      ask(el, 'KOM-4QS', '12345');
      await until(() => Boolean($(el, '#f-check-error')?.textContent?.includes('not a status token')));
      expect($(el, '#f-reference')!.getAttribute('aria-invalid')).to.equal('true');
      expect(lookups.count).to.equal(0);
      expect($<HTMLInputElement>(el, '#f-check')!.value).to.equal('12345');
    } finally {
      lookups.restore();
    }
  });

  it('shows each stage in Haitian Creole, the referral named in Creole, checked by the last 4 phone digits', async () => {
    const { reference } = await sendInquiry();
    await staffUpdate(reference, { status: 'referred', referral: 'Legal services provider' });
    history.replaceState(null, '', `#reference=${reference}`);
    const el = await fixture<WwInquiryStatus>(html`<ww-inquiry-status endpoint="/v1/" lang="ht"></ww-inquiry-status>`);
    expect(text($(el, '.heading'))).to.equal('Gade kote mesaj ou rive');
    expect($<HTMLInputElement>(el, '#f-reference')!.value).to.equal(reference, 'from the page address');
    await lookup(el, reference, '0142');
    expect(text($(el, '.stage'))).to.equal('Voye bay lòt sèvis');
    expect(text(result(el))).to.contain('Biwo a voye mesaj ou a bay \u2068Founisè sèvis legal\u2069.');
    expect(text(result(el))).to.contain(`Dènye chanjman ${today('fr-HT')}`);
    await expect(el).to.be.accessible();

    await staffUpdate(reference, { status: 'resolved' });
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => text($(el, '.stage')) === 'Rezoud', 8000);
    expect(text(result(el))).to.contain(`Dat li rezoud ${today('fr-HT')}`);
    expect(text(result(el))).to.contain('Biwo a fin travay sou mesaj ou a.');
    await expect(el).to.be.accessible();
  });

  it('takes the reference from its attribute, and an email in any case', async () => {
    const { reference } = await sendInquiry({ contact_method: 'email', phone: undefined, email: 'Rose@Example.org' });
    const el = await fixture<WwInquiryStatus>(
      html`<ww-inquiry-status endpoint="/v1/" lang="en" reference=${reference}></ww-inquiry-status>`,
    );
    expect($<HTMLInputElement>(el, '#f-reference')!.value).to.equal(reference);
    await lookup(el, reference, 'rose@example.ORG');
    expect(text($(el, '.stage'))).to.equal('Received');
  });

  it('lays out right to left in Arabic, the reference still read left to right', async () => {
    const { reference, status_token: token } = await sendInquiry();
    const el = await fixture<WwInquiryStatus>(html`<ww-inquiry-status endpoint="/v1/" lang="ar"></ww-inquiry-status>`);
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '.heading'))).to.equal('تابع حالة استفسارك');
    expect(getComputedStyle($(el, '.label')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    await lookup(el, reference, token);
    expect(text($(el, '.stage'))).to.equal('تم الاستلام');
    expect(getComputedStyle($(el, '.code [dir="ltr"]')!).direction).to.equal('ltr');
    const labels = $(el, '.facts dt')!.getBoundingClientRect();
    expect(labels.right).to.be.closeTo(result(el)!.getBoundingClientRect().right, 40, 'labels start on the right');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const { reference, status_token: token } = await sendInquiry();
    const el = await fixture<WwInquiryStatus>(html`<ww-inquiry-status endpoint="/v1/" lang="en"></ww-inquiry-status>`);
    await lookup(el, reference, token);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('says when the connection is lost, keeping what was typed', async () => {
    const { reference, status_token: token } = await sendInquiry();
    const el = await fixture<WwInquiryStatus>(html`<ww-inquiry-status endpoint="/v1/" lang="en"></ww-inquiry-status>`);
    await executeServerCommand('api-outage', { down: true });
    await lookup(el, reference, token);
    expect(text(notice(el))).to.equal('We could not reach the service. Check your internet connection and try again.');
    expect(notice(el)!.getAttribute('role')).to.equal('alert');
    expect($<HTMLInputElement>(el, '#f-reference')!.value).to.equal(reference);
    expect($<HTMLInputElement>(el, '#f-check')!.value).to.equal(token);
    await expect(el).to.be.accessible();
    await executeServerCommand('api-outage', { down: false });
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => Boolean(result(el)), 8000);
    expect(notice(el)).to.equal(null);
  });

  it('says a locked reference is locked, with the time to try again', async () => {
    // Locking a reference takes 20 wrong checks from many addresses: the server's tests do that; here its answer.
    const real = window.fetch;
    window.fetch = async (input, init) =>
      String(input instanceof Request ? input.url : input).includes('/v1/inquiries/status/')
        ? new Response(
            JSON.stringify({
              type: 'https://welcome-widgets.org/problems/reference-locked',
              title: 'Too many wrong checks on this reference; try later',
              status: 429,
            }),
            { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3600' } },
          )
        : real(input, init);
    try {
      const el = await fixture<WwInquiryStatus>(
        html`<ww-inquiry-status endpoint="/v1/" lang="es"></ww-inquiry-status>`,
      );
      await lookup(el, 'K7M-4QX', '7KQM-3D9X');
      const at = new Intl.DateTimeFormat('es', { hour: 'numeric', minute: '2-digit' }).format(Date.now() + 3600_000);
      expect(text(notice(el))).to.equal(
        `Este código de referencia quedó bloqueado por demasiados intentos incorrectos. Puede intentarlo de nuevo después de las ${at}.`,
      );
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = real;
    }
  });

  it('answers a wrong check as not found, then stops this device after 10 failed tries, saying until when', async () => {
    const { reference, status_token: token } = await sendInquiry();
    // An address of its own, at random: a watch-mode run reuses the server, which remembers each address.
    await executeServerCommand('api-client', { address: `203.0.113.${1 + Math.floor(Math.random() * 250)}` });
    const el = await fixture<WwInquiryStatus>(html`<ww-inquiry-status endpoint="/v1/" lang="en"></ww-inquiry-status>`);
    await lookup(el, reference, '9999');
    expect(text(notice(el))).to.equal(
      'We found no inquiry with this reference and this detail. Check both and try again.',
    );
    expect($<HTMLInputElement>(el, '#f-check')!.value).to.equal('9999');
    await expect(el).to.be.accessible();
    // Guesses until the server refuses this client.
    for (let i = 0; i < 12; i++) {
      const answer = await fetch(`/v1/inquiries/status/${reference}?check=0000`);
      if (answer.status === 429) break;
    }
    await lookup(el, reference, token);
    await until(() => text(notice(el)).startsWith('Too many tries'), 8000);
    const at = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(Date.now() + 15 * 60_000);
    expect(text(notice(el))).to.equal(`Too many tries from this device. You can try again after ${at}.`);
    expect(result(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
