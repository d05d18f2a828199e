import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { axeViolations, hasFocus, launchChromium, openPage, screenshot, tabTo } from './support/browser.mjs';
import { chooseLanguage, chooseRadio, typeInto } from './support/keyboard.mjs';
import { startMailReceiver } from './support/office-services.mjs';
import { freePort, startApi } from './support/stack.mjs';
import { queryJourney } from './support/journey-database.mjs';

/**
 * Keeping the directory true, end to end on PostgreSQL and by keyboard: a visitor reports a wrong phone in Haitian
 * Creole from the finder; an editor opens the report in the directory editor, fixes the phone, adds the provider's
 * contact and marks the Haitian Creole description reviewed (the save closes the report); the finder then shows the
 * new phone and no draft mark; the editor sends a re-verification request, the provider confirms the listing from
 * the link in the mail (a real SMTP receiver), and the badge's date moves. The HSDS export stays valid throughout.
 */
const databaseUrl = process.env.DATABASE_URL;
/**
 * Boston's sample City Hall legal clinic: staff speak Haitian Creole (the finder in Creole lists only such services),
 * an attorney badge checked long ago (the listing is overdue) and no provider contact yet.
 */
const SERVICE_NAME = 'Free immigration consultations at City Hall';
const OLD_PHONE = '617-635-2980';
const NEW_PHONE = '617-555-0142';
const PROVIDER = 'listings@city-hall-clinic.example.org';
const journey = {};
let api;
let browser;
let mail;

// The server's ajv (8, with JSON Schema 2020-12), resolved from its workspace: the root's is an older one.
const fromServer = createRequire(new URL('../../server/package.json', import.meta.url));
const Ajv2020 = fromServer('ajv/dist/2020.js').default;
const addFormats = fromServer('ajv-formats').default;
/** The HSDS 3.0 service schema the server ships (server/src/hsds/schema-3.0, with its licence). */
function hsdsServiceValidator() {
  const dir = new URL('../../server/src/hsds/schema-3.0/', import.meta.url);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), file);
  return ajv.getSchema('service.json');
}

async function assertHsdsValid(when) {
  const response = await fetch(`${api.origin}/hsds/services/${journey.serviceId}`);
  assert.equal(response.status, 200, when);
  const validate = hsdsServiceValidator();
  const service = await response.json();
  assert.ok(validate(service), `${when}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  return service;
}

const publicService = async (lang) =>
  (await fetch(`${api.origin}/v1/services/${journey.serviceId}?lang=${lang}`)).json();

/** Types a search into the page's finder once its first results are in, and sends it with Enter. */
async function searchFinder(page, words) {
  const finder = page.locator('ww-service-finder');
  await finder.locator('[part="results"][aria-busy="false"], [part="notice"]').first().waitFor({ timeout: 15_000 });
  await typeInto(page, finder.locator('#q'), words);
  await page.keyboard.press('Enter');
  return finder;
}

/** Presses the editor's section button for `heading` (a keyboard user's way down a long form). */
async function jumpTo(page, editor, heading) {
  await tabTo(page, editor.locator(`nav.section-nav button[data-section="${heading}"]`), {
    limit: 400,
    backwards: true,
  });
  await page.keyboard.press('Enter');
  assert.ok(await hasFocus(page, editor.locator(`#${heading}`)), `focus on ${heading}`);
}

/** Opens a card's full record by keyboard and answers whether it says "Translated automatically"; closes it. */
async function recordSaysDraft(page, finder, card) {
  await tabTo(page, card.locator('.card__open'));
  await page.keyboard.press('Enter');
  const detail = finder.locator('dialog[open] .detail');
  await detail.waitFor({ timeout: 15_000 });
  const notes = await detail.locator(':scope > p.note').count();
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached' });
  return notes > 0;
}

const reportStatus = async () =>
  (await queryJourney(databaseUrl, `SELECT status FROM service_reports WHERE id = $1`, [journey.reportId])).rows[0]
    ?.status;

const providerMail = () =>
  mail.receiver.messages.filter((m) => m.to.includes(PROVIDER)).map((m) => mail.parseMail(m.raw));

describe('keeping the directory true (PostgreSQL)', { skip: !databaseUrl && 'needs DATABASE_URL' }, () => {
  before(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await client.end();
    mail = await startMailReceiver();
    const port = await freePort();
    api = await startApi({
      port,
      databaseUrl,
      env: {
        WW_PUBLIC_URL: `http://127.0.0.1:${port}`,
        WW_SMTP_URL: mail.receiver.url,
        WW_MAIL_FROM: 'directory@office.example',
        WW_JOB_POLL_MS: '500',
      },
    });
    browser = await launchChromium();
    const { rows } = await queryJourney(databaseUrl, `SELECT id FROM services WHERE name = $1`, [SERVICE_NAME]);
    assert.equal(rows.length, 1, 'the sample service is seeded');
    journey.serviceId = rows[0].id;
    journey.before = await publicService('en');
    journey.badgeBefore = journey.before.badges.find((b) => b.code === 'attorney');
    assert.ok(journey.badgeBefore.overdue, 'the sample badge is overdue to begin with');
    await assertHsdsValid('as seeded');
  });
  after(async () => {
    await browser?.close();
    await api?.close();
    await mail?.receiver.stop();
  });

  test('a visitor reports a wrong phone in Haitian Creole from the finder', async () => {
    const page = await openPage(browser, `${api.origin}/demo/index.html`);
    await chooseLanguage(page, page.locator('header ww-language-picker'), 'Krey');
    await page.waitForFunction(() => document.documentElement.lang === 'ht');
    const finder = await searchFinder(page, 'City Hall');
    const card = finder.locator('.card', { hasText: 'City Hall' }).first();
    await card.waitFor({ timeout: 15_000 });
    assert.ok(await recordSaysDraft(page, finder, card), 'the Creole description is a draft, and says so');
    const report = card.locator('[data-report]');
    await tabTo(page, report);
    await page.keyboard.press('Enter');
    const form = card.locator('form');
    await form.waitFor({ timeout: 15_000 });
    await chooseRadio(page, form, 'wrong-phone');
    await typeInto(page, form.locator('textarea'), `Nimewo ${OLD_PHONE} la pa bon ankò.`);
    await tabTo(page, form.locator('button[type="submit"]'));
    await page.keyboard.press('Enter');
    await card.locator('[role="status"]').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'directory-care-reported');
    assert.deepEqual(page.problems, []);
    await page.context().close();
    const { rows } = await queryJourney(
      databaseUrl,
      `SELECT id, kind, locale, status FROM service_reports WHERE service_id = $1`,
      [journey.serviceId],
    );
    assert.equal(rows.length, 1);
    assert.deepEqual([rows[0].kind, rows[0].locale, rows[0].status], ['wrong-phone', 'ht', 'open']);
    journey.reportId = rows[0].id;
  });

  test('an editor opens the report, fixes the phone, adds the contact, reviews the Creole text', async () => {
    const page = await openPage(browser, api.demoSignIn);
    journey.desk = page;
    const desk = page.locator('ww-staff-desk');
    await desk.locator('nav a[href^="#reports"]').waitFor({ timeout: 15_000 });
    await tabTo(page, desk.locator('nav a[href^="#reports"]'));
    await page.keyboard.press('Enter');
    const open = desk.locator(`a[href*="report=${journey.reportId}"]`);
    await open.waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(page), []);
    await tabTo(page, open);
    await page.keyboard.press('Enter');

    const editor = desk.locator('ww-staff-service');
    await editor.locator('form.editor').waitFor({ timeout: 15_000 });
    // The report is beside the form, with "this save fixes it" ticked.
    assert.ok(await editor.locator('input[name="fixes-report"]').isChecked());
    const phones = editor.locator('input[id^="f-phones-"][id$="-number"]');
    const count = await phones.count();
    let wrong;
    for (let i = 0; i < count; i++) if ((await phones.nth(i).inputValue()) === OLD_PHONE) wrong = phones.nth(i);
    assert.ok(wrong, 'the reported number is in the form');
    // The form is long (every language's texts): the section buttons at its top move focus to a section's heading.
    await jumpTo(page, editor, 'phones-title');
    await tabTo(page, wrong);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(NEW_PHONE);
    await jumpTo(page, editor, 'availability-title');
    await typeInto(page, editor.locator('#f-verification_contact'), PROVIDER);
    // Enter in a field sends the form, as in any form.
    await page.keyboard.press('Enter');
    // Saved: the report is closed by it.
    for (let i = 0; i < 60 && (await reportStatus()) !== 'closed'; i++) await new Promise((r) => setTimeout(r, 250));
    assert.equal(await reportStatus(), 'closed');

    const review = editor.locator('#review-description-ht');
    await review.waitFor();
    await jumpTo(page, editor, 'texts-title');
    await tabTo(page, review, { limit: 400 });
    await page.keyboard.press('Enter');
    await review.waitFor({ state: 'detached', timeout: 15_000 });
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'directory-care-edited');
    assert.deepEqual(page.problems, []);

    const { rows } = await queryJourney(
      databaseUrl,
      `SELECT status, resolution, change_id FROM service_reports WHERE id = $1`,
      [journey.reportId],
    );
    assert.deepEqual([rows[0].status, rows[0].resolution], ['closed', 'fixed']);
    assert.ok(rows[0].change_id, 'closed by the save that fixed it');
    const hsds = await assertHsdsValid('after the edit and the review');
    assert.ok(hsds.phones.some((p) => p.number === NEW_PHONE));
  });

  test('the finder shows the new phone, and the Creole description is no longer a draft', async () => {
    const record = await publicService('ht');
    assert.ok(record.phones.some((p) => p.number === NEW_PHONE));
    assert.ok(!record.phones.some((p) => p.number === OLD_PHONE));
    assert.equal(record.content.locale, 'ht');
    assert.notEqual(record.content.method, 'machine');

    const page = await openPage(browser, `${api.origin}/demo/index.html`);
    await chooseLanguage(page, page.locator('header ww-language-picker'), 'Krey');
    await page.waitForFunction(() => document.documentElement.lang === 'ht');
    const finder = await searchFinder(page, 'City Hall');
    const card = finder.locator('.card', { hasText: 'City Hall' }).first();
    await card.waitFor({ timeout: 15_000 });
    await card.locator(`a[href^="tel:"]`, { hasText: NEW_PHONE }).first().waitFor({ timeout: 15_000 });
    assert.equal(await recordSaysDraft(page, finder, card), false, 'no draft mark once reviewed');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the provider confirms the listing from the mailed link; the badge date moves', async () => {
    const page = journey.desk;
    const desk = page.locator('ww-staff-desk');
    await page.evaluate(() => {
      window.location.hash = '#verification?state=overdue';
    });
    const select = desk.locator(`#select-${journey.serviceId}`);
    await select.waitFor({ timeout: 15_000 });
    await tabTo(page, select);
    await page.keyboard.press('Space');
    const send = desk.locator('ww-staff-verification form.due-form button[type="submit"]');
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 240 && providerMail().length === 0; i++) await new Promise((r) => setTimeout(r, 250));
    const [message] = providerMail();
    assert.ok(message, 'the request reaches the provider');
    const link = /https?:\/\/\S+\/v\/[\w.-]+/.exec(message.text)?.[0];
    assert.ok(link, 'the mail holds the signed link');
    assert.deepEqual(await axeViolations(page), []);

    const provider = await openPage(browser, link);
    const confirm = provider.locator(`form[action*="/confirm"] button[type="submit"]`);
    await tabTo(provider, confirm);
    await Promise.all([provider.waitForNavigation(), provider.keyboard.press('Enter')]);
    assert.deepEqual(await axeViolations(provider), []);
    await provider.context().close();

    const after = await publicService('en');
    const badge = after.badges.find((b) => b.code === 'attorney');
    assert.notEqual(badge.verified, journey.badgeBefore.verified, "the badge's date moved");
    assert.ok(badge.verified > journey.badgeBefore.verified);
    assert.equal(badge.overdue, false);
    assert.equal(after.verification.overdue, false);
    // The link works once.
    const again = await fetch(`${link}/confirm`, { method: 'POST' });
    assert.ok([404, 410].includes(again.status));
    await assertHsdsValid('after the provider confirmed');
    await page.context().close();
  });
});
