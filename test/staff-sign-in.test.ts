import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { deep, focused, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { ACCOUNTS, demoToken, PASSWORD, setupToken, signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

/** Signing in to the desk against the real server: passwords, set-up links, the demo link, signing out. */
describe('desk sign-in (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
  });
  afterEach(removeDesks);

  it('signs in by keyboard alone with an email and a password, then shows the menu and the name', async () => {
    const el = await openDesk('#queue');
    deep<HTMLInputElement>(el, 'ww-staff-sign-in', '#f-email')!.focus();
    await sendKeys({ type: ACCOUNTS.desk });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, 'nav'));
    expect(textOf(deep(el, '.person'))).to.include('Dana Desk');
    expect(textOf(deep(el, 'nav'))).to.include('Queue');
    expect(textOf(deep(el, 'nav')), 'no admin screen for the desk role').to.not.include('Accounts');
    await waitFor(() => deep(el, 'ww-staff-queue', 'table'));
    expect(focused()?.tagName, 'focus on the screen heading').to.equal('H1');
    await expect(el).to.be.accessible();
  });

  it('says a wrong password on the password field, keeping the email typed', async () => {
    const el = await openDesk('');
    const signIn = deep(el, 'ww-staff-sign-in')!;
    deep<HTMLInputElement>(signIn, '#f-email')!.focus();
    await sendKeys({ type: ACCOUNTS.colleague });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'not the password at all' });
    await sendKeys({ press: 'Enter' });
    await until(() =>
      textOf(deep(signIn, '#f-password-error')).includes('The email address or the password is not right.'),
    );
    expect(focused()?.id).to.equal('f-password');
    expect(deep(signIn, '#f-password')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deep<HTMLInputElement>(signIn, '#f-email')!.value).to.equal(ACCOUNTS.colleague);
    await expect(el).to.be.accessible();
  });

  it('signs in in one step from a demo link, and takes the token out of the address', async () => {
    const token = await demoToken();
    const el = await openDesk(`#demo=${token}`);
    expect(location.hash).to.equal('');
    await waitFor(() => deep(el, 'nav'));
    expect(textOf(deep(el, '.person'))).to.include('Demo staff');
    expect(textOf(deep(el, 'nav')), 'the demo account has every role').to.include('Accounts');
  });

  it('sets a first password from a set-up link and signs in; the link then no longer works', async () => {
    const token = await setupToken(ACCOUNTS.editor);
    const el = await openDesk(`#setup=${token}`);
    const signIn = deep(el, 'ww-staff-sign-in')!;
    deep<HTMLInputElement>(signIn, '#f-password')!.focus();
    await sendKeys({ type: 'a brand new passphrase' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'a brand new passphrase' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, '.person'));
    expect(textOf(deep(el, '.person'))).to.include('Eve Editor');
    // An editor's first screen: the everyday words search understands.
    await waitFor(() => deep(el, 'ww-staff-search-words'));
    await signOutPage();
    removeDesks();
    const again = await openDesk(`#setup=${token}`);
    const form = deep(again, 'ww-staff-sign-in')!;
    for (const id of ['#f-password', '#f-confirm']) {
      const input = deep<HTMLInputElement>(form, id)!;
      input.value = 'another long passphrase';
      input.dispatchEvent(new Event('input'));
    }
    deep<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await until(() => textOf(deep(form, '#sign-in-error')).includes('already used or has expired'));
    // The editor's account is shared with the other files' tests: its password goes back to the one they use.
    const restore = await fetch('/staff/auth/setup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: await setupToken(ACCOUNTS.editor), password: PASSWORD }),
    });
    expect(restore.status, await restore.clone().text()).to.equal(200);
    await signOutPage();
  });

  it('signs out from the header (signing out everywhere is on "My account": staff-account.test.ts)', async () => {
    await signInAs('desk');
    const el = await openDesk('#queue');
    await waitFor(() => deep(el, '.person'));
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.person button')];
    expect(buttons.map((b) => textOf(b))).to.deep.equal(['Sign out']);
    buttons[0]!.click();
    await waitFor(() => deep(el, 'ww-staff-sign-in'));
    expect(textOf(deep(el, 'main'))).to.include('You are signed out.');
    expect((await fetch('/v1/staff/me')).status).to.equal(401);
    await expect(el).to.be.accessible();
  });
});
