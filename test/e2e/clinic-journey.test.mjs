import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { axeViolations, hasFocus, launchChromium, openPage, screenshot, tabTo } from './support/browser.mjs';
import { chooseLanguage, chooseRadio, selectByArrows, typeInto } from './support/keyboard.mjs';
import { words } from './support/messages.mjs';
import { startMailReceiver } from './support/office-services.mjs';
import { freePort, startApi } from './support/stack.mjs';

/**
 * Running a clinic, end to end and keyboard only, on two server processes that
 * share one PostgreSQL database (as an office runs it): an organizer creates a
 * legal clinic of four weekly sessions with 10 places, held in Spanish and
 * Bangla; a visitor signs up in Bangla on the library page; the confirmation
 * arrives in Bangla with the .ics and the QR code; the clock of both processes
 * moves to the day before and the reminder arrives once; the organizer cancels
 * the second session and the notice arrives; at the clinic the person is
 * checked in from a picture of the QR code in their mail; the dashboard counts
 * the attendance. Mail goes through a real SMTP receiver.
 */
const databaseUrl = process.env.DATABASE_URL;
const LIBRARY_LOCATION = 'a9bf9e29-6bfc-5b3b-9573-d6e6ab1689eb';
const VISITOR = { name: 'Rahima Begum', email: 'rahima.begum@example.org' };
const ZONE = 'America/New_York';
const journey = { title: `Free legal clinic ${Math.random().toString(36).slice(2, 7)}` };
let apis = [];
let browser;
let mail;
let scratch;
let clockFile;

/** `YYYY-MM-DD` of an instant in the clinic's zone. */
const localDay = (date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);
const plusDays = (day, n) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Mail the visitor received so far, parsed, oldest first. */
const visitorMail = () =>
  mail.receiver.messages.filter((m) => m.to.includes(VISITOR.email)).map((m) => mail.parseMail(m.raw));

async function mailCount(n, what) {
  for (let i = 0; i < 240 && visitorMail().length < n; i++) await new Promise((r) => setTimeout(r, 250));
  assert.equal(visitorMail().length, n, what);
  return visitorMail()[n - 1];
}

/** Moves the clock of every server process (lib/clock.ts reads the file at most once a second). */
function setClock(at) {
  writeFileSync(clockFile, String(at.getTime() - Date.now()));
}

const subjectStart = (id) => words(id, 'bn', '\u0000').split('\u0000')[0];

describe(
  'running a clinic (two server processes on PostgreSQL)',
  { skip: !databaseUrl && 'needs DATABASE_URL' },
  () => {
    before(async () => {
      // A fresh schema: the server migrates and seeds an empty database once, then a second process joins it.
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      await client.end();
      scratch = mkdtempSync(join(tmpdir(), 'ww-clinic-'));
      clockFile = join(scratch, 'clock-offset');
      writeFileSync(clockFile, '0');
      mail = await startMailReceiver();
      const [portA, portB] = [await freePort(), await freePort()];
      const origin = `http://127.0.0.1:${portA}`;
      const env = {
        WW_PUBLIC_URL: origin,
        WW_SMTP_URL: mail.receiver.url,
        WW_MAIL_FROM: 'clinics@office.example',
        WW_TEST_CLOCK_FILE: clockFile,
        WW_JOB_POLL_MS: '500',
      };
      apis.push(await startApi({ port: portA, databaseUrl, env }));
      apis.push(await startApi({ port: portB, databaseUrl, env }));
      journey.origin = origin;
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      for (const api of apis) await api.close();
      await mail?.receiver.stop();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    test('an organizer signs in and creates a clinic of four weekly sessions, 10 places, in Spanish and Bangla', async () => {
      const page = await openPage(browser, apis[0].demoSignIn);
      journey.desk = page;
      const desk = page.locator('ww-staff-desk');
      const menu = desk.locator('nav a[href="#events"]');
      await menu.waitFor();
      await tabTo(page, menu);
      await page.keyboard.press('Enter');
      const create = desk.locator('ww-staff-events a.button--primary');
      await tabTo(page, create);
      await page.keyboard.press('Enter');

      const editor = desk.locator('ww-staff-event');
      await editor.locator(`#f-place option[value="${LIBRARY_LOCATION}"]`).waitFor({ state: 'attached' });
      await typeInto(page, editor.locator('#f-title_en'), journey.title);
      await selectByArrows(page, editor.locator('#f-place'), LIBRARY_LOCATION);
      await selectByArrows(page, editor.locator('#f-type'), 'legal-clinic');
      for (const language of ['es', 'bn']) {
        await selectByArrows(page, editor.locator('#f-language_pick'), language);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      }
      await chooseRadio(page, editor.locator('#f-registration_mode'), 'series');
      await typeInto(page, editor.locator('#f-capacity'), '10');

      // The first session three days from now at 10 am, on the library's clock; weekly, four sessions.
      journey.first = plusDays(localDay(new Date()), 3);
      const [year, month, day] = journey.first.split('-');
      await typeInto(page, editor.locator('#f-start_date'), `${month}${day}${year}`);
      await typeInto(page, editor.locator('#f-start_time'), '1000A');
      await selectByArrows(page, editor.locator('#f-repeat'), 'weekly');
      await editor.locator('#f-count').waitFor();
      await page.keyboard.press('Tab');
      await typeInto(page, editor.locator('#f-count'), '4');
      await editor.locator('#rule-summary', { hasText: '4 sessions' }).waitFor();
      assert.match(await editor.locator('#rule-summary').innerText(), /^Every week on \w+day at 10:00\sAM, 4 sessions/);

      await tabTo(page, editor.locator('form.editor button[type="submit"]'));
      await page.keyboard.press('Enter');
      await editor.locator('table.sessions tbody tr').nth(3).waitFor({ timeout: 15_000 });
      journey.eventId = /#event\/([0-9a-f-]{36})/.exec(page.url())[1];
      assert.equal(await editor.locator('table.sessions tbody tr').count(), 4);
      journey.keys = [0, 7, 14, 21].map((n) => `${plusDays(journey.first, n)}T10:00`);
      assert.deepEqual(
        await editor.locator('table.sessions tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.key)),
        journey.keys,
      );
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, 'clinic-journey-editor');
    });

    test('a visitor signs up for the series in Bangla from the library page', async () => {
      const page = await openPage(browser, `${journey.origin}/demo/library.html`);
      await chooseLanguage(page, page.locator('header ww-language-picker'), 'বাংলা');
      await page.waitForFunction(() => document.documentElement.lang === 'bn');
      const calendar = page.locator('ww-clinic-calendar');
      await calendar.locator('[aria-busy="false"]').first().waitFor();
      const list = calendar.getByRole('button', { name: words('calendar.view-list', 'bn'), exact: true });
      await tabTo(page, list);
      if ((await list.getAttribute('aria-pressed')) !== 'true') await page.keyboard.press('Enter');
      const title = calendar.locator('[part="event-title"]', { hasText: journey.title }).first();
      await tabTo(page, title);
      await page.keyboard.press('Enter');

      const registration = calendar.locator('ww-event-registration');
      await registration.locator('#f-name').waitFor();
      await typeInto(page, registration.locator('#f-name'), VISITOR.name);
      await chooseRadio(
        page,
        registration
          .locator('fieldset')
          .filter({ has: page.locator('input[value="email"]') })
          .first(),
        'email',
      );
      await typeInto(page, registration.locator('#f-email'), VISITOR.email);
      await tabTo(page, registration.locator('[part="submit"]'));
      await page.keyboard.press('Enter');
      const done = registration.locator('#done-heading');
      await done.waitFor({ timeout: 15_000 });
      assert.ok(await hasFocus(page, done), 'focus moves to the confirmation');
      assert.equal((await done.textContent()).trim(), words('registration.done.confirmed', 'bn'));
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });

    test('the confirmation arrives in Bangla, with the .ics and the QR code to check in with', async () => {
      const confirmation = await mailCount(1, 'one confirmation');
      assert.equal(confirmation.headers.get('content-language'), 'bn');
      assert.ok(confirmation.headers.get('subject').startsWith(subjectStart('mail.confirmed.subject')));
      assert.match(confirmation.text, /[\u0980-\u09FF]/, 'written in Bangla');
      assert.ok(confirmation.text.includes(journey.title));
      const ics = confirmation.attachments.find((a) => /^text\/calendar/i.test(a.contentType));
      assert.ok(ics, 'the .ics is attached');
      assert.match(ics.content.toString('utf8'), /BEGIN:VEVENT[\s\S]*SUMMARY:[\s\S]*END:VEVENT/);
      const qr = confirmation.attachments.find((a) => /^image\//i.test(a.contentType));
      assert.ok(qr?.cid && confirmation.html.includes(`cid:${qr.cid}`), 'the QR code is shown in the mail');
      journey.qrPicture = join(scratch, `checkin.${qr.contentType.split('/')[1].split(';')[0]}`);
      writeFileSync(journey.qrPicture, qr.content);
      journey.code = /\b([0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(confirmation.text)?.[1];
      assert.ok(journey.code, 'the code is in the text too, for typing');
    });

    test('the day before, the reminder arrives once, though two processes sweep', async () => {
      const detail = await (await fetch(`${journey.origin}/v1/events/${journey.eventId}`)).json();
      const start = new Date(detail.start);
      assert.equal(localDay(start), journey.first);
      setClock(new Date(start.getTime() - 23 * 3600_000));
      const reminder = await mailCount(2, 'the reminder');
      assert.equal(reminder.headers.get('content-language'), 'bn');
      assert.ok(reminder.headers.get('subject').startsWith(subjectStart('mail.reminder.subject')));
      assert.ok(reminder.headers.get('list-unsubscribe'), 'a way to stop reminders');
      // Two more sweeps on each process, a minute later on the clock: still one reminder.
      setClock(new Date(start.getTime() - 22 * 3600_000));
      await new Promise((r) => setTimeout(r, 6000));
      assert.equal(visitorMail().length, 2, 'no second reminder');
      setClock(new Date());
    });

    test('the organizer cancels the second session; the notice arrives in Bangla', async () => {
      const page = journey.desk;
      const editor = page.locator('ww-staff-desk ww-staff-event');
      const cancel = editor.locator(`tr[data-key="${journey.keys[1]}"] button[data-action="cancel"]`);
      await tabTo(page, cancel);
      await page.keyboard.press('Enter');
      const confirm = editor.locator('dialog button[data-confirm="yes"]');
      await confirm.waitFor();
      await tabTo(page, confirm);
      await page.keyboard.press('Enter');
      await editor.locator(`tr[data-key="${journey.keys[1]}"] .session-status`, { hasText: 'Cancelled' }).waitFor();
      const notice = await mailCount(3, 'the cancellation notice');
      assert.equal(notice.headers.get('content-language'), 'bn');
      assert.ok(notice.headers.get('subject').startsWith(subjectStart('mail.cancelled.subject')));
      const feed = await (await fetch(`${journey.origin}/v1/events/${journey.eventId}/event.ics`)).text();
      assert.match(feed, /RECURRENCE-ID[^\r\n]*:\d{8}T100000\r\n(?:[^\r\n]*\r\n)*?STATUS:CANCELLED/);
    });

    test('at the clinic the person is checked in from a picture of the QR code in their mail', async () => {
      const page = journey.desk;
      const editor = page.locator('ww-staff-desk ww-staff-event');
      const rosterLink = editor.locator(`tr[data-key="${journey.keys[0]}"] a`).first();
      await tabTo(page, rosterLink);
      await page.keyboard.press('Enter');
      const roster = page.locator('ww-staff-desk ww-staff-roster');
      // The roster loaded (its own heading, where the desk puts focus on arriving), so focus stays where Tab puts it.
      await roster.locator('.roster-head h1').waitFor();
      const picture = roster.locator('input#picture');
      await picture.waitFor({ state: 'attached' });
      await tabTo(page, picture);
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (await chooser).setFiles(journey.qrPicture);
      await roster.locator('.outcome', { hasText: 'Checked in:' }).waitFor({ timeout: 15_000 });
      assert.ok((await roster.locator('.outcome').innerText()).includes(VISITOR.name));
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, 'clinic-journey-checked-in');
      assert.deepEqual(page.problems, []);
    });

    test('the dashboard counts the attendance (small numbers hidden as such)', async () => {
      const month = journey.first.slice(0, 7);
      const stats = await (await fetch(`${journey.origin}/v1/stats/inquiries?from=${month}&to=${month}`)).json();
      const clinic = stats.attendance.by_type.find((cell) => cell.key === 'legal-clinic');
      assert.ok(clinic, 'legal clinics are counted');
      assert.ok(clinic.suppressed || clinic.attended >= 1, JSON.stringify(clinic));
      const page = await openPage(browser, `${journey.origin}/demo/council.html`);
      const dashboard = page.locator('ww-inquiry-stats');
      await dashboard.evaluate((el, m) => {
        el.setAttribute('from', m);
        el.setAttribute('to', m);
      }, month);
      const section = dashboard.locator('[data-section="attendance"]');
      const asTable = section.locator('button.toggle');
      await asTable.waitFor({ timeout: 15_000 });
      await tabTo(page, asTable);
      await page.keyboard.press('Enter');
      const table = section.locator('table');
      await table.waitFor();
      assert.match(await table.innerText(), /Legal clinic/);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  },
);
