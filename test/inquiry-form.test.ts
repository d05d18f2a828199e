import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/inquiry-form/register.js';
import type { WwInquiryForm } from '../src/components/inquiry-form/inquiry-form.js';
import type { InquiryRequest } from '../src/components/inquiry-form/inquiry-form.api.js';
import { listRecords, OUTBOX_DB } from '../src/core/outbox.js';
import type { WwInquirySubmittedEvent } from '../src/events/inquiry-submitted.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/** The inquiry form against the reference server (in memory) behind /v1/. */
const $ = <T extends Element = HTMLElement>(el: WwInquiryForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwInquiryForm, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: WwInquiryForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (el: WwInquiryForm) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Rendered, with its topics loaded (or given up on). */
const ready = (el: WwInquiryForm) =>
  until(
    () =>
      Boolean($(el, 'form, .confirmation, .queued, [part="notice"]')) &&
      (!$(el, '#f-topic') || $$(el, '#f-topic option').length > 1),
    8000,
  ).then(() => el.updateComplete);
const labels = (el: WwInquiryForm) => $$(el, '[part="label"]').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());

async function form(template = html`<ww-inquiry-form endpoint="/v1/" lang="en"></ww-inquiry-form>`) {
  const el = await fixture<WwInquiryForm>(template);
  await ready(el);
  return el;
}

function fill(el: WwInquiryForm, name: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

async function choose(el: WwInquiryForm, name: string, value: string) {
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!.click();
  await el.updateComplete;
}

async function tick(el: WwInquiryForm, name: string) {
  $<HTMLInputElement>(el, `#f-${name}`)!.click();
  await el.updateComplete;
}

const submit = (el: WwInquiryForm) => $<HTMLButtonElement>(el, '[part="submit"]')!.click();
const confirmed = (el: WwInquiryForm) => until(() => Boolean($(el, '#done-heading')), 8000);
const reference = (el: WwInquiryForm) => $(el, '.reference--big .reference__code')!.textContent!.trim();

/** A minimal valid inquiry by hand: with contact "none", nothing personal. */
async function fillMinimal(el: WwInquiryForm, message = 'Where can I get a municipal ID card?') {
  fill(el, 'topic', 'municipal-id');
  fill(el, 'message', message);
  await choose(el, 'contact_method', 'none');
}

function deleteOutbox(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(OUTBOX_DB);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Sends every POST to /v1/inquiries through `spy` (which may call the real fetch). */
function spyOnPosts(
  spy: (input: RequestInfo | URL, init: RequestInit | undefined, real: typeof fetch) => Promise<Response>,
) {
  const real = window.fetch;
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    return init?.method === 'POST' && url.includes('/v1/inquiries') ? spy(input, init, real) : real(input, init);
  };
  return () => (window.fetch = real);
}

describe('ww-inquiry-form', () => {
  beforeEach(async () => {
    resetPageLocale();
    sessionStorage.clear();
    await deleteOutbox();
  });

  afterEach(async () => {
    // Other tests share the server: it always comes back.
    await executeServerCommand('api-outage', { down: false });
  });

  it('asks only what the office needs, with topics from the server, a privacy note and the hotline', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="en" hotline="212-788-7654"></ww-inquiry-form>`);
    const heading = $$(el, '.heading')[0]!;
    expect(heading.textContent!.trim()).to.equal('Ask the office a question');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(labels(el)).to.deep.equal([
      'What is your question about?',
      'Your question or message',
      'Language for the answer',
      'How should the office contact you?',
      'I prefer not to give my name',
      'Your name (optional)',
      'ZIP code (optional)',
    ]);
    const topics = [...$<HTMLSelectElement>(el, '#f-topic')!.options].map((o) => o.value);
    expect(topics[0]).to.equal('');
    expect(topics).to.include.members(['immigration-legal', 'municipal-id', 'housing', 'other']);
    expect(topics).not.to.include('volunteer');
    const privacy = $(el, '[part="privacy"]')!.textContent!.replace(/\s+/g, ' ');
    expect(privacy).to.contain('We keep your message, and your name and contact details only if you give them.');
    expect(privacy).to.contain('erased after one year');
    expect(privacy).to.contain("Only the office's staff see it.");
    expect(privacy).to.contain('Nobody will ask about your immigration status, and this form never asks for it.');
    expect(text(el)).not.to.match(/papers|visa|citizen\?|legal status/i);
    const hotline = $<HTMLAnchorElement>(el, '.hotline a')!;
    expect(hotline.getAttribute('href')).to.equal(
      'tel:+12127887654',
      'dialled with the country code, as the finder does',
    );
    expect($(el, '#f-message-limit')!.textContent).to.equal('You can enter up to 2,000 characters.');
    const trap = $<HTMLInputElement>(el, '#f-website')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    const language = $<HTMLSelectElement>(el, '#f-preferred_language')!;
    expect(language.value).to.equal('en');
    expect([...language.options].find((o) => o.value === 'ht')!.textContent).to.equal('Kreyòl ayisyen');
    expect([...language.options].find((o) => o.value === 'ht')!.lang).to.equal('ht');
    await expect(el).to.be.accessible();
  });

  it('is sent by keyboard alone, and confirms with focus, the reference spelled out and what happens next', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="en" hotline="212-788-7654"></ww-inquiry-form>`);
    const submitted = oneEvent(el, 'ww-inquiry-submitted') as Promise<WwInquirySubmittedEvent>;
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.closest('.hotline')).to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-topic');
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, '#f-topic')!.value).to.equal('immigration-legal');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-message');
    await sendKeys({ type: 'My employer has not paid me for three weeks.' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-preferred_language');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('value')).to.equal('phone');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>(el, 'input[value="email"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-email');
    await sendKeys({ type: 'amina@example.org' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-anonymous');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-name');
    await sendKeys({ type: 'Amina' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-postcode');
    await sendKeys({ type: '11226' });
    await sendKeys({ press: 'Tab' }); // the honeypot is skipped
    expect(active(el)?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await confirmed(el);
    expect(active(el)?.id).to.equal('done-heading');
    expect(active(el)!.textContent!.trim()).to.equal('Your message was sent');
    const code = reference(el);
    expect(code).to.match(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect($(el, '.reference--big .reference__code')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '.reference--big .visually-hidden')!.textContent).to.equal([...code].join(' '));
    expect(text(el)).to.contain('The office answers by email within 2 days, not counting weekends and holidays.');
    const { detail } = await submitted;
    expect(detail).to.deep.equal({ reference: code, topic: 'immigration-legal', kind: 'inquiry', queued: false });
    // Drafts and the outbox are empty once it arrived.
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('ww:draft:'))).to.have.length(0);
    expect(await listRecords()).to.have.length(0);
    expect(localStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows the status token beside the reference, spelled out, and links to the status page with status-href', async () => {
    const el = await form(
      html`<ww-inquiry-form endpoint="/v1/" lang="en" status-href="/demo/status.html#top"></ww-inquiry-form>`,
    );
    await fillMinimal(el);
    submit(el);
    await confirmed(el);
    const code = reference(el);
    const [, token] = $$(el, '.reference-line .reference');
    const tokenText = token!.querySelector('.reference__code')!.textContent!.trim();
    expect(tokenText).to.match(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(token!.querySelector('.reference__code')!.getAttribute('aria-hidden')).to.equal('true');
    expect(token!.querySelector('.visually-hidden')!.textContent).to.equal([...tokenText].join(' '));
    expect(text(el)).to.contain('Your status token:');
    expect(text(el)).to.contain('With your reference, it shows where your message stands. Keep both.');
    const link = $<HTMLAnchorElement>(el, 'a.status-link')!;
    expect(link.textContent!.trim()).to.equal('Check the status of your message');
    expect(link.getAttribute('href')).to.equal(`/demo/status.html#reference=${code}`);
    // The token the confirmation shows is the one the office checks.
    const status = await fetch(`/v1/inquiries/status/${code}?check=${encodeURIComponent(tokenText)}`);
    expect(status.status).to.equal(200);
    await expect(el).to.be.accessible();
  });

  it('shows the token without a link when no status page is set', async () => {
    const el = await form();
    await fillMinimal(el);
    submit(el);
    await confirmed(el);
    expect($$(el, '.reference-line .reference')).to.have.length(2);
    expect($(el, 'a.status-link')).to.equal(null);
  });

  it('shows an error summary that takes focus, whose links focus each field', async () => {
    const el = await form();
    submit(el);
    await until(() => active(el)?.id === 'error-summary-title');
    const links = () => $$(el, '.error-summary a');
    expect(links().map((a) => a.textContent!.trim())).to.deep.equal([
      'Choose a topic',
      'Write your question or message',
      'Choose how the office should contact you',
    ]);
    expect($(el, '#f-message')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-message-error')!.textContent).to.match(/Error:\s+Write your question or message/);
    await expect(el).to.be.accessible();
    links()[1]!.click();
    expect(active(el)?.id).to.equal('f-message');
    links()[2]!.click();
    expect(active(el)).to.equal($(el, 'input[name="contact_method"]'));
    links()[0]!.click();
    expect(active(el)?.id).to.equal('f-topic');
    // Email without an address or consent; a ZIP code the office cannot read.
    await fillMinimal(el);
    await choose(el, 'contact_method', 'email');
    fill(el, 'postcode', '1!');
    submit(el);
    await until(() => links().length === 3);
    expect(links().map((a) => a.textContent!.trim())).to.deep.equal([
      'Enter your email address',
      'Tick the box to agree to be contacted, or choose no contact',
      'Enter a ZIP code such as 11226, or leave it empty',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows only the fields the chosen contact method needs', async () => {
    const el = await form();
    const shown = () => ['phone', 'email', 'consent'].filter((f) => $(el, `#f-${f}`));
    expect(shown()).to.deep.equal([]);
    await choose(el, 'contact_method', 'phone');
    expect(shown()).to.deep.equal(['phone', 'consent']);
    expect($<HTMLInputElement>(el, '#f-phone')!.type).to.equal('tel');
    expect($(el, 'label[for="f-phone"]')!.textContent!.trim()).to.equal('Phone number');
    await expect(el).to.be.accessible();
    await choose(el, 'contact_method', 'text');
    expect(shown()).to.deep.equal(['phone', 'consent']);
    expect($(el, 'label[for="f-phone"]')!.textContent!.trim()).to.equal('Mobile phone number for text messages');
    await choose(el, 'contact_method', 'email');
    expect(shown()).to.deep.equal(['email', 'consent']);
    expect($<HTMLInputElement>(el, '#f-email')!.type).to.equal('email');
    expect($(el, '#f-email')!.getAttribute('autocomplete')).to.equal('email');
    await expect(el).to.be.accessible();
    await choose(el, 'contact_method', 'none');
    expect(shown()).to.deep.equal([]);
    expect(text(el)).to.contain('You will get a reference code: call the hotline with it to hear the answer.');
    // Anonymous: the name field goes.
    expect($(el, '#f-name')).to.not.equal(null);
    await tick(el, 'anonymous');
    expect($(el, '#f-name')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends only what the chosen options need, with the page origin, and an anonymous inquiry by "no contact"', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="en" hotline="212-788-7654"></ww-inquiry-form>`);
    const bodies: InquiryRequest[] = [];
    const restore = spyOnPosts((input, init, real) => {
      bodies.push(JSON.parse(String(init!.body)) as InquiryRequest);
      return real(input, init);
    });
    try {
      await fillMinimal(el);
      fill(el, 'name', 'Typed, then hidden');
      await tick(el, 'anonymous');
      submit(el);
      await confirmed(el);
    } finally {
      restore();
    }
    expect(bodies).to.have.length(1);
    const body = bodies[0]!;
    expect(body).to.include({
      kind: 'inquiry',
      topic: 'municipal-id',
      contact_method: 'none',
      consent: false,
      channel: 'web',
      origin: location.origin,
      preferred_language: 'en',
    });
    expect(body.name).to.equal(undefined);
    expect(body.phone).to.equal(undefined);
    expect(body.email).to.equal(undefined);
    expect(body.website).to.equal(undefined);
    // The number is isolated (U+2068 … U+2069) so that right-to-left text keeps its digits in order.
    expect(text(el)).to.contain('You chose no contact: call the hotline \u2068212-788-7654\u2069 with your reference.');
    await expect(el).to.be.accessible();
  });

  it('marks a field the server refuses (400) inline and in the summary, keeps everything and stores nothing', async () => {
    const el = await form();
    fill(el, 'topic', 'housing');
    fill(el, 'message', 'My landlord wants me out.');
    await choose(el, 'contact_method', 'email');
    // Passes the form's loose check; the server wants a full domain.
    fill(el, 'email', 'ana@example');
    await tick(el, 'consent');
    submit(el);
    await until(() => active(el)?.id === 'error-summary-title', 8000);
    expect($(el, '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-email-error')!.textContent).to.contain('Enter an email address such as name@example.com');
    expect($(el, '.error-summary a')!.getAttribute('href')).to.equal('#f-email');
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('My landlord wants me out.');
    expect(await listRecords()).to.have.length(0, 'a refused inquiry is not kept to be retried');
    await expect(el).to.be.accessible();
    fill(el, 'email', 'ana@example.org');
    submit(el);
    await confirmed(el);
  });

  it('explains a 429 (with the wait) and a 413, keeps what was typed and does not retry', async () => {
    // One preset topic: the form does not need the topic list to send.
    const limited = await fixture<WwInquiryForm>(
      html`<ww-inquiry-form endpoint="/api-fail/rate_limited/" lang="en" topics="other"></ww-inquiry-form>`,
    );
    await until(() => Boolean($(limited, 'form')));
    fill(limited, 'message', 'Hello');
    await choose(limited, 'contact_method', 'none');
    submit(limited);
    await until(() => /Too many messages/.test(text(limited)), 8000);
    expect(text(limited)).to.contain(
      'Too many messages were sent from here. Please wait 30 seconds, then send it again. Nothing you typed is lost.',
    );
    expect($<HTMLTextAreaElement>(limited, '#f-message')!.value).to.equal('Hello');
    expect(await listRecords()).to.have.length(0);
    await expect(limited).to.be.accessible();

    const large = await form(html`<ww-inquiry-form endpoint="/api-fail/too_large/" lang="en"></ww-inquiry-form>`);
    // The topics did not load here: "Something else" is still offered, with a retry.
    expect([...$<HTMLSelectElement>(large, '#f-topic')!.options].map((o) => o.value)).to.deep.equal(['', 'other']);
    expect(text(large)).to.contain('The list of topics could not be loaded. You can still send your message.');
    fill(large, 'topic', 'other');
    fill(large, 'message', 'A long story');
    await choose(large, 'contact_method', 'none');
    submit(large);
    await until(() => /too long to send/.test(text(large)), 8000);
    expect(text(large)).to.contain('Your message is too long to send. Please make it shorter, then send it again.');
    expect($(large, '[part="notice"] button')).to.equal(null, 'a 4xx is corrected, not retried as it is');
    expect(await listRecords()).to.have.length(0);
    await expect(large).to.be.accessible();
  });

  it('says "Sending…" on a busy button while the request is out', async () => {
    const el = await form();
    let release = () => {};
    const restore = spyOnPosts(
      (input, init, real) => new Promise((resolve) => (release = () => resolve(real(input, init)))),
    );
    try {
      await fillMinimal(el);
      submit(el);
      await until(() => $(el, '[part="submit"]')!.getAttribute('aria-disabled') === 'true');
      expect($(el, '[part="submit"]')!.textContent!.trim()).to.equal('Sending…');
      await expect(el).to.be.accessible();
      submit(el); // a second press does nothing
      release();
      await confirmed(el);
    } finally {
      restore();
    }
  });

  it('follows channel-label, a preset topic, a limited topic list and response-time', async () => {
    const el = await form(
      html`<ww-inquiry-form
        endpoint="/v1/"
        lang="en"
        channel-label="Ask the Mayor's Office"
        topics="housing"
        response-time="5"
        heading-level="3"
      ></ww-inquiry-form>`,
    );
    const heading = $$(el, '.heading')[0]!;
    expect(heading.textContent!.trim()).to.equal("Ask the Mayor's Office");
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#f-topic')).to.equal(null);
    await until(() => Boolean($(el, '.topic-fixed')));
    expect($(el, '.topic-fixed')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Topic: \S/);
    await expect(el).to.be.accessible();
    const submitted = oneEvent(el, 'ww-inquiry-submitted') as Promise<WwInquirySubmittedEvent>;
    fill(el, 'message', 'Repairs are not done.');
    await choose(el, 'contact_method', 'phone');
    fill(el, 'phone', '718 555 0101');
    await tick(el, 'consent');
    submit(el);
    await confirmed(el);
    expect((await submitted).detail.topic).to.equal('housing');
    expect(text(el)).to.contain('The office answers by phone within 5 days, not counting weekends and holidays.');
    expect($(el, '#done-heading')!.getAttribute('aria-level')).to.equal('4');

    const limited = await form(
      html`<ww-inquiry-form endpoint="/v1/" lang="en" topics="housing, work,health"></ww-inquiry-form>`,
    );
    expect([...$<HTMLSelectElement>(limited, '#f-topic')!.options].map((o) => o.value)).to.deep.equal([
      '',
      'health',
      'housing',
      'work',
    ]);
  });

  it('signs up a Community Ambassador (kind="volunteer")', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="en" kind="volunteer"></ww-inquiry-form>`);
    expect($$(el, '.heading')[0]!.textContent!.trim()).to.equal('Become a Community Ambassador');
    expect(labels(el)).to.deep.equal([
      'How would you like to help?',
      'Languages you speak (optional)',
      'When are you available? (optional)',
      'Your name',
      'How should the office contact you?',
      'Language for the answer',
      'ZIP code (optional)',
      'Anything else you want to tell us (optional)',
    ]);
    expect($(el, 'fieldset#f-interests legend')!.textContent!.trim()).to.equal('How would you like to help?');
    expect($$(el, '#f-interests input[type="checkbox"]').map((i) => i.getAttribute('value'))).to.deep.equal([
      'interpreter',
      'organizer',
      'english-conversation',
      'outreach',
      'other',
    ]);
    expect($$(el, '#f-languages_spoken input[type="checkbox"]')).to.have.length(18);
    expect($(el, 'input[name="contact_method"][value="none"]')).to.equal(null, 'volunteers need a way to be reached');
    await expect(el).to.be.accessible();
    submit(el);
    await until(() => active(el)?.id === 'error-summary-title');
    expect($$(el, '.error-summary a').map((a) => a.textContent!.trim())).to.deep.equal([
      'Choose at least one way to help',
      'Enter your name',
      'Choose how the office should contact you',
    ]);
    await expect(el).to.be.accessible();
    $$(el, '.error-summary a')[0]!.click();
    expect(active(el)).to.equal($(el, '#f-interests input'));

    const submitted = oneEvent(el, 'ww-inquiry-submitted') as Promise<WwInquirySubmittedEvent>;
    const bodies: InquiryRequest[] = [];
    const restore = spyOnPosts((input, init, real) => {
      bodies.push(JSON.parse(String(init!.body)) as InquiryRequest);
      return real(input, init);
    });
    try {
      await choose(el, 'interests', 'interpreter');
      await choose(el, 'interests', 'english-conversation');
      await choose(el, 'languages_spoken', 'ht');
      await choose(el, 'languages_spoken', 'fr');
      await choose(el, 'availability', 'weekend');
      fill(el, 'name', 'Jean-Baptiste');
      await choose(el, 'contact_method', 'text');
      fill(el, 'phone', '+1 617 555 0199');
      await tick(el, 'consent');
      submit(el);
      await confirmed(el);
    } finally {
      restore();
    }
    expect($(el, '#done-heading')!.textContent!.trim()).to.equal('Thank you for signing up');
    expect(bodies[0]).to.deep.include({
      kind: 'volunteer',
      topic: 'volunteer',
      contact_method: 'text',
      phone: '+1 617 555 0199',
      consent: true,
      interests: ['interpreter', 'english-conversation'],
      languages_spoken: ['ht', 'fr'],
      availability: ['weekend'],
    });
    const { detail } = await submitted;
    expect(detail).to.include({ kind: 'volunteer', topic: 'volunteer', queued: false });
    expect(JSON.stringify(detail)).not.to.contain('Jean');
    expect(text(el)).to.contain('The office answers by text message within 2 days');
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in Arabic, with the reference still read left to right', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="ar"></ww-inquiry-form>`);
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect($<HTMLSelectElement>(el, '#f-preferred_language')!.value).to.equal('ar');
    await expect(el).to.be.accessible();
    await fillMinimal(el);
    submit(el);
    await confirmed(el);
    expect(getComputedStyle($(el, '.reference__code')!).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('answers in the UI language by default, following it until the visitor chooses another', async () => {
    const el = await form();
    const language = () => $<HTMLSelectElement>(el, '#f-preferred_language')!.value;
    expect(language()).to.equal('en');
    el.setAttribute('lang', 'es');
    await until(() => $(el, '[part="base"]')!.getAttribute('lang') === 'es');
    expect(language()).to.equal('es');
    fill(el, 'preferred_language', 'fr');
    el.setAttribute('lang', 'ht');
    await until(() => $(el, '[part="base"]')!.getAttribute('lang') === 'ht');
    expect(language()).to.equal('fr');
  });

  it('lists the answer’s languages with the visitor’s own first, then by name as the UI language sorts them', async () => {
    const el = await form(html`<ww-inquiry-form endpoint="/v1/" lang="es"></ww-inquiry-form>`);
    const options = () => [...$<HTMLSelectElement>(el, '#f-preferred_language')!.options];
    expect(options()[0]!.value).to.equal('es');
    // Names in Latin script, in Spanish order (not by code: ar, bn, en…), before other scripts.
    expect(
      options()
        .slice(1, 11)
        .map((o) => o.textContent!.trim()),
    ).to.deep.equal([
      'English',
      'Français',
      'Kabuverdianu',
      'Kreyòl ayisyen',
      'Polski',
      'Português',
      'Pulaar',
      'Soomaali',
      'Tiếng Việt',
      'Wolof',
    ]);
    expect(options()).to.have.length(18);
    el.setAttribute('lang', 'ar');
    await until(() => $(el, '[part="base"]')!.getAttribute('lang') === 'ar');
    expect(options()[0]!.value).to.equal('ar');
    expect(options()[0]!.lang).to.equal('ar');
  });

  it('keeps the topics it shows when those of a newly chosen language cannot load', async () => {
    const el = await form();
    const codes = () => $$(el, '#f-topic option').map((o) => (o as HTMLOptionElement).value);
    const before = codes();
    expect(before).to.include('municipal-id');
    // Counts the failed attempts at the topics (the client tries a GET three times).
    const original = window.fetch;
    let failed = 0;
    window.fetch = (input, init) =>
      original(input, init).catch((error: unknown) => {
        if (String(input instanceof Request ? input.url : input).includes('/inquiries/topics')) failed++;
        throw error;
      });
    try {
      await executeServerCommand('api-outage', { down: true });
      el.setAttribute('lang', 'es');
      await until(() => failed >= 3, 10000);
    } finally {
      window.fetch = original;
    }
    await el.updateComplete;
    expect(codes()).to.deep.equal(before);
    expect($(el, '#f-topic')!.closest('.field')?.querySelector('[role="alert"]') ?? null).to.equal(null);
  });

  it('keeps the draft and its key in this tab while typing, and restores it in a new element', async () => {
    const first = await form();
    fill(first, 'topic', 'health');
    fill(first, 'message', 'Where is a free clinic?');
    await choose(first, 'contact_method', 'phone');
    fill(first, 'phone', '718 555 0101');
    const saved = JSON.parse(sessionStorage.getItem('ww:draft:inquiry:inquiry')!) as Record<string, string>;
    expect(saved).to.include({ topic: 'health', message: 'Where is a free clinic?', phone: '718 555 0101' });
    expect(saved._key).to.match(/^[\w-]{8,}$/);
    expect(localStorage.length).to.equal(0);
    first.remove();
    const second = await form();
    expect($<HTMLTextAreaElement>(second, '#f-message')!.value).to.equal('Where is a free clinic?');
    expect($<HTMLInputElement>(second, 'input[value="phone"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(second, '#f-phone')!.value).to.equal('718 555 0101');
  });

  it('prints only the confirmation, and copies the reference (or says to write it down)', async () => {
    const el = await form();
    await fillMinimal(el);
    submit(el);
    await confirmed(el);
    const print = window.print;
    let printed: boolean | undefined;
    window.print = () => {
      printed = el.hasAttribute('data-ww-print');
    };
    try {
      $<HTMLButtonElement>(el, 'button.print')!.click();
      // Print's code loads on the click.
      await until(() => printed !== undefined);
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-ww-print')).to.equal(false);

    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
    });
    try {
      $<HTMLButtonElement>(el, 'button.copy')!.click();
      await until(() => /Reference copied/.test(text(el)));
      expect(copied).to.deep.equal([reference(el)]);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      $<HTMLButtonElement>(el, 'button.copy')!.click();
      await until(() => /Copying did not work/.test(text(el)));
      expect(text(el)).to.contain('Copying did not work: please write the reference down.');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    await expect(el).to.be.accessible();
    // "Send another message": an empty form, focus on its first field.
    $<HTMLButtonElement>(el, 'button.again')!.click();
    await until(() => active(el)?.id === 'f-topic');
    expect($<HTMLTextAreaElement>(el, '#f-message')!.value).to.equal('');
  });

  describe('display', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await executeServerCommand('emulate-forced-colors', { active: false });
    });

    it('reflows at 320 px with no horizontal scrolling, every target at least 24 px', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const kind of ['inquiry', 'volunteer']) {
        const el = await form(
          html`<ww-inquiry-form endpoint="/v1/" lang="en" kind=${kind} hotline="212-788-7654"></ww-inquiry-form>`,
        );
        await choose(el, 'contact_method', 'email');
        submit(el);
        await until(() => Boolean($(el, '.error-summary')));
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        for (const target of $$(
          el,
          'button, select, textarea, input:not([tabindex="-1"]), .choice, .error-summary a',
        )) {
          const box = target.getBoundingClientRect();
          expect(Math.min(box.width, box.height), target.outerHTML.slice(0, 60)).to.be.at.least(24);
        }
        el.remove();
      }
      const el = await form();
      await fillMinimal(el);
      submit(el);
      await confirmed(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('keeps borders and focus in forced-colors mode', async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      const el = await form();
      await fillMinimal(el);
      submit(el);
      await confirmed(el);
      const box = getComputedStyle($(el, '.confirmation')!);
      expect(box.borderTopStyle).to.equal('solid');
      expect(box.borderTopWidth).not.to.equal('0px');
      await expect(el).to.be.accessible();
    });
  });
});
