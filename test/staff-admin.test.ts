import { expect } from '@open-wc/testing';
import '../src/staff/index.js';
import {
  choose,
  deep,
  deepAll,
  focused,
  openDesk,
  removeDesks,
  resetDeskPage,
  textOf,
  typeInto,
  waitFor,
} from './helpers/desk.js';
import { asToken, signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

/** The administrator's screens against the real server: accounts, referral destinations, the audit log. */
describe('desk admin screens (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    await signInAs('admin');
  });
  afterEach(removeDesks);

  it('creates an account and shows its one-time set-up link to hand over', async () => {
    const el = await openDesk('#accounts');
    const accounts = () => deep(el, 'ww-staff-accounts')!;
    await waitFor(() => deep(accounts(), 'tbody tr'));
    await expect(el).to.be.accessible();
    const email = `new-${Date.now()}@desk.test`;
    typeInto(accounts(), '#f-email', email);
    typeInto(accounts(), '#f-name', 'Nora New');
    deep<HTMLButtonElement>(accounts(), 'form button[type="submit"]')!.click();
    await waitFor(() => deep(accounts(), '.setup-link input'));
    expect(deep<HTMLInputElement>(accounts(), '.setup-link input')!.value).to.match(/\/staff\/#setup=[\w-]+$/);
    expect(textOf(deep(accounts(), '.status'))).to.equal('Account created for Nora New. Hand over the set-up link.');
    await until(() => textOf(deep(accounts(), 'tbody')).includes(email));
    await expect(el).to.be.accessible();
  });

  it('asks for what is missing when creating an account', async () => {
    const el = await openDesk('#accounts');
    const accounts = () => deep(el, 'ww-staff-accounts')!;
    await waitFor(() => deep(accounts(), 'tbody tr'));
    deep<HTMLButtonElement>(accounts(), 'form button[type="submit"]')!.click();
    await until(() => focused()?.id === 'f-email');
    expect(textOf(deep(accounts(), '#f-email-error'))).to.include('Enter an email address');
    expect(textOf(deep(accounts(), '#f-name-error'))).to.include('Enter the name colleagues will see.');
  });

  it('changes the roles of an account and disables it', async () => {
    const el = await openDesk('#accounts');
    const accounts = () => deep(el, 'ww-staff-accounts')!;
    await waitFor(() => deep(accounts(), 'tbody tr'));
    const row = () => deepAll(el, 'ww-staff-accounts', 'tbody tr').find((r) => textOf(r).includes('Carl Colleague'))!;
    row().querySelector<HTMLButtonElement>('button[aria-label="Change roles: Carl Colleague"]')!.click();
    await waitFor(() => row().querySelector('input[value="editor"]'));
    row().querySelector<HTMLInputElement>('input[value="editor"]')!.click();
    row().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => textOf(deep(accounts(), '.status')) === 'Roles saved for Carl Colleague.');
    await until(() => textOf(row()).includes('Directory editor'));
    row().querySelector<HTMLButtonElement>('button[aria-label="Disable Carl Colleague"]')!.click();
    await until(() => textOf(row()).includes('Disabled since'));
    row().querySelector<HTMLButtonElement>('button[aria-label="Enable Carl Colleague"]')!.click();
    await until(() => textOf(row()).includes('Active'));
  });

  it('adds a referral destination for a topic, then retires it', async () => {
    const el = await openDesk('#referrals');
    const screen = () => deep(el, 'ww-staff-referrals')!;
    await waitFor(() => deep(screen(), 'tbody tr') && deep(screen(), '#f-topics input'));
    await expect(el).to.be.accessible();
    const name = `Tenant Help ${Date.now()}`;
    typeInto(screen(), '#f-name', name);
    deep<HTMLInputElement>(screen(), 'input[name="kind"][value="partner"]')!.click();
    deep<HTMLInputElement>(screen(), '#f-topics input[value="housing"]')!.click();
    deep<HTMLButtonElement>(screen(), 'form button[type="submit"]')!.click();
    await until(() => textOf(deep(screen(), '.status')) === `Saved: ${name}.`);
    const row = () => deepAll(el, 'ww-staff-referrals', 'tbody tr').find((r) => textOf(r).includes(name))!;
    await until(() => !!row());
    expect(textOf(row())).to.include('Community partner');
    row().querySelector<HTMLButtonElement>('button')!.click();
    await until(() => focused()?.id === 'form-title');
    deep<HTMLInputElement>(screen(), '#f-active')!.click();
    deep<HTMLButtonElement>(screen(), 'form button[type="submit"]')!.click();
    await until(() => textOf(row() ?? null).includes('Retired'));
  });

  it('shows the audit log, filtered by record type', async () => {
    await asToken('GET', '/v1/staff/inquiries'); // a view of the queue, audited
    const el = await openDesk('#audit');
    const screen = () => deep(el, 'ww-staff-audit')!;
    await waitFor(() => deep(screen(), 'tbody tr'));
    await expect(el).to.be.accessible();
    choose(screen(), '#f-record_type', 'inquiry');
    deep<HTMLButtonElement>(screen(), 'form button[type="submit"]')!.click();
    await until(() => location.hash === '#audit?record_type=inquiry');
    await until(() => {
      const rows = deepAll(el, 'ww-staff-audit', 'tbody tr');
      return rows.length > 0 && rows.every((r) => r.children[3]!.textContent!.trim() === 'inquiry');
    });
  });
});
