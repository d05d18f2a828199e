import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/inquiry-form/register.js';
import type { WwInquiryForm } from '../src/components/inquiry-form/inquiry-form.js';
import type { InquiryRequest } from '../src/components/inquiry-form/inquiry-form.api.js';
import { getRecord, listRecords, OUTBOX_DB, putRecord, type OutboxRecord } from '../src/core/outbox.js';
import type { WwInquiryQueuedEvent } from '../src/events/inquiry-queued.js';
import type { WwInquirySubmittedEvent } from '../src/events/inquiry-submitted.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * Nothing lost: kiosk mode (nothing stored), the outbox when the office cannot
 * be reached (the reference server taken down with the `api-outage` command),
 * delivery on the next visit, and a saved inquiry the office refuses.
 */
const $ = <T extends Element = HTMLElement>(el: WwInquiryForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: WwInquiryForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (el: WwInquiryForm) => el.shadowRoot!.activeElement as HTMLElement | null;

const down = () => executeServerCommand('api-outage', { down: true });
const up = () => executeServerCommand('api-outage', { down: false });

async function form(template = html`<ww-inquiry-form endpoint="/v1/" lang="en"></ww-inquiry-form>`) {
  const el = await fixture<WwInquiryForm>(template);
  await until(() => Boolean($(el, 'form')) && el.shadowRoot!.querySelectorAll('#f-topic option').length > 1, 8000);
  return el;
}

function fill(el: WwInquiryForm, name: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

async function fillInquiry(el: WwInquiryForm, message: string) {
  fill(el, 'topic', 'housing');
  fill(el, 'message', message);
  $<HTMLInputElement>(el, 'input[name="contact_method"][value="phone"]')!.click();
  await el.updateComplete;
  fill(el, 'phone', '718 555 0101');
  $<HTMLInputElement>(el, '#f-consent')!.click();
  await el.updateComplete;
}

const submit = (el: WwInquiryForm) => $<HTMLButtonElement>(el, '[part="submit"]')!.click();
const reference = (el: WwInquiryForm) => $(el, '.reference--big .reference__code')!.textContent!.trim();

function deleteOutbox(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(OUTBOX_DB);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

const databaseExists = async () => (await indexedDB.databases()).some((d) => d.name === OUTBOX_DB);

/** The same request again: 200 and the first reference prove the office already had it, once. */
async function resend(body: unknown): Promise<{ status: number; reference: string }> {
  const response = await fetch('/v1/inquiries', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, reference: ((await response.json()) as { reference: string }).reference };
}

/**
 * How many inquiries the server holds, from the staff API (the test server
 * accepts `test-staff-token`); undefined while the test proxy does not pass the
 * Authorization header on. Then the resend check above is the proof.
 */
async function storedTotal(): Promise<number | undefined> {
  const response = await fetch('/v1/staff/inquiries?page_size=1', {
    headers: { Authorization: 'Bearer test-staff-token' },
  });
  return response.ok ? ((await response.json()) as { total: number }).total : undefined;
}

/** Exactly one more inquiry than `before` (when the staff API is reachable). */
async function expectOneMore(before: number | undefined): Promise<void> {
  if (before === undefined) return;
  expect(await storedTotal()).to.equal(before + 1, 'exactly one inquiry was stored');
}

beforeEach(async () => {
  resetPageLocale();
  sessionStorage.clear();
  await deleteOutbox();
});

afterEach(async () => {
  // Other tests share the server: it always comes back, whatever happened.
  await up();
});

// First in this file: no other form has opened the outbox on this page yet.
describe('ww-inquiry-form in kiosk mode', () => {
  it('stores nothing anywhere, and clears the confirmation for the next visitor', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="en" kiosk kiosk-timeout="2"></ww-inquiry-form>`);
    await fillInquiry(el, 'Kiosk question');
    expect(sessionStorage.length).to.equal(0);
    submit(el);
    await until(() => Boolean($(el, '#done-heading')), 8000);
    expect(reference(el)).to.match(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(await databaseExists()).to.equal(false);
    await expect(el).to.be.accessible();
    await until(() => Boolean($(el, '.kiosk-warning')), 3000);
    expect($(el, '.kiosk-warning')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    await until(() => Boolean($(el, 'form')), 3000);
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('');
    expect($(el, '.confirmation')).to.equal(null);
  });

  it('keeps the form filled with a retry button when the office cannot be reached', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="en" kiosk></ww-inquiry-form>`);
    await fillInquiry(el, 'Kiosk question, offline');
    await down();
    submit(el);
    await until(() => /was not sent/.test(text(el)), 8000);
    expect(text(el)).to.contain('Your message was not sent. Nothing you typed is lost.');
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('Kiosk question, offline');
    expect(sessionStorage.length).to.equal(0);
    expect(await databaseExists()).to.equal(false);
    await expect(el).to.be.accessible();
    await up();
    $<HTMLButtonElement>(el, '.notice__action')!.click();
    await until(() => Boolean($(el, '#done-heading')), 8000);
    expect(await databaseExists()).to.equal(false);
  });
});

describe('ww-inquiry-form offline', () => {
  it('keeps the inquiry in the outbox when the office is unreachable, and delivers it exactly once', async () => {
    const before = await storedTotal();
    const el = await form();
    await fillInquiry(el, 'Queued while the office was unreachable');
    const key = JSON.parse(sessionStorage.getItem('ww:draft:inquiry:inquiry')!)._key as string;
    await down();
    const queued = oneEvent(el, 'ww-inquiry-queued') as Promise<WwInquiryQueuedEvent>;
    submit(el);
    expect((await queued).detail).to.deep.equal({ kind: 'inquiry', topic: 'housing' });
    await until(() => active(el)?.id === 'queued-heading');
    expect(active(el)!.textContent!.trim()).to.equal('Your message is saved on this device');
    expect(text(el)).to.contain('Your message will be sent automatically when the connection is back');
    const stored = (await getRecord(key))!;
    expect(stored).to.include({ id: key, state: 'pending', attempts: 1, path: 'inquiries', locale: 'en' });
    expect(stored.endpoint).to.equal(new URL('/v1/', location.href).href);
    expect(stored.nextAttemptAt).to.be.greaterThan(Date.now());
    const body = stored.body as InquiryRequest;
    expect(body).to.include({ idempotency_key: key, message: 'Queued while the office was unreachable' });
    // It is in IndexedDB only: the tab's draft is gone.
    expect(sessionStorage.getItem('ww:draft:inquiry:inquiry')).to.equal(null);
    expect(localStorage.length).to.equal(0);
    await expect(el).to.be.accessible();

    // "Send now" while still offline: said plainly, nothing lost.
    $<HTMLButtonElement>(el, '.send-now')!.click();
    await until(() => /Still not sent/.test(text(el)), 8000);
    expect((await getRecord(key))!).to.include({ state: 'pending', attempts: 2 });
    await expect(el).to.be.accessible();

    await up();
    const submitted = oneEvent(el, 'ww-inquiry-submitted') as Promise<WwInquirySubmittedEvent>;
    window.dispatchEvent(new Event('online'));
    await until(() => active(el)?.id === 'done-heading', 8000);
    expect(text(el)).to.contain('It was saved on this device and has now arrived.');
    const code = reference(el);
    expect((await submitted).detail).to.deep.equal({
      reference: code,
      topic: 'housing',
      kind: 'inquiry',
      queued: true,
    });
    expect(await listRecords()).to.deep.equal([]);
    await expectOneMore(before);
    expect(await resend(body)).to.deep.equal({ status: 200, reference: code });
    await expectOneMore(before);
    await expect(el).to.be.accessible();
  });

  it('delivers on the next visit what was queued before a reload, and says so once', async () => {
    const before = await storedTotal();
    const first = await form();
    await fillInquiry(first, 'Queued, then the page was closed');
    await down();
    submit(first);
    await until(() => Boolean($(first, '.queued')), 8000);
    const [record] = await listRecords();
    const body = record!.body as InquiryRequest;
    first.remove();
    await up();
    // The next visit: another page with the form.
    const submitted = oneEvent(document, 'ww-inquiry-submitted') as Promise<WwInquirySubmittedEvent>;
    const next = await form();
    await until(() => Boolean($(next, '.delivered')), 8000);
    const notice = $(next, '.delivered')!;
    expect(notice.getAttribute('role')).to.equal('status');
    const { detail } = await submitted;
    expect(detail).to.include({ topic: 'housing', kind: 'inquiry', queued: true });
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain(
      `Your message sent earlier was delivered: reference ${detail.reference}`,
    );
    expect(notice.querySelector('.visually-hidden')!.textContent).to.equal([...detail.reference].join(' '));
    await expect(next).to.be.accessible();
    expect(await listRecords()).to.deep.equal([], 'the receipt is forgotten once shown');
    await expectOneMore(before);
    expect(await resend(body)).to.deep.equal({ status: 200, reference: detail.reference });
    await expectOneMore(before);
    // A later visit does not say it again.
    const later = await form();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect($(later, '.delivered')).to.equal(null);
  });

  it('puts a queued inquiry the office refuses on retry back into the form, and keeps it until sent', async () => {
    const el = await form();
    await fillInquiry(el, 'Refused on the retry');
    await down();
    submit(el);
    await until(() => Boolean($(el, '.queued')), 8000);
    const [{ id }] = (await listRecords()) as [OutboxRecord];
    await up();
    // The office now refuses the phone number (as a newer server might).
    const real = window.fetch;
    window.fetch = (input, init) =>
      init?.method === 'POST'
        ? Promise.resolve(
            new Response(
              JSON.stringify({
                title: 'Invalid parameters',
                status: 400,
                errors: [{ path: 'phone', message: 'Not a phone number' }],
              }),
              { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
            ),
          )
        : real(input, init);
    try {
      $<HTMLButtonElement>(el, '.send-now')!.click();
      await until(() => active(el)?.id === 'error-summary-title', 8000);
    } finally {
      window.fetch = real;
    }
    expect((await getRecord(id))!.state).to.equal('failed', 'kept, not retried');
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('Refused on the retry');
    expect($(el, '#f-phone-error')!.textContent).to.contain('Enter a phone number with at least 7 digits');
    await expect(el).to.be.accessible();
    fill(el, 'phone', '718 555 0102');
    submit(el);
    await until(() => Boolean($(el, '#done-heading')), 8000);
    expect(await listRecords()).to.deep.equal([]);
  });

  it('shows a saved inquiry that needs attention, with its text, to correct or delete', async () => {
    const base = {
      endpoint: new URL('/v1/', location.href).href,
      path: 'inquiries',
      locale: 'en',
      createdAt: Date.now(),
      attempts: 0,
      nextAttemptAt: Date.now(),
      state: 'pending' as const,
      about: { kind: 'inquiry', topic: 'work' },
    };
    const request = (id: string, message: string) => ({
      kind: 'inquiry',
      topic: 'work',
      message,
      preferred_language: 'en',
      contact_method: 'email',
      email: 'ana@example',
      consent: true,
      channel: 'web',
      idempotency_key: id,
    });
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    await putRecord({ ...base, id: a, body: request(a, 'My boss keeps my passport.') });
    await putRecord({ ...base, id: b, body: request(b, 'Second saved message') });
    const el = await form();
    await until(() => el.shadowRoot!.querySelectorAll('.failed').length === 2, 8000);
    const notice = $(el, '.failed')!;
    expect(notice.textContent).to.contain('A message saved on this device could not be sent. It needs your attention.');
    expect(el.shadowRoot!.textContent).to.contain('My boss keeps my passport.');
    expect(notice.querySelector('.failed__reasons')!.textContent).to.contain(
      'Enter an email address such as name@example.com',
    );
    await expect(el).to.be.accessible();
    // Delete the second one; correct the first.
    const second = [...el.shadowRoot!.querySelectorAll('.failed')].find((n) => /Second/.test(n.textContent!))!;
    second.querySelectorAll<HTMLButtonElement>('button')[1]!.click();
    await until(() => el.shadowRoot!.querySelectorAll('.failed').length === 1);
    expect(await getRecord(b)).to.equal(undefined);
    $<HTMLButtonElement>(el, '.failed .button--primary')!.click();
    await until(() => active(el)?.id === 'error-summary-title');
    expect($(el, '.failed')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('My boss keeps my passport.');
    expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('ana@example');
    expect($(el, '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    fill(el, 'email', 'ana@example.org');
    submit(el);
    await until(() => Boolean($(el, '#done-heading')), 8000);
    expect(await listRecords()).to.deep.equal([]);
    const sent = reference(el);
    expect(await resend({ ...request(a, 'x'), email: 'ana@example.org' })).to.deep.equal({
      status: 200,
      reference: sent,
    });
  });

  it('works on a slow phone connection (Slow 3G): the form shows at once, the answer comes later', async function () {
    this.timeout(45_000);
    await executeServerCommand('throttle-network', { profile: 'slow-3g' });
    try {
      const el = await fixture<WwInquiryForm>(html`<ww-inquiry-form endpoint="/v1/" lang="en"></ww-inquiry-form>`);
      await until(() => Boolean($(el, 'form')));
      // Typing can start before the topics arrive.
      expect($<HTMLSelectElement>(el, '#f-topic')!.options[0]!.textContent).to.equal('Loading topics…');
      await expect(el).to.be.accessible();
      fill(el, 'message', 'Typed while the topics were loading');
      await until(() => el.shadowRoot!.querySelectorAll('#f-topic option').length > 1, 20_000);
      expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('Typed while the topics were loading');
      fill(el, 'topic', 'education');
      $<HTMLInputElement>(el, 'input[name="contact_method"][value="none"]')!.click();
      await el.updateComplete;
      submit(el);
      await until(() => $(el, '[part="submit"]')?.getAttribute('aria-disabled') === 'true');
      await until(() => Boolean($(el, '#done-heading')), 25_000);
      expect(await listRecords()).to.deep.equal([]);
    } finally {
      await executeServerCommand('throttle-network', { profile: 'none' });
    }
  });
});
