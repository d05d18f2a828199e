import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import '../src/staff/index.js';
import { DeskApi } from '../src/staff/core/desk-api.js';
import type { Me } from '../src/staff/core/types.js';
import { groupedSecret } from '../src/staff/account/account.js';
import { qrPath } from '../src/staff/account/parts/qr-code.js';
import { qrModules } from '../src/staff/account/parts/qr-modules.js';
import { deep, focused, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { sessionWrite, signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const NEW_PASSWORD = 'a long passphrase for two steps';

/** A new desk account of its own (so that its two-step sign-in touches no other test), signed in on the page. */
async function signInAsNewAccount(name: string): Promise<string> {
  await signInAs('admin');
  const email = `totp-${Date.now()}@desk.test`;
  const created = await sessionWrite('POST', '/v1/staff/accounts', { email, display_name: name, roles: ['desk'] });
  const { setup_url } = (await created.json()) as { setup_url: string };
  await signOutPage();
  const token = setup_url.split('#setup=')[1]!;
  const setup = await fetch('/staff/auth/setup', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, password: NEW_PASSWORD }),
  });
  expect(setup.status, 'signed in with the set-up link').to.equal(200);
  return email;
}

/**
 * Codes as an authenticator app shows them, each of a later 30-second step than
 * the last (the server takes each step once), within the step either side of now
 * that the server accepts.
 */
function authenticator(secretText: string): () => Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secretText.replace(/\s/g, '')), digits: 6, period: 30 });
  let last = -Infinity;
  return async () => {
    for (;;) {
      const seconds = Date.now() / 1000;
      const now = Math.floor(seconds / 30);
      // The step before now only while it stays accepted for a while yet.
      const step = Math.max(last + 1, seconds % 30 < 25 ? now - 1 : now);
      if (step <= now + 1) {
        last = step;
        return totp.generate({ timestamp: step * 30_000 });
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
}

/** Keeps what the server answers to `POST /v1/staff/me/totp` (the desk shows it, but never the URI as text). */
function recordEnrolments(): { enrolments: { secret: string; uri: string }[]; stop: () => void } {
  const enrolments: { secret: string; uri: string }[] = [];
  const real = window.fetch;
  window.fetch = async (input, init) => {
    const response = await real(input, init);
    if (init?.method === 'POST' && String(input).endsWith('/v1/staff/me/totp')) {
      enrolments.push((await response.clone().json()) as { secret: string; uri: string });
    }
    return response;
  };
  return { enrolments, stop: () => (window.fetch = real) };
}

const me = async (): Promise<Me> => (await (await fetch('/v1/staff/me')).json()) as Me;

/** Types into the field that has focus, replacing what it holds. */
async function typeReplacing(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

describe('desk: my account (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
  });

  it('turns two-step sign-in on by keyboard, signs in again with a code, and turns it off', async function () {
    this.timeout(60_000);
    const email = await signInAsNewAccount('Tomás Totp');
    const el = await openDesk('#queue');
    // "My account" is beside the name in the header.
    const link = deep<HTMLAnchorElement>(el, '.person a')!;
    expect(textOf(link)).to.equal('My account');
    link.click();
    const screen = () => deep(el, 'ww-staff-account')!;
    await waitFor(() => deep(screen(), '#totp-start'));
    expect(deep(el, '.person a')!.getAttribute('aria-current')).to.equal('page');
    expect(textOf(deep(screen(), 'dl')))
      .to.include('Tomás Totp')
      .and.include(email)
      .and.include('Desk (inquiries');
    expect(textOf(deep(screen(), '.totp-state'))).to.match(/^Off:/);
    await expect(el).to.be.accessible();

    const answers = recordEnrolments();
    try {
      deep<HTMLButtonElement>(screen(), '#totp-start')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => focused()?.id === 'enrol-title');
    } finally {
      answers.stop();
    }
    const shown = textOf(deep(screen(), '#totp-secret'));
    expect(shown, 'the key in groups of four').to.match(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const [enrolment] = answers.enrolments;
    expect(shown.replace(/ /g, '')).to.equal(enrolment!.secret);
    const qr = deep(screen(), 'svg.qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.include('written out below');
    expect(qr.querySelector('path')!.getAttribute('d'), "the QR code holds the server's otpauth URI").to.equal(
      qrPath(qrModules(enrolment!.uri)),
    );
    expect(new URL(enrolment!.uri).searchParams.get('secret')).to.equal(enrolment!.secret);
    await expect(el).to.be.accessible();

    // A wrong code is said on the field; the enrolment stays pending.
    deep<HTMLInputElement>(screen(), '#f-code')!.focus();
    await sendKeys({ type: '000000' });
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(screen(), '#f-code-error')).includes('That code is not right.'));
    expect(focused()?.id).to.equal('f-code');
    expect((await me()).totp).to.equal(false);
    await expect(el).to.be.accessible();

    const code = authenticator(shown);
    await typeReplacing(await code());
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(screen(), '.status')).startsWith('Two-step sign-in is on.'));
    expect(focused()?.id, 'focus back on the section').to.equal('totp-title');
    expect(textOf(deep(screen(), '.totp-state'))).to.match(/^On:/);
    expect(deep(screen(), '#totp-secret'), 'the key is gone from the page').to.equal(null);
    expect((await me()).totp).to.equal(true);
    await expect(el).to.be.accessible();

    // Signing in now asks for a code after the password.
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.person button')]
      .find((b) => textOf(b) === 'Sign out')!
      .click();
    const signIn = () => deep(el, 'ww-staff-sign-in')!;
    await waitFor(() => deep(signIn(), '#f-email'));
    deep<HTMLInputElement>(signIn(), '#f-email')!.focus();
    await sendKeys({ type: email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: NEW_PASSWORD });
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === 'f-code');
    await sendKeys({ type: await code() });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(screen(), '#remove-title'));
    expect(textOf(deep(el, '.person'))).to.include('Tomás Totp');

    // Off again, proven by a current code.
    deep<HTMLInputElement>(screen(), '#f-code')!.focus();
    await sendKeys({ type: await code() });
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(screen(), '.status')) === 'Two-step sign-in is off.');
    expect((await me()).totp).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('asks for six digits before sending a code, and cancels an enrolment', async () => {
    await signInAsNewAccount('Carla Cancel');
    const el = await openDesk('#account');
    const screen = () => deep(el, 'ww-staff-account')!;
    await waitFor(() => deep(screen(), '#totp-start'));
    deep<HTMLButtonElement>(screen(), '#totp-start')!.click();
    await waitFor(() => deep(screen(), '#f-code'));
    deep<HTMLInputElement>(screen(), '#f-code')!.focus();
    await sendKeys({ type: '12 34' });
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(screen(), '#f-code-error')).includes('Enter the 6 digits'));
    const cancel = [...screen().shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => textOf(b) === 'Cancel',
    )!;
    cancel.click();
    await until(() => focused()?.id === 'totp-start');
    expect((await me()).totp).to.equal(false);
  });

  it('signs out everywhere from the account screen (the header keeps "Sign out" only)', async () => {
    await signInAs('desk');
    const el = await openDesk('#account');
    await waitFor(() => deep(el, 'ww-staff-account', '#totp-start'));
    const header = textOf(deep(el, '.person'));
    expect(header).to.include('Sign out').and.not.include('Sign out everywhere');
    const button = [...deep(el, 'ww-staff-account')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => textOf(b) === 'Sign out everywhere',
    )!;
    button.click();
    await waitFor(() => deep(el, 'ww-staff-sign-in'));
    expect(textOf(deep(el, 'main'))).to.include('You are signed out on every device.');
    expect((await fetch('/v1/staff/me')).status).to.equal(401);
  });

  it('says a token has no account', async () => {
    const token: Me = {
      id: null,
      email: null,
      display_name: 'nightly-export',
      roles: ['desk'],
      location_ids: [],
      locale: 'en',
      totp: false,
      via: 'token',
      csrf_token: null,
      idle_minutes: 30,
    };
    const el = await fixture<HTMLElement>(
      html`<ww-staff-account .api=${new DeskApi({ locale: () => 'en' })} .me=${token}></ww-staff-account>`,
    );
    expect(textOf(el)).to.match(/You are signed in with the access token nightly-export ?, not with an account\./);
    expect(deep(el, '#totp-start'), 'nothing to set').to.equal(null);
    expect(deep(el, 'dl')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the account in Spanish, and reflows at 320 px with the QR code and the key', async () => {
    await signInAsNewAccount('Rosa Reflow');
    await setViewport({ width: 320, height: 640 });
    const el = await openDesk('#account', 'es');
    const screen = () => deep(el, 'ww-staff-account')!;
    await waitFor(() => deep(screen(), '#totp-start'));
    expect(textOf(deep(screen(), 'h1'))).to.equal('Mi cuenta');
    expect(textOf(deep(el, '.person a'))).to.equal('Mi cuenta');
    deep<HTMLButtonElement>(screen(), '#totp-start')!.click();
    await waitFor(() => deep(screen(), 'svg.qr'));
    expect(textOf(deep(screen(), '#enrol-title'))).to.equal('Añada el escritorio a su aplicación de autenticación');
    expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(
      document.documentElement.clientWidth,
    );
    const qr = deep(screen(), 'svg.qr')!.getBoundingClientRect();
    expect(qr.width, 'the QR code big enough to scan').to.be.at.least(150);
    await expect(el).to.be.accessible();
  });
});

describe('desk account helpers', () => {
  it('groups a key in fours and draws one rectangle per run of dark modules, inside the quiet zone', () => {
    expect(groupedSecret('ABCDEFGHIJ')).to.equal('ABCD EFGH IJ');
    expect(
      qrPath([
        [true, true, false],
        [false, true, true],
      ]),
    ).to.equal('M4 4h2v1h-2zM5 5h2v1h-2z');
  });
});
