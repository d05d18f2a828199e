import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { DueItem, VerificationPolicy } from '../src/staff/verification/verification.api.js';
import { deep, deepAll, focused, openDesk, textOf, waitFor } from './helpers/desk.js';
import { sessionWrite, signInAs } from './helpers/desk-session.js';
import { freshDeskEachTest } from './helpers/desk-hooks.js';

const PATH = '/v1/staff/directory/verification';
const DEFAULTS: VerificationPolicy = { interval_days: 365, accredited_interval_days: 180, link_days: 14 };

const screenOf = (el: Element) => deep(el, 'ww-staff-verification')!;
const status = (el: Element) => textOf(deep(screenOf(el), '.status'));
const rowOf = (el: Element, name: string) =>
  deepAll(el, 'ww-staff-verification', 'tbody tr').find((r) => textOf(r.querySelector('th')).startsWith(name));
const allItems = async (): Promise<DueItem[]> =>
  ((await (await fetch(`${PATH}?state=all&page_size=200`)).json()) as { items: DueItem[] }).items;
const day = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

async function press(root: Element, selector: string, key = 'Enter'): Promise<void> {
  deep<HTMLElement>(root, selector)!.focus();
  await sendKeys({ press: key });
}

/** Types into the focused field, replacing what it holds. */
async function typeReplacing(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

/** The re-verification screen against the real server (sample directory with a few provider contacts). */
describe('desk re-verification (real server)', () => {
  freshDeskEachTest();

  it('is not for the desk role: not in its menu, the address alone says so, the API refuses it', async () => {
    await signInAs('desk');
    const el = await openDesk('#verification');
    await waitFor(() => textOf(deep(el, 'main')).includes('Your role does not allow this page.'));
    expect(deep(el, 'ww-staff-verification')).to.equal(null);
    expect(textOf(deep(el, 'nav'))).to.not.include('Re-verification');
    expect((await fetch(PATH)).status).to.equal(403);
    await expect(el).to.be.accessible();
  });

  it('an editor selects listings by keyboard and sends requests: the result names those without a contact', async () => {
    await signInAs('editor');
    const items = await allItems();
    const withContact = items.find((i) => i.contact && !i.last_request)!;
    const without = items.find((i) => !i.contact)!;
    expect(withContact, 'the sample has providers with a contact').to.not.equal(undefined);
    const el = await openDesk('#verification?state=all');
    await waitFor(() => rowOf(el, withContact.service_name));
    expect(textOf(deep(el, 'nav a[aria-current="page"]'))).to.equal('Re-verification');
    expect(deep(el, 'ww-staff-verification', '#settings-title'), 'the settings are for admins').to.equal(null);
    const accredited = items.find((i) => i.accredited)!;
    expect(textOf(rowOf(el, accredited.service_name)!)).to.include('Accredited legal provider');

    await press(screenOf(el), `#select-${withContact.service_id}`, 'Space');
    await press(screenOf(el), `#select-${without.service_id}`, 'Space');
    await waitFor(() => textOf(deep(screenOf(el), '.actions .muted')) === 'Selected: 2');
    const send = deepAll<HTMLButtonElement>(el, 'ww-staff-verification', 'button').find(
      (b) => textOf(b) === 'Send re-verification request',
    )!;
    send.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => status(el) === `Requests sent: 1. No contact on file for: ${without.service_name}.`, 10_000);
    await waitFor(() => textOf(rowOf(el, withContact.service_name)!).includes('waiting for an answer'));
    const after = (await allItems()).find((i) => i.service_id === withContact.service_id)!;
    expect(after.last_request?.outcome).to.equal(null);
    expect(deep<HTMLInputElement>(screenOf(el), `#select-${withContact.service_id}`)!.checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('an editor marks a listing verified after checking it by phone; its date moves to today', async () => {
    await signInAs('editor');
    const target = (await allItems()).find((i) => !i.accredited && i.verification.verified)!;
    const el = await openDesk('#verification?state=all');
    await waitFor(() => rowOf(el, target.service_name));
    await press(screenOf(el), `#verify-${target.service_id}`);
    await waitFor(() => status(el) === `Marked verified today: ${target.service_name}.`);
    const now = (await allItems()).find((i) => i.service_id === target.service_id)!;
    expect(now.version).to.equal(target.version + 1);
    expect(now.verification.overdue).to.equal(false);
    await waitFor(() =>
      textOf(rowOf(el, target.service_name)!).includes(`Verified ${day(now.verification.verified!)}`),
    );
    // The public answer has the new date too.
    const detail = (await (await fetch(`/v1/services/${target.service_id}`)).json()) as { last_verified: string };
    expect(detail.last_verified).to.equal(now.verification.verified);
    await expect(el).to.be.accessible();
  });

  it('an admin sets how often listings are checked; everything comes due; reflows at 320 px in forced colours', async function () {
    this.timeout(30_000);
    await signInAs('admin');
    await setViewport({ width: 320, height: 800 });
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await openDesk('#verification');
      await waitFor(() => deep(screenOf(el), '#f-interval_days'));
      expect(deep<HTMLInputElement>(screenOf(el), '#f-accredited_interval_days')!.value).to.equal('180');
      // A bad value is refused in the form, with the field marked.
      await press(screenOf(el), '#f-interval_days', 'End');
      await typeReplacing('0');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => deep(screenOf(el), '#settings-error'));
      expect(focused()?.id).to.equal('f-interval_days');
      await typeReplacing('1');
      await press(screenOf(el), '#f-accredited_interval_days', 'End');
      await typeReplacing('1');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => status(el) === 'Settings saved. Due dates follow them now.');
      const policy = (await (await fetch('/v1/staff/settings/verification')).json()) as VerificationPolicy;
      expect(policy).to.deep.equal({ interval_days: 1, accredited_interval_days: 1, link_days: 14 });
      await waitFor(() => deepAll(el, 'ww-staff-verification', 'tbody .badge--warn').length > 3);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      const input = deep<HTMLElement>(screenOf(el), '#f-link_days')!;
      input.focus();
      expect(getComputedStyle(input).outlineStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      // Other tests read the sample with the office's usual setting.
      const restored = await sessionWrite('PUT', '/v1/staff/settings/verification', DEFAULTS);
      expect(restored.status).to.equal(200);
    }
  });
});
