import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasFocus, openPage, screenshot, tabTo } from './support/browser.mjs';
import { chooseLanguage, chooseRadio, selectByArrows, typeInto } from './support/keyboard.mjs';
import { words } from './support/messages.mjs';
import { STAFF_TOKEN } from './support/stack.mjs';
import { useStack } from './support/suite.mjs';

/**
 * The visitor's journeys on the demo pages as `npm start` serves them (the
 * script-tag bundle under the demo's strict CSP, the reference server on its
 * embedded database), keyboard only, in a fresh browser context each.
 */
const stack = useStack();
const demo = (page) => `${stack.api.origin}/demo/${page}`;

async function settledFinder(finder) {
  await finder.locator('[part="results"][aria-busy="false"], [part="notice"]').first().waitFor();
}

/** Searches with the keyboard, opens the first result's detail, and closes it with focus back on the result. */
async function findAndOpen(page, finder, shot) {
  await settledFinder(finder);
  await typeInto(page, finder.locator('#q'), 'citizenship');
  await page.keyboard.press('Enter');
  await finder.locator('[part="results"][aria-busy="false"] .card').first().waitFor();
  const first = finder.locator('.card__open').first();
  const name = (await first.textContent()).trim();
  assert.match(name, /citizenship/i);

  await tabTo(page, first);
  await page.keyboard.press('Enter');
  const dialog = finder.locator('dialog[open]');
  await dialog.locator('.detail').waitFor();
  assert.equal((await dialog.locator('#detail-title').textContent()).trim(), name);
  await screenshot(page, shot, { fullPage: false });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(await hasFocus(page, first), 'focus returns to the result that opened the detail');
}

/** Chooses a language in the page's header picker with the keyboard; every widget listed follows. */
async function switchAll(page, widgets, typed, code) {
  await chooseLanguage(page, page.locator('header ww-language-picker'), typed);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
  for (const widget of widgets) await widget.locator(`[part~="base"][lang="${code}"]`).first().waitFor();
}

describe('partner page (demo/index.html)', () => {
  test('finds a service by searching, opens its detail and returns to the result', async () => {
    const page = await openPage(stack.browser, demo('index.html'));
    await findAndOpen(page, page.locator('ww-service-finder'), 'journey-finder-detail');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('one picker switches every widget on the page: Spanish, then Arabic right to left', async () => {
    const page = await openPage(stack.browser, demo('index.html'));
    const finder = page.locator('ww-service-finder');
    const form = page.locator('ww-inquiry-form');
    await settledFinder(finder);

    // The bilingual toggle further down the page, not the header picker.
    const toggle = page.locator('ww-language-picker[variant="toggle"]');
    await tabTo(page, toggle.locator('button', { hasText: 'Español' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    for (const widget of [finder, form]) {
      await widget.locator('[part="base"][lang="es"]').waitFor();
    }
    assert.equal((await finder.locator('label[for="q"]').textContent()).trim(), words('finder.search-label', 'es'));
    assert.match(await form.locator('[part="base"]').innerText(), new RegExp(words('inquiry.heading', 'es')));
    await page
      .locator('header ww-language-picker [part="button"][lang="es"], header ww-language-picker [part="button"]')
      .first()
      .waitFor();

    await chooseLanguage(page, page.locator('header ww-language-picker'), 'العربية');
    await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
    for (const widget of [finder, form]) {
      await widget.locator('[part="base"][lang="ar"][dir="rtl"]').waitFor();
    }
    assert.equal((await finder.locator('label[for="q"]').textContent()).trim(), words('finder.search-label', 'ar'));
    await screenshot(page, 'journey-switch-arabic');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('council page (demo/council.html)', () => {
  test('the header picker switches the dashboard and the form, right to left in Urdu', async () => {
    const page = await openPage(stack.browser, demo('council.html'));
    const widgets = [page.locator('ww-inquiry-stats'), page.locator('ww-inquiry-form')];
    await widgets[0].locator('[part~="base"]').waitFor();
    await switchAll(page, widgets, 'Urdu', 'ur');
    for (const widget of widgets) await widget.locator('[part~="base"][dir="rtl"]').waitFor();
    // The page names the form itself (channel-label); its own words follow the picker.
    assert.equal((await widgets[1].locator('[part="submit"]').innerText()).trim(), words('inquiry.submit', 'ur'));
    await screenshot(page, 'journey-council-urdu');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('submits an inquiry with the keyboard; the office receives it once', async () => {
    const page = await openPage(stack.browser, demo('council.html'), { viewport: { width: 420, height: 900 } });
    const form = page.locator('ww-inquiry-form');
    await form.locator('#f-topic option[value="municipal-id"]').waitFor({ state: 'attached' });

    await selectByArrows(page, form.locator('#f-topic'), 'municipal-id');
    await typeInto(page, form.locator('#f-message'), 'Where can I apply for IDNYC near Flatbush?');
    await chooseRadio(
      page,
      form
        .locator('[role="radiogroup"], fieldset')
        .filter({ has: page.locator('input[type="radio"]') })
        .first(),
      'email',
    );
    await typeInto(page, form.locator('#f-email'), 'reader@example.org');
    await tabTo(page, form.locator('#f-consent'));
    await page.keyboard.press('Space');
    await tabTo(page, form.locator('[part="submit"]'));
    await page.keyboard.press('Enter');

    const code = form.locator('[part="confirmation"] .reference__code').first();
    await code.waitFor({ timeout: 15_000 });
    const reference = (await code.textContent()).trim();
    await screenshot(page, 'journey-inquiry-sent');

    const response = await fetch(`${stack.api.origin}/v1/staff/inquiries?q=${encodeURIComponent(reference)}`, {
      headers: { Authorization: `Bearer ${STAFF_TOKEN}` },
    });
    const found = await response.json();
    assert.equal(found.total, 1, `one inquiry with reference ${reference}`);
    assert.equal(found.items[0].topic, 'municipal-id');
    assert.equal(found.items[0].channel, 'web');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('library page (demo/library.html)', () => {
  test('finds a service in the branch finder and opens its detail', async () => {
    const page = await openPage(stack.browser, demo('library.html'));
    await findAndOpen(page, page.locator('#help'), 'journey-library-finder-detail');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the header picker switches the corner panel, the finder and the calendar', async () => {
    const page = await openPage(stack.browser, demo('library.html'));
    await settledFinder(page.locator('#help'));
    const widgets = [page.locator('ww-corner-panel'), page.locator('#help'), page.locator('main > ww-clinic-calendar')];
    await switchAll(page, widgets, 'Haiti', 'ht');
    assert.equal((await page.locator('#help label[for="q"]').textContent()).trim(), words('finder.search-label', 'ht'));
    await screenshot(page, 'journey-library-haitian-creole');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('registers for a legal clinic from the calendar, with focus on the confirmation', async () => {
    const page = await openPage(stack.browser, demo('library.html'));
    const calendar = page.locator('ww-clinic-calendar');
    await calendar.locator('[aria-busy="false"]').first().waitFor();

    const list = calendar.getByRole('button', { name: words('calendar.view-list', 'en'), exact: true });
    await tabTo(page, list);
    if ((await list.getAttribute('aria-pressed')) !== 'true') await page.keyboard.press('Enter');
    const title = calendar.locator('[part="event-title"]', { hasText: 'Free immigration legal clinic' }).first();
    await tabTo(page, title);
    await page.keyboard.press('Enter');

    const registration = calendar.locator('ww-event-registration');
    await registration.locator('#f-name').waitFor();
    await typeInto(page, registration.locator('#f-name'), 'Marie Joseph');
    await chooseRadio(
      page,
      registration
        .locator('fieldset')
        .filter({ has: page.locator('input[value="phone"]') })
        .first(),
      'phone',
    );
    await typeInto(page, registration.locator('#f-phone'), '718-555-0160');
    await tabTo(page, registration.locator('[part="submit"]'));
    await page.keyboard.press('Enter');

    const done = registration.locator('#done-heading');
    await done.waitFor({ timeout: 15_000 });
    assert.ok(await hasFocus(page, done), 'focus moves to the confirmation');
    const text = (await done.textContent()).trim();
    assert.ok(
      text === words('registration.done.confirmed', 'en') ||
        text.startsWith(words('registration.done.waitlisted', 'en', '')),
      text,
    );
    assert.ok(await registration.locator('[part="calendar-link"][download]').count(), 'offers the .ics');
    await screenshot(page, 'journey-registered');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
