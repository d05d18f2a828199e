import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { axeViolations, hasFocus, launchChromium, openPage, screenshot, tabTo } from './support/browser.mjs';
import { chooseLanguage, chooseRadio, typeInto } from './support/keyboard.mjs';
import { startMailReceiver } from './support/office-services.mjs';
import { freePort, startApi } from './support/stack.mjs';
import { queryJourney } from './support/journey-database.mjs';

/**
 * An appointment, end to end and keyboard only, on PostgreSQL: on the library page, in Wolof, a visitor books an
 * IDNYC enrollment with a Wolof interpreter; the confirmation arrives in Wolof with the .ics, what to bring and the
 * manage link; from that link the visitor moves it to another time and the notice arrives; at the library the
 * organizer checks the person in on the day's schedule. Mail goes through a real SMTP receiver.
 */
const databaseUrl = process.env.DATABASE_URL;
const LIBRARY_LOCATION = 'a9bf9e29-6bfc-5b3b-9573-d6e6ab1689eb';
const VISITOR = { name: 'Awa Ndiaye', email: 'awa.ndiaye@example.org' };
const ZONE = 'America/New_York';
const journey = {};
let api;
let browser;
let mail;

/** `YYYY-MM-DD` of an instant in the library's zone. */
const localDay = (date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);

/** Mail the visitor received so far, parsed, oldest first. */
const visitorMail = () =>
  mail.receiver.messages.filter((m) => m.to.includes(VISITOR.email)).map((m) => mail.parseMail(m.raw));

async function mailCount(n, what) {
  for (let i = 0; i < 240 && visitorMail().length < n; i++) await new Promise((r) => setTimeout(r, 250));
  assert.equal(visitorMail().length, n, what);
  return visitorMail()[n - 1];
}

/** The DTSTART of the .ics attached to a mail, as an instant. */
function icsStart(message) {
  const ics = message.attachments.find((a) => /^text\/calendar/i.test(a.contentType));
  assert.ok(ics, 'the .ics is attached');
  const text = ics.content.toString('utf8');
  assert.match(text, /BEGIN:VEVENT[\s\S]*END:VEVENT/);
  return text;
}

describe('an appointment in Wolof (PostgreSQL)', { skip: !databaseUrl && 'needs DATABASE_URL' }, () => {
  before(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await client.end();
    mail = await startMailReceiver();
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    api = await startApi({
      port,
      databaseUrl,
      env: {
        WW_PUBLIC_URL: origin,
        WW_SMTP_URL: mail.receiver.url,
        WW_MAIL_FROM: 'appointments@office.example',
        WW_JOB_POLL_MS: '500',
      },
    });
    journey.origin = origin;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await api?.close();
    await mail?.receiver.stop();
  });

  test('on the library page in Wolof, a visitor books an IDNYC enrollment with a Wolof interpreter', async () => {
    const page = await openPage(browser, `${journey.origin}/demo/library.html`);
    await chooseLanguage(page, page.locator('header ww-language-picker'), 'Wolof');
    await page.waitForFunction(() => document.documentElement.lang === 'wo');
    const booking = page.locator('ww-appointment-booking');
    const idnyc = booking.locator('[part="type"]', { hasText: 'IDNYC' });
    await idnyc.waitFor({ timeout: 15_000 });
    await tabTo(page, idnyc);
    await page.keyboard.press('Enter');

    // The interpreter is asked for in the page's language: Wolof, preselected.
    const interpreter = booking.locator('#f-interpreter');
    await interpreter.waitFor();
    assert.equal(await interpreter.inputValue(), 'wo');
    const firstTime = booking.locator('[part="time"]').first();
    await firstTime.waitFor({ timeout: 15_000 });
    // The grid: one tab stop; the first free day is chosen. A time holds the slot and focus goes on to the details.
    await tabTo(page, firstTime);
    journey.firstLabel = (await firstTime.innerText()).trim();
    await page.keyboard.press('Enter');
    const name = booking.locator('#f-name');
    await name.waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(page), []);
    await typeInto(page, name, VISITOR.name);
    await chooseRadio(page, booking.locator('fieldset').filter({ has: page.locator('input[value="email"]') }), 'email');
    await typeInto(page, booking.locator('#f-email'), VISITOR.email);
    await tabTo(page, booking.locator('[part="submit"]'));
    await page.keyboard.press('Enter');

    const done = booking.locator('#done-heading');
    await done.waitFor({ timeout: 15_000 });
    assert.ok(await hasFocus(page, done), 'focus moves to the confirmation');
    assert.equal(await page.locator('html').getAttribute('lang'), 'wo');
    journey.manage = await booking.locator('.confirmation a').first().getAttribute('href');
    assert.match(journey.manage, /\/a\/[\w-]{20,}$/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'appointment-journey-booked');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the confirmation arrives in Wolof, with the .ics, what to bring and the manage link', async () => {
    const confirmation = await mailCount(1, 'one confirmation');
    assert.equal(confirmation.headers.get('content-language'), 'wo');
    journey.firstIcs = icsStart(confirmation);
    assert.ok(confirmation.text.includes('IDNYC'));
    assert.ok(confirmation.text.includes(new URL(journey.manage, journey.origin).pathname), 'the manage link');
    const { rows } = await queryJourney(
      databaseUrl,
      `SELECT id, interpreter, language, starts_at FROM appointments WHERE status = 'booked' ORDER BY created_at`,
    );
    assert.equal(rows.length, 1);
    assert.deepEqual([rows[0].interpreter, rows[0].language], ['wo', 'wo']);
    journey.appointmentId = rows[0].id;
    journey.start = new Date(rows[0].starts_at);
  });

  test('from the manage link, the visitor moves it to another time; the notice arrives in Wolof', async () => {
    const page = await openPage(browser, new URL(journey.manage, journey.origin).href);
    assert.equal(await page.locator('html').getAttribute('lang'), 'wo');
    const other = page.locator('form[action$="/move"] button').nth(1);
    await other.waitFor();
    await tabTo(page, other);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();

    const moved = await mailCount(2, 'the notice of the move');
    assert.equal(moved.headers.get('content-language'), 'wo');
    const movedIcs = icsStart(moved);
    // The event's own start (the time zone's rules have starts of their own, before it).
    const eventStart = (ics) => /BEGIN:VEVENT[\s\S]*?(DTSTART[^\r\n]*)/.exec(ics)[1];
    assert.notEqual(eventStart(movedIcs), eventStart(journey.firstIcs));
    assert.match(movedIcs, /SEQUENCE:[1-9]/, 'the calendar entry is updated, not doubled');
    const { rows } = await queryJourney(databaseUrl, `SELECT starts_at, moved_from FROM appointments WHERE id = $1`, [
      journey.appointmentId,
    ]);
    assert.equal(new Date(rows[0].moved_from).getTime(), journey.start.getTime());
    journey.start = new Date(rows[0].starts_at);
  });

  test("at the library the organizer checks the person in on the day's schedule", async () => {
    const page = await openPage(browser, api.demoSignIn);
    const desk = page.locator('ww-staff-desk');
    await desk.locator('nav a[href="#events"]').waitFor();
    // The schedule of the appointment's day at the library, as a bookmarked address opens it.
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#appointments?location=${LIBRARY_LOCATION}&date=${localDay(journey.start)}`,
    );
    const row = desk.locator(`tr[data-id="${journey.appointmentId}"]`);
    await row.waitFor({ timeout: 15_000 });
    assert.match(await row.innerText(), new RegExp(VISITOR.name));
    const checkIn = row.locator('button[data-action="check-in"]');
    await tabTo(page, checkIn);
    await page.keyboard.press('Enter');
    await row.locator('button[data-action="check-in"]').waitFor({ state: 'detached', timeout: 15_000 });
    const { rows } = await queryJourney(databaseUrl, `SELECT status, checked_in_at FROM appointments WHERE id = $1`, [
      journey.appointmentId,
    ]);
    assert.equal(rows[0].status, 'checked_in');
    assert.ok(rows[0].checked_in_at);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'appointment-journey-checked-in');
    assert.deepEqual(page.problems, []);
  });
});
