import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { wallClock } from '../src/staff/event/parts/local-dates.js';
import { deep, deepAll, focused, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

interface DayFixture {
  location_id: string;
  location_name: string;
  timezone: string;
  staff_name: string;
  started_id: string;
  later_id: string;
}

/** A staff member with two bookings around now (server/src/cli/test-appointments.ts): names of this run only. */
const dayFixture = (run: string): Promise<DayFixture> =>
  executeServerCommand('desk-server', { command: 'appointment-day', run }) as Promise<DayFixture>;

const screen = (desk: Element) => deep(desk, 'ww-staff-appointments')!;
const said = (desk: Element) => textOf(deep(screen(desk), '.screen > [role="status"]'));
const rowOf = (desk: Element, id: string) => deep(screen(desk), `tr[data-id="${id}"]`);
const buttonsOf = (desk: Element, id: string) =>
  [...(rowOf(desk, id)?.querySelectorAll<HTMLButtonElement>('button') ?? [])].map((b) => b.dataset['action']);

/** Presses Tab until `match` has focus (a keyboard user's way to a control). */
async function tabTo(match: (el: Element) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const el = focused();
    if (el && match(el)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`never reached; focus is on ${focused()?.outerHTML.slice(0, 120)}`);
}

const noSideScroll = () =>
  expect(document.documentElement.scrollWidth, 'no horizontal scrolling of the page').to.be.at.most(
    document.documentElement.clientWidth,
  );

/** The day's schedule at the desk, against the real server. */
describe('ww-staff-appointments (real server)', () => {
  let day: DayFixture;
  let run: string;
  let today: string;
  let csrf: string;

  /** Someone else's save of the notes (the same account in another tab: the session's own write). */
  const theirNotes = async (id: string, notes: string): Promise<void> => {
    const { appointments } = await (
      await fetch(`/v1/staff/appointments?location_id=${day.location_id}&date=${today}`)
    )
      .json()
      .then((d: { staff: { appointments: { id: string; version: number }[] }[] }) => ({
        appointments: d.staff.flatMap((s) => s.appointments),
      }));
    const version = appointments.find((a) => a.id === id)!.version;
    const response = await fetch(`/v1/staff/appointments/${id}/notes`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, 'If-Match': `"${version}"` },
      body: JSON.stringify({ notes }),
    });
    expect(response.status).to.equal(200);
  };

  const openDay = async (date = today): Promise<HTMLElement> => {
    const desk = await openDesk(`#appointments?location=${day.location_id}&date=${date}`);
    await waitFor(() => deep(desk, 'ww-staff-appointments', 'table.schedule, .empty'));
    return desk;
  };

  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    csrf = (await signInAs('admin')).csrf_token ?? '';
    run = Math.random().toString(36).slice(2, 7);
    day = await dayFixture(run);
    today = wallClock(new Date(), day.timezone).slice(0, 10);
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
  });

  it("shows each staff member's day: time, type, language and interpreter, on whose behalf, contact, bounce", async () => {
    const desk = await openDay();
    const el = screen(desk);
    expect(textOf(deep(el, 'h1'))).to.equal('Appointments');
    expect(textOf(deep(el, '.day-title'))).to.include(day.location_name);
    const heading = deepAll(desk, 'ww-staff-appointments', '.staff-day h2').find((h) => textOf(h) === day.staff_name);
    expect(heading, 'a section per staff member').not.to.equal(undefined);
    const started = textOf(rowOf(desk, day.started_id));
    expect(started)
      .to.include(`Legal consultation ${run}`)
      .and.to.include('Wolof')
      .and.to.include('Interpreter: Wolof')
      .and.to.include(`Awa Diop ${run}`)
      .and.to.include(`awa.${run}@example.org`)
      .and.to.include('Booked')
      .and.to.include('Their contact was refused: ask for another.');
    const later = textOf(rowOf(desk, day.later_id));
    expect(later).to.include('Chinatown Community Center').and.to.include('+1 212 555 0101').and.to.include('Chinese');
    expect(rowOf(desk, day.started_id)!.querySelector('th')!.getAttribute('scope')).to.equal('row');
    // The nav names the screen for an admin, and marks it.
    expect(textOf(deep(desk, 'nav a[aria-current="page"]'))).to.equal('Appointments');
    await expect(desk).to.be.accessible();
  });

  it('checks a person in by keyboard; no-show only once the appointment has started', async () => {
    const desk = await openDay();
    expect(buttonsOf(desk, day.later_id), 'not started: no no-show').to.deep.equal(['check-in', 'notes']);
    expect(buttonsOf(desk, day.started_id)).to.deep.equal(['check-in', 'no-show', 'notes']);
    await tabTo((e) => e.getAttribute('data-action') === 'check-in' && !!e.closest(`tr[data-id="${day.later_id}"]`));
    expect(textOf(focused())).to.include(`Check in Lin Chen ${run}`);
    await sendKeys({ press: 'Enter' });
    await until(() => said(desk) === `Checked in: Lin Chen ${run}.`);
    await until(() => buttonsOf(desk, day.later_id).join() === 'notes');
    expect(textOf(rowOf(desk, day.later_id))).to.include('Checked in');
    expect(focused()?.id, 'focus stays on the row').to.equal(`notes-${day.later_id}`);
    await expect(desk).to.be.accessible();

    await tabTo((e) => e.getAttribute('data-action') === 'no-show' && !!e.closest(`tr[data-id="${day.started_id}"]`));
    await sendKeys({ press: 'Enter' });
    await until(() => said(desk) === `Marked as a no-show: Awa Diop ${run}.`);
    // A no-show who comes late can still be checked in.
    await until(() => buttonsOf(desk, day.started_id).join() === 'check-in,notes');
    expect(textOf(rowOf(desk, day.started_id)?.querySelector('td:nth-of-type(5)') ?? null)).to.include('No-show');
    await expect(desk).to.be.accessible();
  });

  it('saves notes; a stale save says who changed them and when, and keeps what was typed', async () => {
    const desk = await openDay();
    const el = screen(desk);
    deep<HTMLElement>(el, `#notes-${day.started_id}`)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === `f-notes-${day.started_id}`);
    await sendKeys({ type: 'Brought passport' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => said(desk) === `Notes saved: Awa Diop ${run}.`);
    await until(() => textOf(rowOf(desk, day.started_id)).includes('Brought passport'));

    // Open the notes again, then someone else saves theirs first.
    deep<HTMLElement>(el, `#notes-${day.started_id}`)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === `f-notes-${day.started_id}`);
    await theirNotes(day.started_id, 'Needs a Wolof form');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' and ID' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, '.notes-form .stale'));
    expect(textOf(deep(el, '.notes-form .stale'))).to.match(/^Changed by someone else at .+\d.+ your edits are kept\./);
    expect(deep<HTMLTextAreaElement>(el, `#f-notes-${day.started_id}`)!.value).to.equal('Brought passport and ID');
    await expect(desk).to.be.accessible();

    // Reload: their notes beside what was typed, which then saves over theirs knowingly.
    expect(textOf(focused())).to.equal('Reload');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep(el, '.notes-form .theirs'));
    expect(textOf(deep(el, '.their-notes'))).to.equal('Needs a Wolof form');
    expect(deep<HTMLTextAreaElement>(el, `#f-notes-${day.started_id}`)!.value).to.equal('Brought passport and ID');
    await expect(desk).to.be.accessible();
    deep<HTMLElement>(el, '.notes-form button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(rowOf(desk, day.started_id)).includes('Brought passport and ID'));
    expect(said(desk)).to.equal(`Notes saved: Awa Diop ${run}.`);
  });

  it('keeps typed notes through a reload of the page', async () => {
    let desk = await openDay();
    deep<HTMLElement>(screen(desk), `#notes-${day.later_id}`)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === `f-notes-${day.later_id}`);
    await sendKeys({ type: 'Call back about the form' });
    removeDesks();
    desk = await openDay();
    await waitFor(() => deep(screen(desk), `#f-notes-${day.later_id}`));
    expect(deep<HTMLTextAreaElement>(screen(desk), `#f-notes-${day.later_id}`)!.value).to.equal(
      'Call back about the form',
    );
  });

  it('goes to the next and previous day and back to today by links', async () => {
    const desk = await openDay();
    const el = screen(desk);
    expect(deep(el, '#day-today'), 'no "Today" on today').to.equal(null);
    deep<HTMLElement>(el, '#day-next')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !location.hash.includes(today));
    await waitFor(() => !deep(screen(desk), `tr[data-id="${day.started_id}"]`) && deep(screen(desk), '#day-today'));
    await expect(desk).to.be.accessible();
    deep<HTMLElement>(screen(desk), '#day-today')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => rowOf(desk, day.started_id));
    expect(location.hash).to.include(`date=${today}`);
    deep<HTMLElement>(screen(desk), '#day-previous')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !location.hash.includes(today));
    await waitFor(() => !rowOf(desk, day.started_id) && deep(screen(desk), '#day-today'));
  });

  it('reads in Spanish', async () => {
    const desk = await openDesk(`#appointments?location=${day.location_id}&date=${today}`, 'es');
    await waitFor(() => rowOf(desk, day.started_id));
    expect(textOf(deep(screen(desk), 'h1'))).to.equal('Citas');
    expect(textOf(rowOf(desk, day.started_id)))
      .to.include('Intérprete: wólof')
      .and.to.include('Reservada');
    expect(textOf(deep(screen(desk), '#day-next'))).to.equal('Día siguiente');
    await expect(desk).to.be.accessible();
  });

  it('is not for the desk role', async () => {
    await signOutPage();
    await signInAs('desk');
    const desk = await openDesk(`#appointments?location=${day.location_id}`);
    await waitFor(() => textOf(deep(desk, 'main')).includes('Your role does not allow this page.'));
    expect(textOf(deep(desk, 'nav'))).not.to.include('Appointments');
    await expect(desk).to.be.accessible();
  });

  it('reflows at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const desk = await openDay();
    deep<HTMLElement>(screen(desk), `#notes-${day.started_id}`)!.click();
    await waitFor(() => deep(screen(desk), `#f-notes-${day.started_id}`));
    noSideScroll();
    await expect(desk).to.be.accessible();
  });
});
