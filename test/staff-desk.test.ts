import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { WwStaffDesk } from '../src/staff/desk/desk.js';
import { deep, focused, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

/**
 * The desk's shell against the real reference server (behind the test
 * runner's proxy): who is signed in, the sign-in, languages, and the desk
 * app as the server serves it at /staff/ under its CSP.
 */
async function desk(template = html`<ww-staff-desk></ww-staff-desk>`): Promise<WwStaffDesk> {
  const el = await fixture<WwStaffDesk>(template);
  await waitFor(() => deep(el, 'ww-staff-sign-in', 'form') ?? deep(el, 'ww-staff-queue'));
  return el;
}

describe('ww-staff-desk, signed out', () => {
  beforeEach(async () => {
    resetDeskPage();
    // The browser's cookies outlive a test file: another file may have left a session.
    await signOutPage();
  });

  it('asks the server who is signed in, and shows the sign-in when nobody is', async () => {
    const el = await desk();
    expect(textOf(deep(el, 'ww-staff-sign-in'))).to.include('Sign in to the desk');
    expect(deep(el, 'nav'), 'no menu before signing in').to.equal(null);
    expect(deep(el, 'main')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('starts with a skip link to the main content, and Tab reaches the sign-in fields', async () => {
    const el = await desk();
    el.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent?.trim()).to.equal('Skip to main content');
    await sendKeys({ press: 'Enter' });
    expect(focused()?.id).to.equal('main');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('f-email');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('f-password');
  });

  it('says what is missing, on the field, in words, and moves focus there', async () => {
    const el = await desk();
    deep<HTMLButtonElement>(el, 'ww-staff-sign-in', 'button[type="submit"]')!.click();
    await until(() => focused()?.id === 'f-email');
    expect(textOf(deep(el, 'ww-staff-sign-in', '#f-email-error'))).to.include('Enter your email address.');
    expect(deep(el, 'ww-staff-sign-in', '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is in Spanish for a Spanish reader, the page following', async () => {
    const el = await desk(html`<ww-staff-desk lang="es" own-page></ww-staff-desk>`);
    await until(() => textOf(deep(el, 'ww-staff-sign-in')).includes('Iniciar sesión en el escritorio'));
    expect(textOf(deep(el, '.skip'))).to.equal('Saltar al contenido principal');
    expect(document.documentElement.lang).to.equal('es');
    expect(document.title).to.equal('Escritorio');
    expect(textOf(el)).to.not.include('not translated');
    await expect(el).to.be.accessible();
  });

  it('falls back to English in a language it is not written in, and says so naming the language', async () => {
    const el = await desk(html`<ww-staff-desk lang="fr" own-page></ww-staff-desk>`);
    await until(() => textOf(deep(el, '.untranslated')).length > 0);
    expect(textOf(deep(el, '.untranslated'))).to.equal(
      'The desk is not translated into Français yet, so it is shown in English.',
    );
    expect(deep(el, '.untranslated span')!.getAttribute('lang')).to.equal('fr');
    expect(textOf(deep(el, 'ww-staff-sign-in'))).to.include('Sign in to the desk');
    expect(document.documentElement.lang, 'the page says the language it is in').to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('shows an OpenID Connect sign-in error from the address, and takes the fragment out of it', async () => {
    history.replaceState(null, '', '#sign-in-error=no-account');
    const el = await desk();
    expect(textOf(deep(el, 'ww-staff-sign-in'))).to.include('Your office account has no desk account yet.');
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it("offers the office's OpenID Connect sign-in when the server has one, coming back to the page asked for", async () => {
    // The test server has no provider (the server's own tests run one): its configuration is stood in for.
    const real = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('/staff/auth/config')
        ? Promise.resolve(
            new Response(JSON.stringify({ oidc: true, local: true, idle_minutes: 30 }), {
              headers: { 'Content-Type': 'application/json' },
            }),
          )
        : real(input, init);
    try {
      history.replaceState(null, '', '#queue?status=new');
      const el = await desk();
      await waitFor(() => deep(el, 'ww-staff-sign-in', 'a.oidc'));
      const link = new URL(deep<HTMLAnchorElement>(el, 'ww-staff-sign-in', 'a.oidc')!.href);
      expect(link.pathname).to.equal('/staff/auth/oidc');
      expect(link.searchParams.get('return_to')).to.equal(`${location.pathname}#queue?status=new`);
      expect(textOf(deep(el, 'ww-staff-sign-in'))).to.include('Or with a desk password:');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = real;
    }
  });

  it('reads a set-up link: asks for a password twice, at least 12 characters', async () => {
    history.replaceState(null, '', '#setup=not-a-real-token');
    const el = await fixture<WwStaffDesk>(html`<ww-staff-desk></ww-staff-desk>`);
    await waitFor(() => deep(el, 'ww-staff-sign-in', '#f-confirm'));
    expect(location.hash, 'the token leaves the address at once').to.equal('');
    const signIn = deep(el, 'ww-staff-sign-in')!;
    const type = (id: string, value: string) => {
      const input = deep<HTMLInputElement>(signIn, `#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('f-password', 'short');
    deep<HTMLButtonElement>(signIn, 'button[type="submit"]')!.click();
    await until(() => textOf(deep(signIn, '#f-password-error')).includes('at least 12 characters'));
    type('f-password', 'a long enough passphrase');
    type('f-confirm', 'a different passphrase!');
    deep<HTMLButtonElement>(signIn, 'button[type="submit"]')!.click();
    await until(() => textOf(deep(signIn, '#f-confirm-error')).includes('not the same'));
    await expect(el).to.be.accessible();
  });
});

describe('the desk app at /staff/', () => {
  let opened: Window | null = null;
  beforeEach(signOutPage);
  afterEach(() => opened?.close());

  it('runs under its strict CSP with Trusted Types, as the server serves it (in a window: it may not be framed)', async () => {
    const response = await fetch('/staff/');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).to.include("require-trusted-types-for 'script'");
    expect(policy).to.include("script-src 'self'");
    expect(policy).to.include("frame-ancestors 'none'");
    expect(response.headers.get('Cache-Control')).to.equal('no-cache');
    opened = window.open('/staff/', 'desk', 'width=1280,height=800');
    // The window of the first, blank document stays for a same-origin page: its listener hears the desk's page.
    const violations: string[] = [];
    opened!.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    await until(
      () => textOf(opened?.document.querySelector('ww-staff-desk') ?? null).includes('Sign in to the desk'),
      15000,
    );
    expect(opened!.document.documentElement.lang).to.equal('en');
    expect(violations).to.deep.equal([]);
    // And the policy holds: markup from a string is refused (Trusted Types), and reported.
    expect(() => (opened!.document.body.innerHTML = '<b>x</b>')).to.throw();
    await until(() => violations.length > 0);
    expect(violations).to.deep.equal(['require-trusted-types-for']);
  });

  it('redirects /staff to /staff/', async () => {
    const response = await fetch('/staff', { redirect: 'manual' });
    expect(response.type).to.equal('opaqueredirect');
  });
});
