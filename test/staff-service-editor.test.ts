import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { formOf, inputOf } from '../src/staff/service/parts/form.js';
import type { ServiceEdit } from '../src/staff/service/service.api.js';
import { saveAsAdmin, findService, readService, useCsrf } from './helpers/directory.js';
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
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const editor = (el: Element) => deep(el, 'ww-staff-service')!;
const status = (el: Element) => textOf(deep(editor(el), '.status'));
const value = (el: Element, selector: string) => deep<HTMLInputElement>(editor(el), selector)!.value;
const noSideScroll = () =>
  expect(document.documentElement.scrollWidth, 'no horizontal scrolling of the page').to.be.at.most(
    document.documentElement.clientWidth,
  );

async function press(root: Element, selector: string, key = 'Enter'): Promise<void> {
  deep<HTMLElement>(root, selector)!.focus();
  await sendKeys({ press: key });
}

/** A number no other test writes. */
const freshNumber = () => `212-555-${String(Date.now() % 10_000).padStart(4, '0')}`;

/** Services each test changes, so that none reads another's edits. */
const taken: string[] = [];
async function serviceWith(test: (s: ServiceEdit) => boolean): Promise<ServiceEdit> {
  const service = await findService(test, taken);
  taken.push(service.id);
  return service;
}

async function openService(id: string): Promise<HTMLElement> {
  const el = await openDesk(`#service/${id}`);
  await waitFor(() => deep(editor(el), 'form.editor'));
  return el;
}

describe('desk service editor (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    useCsrf((await signInAs('editor')).csrf_token);
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('edits a phone and saves it under If-Match; the history says who and what', async function () {
    this.timeout(30_000);
    const service = await serviceWith((s) => s.phones.length > 0);
    const el = await openService(service.id);
    expect(value(el, '#f-phones-0-number')).to.equal(service.phones[0]!.number);
    const number = freshNumber();
    typeInto(editor(el), '#f-phones-0-number', number);
    await until(() => !!deep(editor(el), '#unsaved'));
    await expect(el).to.be.accessible();
    await press(editor(el), 'button[type="submit"]');
    await until(() => status(el).startsWith('Saved.') || !!deep(editor(el), '.notice--error, .error-summary'), 8000);
    expect(status(el), textOf(deep(editor(el), '.notice--error, .error-summary'))).to.match(/^Saved\./);
    const saved = await readService(service.id);
    expect(saved.phones[0]!.number).to.equal(number);
    expect(saved.version).to.be.above(service.version);
    expect(saved.updated_by?.name).to.equal('Eve Editor');
    expect(deep(editor(el), '#unsaved'), 'nothing left unsaved').to.equal(null);
    // Newest first: this save's entry (earlier files may have changed the same service, as the same editor).
    const newest = () => textOf(deep(editor(el), '.history-list li'));
    await waitFor(() => newest().includes('Phones'));
    expect(newest()).to.include('Eve Editor');
    await expect(el).to.be.accessible();
  });

  it('a stale save names who changed it; Reload shows their change and keeps the typed edits', async function () {
    this.timeout(30_000);
    const service = await serviceWith((s) => s.phones.length > 0);
    const el = await openService(service.id);
    const number = freshNumber();
    typeInto(editor(el), '#f-phones-0-number', number);
    // Meanwhile another editor changes the other name.
    const theirs = `Also known ${Date.now()}`;
    const input = inputOf(
      { ...formOf(service), fields: { ...service.fields, alternate_name: theirs } },
      formOf(service),
    );
    const other = await saveAsAdmin(service.id, input, service.version);
    expect(other.status, await other.clone().text()).to.equal(200);
    const who = 'Ada Admin';

    await press(editor(el), 'button[type="submit"]');
    await waitFor(() => deep(editor(el), '.stale'));
    expect(textOf(deep(editor(el), '.stale'))).to.include(`Changed by ${who}`);
    expect(value(el, '#f-phones-0-number'), 'the typed number is still there').to.equal(number);
    expect((await readService(service.id)).phones[0]!.number, 'nothing overwritten').to.not.equal(number);
    await expect(el).to.be.accessible();

    await press(editor(el), '.stale button');
    await until(() => status(el).startsWith('Reloaded.'));
    expect(value(el, '#f-alternate_name'), 'their change is shown').to.equal(theirs);
    expect(value(el, '#f-phones-0-number'), 'the edit is kept').to.equal(number);
    await press(editor(el), 'button[type="submit"]');
    await until(() => status(el).startsWith('Saved.'), 8000);
    const saved = await readService(service.id);
    expect(saved.phones[0]!.number).to.equal(number);
    expect(saved.fields.alternate_name).to.equal(theirs);
  });

  it('an edit the HSDS export would refuse is named on its field, which takes the focus', async () => {
    const service = await serviceWith((s) => s.locations.length > 0);
    const el = await openService(service.id);
    // Three letters pass the form's own checks; HSDS 3.0 wants a two-letter ISO 3166 country code.
    typeInto(editor(el), '#f-locations-0-address-country', 'USA');
    await press(editor(el), 'button[type="submit"]');
    await waitFor(() => deep(editor(el), '#f-locations-0-address-country-error'));
    expect(deep(editor(el), '#f-locations-0-address-country')!.getAttribute('aria-invalid')).to.equal('true');
    expect(focused()?.id).to.equal('f-locations-0-address-country');
    expect(textOf(deep(editor(el), '.error-summary'))).to.include('Locations and hours 1');
    expect(value(el, '#f-locations-0-address-country'), 'nothing typed is lost').to.equal('USA');
    expect((await readService(service.id)).version, 'nothing saved').to.equal(service.version);
    await expect(el).to.be.accessible();
  });

  it('marks a Haitian Creole description reviewed: by whom, and the finder no longer calls it a draft', async () => {
    const service = await serviceWith((s) => s.texts.description?.['ht']?.state === 'machine');
    const el = await openService(service.id);
    const button = '#review-description-ht';
    await waitFor(() => deep(editor(el), button));
    expect(deep<HTMLDetailsElement>(editor(el), 'details[data-locale="ht"]')!.open, 'drafts are in view').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
    await press(editor(el), button);
    await until(() => status(el) === 'Marked reviewed: Description in Haitian Creole.', 8000);
    expect(focused()?.id).to.equal('f-texts-description-ht');
    const saved = await readService(service.id);
    expect(saved.texts.description!['ht']).to.deep.include({ state: 'reviewed', reviewed_by: 'Eve Editor' });
    const pair = deep(editor(el), '#f-texts-description-ht')!.closest('.pair')!;
    expect(textOf(pair)).to.include('reviewed').and.include('by Eve Editor');
    expect(deep(editor(el), button)).to.equal(null);
    const publicView = (await (await fetch(`/v1/services/${service.id}?lang=ht`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(publicView)).to.not.include('"machine"');
  });

  it('previews "open now" for a monthly rule on the place’s own clock', async () => {
    const el = await openDesk('#service/new');
    await waitFor(() => deep(editor(el), 'form.editor'));
    await press(editor(el), '#add-location');
    const zone = 'Pacific/Auckland';
    typeInto(editor(el), '#f-locations-0-timezone', zone);
    await press(editor(el), '[data-add-rule="0"]');
    choose(editor(el), '#f-locations-0-schedules-0-freq', 'MONTHLY');
    // Today in Auckland: its weekday and which one of the month it is.
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', day: 'numeric' }).formatToParts(
      new Date(),
    );
    const day = Number(parts.find((p) => p.type === 'day')!.value);
    const weekday = parts
      .find((p) => p.type === 'weekday')!
      .value.slice(0, 2)
      .toUpperCase();
    const nth = String(Math.ceil(day / 7) > 4 ? 4 : Math.ceil(day / 7));
    const other = nth === '1' ? '2' : '1';
    const box = (name: string, v: string) =>
      deep<HTMLInputElement>(editor(el), `#f-locations-0-schedules-0-${name} input[value="${v}"]`)!;
    const set = async (name: string, v: string, on: boolean) => {
      if (box(name, v).checked !== on)
        await press(editor(el), `#f-locations-0-schedules-0-${name} input[value="${v}"]`, 'Space');
    };
    await set('byday', weekday, true);
    for (const d of ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']) if (d !== weekday) await set('byday', d, false);
    typeInto(editor(el), '#f-locations-0-schedules-0-opens_at', '00:00');
    typeInto(editor(el), '#f-locations-0-schedules-0-closes_at', '23:59');
    const preview = () => textOf(deep(editor(el), '[data-preview="0"]'));
    const fifth = Math.ceil(day / 7) === 5;
    await set('ordinals', fifth ? '-1' : nth, true);
    await set('ordinals', '1', fifth ? false : nth === '1');
    await until(() => preview().startsWith('Open now'));
    expect(preview()).to.include(zone);
    expect(textOf(deep(editor(el), '[data-rule="0-0"] .rule-words'))).to.match(/^The .+ of the month, /);
    await set('ordinals', other, true);
    await set('ordinals', fifth ? '-1' : nth, false);
    await until(() => preview().startsWith('Closed now'));
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px and keeps focus visible in forced colours', async () => {
    const service = await findService((s) => s.locations.length > 0 && s.phones.length > 0);
    await setViewport({ width: 320, height: 800 });
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await openService(service.id);
    noSideScroll();
    deep<HTMLElement>(editor(el), '#f-phones-0-number')!.focus();
    expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid');
    expect(deepAll(el, 'ww-staff-service', 'section.panel').length).to.be.above(5);
    await expect(el).to.be.accessible();
  });
});
