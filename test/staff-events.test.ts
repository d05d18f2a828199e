import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { loadLocale, renderInLocale } from '../src/core/locale.js';
import { catalogue as staffCatalogue } from '../src/generated/locales/staff/index.js';
import { buildRule, readRule, type Repeat } from '../src/staff/event/parts/recurrence.js';
import { ruleSummary } from '../src/staff/event/parts/rule-summary.js';
import { inputOf, valuesOf } from '../src/staff/event/parts/values.js';
import type { StaffEvent, StaffEventInput } from '../src/staff/event/event.api.js';
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
import { sessionWrite, signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const repeat = (r: Partial<Repeat>): Repeat => ({
  kind: 'weekly',
  interval: 1,
  days: [],
  ends: 'count',
  count: 4,
  until: '',
  ...r,
});

/** The summary in `locale`, as a person reads it (Intl's narrow spaces as spaces). */
const summary = (locale: 'en' | 'es', r: Repeat, date: string, time: string, today = '2026-01-15') =>
  renderInLocale(locale, () => ruleSummary(r, date, time, locale, today))?.replace(/[\u202f\u00a0]/g, ' ');

describe('the repeat rule in words, and as an RRULE', () => {
  before(() => loadLocale('es', [staffCatalogue]));

  it('says a weekly class in English and Spanish', () => {
    const r = repeat({ days: ['TU', 'TH'], count: 10 });
    expect(summary('en', r, '2026-03-03', '18:00')).to.equal(
      'Every week on Tuesday and Thursday at 6:00 PM, 10 sessions, from March 3 to April 2',
    );
    expect(summary('es', r, '2026-03-03', '18:00')).to.equal(
      'Cada semana, los días martes y jueves, a las 18:00, 10 sesiones, del 3 de marzo al 2 de abril',
    );
  });

  it('uses the plural form of each count, in each language', () => {
    const one = repeat({ days: ['TU'], count: 1 });
    expect(summary('en', one, '2026-03-03', '18:00')).to.equal(
      'Every week on Tuesday at 6:00 PM, 1 session, on March 3',
    );
    expect(summary('es', one, '2026-03-03', '18:00')).to.equal(
      'Cada semana, los días martes, a las 18:00, 1 sesión, el 3 de marzo',
    );
    const fortnightly = repeat({ days: ['MO'], interval: 2, ends: 'until', until: '2026-04-30' });
    expect(summary('en', fortnightly, '2026-03-02', '10:30')).to.equal(
      'Every 2 weeks on Monday at 10:30 AM, 5 sessions, from March 2 to April 27',
    );
    expect(summary('es', fortnightly, '2026-03-02', '10:30')).to.equal(
      'Cada 2 semanas, los días lunes, a las 10:30, 5 sesiones, del 2 de marzo al 27 de abril',
    );
  });

  it('says monthly rules, skipping months without the date, and the years when they differ', () => {
    const second = repeat({ kind: 'monthly-weekday', count: 3 });
    expect(summary('en', second, '2026-03-10', '18:00')).to.equal(
      'Every month on the second Tuesday at 6:00 PM, 3 sessions, from March 10 to May 12',
    );
    expect(summary('es', second, '2026-03-10', '18:00')).to.equal(
      'Cada mes, el segundo martes, a las 18:00, 3 sesiones, del 10 de marzo al 12 de mayo',
    );
    const last = repeat({ kind: 'monthly-weekday', count: 2 });
    expect(summary('en', last, '2026-03-31', '09:00')).to.equal(
      'Every month on the last Tuesday at 9:00 AM, 2 sessions, from March 31 to April 28',
    );
    const the31st = repeat({ kind: 'monthly-day', count: 3 });
    expect(summary('en', the31st, '2025-12-31', '09:00')).to.equal(
      'Every month on day 31 at 9:00 AM, 3 sessions, from December 31, 2025 to March 31, 2026',
    );
  });

  it('says a single session, a rule written elsewhere, and nothing before a start is set', () => {
    expect(summary('en', repeat({ kind: 'none' }), '2026-03-03', '18:00')).to.equal(
      'One session, on Tuesday, March 3, 2026 at 6:00 PM',
    );
    expect(summary('es', repeat({ kind: 'none' }), '2026-03-03', '18:00')).to.equal(
      'Una sesión, el martes, 3 de marzo de 2026 a las 18:00',
    );
    expect(summary('en', repeat({ kind: 'custom', rule: 'FREQ=DAILY;COUNT=3' }), '2026-03-03', '18:00')).to.equal(
      'Repeats by a rule written elsewhere: FREQ=DAILY;COUNT=3',
    );
    expect(summary('en', repeat({ days: ['TU'] }), '', '18:00')).to.equal(undefined);
    expect(summary('en', repeat({ days: ['TU'], ends: 'until', until: '' }), '2026-03-03', '18:00')).to.equal(
      'Every week on Tuesday at 6:00 PM',
    );
    expect(summary('en', repeat({ days: ['TU'], count: 5000 }), '2026-03-03', '18:00')).to.equal(
      'Every week on Tuesday at 6:00 PM',
    );
  });

  it('writes the RRULE and reads it back, the end date on the event’s clock', () => {
    const weekly = repeat({ days: ['TH', 'TU'], count: 10 });
    expect(buildRule(weekly, '2026-03-03T18:00', 'America/New_York')).to.equal('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10');
    const until = repeat({ days: ['MO'], interval: 2, ends: 'until', until: '2026-04-30' });
    const rule = buildRule(until, '2026-03-02T10:30', 'America/New_York');
    expect(rule).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20260501T035959Z');
    expect(readRule(rule, '2026-03-02T10:30', 'America/New_York')).to.deep.include({
      kind: 'weekly',
      interval: 2,
      days: ['MO'],
      ends: 'until',
      until: '2026-04-30',
    });
    expect(buildRule(repeat({ kind: 'monthly-weekday', count: 3 }), '2026-03-31T09:00', 'UTC')).to.equal(
      'FREQ=MONTHLY;BYDAY=-1TU;COUNT=3',
    );
    expect(readRule('FREQ=MONTHLY;BYDAY=-1TU;COUNT=3', '2026-03-31T09:00', 'UTC').kind).to.equal('monthly-weekday');
    expect(readRule('FREQ=DAILY;COUNT=5', '2026-03-31T09:00', 'UTC')).to.deep.include({
      kind: 'custom',
      rule: 'FREQ=DAILY;COUNT=5',
    });
    expect(buildRule(repeat({ kind: 'none' }), '2026-03-31T09:00', 'UTC')).to.equal(null);
  });
});

/** A Tuesday at least a week ahead (`YYYY-MM-DD`): every session of the tests is still to come. */
function nextTuesday(weeksAhead = 1): string {
  const day = new Date(Date.now() + weeksAhead * 7 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((2 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

const editor = (el: Element) => deep(el, 'ww-staff-event')!;
const status = (el: Element) => textOf(deep(editor(el), '.status'));
const noSideScroll = () =>
  expect(document.documentElement.scrollWidth, 'no horizontal scrolling of the page').to.be.at.most(
    document.documentElement.clientWidth,
  );

/** Presses a control of the editor with the keyboard: focus, then Enter. */
async function press(root: Element, selector: string): Promise<void> {
  deep<HTMLElement>(root, selector)!.focus();
  await sendKeys({ press: 'Enter' });
}

/** Types into the editor's field with the keyboard (focus, select all, type). */
async function type(root: Element, selector: string, text: string): Promise<void> {
  deep<HTMLElement>(root, selector)!.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

/** An event made as the page's session (the API the editor uses), `count` weekly sessions on Tuesdays. */
async function makeEvent(title: string, extra: Partial<StaffEventInput> = {}): Promise<StaffEvent> {
  const locations = (await (await fetch('/v1/staff/locations')).json()) as {
    items: { id: string; timezone: string }[];
  };
  const place = locations.items[0]!;
  const input: StaffEventInput = {
    type: 'legal-clinic',
    location_id: place.id,
    location_text: null,
    online_url: null,
    timezone: place.timezone,
    dtstart: `${nextTuesday()}T18:00`,
    duration_minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
    exdates: [],
    capacity: 10,
    registration_mode: 'per-session',
    languages: ['es'],
    interpreter_available: false,
    is_free: true,
    source_locale: 'en',
    texts: { title: { en: { value: title, reviewed: true } } },
    ...extra,
  };
  const response = await sessionWrite('POST', '/v1/staff/events', input);
  if (response.status !== 201) throw new Error(`create: ${response.status} ${await response.text()}`);
  return (await response.json()) as StaffEvent;
}

async function signUp(eventId: string, occurrence: string, name: string): Promise<void> {
  const response = await fetch(`/v1/events/${eventId}/registrations`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name,
      contact_method: 'email',
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`,
      preferred_language: 'es',
      scope: 'session',
      occurrence,
      idempotency_key: crypto.randomUUID(),
    }),
  });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
}

const sessionRow = (el: Element, key: string) => deep(editor(el), `tr[data-key="${key}"]`);

/** The event screens against the real server, as an administrator (who may edit every event), by keyboard. */
describe('ww-staff-events and ww-staff-event (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    await signInAs('admin');
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('creates a weekly clinic with 4 sessions by keyboard, says its rule, and lists it', async () => {
    const title = `Immigration legal clinic ${crypto.randomUUID().slice(0, 8)}`;
    const start = nextTuesday();
    let el = await openDesk('#events');
    await waitFor(() => deep(el, 'ww-staff-events', 'a.button--primary'));
    await expect(el).to.be.accessible();
    deep<HTMLElement>(deep(el, 'ww-staff-events')!, 'a.button--primary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(editor(el), 'form.editor #f-place option'));
    expect(location.hash).to.equal('#event/new');
    await type(editor(el), `#f-title_en`, title);
    typeInto(editor(el), '#f-start_date', start);
    typeInto(editor(el), '#f-start_time', '18:00');
    deep<HTMLSelectElement>(editor(el), '#f-repeat')!.focus();
    choose(editor(el), '#f-repeat', 'weekly');
    await until(() => !!deep(editor(el), '#f-count'));
    expect(deep<HTMLInputElement>(editor(el), '#f-days input[value="TU"]')!.checked, 'the start day').to.equal(true);
    await type(editor(el), '#f-count', '4');
    await until(() => textOf(deep(editor(el), '#rule-summary')).includes('4 sessions'));
    expect(textOf(deep(editor(el), '#rule-summary')).replace(/\u202f/g, ' ')).to.match(
      /^Every week on Tuesday at 6:00 PM, 4 sessions, from \w+ \d+(, \d{4})? to \w+ \d+(, \d{4})?$/,
    );
    await type(editor(el), '#f-capacity', '10');
    await expect(el).to.be.accessible();
    await press(editor(el), 'form.editor button[type="submit"]');
    await until(() => status(el).startsWith('Event created.'));
    expect(location.hash).to.match(/^#event\/[0-9a-f-]{36}$/);
    await waitFor(() => deepAll(editor(el), 'table.sessions tbody tr').length === 4);
    expect(textOf(deep(editor(el), 'h1'))).to.equal(title);
    await expect(el).to.be.accessible();

    removeDesks();
    el = await openDesk('#events');
    await waitFor(() => textOf(deep(el, 'ww-staff-events', 'table')).includes(title));
    const row = deepAll(deep(el, 'ww-staff-events')!, 'tbody tr').find((r) => textOf(r).includes(title))!;
    const cells = [...row.querySelectorAll('td')].map((c) => textOf(c));
    expect(cells[0]).to.equal('Legal clinic');
    expect(cells[3], 'sessions to come').to.equal('4');
    expect(cells[4], 'places').to.equal('10');
    expect(cells[5]).to.equal('Scheduled');
    expect(row.querySelector('td:last-child a')!.getAttribute('href')).to.match(
      new RegExp(`^#roster/[0-9a-f-]{36}\\?session=${start}T18%3A00$`),
    );
    expect(textOf(deep(el, 'ww-staff-events', 'caption'))).to.match(/^Upcoming events: \d+$/);
    await expect(el).to.be.accessible();
  });

  it('says the rule in Spanish for a Spanish reader', async () => {
    const el = await openDesk('#event/new', 'es');
    await waitFor(() => deep(editor(el), 'form.editor #f-place option'));
    typeInto(editor(el), '#f-start_date', '2031-03-04');
    typeInto(editor(el), '#f-start_time', '18:00');
    choose(editor(el), '#f-repeat', 'weekly');
    await until(() => !!deep(editor(el), '#f-count'));
    deep<HTMLInputElement>(editor(el), '#f-days input[value="TH"]')!.click();
    await type(editor(el), '#f-count', '10');
    await until(() => textOf(deep(editor(el), '#rule-summary')).includes('10 sesiones'));
    expect(textOf(deep(editor(el), '#rule-summary'))).to.equal(
      'Cada semana, los días martes y jueves, a las 18:00, 10 sesiones, del 4 de marzo de 2031 al 3 de abril de 2031',
    );
    await expect(el).to.be.accessible();
  });

  it('refuses a form with problems, putting the focus on the first', async () => {
    const el = await openDesk('#event/new');
    await waitFor(() => deep(editor(el), 'form.editor #f-place option'));
    await press(editor(el), 'form.editor button[type="submit"]');
    await until(() => focused()?.id === 'f-title_en');
    expect(textOf(deep(editor(el), '#f-title_en-error'))).to.include('Fill this in.');
    expect(deep(editor(el), '#f-start_date')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it("puts the server's refusal (400) on its field and focuses it", async () => {
    // A draft left with a zone the server does not know (as an old import could have).
    sessionStorage.setItem(
      'ww:draft:staff:event:new',
      JSON.stringify({
        title_en: 'Workshop on leases',
        place: 'text',
        location_text: '12 Main St',
        timezone: 'Mars/Olympus_Mons',
        start_date: nextTuesday(),
      }),
    );
    const el = await openDesk('#event/new');
    await waitFor(() => deep(editor(el), 'form.editor #f-timezone'));
    await press(editor(el), 'form.editor button[type="submit"]');
    await until(() => focused()?.id === 'f-timezone');
    expect(textOf(deep(editor(el), '#f-timezone-error'))).to.match(/^Error: Not accepted: .*Mars\/Olympus_Mons/);
    expect(location.hash, 'nothing created').to.equal('#event/new');
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed through a reload (a draft per event)', async () => {
    let el = await openDesk('#event/new');
    await waitFor(() => deep(editor(el), 'form.editor #f-place option'));
    await type(editor(el), '#f-title_en', 'Citizenship workshop (draft)');
    choose(editor(el), '#f-type', 'citizenship');
    removeDesks(); // as a reload does
    el = await openDesk('#event/new');
    await waitFor(() => deep(editor(el), 'form.editor #f-place option'));
    expect(deep<HTMLInputElement>(editor(el), '#f-title_en')!.value).to.equal('Citizenship workshop (draft)');
    expect(deep<HTMLSelectElement>(editor(el), '#f-type')!.value).to.equal('citizenship');
    expect(textOf(deep(editor(el), 'form.editor'))).to.include('Not saved yet.');
  });

  it('says who changed the event meanwhile; Reload shows their change and keeps the edits (412)', async () => {
    const event = await makeEvent(`Know your rights ${crypto.randomUUID().slice(0, 8)}`);
    const el = await openDesk(`#event/${event.id}`);
    await waitFor(() => deep(editor(el), 'table.sessions'));
    await type(editor(el), '#f-title_en', 'Know your rights: housing');
    // Another tab saves first (the same account: the version is what counts).
    const me = (await (await fetch('/v1/staff/me')).json()) as { csrf_token: string };
    const other = await fetch(`/v1/staff/events/${event.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token, 'If-Match': `"${event.version}"` },
      body: JSON.stringify({ ...inputOf(valuesOf(event), event), duration_minutes: 90 }),
    });
    expect(other.status).to.equal(200);
    await press(editor(el), 'form.editor button[type="submit"]');
    await waitFor(() => deep(editor(el), '.stale'));
    expect(textOf(deep(editor(el), '.stale'))).to.match(
      /^Changed by Ada Admin at .+\. Reload to see their change; your edits are kept\./,
    );
    await expect(el).to.be.accessible();
    await press(editor(el), '.stale button');
    await until(() => status(el).startsWith('Reloaded.'));
    expect(deep<HTMLInputElement>(editor(el), '#f-duration')!.value, 'their change').to.equal('90');
    expect(deep<HTMLInputElement>(editor(el), '#f-title_en')!.value, 'my edit').to.equal('Know your rights: housing');
    await press(editor(el), 'form.editor button[type="submit"]');
    await until(() => status(el).startsWith('Saved.'));
    const saved = (await (await fetch(`/v1/staff/events/${event.id}`)).json()) as StaffEvent;
    expect([saved.duration_minutes, saved.texts.title?.['en']?.value]).to.deep.equal([90, 'Know your rights: housing']);
  });

  it('asks what to do when fewer places than people confirmed, then moves the extra to the waiting list', async () => {
    const event = await makeEvent(`English class ${crypto.randomUUID().slice(0, 8)}`, { capacity: 3 });
    const first = event.sessions[0]!.key;
    for (const name of ['Ana Ruiz', 'Luis Soto', 'Rosa Díaz']) await signUp(event.id, first, name);
    const el = await openDesk(`#event/${event.id}`);
    await waitFor(() => deep(editor(el), 'table.sessions'));
    await type(editor(el), '#f-capacity', '2');
    await press(editor(el), 'form.editor button[type="submit"]');
    await waitFor(() => deep<HTMLDialogElement>(editor(el), 'dialog')?.open);
    const dialog = textOf(deep(editor(el), 'dialog'));
    expect(dialog).to.include('More people are confirmed than the new number of places');
    expect(dialog).to.match(/Tuesday, .+: 3 confirmed, 2 places/);
    expect(focused()?.hasAttribute('data-close'), 'the focus starts on the way back').to.equal(true);
    await expect(el).to.be.accessible();
    await press(editor(el), 'dialog button[data-confirm="waitlist"]');
    await until(() => status(el).startsWith('Saved.'));
    expect(deep(editor(el), 'dialog')).to.equal(null);
    const row = [...sessionRow(el, first)!.querySelectorAll('td')].map((c) => textOf(c));
    expect(row.slice(1, 3), 'confirmed, waiting').to.deep.equal(['2', '1']);
  });

  it('cancels one session after asking (people are told), and it shows as cancelled', async () => {
    const event = await makeEvent(`Legal clinic ${crypto.randomUUID().slice(0, 8)}`);
    const second = event.sessions[1]!.key;
    await signUp(event.id, second, 'Marta Gómez');
    const el = await openDesk(`#event/${event.id}`);
    await waitFor(() => deep(editor(el), 'table.sessions'));
    await press(editor(el), `tr[data-key="${second}"] button[data-action="cancel"]`);
    await waitFor(() => deep<HTMLDialogElement>(editor(el), 'dialog')?.open);
    expect(textOf(deep(editor(el), 'dialog'))).to.include(
      'People signed up will be told, in their language: 1 confirmed, 0 on the waiting list.',
    );
    await expect(el).to.be.accessible();
    await press(editor(el), 'dialog button[data-confirm="yes"]');
    await until(() => status(el).startsWith('Session cancelled.'));
    expect(textOf(sessionRow(el, second)!.querySelector('.session-status'))).to.equal('Cancelled');
    expect(sessionRow(el, second)!.querySelector('button[data-action="cancel"]')).to.equal(null);
    const saved = (await (await fetch(`/v1/staff/events/${event.id}`)).json()) as StaffEvent;
    expect(saved.sessions.find((s) => s.key === second)!.status).to.equal('cancelled');
    await expect(el).to.be.accessible();
  });

  it('moves a session to a new time after asking, and cancels the whole series after asking', async () => {
    const event = await makeEvent(`Citizenship help ${crypto.randomUUID().slice(0, 8)}`);
    const third = event.sessions[2]!.key;
    const el = await openDesk(`#event/${event.id}`);
    await waitFor(() => deep(editor(el), 'table.sessions'));
    await press(editor(el), `tr[data-key="${third}"] button[data-action="move"]`);
    await waitFor(() => deep<HTMLDialogElement>(editor(el), 'dialog')?.open);
    expect(focused()?.id, 'the new date first').to.equal('f-move_date');
    expect(deep<HTMLInputElement>(editor(el), '#f-move_date')!.value).to.equal(third.slice(0, 10));
    // Onto another session's time: refused, said in the dialog, which stays open.
    typeInto(editor(el), '#f-move_date', event.sessions[1]!.key.slice(0, 10));
    await press(editor(el), 'dialog button[data-confirm="yes"]');
    await waitFor(() => deep(editor(el), 'dialog [role="alert"]'));
    expect(textOf(deep(editor(el), 'dialog [role="alert"]'))).to.equal(
      'Another session of this event is already at that time. Choose another.',
    );
    typeInto(editor(el), '#f-move_date', third.slice(0, 10));
    await type(editor(el), '#f-move_time', '1930');
    await until(() => deep<HTMLInputElement>(editor(el), '#f-move_time')!.value === '19:30');
    await expect(el).to.be.accessible();
    await press(editor(el), 'dialog button[data-confirm="yes"]');
    await until(() => status(el).startsWith('Session moved.'));
    expect(textOf(sessionRow(el, third)!.querySelector('.session-status'))).to.match(/^Moved to .+ 7:30\sPM/);
    expect(focused()?.getAttribute('data-action'), 'the focus back where it was').to.equal('move');

    await press(editor(el), 'button[data-action="cancel-series"]');
    await waitFor(() => deep<HTMLDialogElement>(editor(el), 'dialog')?.open);
    expect(textOf(deep(editor(el), 'dialog'))).to.include('Nobody is signed up yet.');
    await sendKeys({ press: 'Escape' });
    await until(() => !deep(editor(el), 'dialog'));
    expect(focused()?.getAttribute('data-action'), 'Escape goes back').to.equal('cancel-series');
    await press(editor(el), 'button[data-action="cancel-series"]');
    await waitFor(() => deep<HTMLDialogElement>(editor(el), 'dialog')?.open);
    await press(editor(el), 'dialog button[data-confirm="yes"]');
    await until(() => status(el).startsWith('Series cancelled.'));
    expect(textOf(deep(editor(el), 'section[aria-labelledby="sessions-title"]'))).to.include(
      'This event is cancelled.',
    );
    expect(deep(editor(el), 'button[data-action="cancel"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('adds a translation, shows its state, and saves it marked reviewed', async () => {
    const event = await makeEvent(`Clinic ${crypto.randomUUID().slice(0, 8)}`);
    const el = await openDesk(`#event/${event.id}`);
    await waitFor(() => deep(editor(el), '#f-text_pick option[value="bn"]'));
    expect(textOf(deep(editor(el), '#texts-title')!.parentElement)).to.include('Missing: Spanish, Simplified Chinese');
    choose(editor(el), '#f-text_pick', 'bn');
    await press(editor(el), 'button[data-add="translation"]');
    await waitFor(() => deep(editor(el), '#f-title_bn'));
    const legend = () => textOf(deep(editor(el), '#f-title_bn')!.closest('fieldset')!.querySelector('legend'));
    expect(legend()).to.equal('Bangla missing');
    await type(editor(el), '#f-title_bn', 'আইনি ক্লিনিক');
    await until(() => legend() === 'Bangla machine draft');
    deep<HTMLInputElement>(editor(el), '#f-reviewed_bn')!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => legend() === 'Bangla reviewed');
    await expect(el).to.be.accessible();
    await press(editor(el), 'form.editor button[type="submit"]');
    await until(() => status(el).startsWith('Saved.'));
    const saved = (await (await fetch(`/v1/staff/events/${event.id}`)).json()) as StaffEvent;
    expect(saved.texts.title?.['bn']).to.deep.equal({ value: 'আইনি ক্লিনিক', state: 'reviewed' });
  });

  it("gives an organizer only their places' events, and only their places to choose", async () => {
    const { items: places } = (await (await fetch('/v1/staff/locations')).json()) as {
      items: { id: string; name: string; timezone: string }[];
    };
    const [mine, other] = [places[0]!, places[1]!];
    const elsewhere = await makeEvent(`Elsewhere ${crypto.randomUUID().slice(0, 8)}`, { location_id: other.id });
    const here = await makeEvent(`Here ${crypto.randomUUID().slice(0, 8)}`, { location_id: mine.id });
    const created = await sessionWrite('POST', '/v1/staff/accounts', {
      email: `organizer-${crypto.randomUUID().slice(0, 8)}@desk.test`,
      display_name: 'Olga Organizer',
      roles: ['organizer'],
      location_ids: [mine.id],
    });
    expect(created.status).to.equal(201);
    const token = ((await created.json()) as { setup_url: string }).setup_url.split('#setup=')[1]!;
    await signOutPage();
    const setup = await fetch('/staff/auth/setup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, password: 'a long organizer password' }),
    });
    expect(setup.status).to.equal(200);

    let el = await openDesk('#events');
    await waitFor(() => deep(el, 'ww-staff-events', 'tbody tr'));
    const list = textOf(deep(el, 'ww-staff-events', 'table'));
    expect(list).to.include(here.texts.title?.['en']?.value ?? '?');
    expect(list).not.to.include(elsewhere.texts.title?.['en']?.value ?? '?');
    expect(textOf(deep(el, 'nav'))).to.include('Events');
    removeDesks();
    el = await openDesk('#event/new');
    await waitFor(() => deep(editor(el), 'form.editor #f-place option'));
    const choices = deepAll<HTMLOptionElement>(editor(el), '#f-place option').map((o) => o.value);
    expect(choices, 'no address written out, no online: those are an administrator’s').to.deep.equal([mine.id]);
    await expect(el).to.be.accessible();
  });

  it('keeps the question and its focus visible in forced colours', async () => {
    const event = await makeEvent(`Workshop ${crypto.randomUUID().slice(0, 8)}`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await openDesk(`#event/${event.id}`);
    await waitFor(() => deep(editor(el), 'table.sessions'));
    await press(editor(el), 'button[data-action="cancel"]');
    await waitFor(() => deep<HTMLDialogElement>(editor(el), 'dialog')?.open);
    const ring = getComputedStyle(focused()!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(getComputedStyle(deep(editor(el), 'dialog')!).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px: the form, the sessions and the list', async () => {
    const event = await makeEvent(`Workshop ${crypto.randomUUID().slice(0, 8)}`);
    await setViewport({ width: 320, height: 800 });
    let el = await openDesk(`#event/${event.id}`);
    await waitFor(() => deep(editor(el), 'table.sessions'));
    noSideScroll();
    removeDesks();
    el = await openDesk('#events');
    await waitFor(() => deep(el, 'ww-staff-events', 'tbody tr'));
    noSideScroll();
  });
});
