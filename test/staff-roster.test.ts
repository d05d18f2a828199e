import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { deep, deepAll, focused, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';
import { chooseFile, pastSession, qrPicture, signUp, upcomingSession, type PublicSession } from './helpers/roster.js';

/** Names no other test signs up with: each run's people are its own. */
const run = Math.random().toString(36).slice(2, 6);
const person = (first: string) => `${first} Roster${run}`;

const roster = (desk: Element) => deep(desk, 'ww-staff-roster')!;
const outcome = (desk: Element) => textOf(deep(roster(desk), '.outcome'));
const rowOf = (desk: Element, name: string) =>
  deepAll(desk, 'ww-staff-roster', 'table.roster tbody tr').find((row) => textOf(row.querySelector('th')) === name);
const count = (desk: Element, label: string) =>
  textOf(
    deepAll(desk, 'ww-staff-roster', '.count')
      .find((c) => textOf(c.querySelector('dt')) === label)
      ?.querySelector('dd') ?? null,
  );

async function openRoster(session: PublicSession): Promise<HTMLElement> {
  const desk = await openDesk(`#roster/${session.event_id}?session=${encodeURIComponent(session.local_start)}`);
  await waitFor(() => deep(desk, 'ww-staff-roster', 'table.roster'));
  return desk;
}

/** Presses Tab until `match` has focus (a keyboard user's way to a control). */
async function tabTo(match: (el: Element) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const el = focused();
    if (el && match(el)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`never reached; focus is on ${focused()?.outerHTML.slice(0, 120)}`);
}

/** The roster at the door, against the real server: sign-ups made through the public sign-up API. */
describe('ww-staff-roster (real server)', () => {
  let session: PublicSession;
  let otherEvent: PublicSession;
  let ana: { id: string; code: string };
  let chen: { id: string; code: string };
  let visitor: { id: string; code: string };
  let nextTime: { id: string; code: string };

  before(async () => {
    session = await upcomingSession('Free immigration legal clinic', 3);
    otherEvent = await upcomingSession('Citizenship Day', 0);
    ana = await signUp(session, { name: person('Ana'), party_size: 2, preferred_language: 'es' });
    await signUp(session, { name: person('Bo'), preferred_language: 'zh-Hans', access_needs: 'Wheelchair' });
    chen = await signUp(session, { name: person('Chen'), preferred_language: 'en' });
    visitor = await signUp(otherEvent, { name: person('Dara') });
    nextTime = await signUp(await upcomingSession('Free immigration legal clinic', 4), { name: person('Femi') });
  });
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    await signInAs('admin');
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('lists the sign-ups with their party, language and needs, and the counts', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    expect(textOf(deep(el, 'h1'))).to.equal(session.title);
    expect(textOf(deep(el, '.when'))).to.match(/\d{4}/);
    expect(textOf(deep(el, 'caption'))).to.match(/^Signed up: \d+$/);
    const row = rowOf(desk, person('Ana'))!;
    expect(textOf(row)).to.include('2').and.to.include('Spanish').and.to.include('Confirmed').and.to.include('Not yet');
    expect(textOf(rowOf(desk, person('Bo'))!))
      .to.include('Wheelchair')
      .and.to.include('Chinese');
    expect(Number(count(desk, 'Confirmed'))).to.be.at.least(4);
    expect(count(desk, 'Capacity')).to.equal('8');
    expect(deep(el, '.counts-region')!.getAttribute('role')).to.equal('status');
    await expect(desk).to.be.accessible();
  });

  it('says under the status how the last message went (no mail server here: kept in the outbox)', async () => {
    await signUp(session, { name: person('Eli'), contact_method: 'email', email: `eli.${run}@example.org` });
    // The test server's job runner writes the confirmation within a second or so; the roster reads it on load.
    let desk: HTMLElement | undefined;
    const delivery = (first: string) => textOf(rowOf(desk!, person(first))?.querySelector('.delivery') ?? null);
    for (let i = 0; i < 20; i++) {
      removeDesks();
      desk = await openRoster(session);
      if (delivery('Eli')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(delivery('Eli')).to.equal('Message kept in the outbox: no mail server is set up.');
    // Someone who gave no contact was told nothing, and the row says nothing about it.
    expect(delivery('Chen')).to.equal('');
    await expect(desk!).to.be.accessible();
  });

  it('finds a person by name as one types, and checks them in by keyboard', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    const before = Number(count(desk, 'Checked in'));
    deep<HTMLInputElement>(el, '#f-search')!.focus();
    await sendKeys({ type: `bo roster${run}` });
    await until(() => textOf(deep(el, '.people [role="status"]')) === '1 found');
    expect(deepAll(desk, 'ww-staff-roster', 'table.roster tbody tr')).to.have.length(1);
    expect(textOf(deep(el, 'caption'))).to.match(/^Signed up: 1 of \d+ shown$/);
    await expect(desk).to.be.accessible();
    await tabTo((e) => e.classList.contains('row-action'));
    expect(textOf(focused())).to.equal(`Check in ${person('Bo')}`);
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).startsWith('✓ Checked in:') && outcome(desk).includes(person('Bo')));
    expect(outcome(desk)).to.include('party of 1.');
    await until(() => Number(count(desk, 'Checked in')) === before + 1);
    expect(textOf(rowOf(desk, person('Bo'))!)).to.match(/Checked in at/);
    // The same button, now "Undo", keeps focus: a mistake is one key away.
    expect(textOf(focused())).to.equal(`Undo ${person('Bo')}`);
    await expect(desk).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('Mark taken off'));
    await until(() => Number(count(desk, 'Checked in')) === before);
  });

  it('checks in with a typed code, and says so when it was already done', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    deep<HTMLInputElement>(el, '#f-code')!.focus();
    await sendKeys({ type: ana.code.toLowerCase() });
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('Checked in:') && outcome(desk).includes(person('Ana')));
    expect(outcome(desk)).to.include('party of 2');
    expect(deep<HTMLInputElement>(el, '#f-code')!.value, 'the field is ready for the next person').to.equal('');
    expect(focused()?.id).to.equal('f-code');
    await expect(desk).to.be.accessible();
    await sendKeys({ type: ana.code });
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('Already checked in'));
    await sendKeys({ type: 'not a code' });
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('A check-in code has 8 letters and digits'));
    await expect(desk).to.be.accessible();
  });

  it('reads a QR code from a picture and checks the person in', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    const input = deep<HTMLInputElement>(el, 'input[type="file"]')!;
    expect(input.accept).to.equal('image/*');
    expect(input.getAttribute('capture')).to.equal('environment');
    chooseFile(input, await qrPicture(chen.code));
    await until(() => outcome(desk).includes('Checked in:') && outcome(desk).includes(person('Chen')), 10000);
    await expect(desk).to.be.accessible();
    // A picture with no code in it says so, and keeps the other ways open.
    const blank = await (
      await fetch('data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==')
    ).blob();
    chooseFile(input, new File([blank], 'blank.gif', { type: 'image/gif' }));
    await until(() => outcome(desk).includes('No QR code was found'));
    // The fixture picture (test/fixtures/write-checkin-qr.mjs) holds a code nobody has.
    const fixture = await (await fetch('/test/fixtures/checkin-qr-ZZZZ-ZZZZ.gif')).blob();
    chooseFile(input, new File([fixture], 'checkin-qr.gif', { type: 'image/gif' }));
    await until(() => outcome(desk).includes('This code is not known'));
  });

  it('names the other event when a code is for another event, and checks nobody in', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    const before = count(desk, 'Checked in');
    deep<HTMLInputElement>(el, '#f-code')!.focus();
    await sendKeys({ type: visitor.code });
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('This code is for another event'));
    expect(outcome(desk)).to.include(otherEvent.title).and.to.include('Not checked in');
    expect(count(desk, 'Checked in')).to.equal(before);
    await expect(desk).to.be.accessible();
    // The refused code stays, selected: typing the next one replaces it.
    expect(deep<HTMLInputElement>(el, '#f-code')!.value).to.equal(visitor.code);
    expect(focused()?.id).to.equal('f-code');
    await sendKeys({ type: 'ZZZZ-ZZZZ' });
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('This code is not known'));
  });

  it('names the session when a code is for another session of this event', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    deep<HTMLInputElement>(el, '#f-code')!.focus();
    await sendKeys({ type: nextTime.code });
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('This code is for another session of this event'));
    expect(outcome(desk)).to.match(/\w+day, \w+ \d+, \d{4}/);
    expect(rowOf(desk, person('Femi')), 'not on this roster').to.equal(undefined);
  });

  it('says when the camera cannot be used, and keeps the typed code and the picture', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    deep<HTMLButtonElement>(el, '#scan')!.focus();
    await sendKeys({ press: 'Enter' });
    // Headless Chromium has no camera to give: the screen says so in words, and focus goes to the code.
    await until(() => /No camera was found|The camera is not allowed/.test(outcome(desk)));
    expect(outcome(desk)).to.include('Type the code, or scan from a picture.');
    expect(focused()?.id).to.equal('f-code');
    expect(deep(el, 'video'), 'no camera view left open').to.equal(null);
    expect(deep(el, 'input[type="file"]')).to.not.equal(null);
    await expect(desk).to.be.accessible();
  });

  it('is in Spanish for a Spanish reader', async () => {
    const desk = await openDesk(`#roster/${session.event_id}?session=${encodeURIComponent(session.local_start)}`, 'es');
    await waitFor(() => deep(desk, 'ww-staff-roster', 'table.roster'));
    const el = roster(desk);
    expect(textOf(deep(el, '#door-title'))).to.equal('Registrar llegada por código');
    expect(textOf(deep(el, 'caption'))).to.match(/^Inscritos: \d+$/);
    expect(textOf(rowOf(desk, person('Ana'))!)).to.include('español');
    await expect(desk).to.be.accessible();
  });

  it('adds a walk-in by keyboard, checked in at once', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    const walkIns = Number(count(desk, 'Walk-ins'));
    deep<HTMLInputElement>(el, '#f-walk-in-name')!.focus();
    await sendKeys({ type: person('Wendy') });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('f-walk-in-party');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    await tabTo((e) => e.textContent?.trim() === 'Add and check in');
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('Walk-in added and checked in') && outcome(desk).includes('party of 3'));
    await until(() => Number(count(desk, 'Walk-ins')) === walkIns + 3);
    expect(textOf(rowOf(desk, person('Wendy'))!)).to.include('walk-in');
    expect(deep<HTMLInputElement>(el, '#f-walk-in-name')!.value).to.equal('');
    await expect(desk).to.be.accessible();
  });

  it('keeps "Mark the rest as no-shows" disabled, with the reason, before the session ends', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    const button = deep<HTMLButtonElement>(el, '#no-shows')!;
    expect(button.disabled).to.equal(true);
    expect(textOf(deep(el, '#no-shows-reason'))).to.match(/^Possible once the session has ended \(at .+\)\.$/);
    expect(button.getAttribute('aria-describedby')).to.equal('no-shows-reason');
    const csv = deep<HTMLAnchorElement>(el, '#csv')!;
    expect(csv.getAttribute('href')).to.match(/\/roster\.csv$/);
    expect(textOf(deep(el, '#csv-note'))).to.include('no email addresses or phone numbers');
  });

  it('marks the rest as no-shows after the session, once confirmed in a dialog', async () => {
    // A session the seed held last month: everyone was marked, so the button waits.
    const held = await pastSession('Free immigration legal clinic (past sessions)');
    const desk = await openRoster(held);
    const el = roster(desk);
    expect(deep<HTMLButtonElement>(el, '#no-shows')!.disabled).to.equal(true);
    expect(textOf(deep(el, '#no-shows-reason'))).to.equal('Everyone confirmed is marked.');
    // One no-show taken off, by keyboard: that person is "the rest", and gets the same mark back.
    const noShows = Number(count(desk, 'No-shows'));
    const absent = deepAll(desk, 'ww-staff-roster', 'table.roster tbody tr').find((r) =>
      textOf(r).includes('No-show'),
    )!;
    absent.querySelector<HTMLButtonElement>('.row-action')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).includes('Mark taken off'));
    await until(() => !deep<HTMLButtonElement>(el, '#no-shows')!.disabled);
    expect(textOf(deep(el, '#no-shows-reason'))).to.match(/^People not checked in: \d+\.$/);
    await until(() => Number(count(desk, 'No-shows')) < noShows);
    deep<HTMLButtonElement>(el, '#no-shows')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = deep<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open);
    expect(textOf(dialog)).to.include('Mark the rest as no-shows?');
    await expect(desk).to.be.accessible();
    expect(focused()?.id, 'the confirming button first').to.equal('no-shows-confirm');
    await sendKeys({ press: 'Enter' });
    await until(() => outcome(desk).startsWith('✓ Marked as no-shows: 1'));
    expect(dialog.open).to.equal(false);
    await until(() => Number(count(desk, 'No-shows')) === noShows);
    expect(focused()?.id, 'on to the sheet').to.equal('print');
    await expect(desk).to.be.accessible();
  });

  it('prints a sign-in sheet: the names and an empty signature column, no buttons', async () => {
    const desk = await openRoster(session);
    const el = roster(desk);
    const sheet = deep(el, '.print-sheet')!;
    expect(getComputedStyle(sheet).display, 'hidden on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(sheet).display).to.equal('table');
    for (const button of deepAll(desk, 'ww-staff-roster', 'button, input, .button')) {
      expect(getComputedStyle(button).display, button.outerHTML.slice(0, 60)).to.equal('none');
    }
    expect(getComputedStyle(deep(el, '.door')!.parentElement!).display).to.equal('none');
    expect(getComputedStyle(deep(el, 'h1')!).display).to.not.equal('none');
    expect(getComputedStyle(deep(desk, 'nav')!).display, "the desk's menu").to.equal('none');
    expect(getComputedStyle(deep(desk, 'header.bar')!).display, "the desk's bar (Sign out)").to.equal('none');
    const heads = [...sheet.querySelectorAll('thead th')].map((th) => textOf(th));
    expect(heads).to.deep.equal(['Name', 'Party size', 'Language', 'Signature']);
    expect(getComputedStyle(sheet.querySelector('thead')!).display).to.equal('table-header-group');
    expect(getComputedStyle(sheet.querySelector('tbody tr')!).breakInside).to.equal('avoid');
    const anaRow = [...sheet.querySelectorAll('tbody tr')].find((r) => textOf(r).includes(person('Ana')))!;
    expect(textOf(anaRow.lastElementChild)).to.equal('');
  });

  it('reflows at 320 px: nothing scrolls sideways but the table itself', async () => {
    await setViewport({ width: 320, height: 800 });
    const desk = await openRoster(session);
    const el = roster(desk);
    const base = deep(el, '.screen')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const check = deep(el, '.code-row .button')!.getBoundingClientRect();
    expect(check.height, 'a large target').to.be.at.least(44);
    await expect(desk).to.be.accessible();
  });
});
