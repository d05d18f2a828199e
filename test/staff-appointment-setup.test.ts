import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type {
  AppointmentStaffMember,
  AvailabilityException,
  InterpreterAvailability,
  StaffAppointmentType,
} from '../src/staff/appointment-setup/appointment-setup.api.js';
import { deep, deepAll, focused, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const screen = (desk: Element) => deep(desk, 'ww-staff-appointment-setup')!;
const said = (desk: Element) => textOf(deep(screen(desk), '.screen > [role="status"]'));

/** Focus on a control, then a key: the keyboard's way to press it. */
async function press(desk: Element, selector: string, key = 'Enter'): Promise<void> {
  const el = deep<HTMLElement>(screen(desk), selector);
  if (!el) throw new Error(`no ${selector}`);
  el.focus();
  await sendKeys({ press: key });
}

/** Types into a field with the keyboard, replacing what it holds. */
async function typeIn(desk: Element, selector: string, text: string): Promise<void> {
  deep<HTMLElement>(screen(desk), selector)!.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

/** Chooses an option of a select with the keyboard (focus it, type the option's first letters). */
async function chooseByKeys(desk: Element, selector: string, value: string): Promise<void> {
  const select = deep<HTMLSelectElement>(screen(desk), selector)!;
  select.focus();
  const label = [...select.options].find((o) => o.value === value)!.textContent!.trim();
  await sendKeys({ type: label });
  await until(() => select.value === value);
}

const noSideScroll = () =>
  expect(document.documentElement.scrollWidth, 'no horizontal scrolling of the page').to.be.at.most(
    document.documentElement.clientWidth,
  );

/** Setting up appointments at the desk, against the real server. */
describe('ww-staff-appointment-setup (real server)', () => {
  let place: { id: string; name: string; timezone: string };
  let run: string;
  let csrf: string;

  const openPart = async (part: string): Promise<HTMLElement> => {
    const desk = await openDesk(`#appointment-setup?location=${place.id}&part=${part}`);
    await waitFor(() => deep(screen(desk), '#part-title') && !deep(screen(desk), '.loading'));
    return desk;
  };
  const api = async <T>(method: string, path: string, body?: unknown, version?: number): Promise<T> => {
    const response = await fetch(path, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'X-CSRF-Token': csrf,
        ...(version === undefined ? {} : { 'If-Match': `"${version}"` }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  const types = async () =>
    (await api<{ items: StaffAppointmentType[] }>('GET', `/v1/staff/appointment-types?location_id=${place.id}`)).items;
  const newType = (code: string) =>
    api<StaffAppointmentType>('POST', '/v1/staff/appointment-types', {
      location_id: place.id,
      code,
      title: `ID enrollment ${run}`,
      what_to_bring: 'Proof of identity',
      source_locale: 'en',
      duration_minutes: 20,
      buffer_minutes: 10,
      book_ahead_days: 14,
      min_notice_minutes: 60,
      on_behalf_allowed: false,
      release_weekday: null,
      release_time: null,
      release_weeks_before: 1,
      translations: {},
    });

  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    csrf = (await signInAs('admin')).csrf_token ?? '';
    run = Math.random().toString(36).slice(2, 7);
    place = (await api<{ items: (typeof place)[] }>('GET', '/v1/staff/locations')).items[0]!;
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
  });

  it('adds a type by keyboard: its problems first, then with a Spanish draft and a weekly release', async () => {
    const desk = await openPart('types');
    await expect(desk).to.be.accessible();
    await press(desk, '#add-record');
    await until(() => focused()?.id === 'editor-title');
    // Sent empty: each problem is said at its field, and focus goes to the first.
    await typeIn(desk, '#f-duration', '2');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => focused()?.id === 'f-title');
    expect(textOf(deep(screen(desk), '#f-title-error'))).to.include('Enter a title.');
    expect(textOf(deep(screen(desk), '#f-code-error'))).to.include('Use small letters, digits and hyphens');
    expect(textOf(deep(screen(desk), '#f-duration-error'))).to.include('from 5 to 480');
    await expect(desk).to.be.accessible();

    await typeIn(desk, '#f-title', `Legal consultation ${run}`);
    await typeIn(desk, '#f-code', `legal-${run}`);
    await typeIn(desk, '#f-what-to-bring', 'Your passport and any letters from USCIS');
    await typeIn(desk, '#f-duration', '45');
    await typeIn(desk, '#f-buffer', '15');
    await press(desk, '#f-on-behalf', 'Space');
    await press(desk, '#f-release', 'Space');
    await waitFor(() => deep(screen(desk), '#f-release-weekday'));
    await chooseByKeys(desk, '#f-release-weekday', '5');
    await typeIn(desk, '#f-release-time', '0930AM');
    await chooseByKeys(desk, '#f-add-locale', 'es');
    await press(desk, '#add-translation');
    await until(() => focused()?.id === 'f-tr-title-es');
    await sendKeys({ type: 'Consulta legal' });
    await typeIn(desk, '#f-tr-bring-es', 'Su pasaporte');
    // A machine translation: not reviewed, so marked as a draft.
    await press(desk, '#f-tr-reviewed-es', 'Space');
    await until(() => textOf(deep(screen(desk), 'fieldset.translation legend')).includes('Draft'));
    await expect(desk).to.be.accessible();
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => said(desk) === `Added: Legal consultation ${run}.`);

    const saved = (await types()).find((t) => t.code === `legal-${run}`)!;
    expect(saved).to.include({
      title: `Legal consultation ${run}`,
      duration_minutes: 45,
      buffer_minutes: 15,
      on_behalf_allowed: true,
      release_weekday: 5,
      release_time: '09:30',
    });
    expect(saved.translations.title?.['es']).to.deep.equal({ value: 'Consulta legal', review: 'draft' });
    expect(saved.translations.what_to_bring?.['es']).to.deep.equal({ value: 'Su pasaporte', review: 'draft' });
    const row = textOf(deep(screen(desk), `tr[data-id="${saved.id}"]`));
    expect(row)
      .to.include('Next week’s slots open on Friday at 9:30 AM')
      .and.to.include('Spanish Draft')
      .and.to.include('Organizations may book for clients');
    expect(focused()?.id, 'back on its row').to.equal(`edit-${saved.id}`);
    await expect(desk).to.be.accessible();
  });

  it('a stale save of a type says so and keeps the edits; Reload, then saving wins', async () => {
    const type = await newType(`id-${run}`);
    const desk = await openPart('types');
    await press(desk, `#edit-${type.id}`);
    await until(() => focused()?.id === 'editor-title');
    await typeIn(desk, '#f-duration', '25');
    // Someone else saves first.
    await api('PUT', `/v1/staff/appointment-types/${type.id}`, { ...type, book_ahead_days: 21 }, type.version);
    await press(desk, 'form.editor-form button[type="submit"]');
    await waitFor(() => deep(screen(desk), '.editor .stale'));
    expect(textOf(deep(screen(desk), '.editor .stale'))).to.match(
      /^Changed by Ada Admin at .+\d.+ your edits are kept\./,
    );
    expect(textOf(focused())).to.equal('Reload');
    await expect(desk).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(screen(desk), '.editor .theirs'));
    expect(deep<HTMLInputElement>(screen(desk), '#f-duration')!.value).to.equal('25');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => said(desk) === `Saved: ID enrollment ${run}.`);
    const saved = (await types()).find((t) => t.id === type.id)!;
    expect(saved.duration_minutes).to.equal(25);
  });

  it('adds a staff member with languages, the types they take and weekly hours as rows', async () => {
    const type = await newType(`id-${run}`);
    const desk = await openPart('staff');
    await press(desk, '#add-record');
    await until(() => focused()?.id === 'editor-title');
    await typeIn(desk, '#f-display-name', `Rosa Ruiz ${run}`);
    await chooseByKeys(desk, '#f-add-language', 'es');
    await press(desk, '#add-language');
    await chooseByKeys(desk, '#f-add-language', 'fr');
    await press(desk, '#add-language');
    await until(() => deepAll(screen(desk), 'ul.chips li').length === 2);
    const typeBox = deepAll<HTMLInputElement>(screen(desk), 'input[name="type-ids"]').find((b) => b.value === type.id)!;
    typeBox.focus();
    await sendKeys({ press: 'Space' });
    // The first row: Monday 09:00–17:00; a second row, then hours that end before they start.
    await typeIn(desk, '#rule-0-end', '1200PM');
    await press(desk, '#add-rule');
    await until(() => focused()?.id === 'rule-1-day');
    await typeIn(desk, '#rule-1-start', '0100PM');
    await typeIn(desk, '#rule-1-end', '1100AM');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => textOf(deep(screen(desk), '#rule-1-error')).includes('The end must come after the start.'));
    expect(focused()?.id).to.equal('rule-1-start');
    await expect(desk).to.be.accessible();
    await typeIn(desk, '#rule-1-end', '0500PM');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => said(desk) === `Added: Rosa Ruiz ${run}.`);

    const staff = (
      await api<{ items: AppointmentStaffMember[] }>('GET', `/v1/staff/appointment-staff?location_id=${place.id}`)
    ).items.find((s) => s.display_name === `Rosa Ruiz ${run}`)!;
    expect(staff.languages).to.have.members(['es', 'fr']);
    expect(staff.type_ids).to.deep.equal([type.id]);
    expect(staff.rules.map((r) => [r.weekday, r.starts_at, r.ends_at])).to.have.deep.members([
      [1, '09:00', '12:00'],
      [2, '13:00', '17:00'],
    ]);
    const row = textOf(deep(screen(desk), `tr[data-id="${staff.id}"]`));
    expect(row)
      .to.include('Spanish')
      .and.to.include('French')
      .and.to.include(`ID enrollment ${run}`)
      .and.to.include('Tuesday');
    await expect(desk).to.be.accessible();
  });

  it('adds a holiday for the place and a day off for a person, and deletes one', async () => {
    const person = await api<AppointmentStaffMember>('POST', '/v1/staff/appointment-staff', {
      location_id: place.id,
      display_name: `Omar Diallo ${run}`,
      staff_account_id: null,
      languages: ['fr', 'wo'],
      type_ids: [],
      active: true,
      rules: [{ weekday: 3, starts_at: '09:00', ends_at: '17:00' }],
    });
    const desk = await openPart('exceptions');
    await expect(desk).to.be.accessible();
    const year = new Date().getUTCFullYear() + 1;
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => textOf(deep(screen(desk), '#f-exception-date-error')).includes('Enter a date.'));
    await typeIn(desk, '#f-exception-date', `0704${year}`);
    await typeIn(desk, '#f-exception-note', `Independence Day ${run}`);
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => textOf(deep(screen(desk), 'table.exceptions')).includes(`Independence Day ${run}`));

    await chooseByKeys(desk, '#f-exception-who', person.id);
    await typeIn(desk, '#f-exception-date', `0710${year}`);
    await press(desk, '#f-exception-whole-day', 'Space');
    await waitFor(() => deep(screen(desk), '#f-exception-start'));
    await typeIn(desk, '#f-exception-start', '0100PM');
    await typeIn(desk, '#f-exception-end', '0500PM');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => textOf(deep(screen(desk), 'table.exceptions')).includes(`Omar Diallo ${run}`));
    const list = (
      await api<{ items: AvailabilityException[] }>(
        'GET',
        `/v1/staff/availability-exceptions?location_id=${place.id}&from=${year}-07-01&to=${year}-07-31`,
      )
    ).items;
    const holiday = list.find((e) => e.note === `Independence Day ${run}`)!;
    expect(holiday).to.include({ staff_id: null, date: `${year}-07-04`, kind: 'closed', starts_at: null });
    const dayOff = list.find((e) => e.staff_id === person.id)!;
    expect(dayOff).to.include({ date: `${year}-07-10`, starts_at: '13:00', ends_at: '17:00' });
    expect(textOf(deep(screen(desk), `tr[data-id="${dayOff.id}"]`))).to.include('Closed 1:00 PM–5:00 PM');
    await expect(desk).to.be.accessible();

    await press(desk, `#delete-${holiday.id}`);
    await until(() => !deep(screen(desk), `tr[data-id="${holiday.id}"]`));
    expect(said(desk)).to.equal('Deleted.');
  });

  it('adds interpreters on call: ASL every week, Wolof on a date, with how many at once', async () => {
    const desk = await openPart('interpreters');
    await expect(desk).to.be.accessible();
    await chooseByKeys(desk, '#f-interpreter-language', 'ase');
    await chooseByKeys(desk, '#f-interpreter-weekday', '3');
    await typeIn(desk, '#f-interpreter-capacity', '2');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => said(desk) === 'Added: American Sign Language.');
    const year = new Date().getUTCFullYear() + 1;
    await chooseByKeys(desk, '#f-interpreter-language', 'wo');
    const dateChoice = deepAll<HTMLInputElement>(screen(desk), 'input[name="interpreter-when"]').find(
      (r) => r.value === 'date',
    )!;
    dateChoice.focus();
    await sendKeys({ press: 'Space' });
    await waitFor(() => deep(screen(desk), '#f-interpreter-date'));
    await typeIn(desk, '#f-interpreter-date', `0305${year}`);
    await typeIn(desk, '#f-interpreter-capacity', '99');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => textOf(deep(screen(desk), '#f-interpreter-capacity-error')).includes('from 1 to 50'));
    await expect(desk).to.be.accessible();
    await typeIn(desk, '#f-interpreter-capacity', '1');
    await press(desk, 'form.editor-form button[type="submit"]');
    await until(() => said(desk) === 'Added: Wolof.');

    const items = (
      await api<{ items: InterpreterAvailability[] }>(
        'GET',
        `/v1/staff/interpreter-availability?location_id=${place.id}`,
      )
    ).items;
    const asl = items.find((i) => i.language === 'ase' && i.weekday === 3 && i.capacity === 2)!;
    expect(asl).to.include({ date: null, starts_at: '09:00', ends_at: '13:00' });
    const wolof = items.find((i) => i.language === 'wo' && i.date === `${year}-03-05`)!;
    expect(wolof.weekday).to.equal(null);
    const table = textOf(deep(screen(desk), 'table.interpreters'));
    expect(table).to.include('American Sign Language').and.to.include('Every Wednesday').and.to.include('Wolof');
    await expect(desk).to.be.accessible();
    await press(desk, `#delete-${wolof.id}`);
    await until(() => !deep(screen(desk), `tr[data-id="${wolof.id}"]`));
  });

  it('keeps a half-typed type through a reload of the page', async () => {
    let desk = await openPart('types');
    await press(desk, '#add-record');
    await until(() => focused()?.id === 'editor-title');
    await typeIn(desk, '#f-title', `Kept ${run}`);
    removeDesks();
    desk = await openPart('types');
    await waitFor(() => deep(screen(desk), '#f-title'));
    expect(deep<HTMLInputElement>(screen(desk), '#f-title')!.value).to.equal(`Kept ${run}`);
  });

  it('reads in Spanish', async () => {
    const desk = await openDesk(`#appointment-setup?location=${place.id}&part=interpreters`, 'es');
    await waitFor(() => deep(screen(desk), '#f-interpreter-language') && !deep(screen(desk), '.loading'));
    expect(textOf(deep(screen(desk), 'h1'))).to.equal('Configuración de citas');
    expect(textOf(deep(screen(desk), '#part-title'))).to.equal('Intérpretes');
    await expect(desk).to.be.accessible();
  });

  it('reflows at 320 px: the type form and the staff form', async () => {
    await setViewport({ width: 320, height: 800 });
    let desk = await openPart('types');
    await press(desk, '#add-record');
    await waitFor(() => deep(screen(desk), '#f-title'));
    noSideScroll();
    await expect(desk).to.be.accessible();
    removeDesks();
    desk = await openPart('staff');
    await press(desk, '#add-record');
    await waitFor(() => deep(screen(desk), '#rule-0-day'));
    noSideScroll();
    await expect(desk).to.be.accessible();
  });
});
