import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/components/appointment-booking/register.js';
import '../src/components/clinic-calendar/register.js';
import '../src/components/corner-panel/register.js';
import '../src/components/event-registration/register.js';
import '../src/components/inquiry-form/register.js';
import '../src/components/inquiry-stats/register.js';
import '../src/components/inquiry-status/register.js';
import '../src/components/scam-check/register.js';
import '../src/components/service-finder/register.js';
import { holdRequests, type HeldRequest } from './helpers/held-requests.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * Every data widget moved in the page while its request is in flight, as a page
 * or a framework re-ordering a list does: it asks again once back, shows its
 * data, and never the answer to the request the move cancelled.
 */
const FLATBUSH = 'a9bf9e29-6bfc-5b3b-9573-d6e6ab1689eb';
const STALE = 'Stale answer';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

let hold: ReturnType<typeof holdRequests> | undefined;
const elsewhere = document.createElement('div');

/** Renders `template`, waits for its first held request, moves the element, and waits for the request it makes again. */
async function moveWhileLoading(
  pattern: RegExp,
  template: TemplateResult,
): Promise<[Element, HeldRequest, HeldRequest]> {
  hold = holdRequests(pattern);
  const held = hold.held;
  const el = await fixture(template);
  await until(() => held.length === 1, 8000);
  document.body.append(elsewhere);
  elsewhere.append(el);
  await until(() => held.length === 2, 4000).catch(() => {
    throw new Error('The widget did not ask again after it was moved');
  });
  expect(held[0]!.signal?.aborted, 'the moved request is cancelled').to.equal(true);
  return [el, held[0]!, held[1]!];
}

/** Lets the new request through, then answers the cancelled one with a stale answer that must not show. */
async function answerBoth(el: Element, [first, second]: [HeldRequest, HeldRequest], shown: () => boolean) {
  second.pass();
  await until(shown, 8000);
  first.edit(stale);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(shown()).to.equal(true);
  expect(shadowText(el)).not.to.contain(STALE);
}

/** The server's answer with every name and title replaced, and every count changed. */
function stale(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) =>
    key === 'name' || key === 'title' ? STALE : key === 'count' && typeof value === 'number' ? 4242 : value,
  );
}

describe('a data widget moved while it loads', () => {
  beforeEach(resetPageLocale);
  afterEach(() => {
    hold?.restore();
    hold = undefined;
    elsewhere.replaceChildren();
    elsewhere.remove();
  });

  it('ww-service-finder shows its results', async () => {
    const [el, ...requests] = await moveWhileLoading(
      /\/v1\/services\?/,
      html`<ww-service-finder endpoint="/v1/" page-size="5"></ww-service-finder>`,
    );
    const count = () => $(el, '.count-line')!.textContent!.trim();
    expect(count()).to.match(/Loading/);
    await answerBoth(el, requests, () => /^Services found: \d+$/.test(count()) && Boolean($(el, '.card')));
  });

  it('ww-clinic-calendar shows its events, and the details of an event', async () => {
    const [el, ...requests] = await moveWhileLoading(
      /\/v1\/events\?/,
      html`<ww-clinic-calendar endpoint="/v1/" view="list" location-id=${FLATBUSH}></ww-clinic-calendar>`,
    );
    const status = () => $(el, '.status')!.textContent!.trim();
    await answerBoth(el, requests, () => /^\d+ events?$/.test(status()) && Boolean($(el, '.event__title')));
    hold!.restore();

    hold = holdRequests(/\/v1\/events\/[\w-]+\?/);
    $(el, '.event__title')!.click();
    await until(() => hold!.held.length === 1);
    document.body.append(el);
    await until(() => hold!.held.length === 2, 4000);
    expect(hold.held[0]!.signal?.aborted).to.equal(true);
    await answerBoth(el, [hold.held[0]!, hold.held[1]!], () => Boolean($(el, '.detail__description')));
  });

  it('ww-inquiry-stats shows its figures', async () => {
    const [el, ...requests] = await moveWhileLoading(
      /\/v1\/stats\/inquiries\?/,
      html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="months"></ww-inquiry-stats>`,
    );
    expect($(el, '.status')!.textContent).to.match(/Loading/);
    await answerBoth(el, requests, () => Boolean($(el, 'section table')) && !$(el, '.skeleton'));
    expect($(el, '.status')!.textContent!.trim()).to.equal('Showing January – December 2025.');
  });

  it('ww-corner-panel shows its branch', async () => {
    const [el, ...requests] = await moveWhileLoading(
      /\/v1\/locations\//,
      html`<ww-corner-panel endpoint="/v1/" location-id=${FLATBUSH}></ww-corner-panel>`,
    );
    expect($(el, '.skeleton')).not.to.equal(null);
    await answerBoth(el, requests, () => /Flatbush Library/.test($(el, '#title')?.textContent ?? ''));
  });

  it('ww-event-registration shows the event it loads', async () => {
    const from = new Date();
    const to = new Date(from.getTime() + 300 * 86_400_000);
    const list = (await (await fetch(`/v1/events?from=${from.toISOString()}&to=${to.toISOString()}`)).json()) as {
      items: { event_id: string; title: string; local_start: string }[];
    };
    const event = list.items[0]!;
    const [el, ...requests] = await moveWhileLoading(
      /\/v1\/events\/[\w-]+\?/,
      html`<ww-event-registration
        endpoint="/v1/"
        event-id=${event.event_id}
        occurrence=${event.local_start}
      ></ww-event-registration>`,
    );
    await answerBoth(el, requests, () => shadowText(el).includes(event.title) && !/Loading/.test(shadowText(el)));
  });

  it('ww-appointment-booking shows the types of its place', async () => {
    const place = (await executeServerCommand('desk-server', { command: 'appointment-place' })) as {
      locationId: string;
    };
    const [el, ...requests] = await moveWhileLoading(
      /\/v1\/appointment-types\?/,
      html`<ww-appointment-booking endpoint="/v1/" lang="en" location-id=${place.locationId}></ww-appointment-booking>`,
    );
    await answerBoth(el, requests, () => /IDNYC enrollment/.test(shadowText(el)));
  });

  it('ww-scam-check shows the accredited providers it finds', async () => {
    hold = holdRequests(/\/v1\/services\?/);
    const el = await fixture(html`<ww-scam-check endpoint="/v1/" lang="en"></ww-scam-check>`);
    const input = $<HTMLInputElement>(el, '#f-name')!;
    input.value = 'ActionNYC';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => hold!.held.length === 1, 8000);
    expect(shadowText(el)).to.contain('Checking…');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await until(() => hold!.held.length === 2, 4000);
    expect(hold.held[0]!.signal?.aborted, 'the moved request is cancelled').to.equal(true);
    await answerBoth(el, [hold.held[0]!, hold.held[1]!], () => shadowText(el).includes('ActionNYC legal screening'));
  });

  it('ww-inquiry-form shows its topics', async () => {
    const [el, ...requests] = await moveWhileLoading(
      /\/v1\/inquiries\/topics\?/,
      html`<ww-inquiry-form endpoint="/v1/" lang="en"></ww-inquiry-form>`,
    );
    const options = () => [...$<HTMLSelectElement>(el, '#f-topic')!.options].map((o) => o.value);
    await answerBoth(el, requests, () => options().includes('municipal-id'));
  });

  it('ww-inquiry-status shows the status it looks up', async () => {
    const sent = await fetch('/v1/inquiries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        topic: 'municipal-id',
        message: 'Where do I apply for IDNYC?',
        preferred_language: 'en',
        contact_method: 'none',
        consent: false,
        idempotency_key: `move-status-${Date.now()}`,
      }),
    });
    const { reference, status_token: token } = (await sent.json()) as { reference: string; status_token: string };
    // Referred, so that the answer names a destination (which the stale answer renames).
    const staff = { Authorization: 'Bearer test-staff-token', 'Content-Type': 'application/json' };
    const { id } = (await (
      await fetch(`/v1/staff/inquiries/by-reference/${reference}`, { headers: staff })
    ).json()) as {
      id: string;
    };
    await fetch(`/v1/staff/inquiries/${id}`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ status: 'referred', referral: 'IDNYC' }),
    });
    hold = holdRequests(/\/v1\/inquiries\/status\//);
    const el = await fixture(
      html`<ww-inquiry-status endpoint="/v1/" lang="en" reference=${reference}></ww-inquiry-status>`,
    );
    const check = $<HTMLInputElement>(el, '#f-check')!;
    check.value = token;
    check.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => hold!.held.length === 1, 8000);
    expect(shadowText(el)).to.contain('Looking up your inquiry');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await until(() => hold!.held.length === 2, 4000);
    expect(hold.held[0]!.signal?.aborted, 'the moved request is cancelled').to.equal(true);
    await answerBoth(el, [hold.held[0]!, hold.held[1]!], () => shadowText(el).includes('referred your inquiry to'));
    expect(shadowText(el)).to.contain('The office referred your inquiry to \u2068IDNYC\u2069.');
  });
});
