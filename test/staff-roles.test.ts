import { expect } from '@open-wc/testing';
import '../src/staff/index.js';
import { deep, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';

/** What each role sees: the menu hides what a role may not open; the address alone says so clearly. */
describe('desk roles (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
  });
  afterEach(removeDesks);

  it('a desk user opening an admin page is told their role does not allow it', async () => {
    await signInAs('desk');
    const el = await openDesk('#accounts');
    await waitFor(() => textOf(deep(el, 'main')).includes('Your role does not allow this page.'));
    expect(deep(el, 'ww-staff-accounts')).to.equal(null);
    expect(deep(el, 'main [role="alert"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an administrator sees the admin screens in the menu', async () => {
    await signInAs('admin');
    const el = await openDesk('#queue');
    await waitFor(() => deep(el, 'nav'));
    const menu = textOf(deep(el, 'nav'));
    for (const name of [
      'Queue',
      'Log a call',
      'Events',
      'Referral destinations',
      'Everyday words',
      'Re-verification',
      'Accounts',
      'Audit log',
    ]) {
      expect(menu).to.include(name);
    }
  });

  it('a desk user has no events in the menu, and is told so at their address', async () => {
    await signInAs('desk');
    const el = await openDesk('#events');
    await waitFor(() => textOf(deep(el, 'main')).includes('Your role does not allow this page.'));
    expect(textOf(deep(el, 'nav'))).not.to.include('Events');
    expect(deep(el, 'ww-staff-events')).to.equal(null);
  });

  it('opens every screen in Spanish, accessible', async () => {
    await signInAs('admin');
    for (const [hash, tag, title] of [
      ['#log-call', 'ww-staff-call-log', 'Registrar una llamada'],
      ['#outreach', 'ww-staff-outreach', 'Trabajo de calle'],
      ['#outbox', 'ww-staff-outbox', 'Bandeja de salida'],
      ['#referrals', 'ww-staff-referrals', 'Destinos de derivación'],
      ['#accounts', 'ww-staff-accounts', 'Cuentas'],
      ['#audit', 'ww-staff-audit', 'Registro de auditoría'],
      ['#search-words', 'ww-staff-search-words', 'Palabras cotidianas'],
      ['#verification', 'ww-staff-verification', 'Reverificación'],
      ['#events', 'ww-staff-events', 'Eventos'],
      ['#event/new', 'ww-staff-event', 'Nuevo evento'],
    ] as const) {
      removeDesks();
      const el = await openDesk(hash, 'es');
      // Loaded: its heading, and nothing left waiting.
      await waitFor(() => deep(el, tag, 'h1') && !deep(el, tag, '.loading'));
      expect(textOf(deep(el, tag, 'h1')), hash).to.equal(title);
      await expect(el).to.be.accessible();
    }
  });

  it('an unknown page is said, with a way back', async () => {
    await signInAs('desk');
    const el = await openDesk('#nowhere');
    await waitFor(() => textOf(deep(el, 'main')).includes('There is no such page on the desk'));
    expect(deep(el, 'main a')!.getAttribute('href')).to.equal('#queue');
  });
});
