import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { build } from 'vite';
import { axeViolations, hasFocus, openPage, screenshot, tabTo } from './support/browser.mjs';
import { chooseLanguage } from './support/keyboard.mjs';
import { words } from './support/messages.mjs';
import { root } from './support/stack.mjs';
import { useStack } from './support/suite.mjs';

/**
 * The React wrapper (`welcome-widgets/react`) in a partner's React 19 app:
 * test/e2e/react-app, built with Vite the way a partner would (its own config,
 * not the library's), importing the package by name, which resolves to the
 * built dist/react.js. The partner site serves it on its own origin under a
 * strict CSP with Trusted Types; the widgets talk to the reference server.
 */
const stack = useStack();
const app = () => `${stack.partner.origin}/react/`;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/react.js')), 'dist/react.js is missing: run `npm run build` first');
  await build({
    root: join(root, 'test/e2e/react-app'),
    base: '/react/',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: join(root, 'test-results/e2e/react-app'), emptyOutDir: true },
  });
});

/** The app with the finder's and the calendar's first answers shown. */
async function openApp() {
  const page = await openPage(stack.browser, app());
  const finder = page.locator('ww-service-finder');
  const calendar = page.locator('ww-clinic-calendar');
  await finder.locator('[part="results"][aria-busy="false"] .card').first().waitFor();
  await calendar.locator('[part="list"] [part="event"]').first().waitFor();
  return { page, picker: page.locator('ww-language-picker'), finder, calendar };
}

describe('React wrapper (welcome-widgets/react) in a React 19 app', () => {
  test('renders the widgets with the server’s data and the props React gives them', async () => {
    const { page, finder, calendar } = await openApp();
    // pageSize={2} and presetTopics="citizenship" reached the finder before its first search.
    assert.equal(await finder.evaluate((el) => el.pageSize), 2);
    assert.equal(await finder.locator('[part="results"] .card').count(), 2);
    // The topic's name is isolated for direction inside the label (U+2068 … U+2069).
    await finder
      .getByRole('button', { name: words('finder.remove-filter', 'en', '\u2068Citizenship\u2069') })
      .waitFor();
    assert.equal(await calendar.evaluate((el) => el.view), 'list');
    assert.ok((await calendar.locator('[part="event"]').count()) > 0, 'the calendar lists events from the server');
    // <Config endpoint> gave every widget the API on the other origin.
    assert.equal(await finder.evaluate((el) => el.closest('ww-config')?.endpoint), `${stack.api.origin}/v1/`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a prop changed in React state re-renders the element', async () => {
    const { page, calendar } = await openApp();
    const toggle = page.locator('#toggle-view');
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    await calendar.locator('[part="grid"]').waitFor();
    assert.equal(await calendar.evaluate((el) => el.view), 'month');
    assert.equal(await calendar.locator('[part="list"]').count(), 0);
    assert.equal((await toggle.textContent()).trim(), 'Show the list');
    await page.keyboard.press('Enter');
    await calendar.locator('[part="list"]').waitFor();
    assert.equal(await calendar.locator('[part="grid"]').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('choosing a language with the keyboard calls onWwLocaleChange; React state and every widget follow', async () => {
    const { page, picker, finder, calendar } = await openApp();
    assert.equal(await page.locator('#chosen-locale').textContent(), 'en');

    await chooseLanguage(page, picker, 'Español');
    await page.locator('#chosen-locale', { hasText: 'es' }).waitFor();
    for (const widget of [picker, finder, calendar]) {
      await widget.locator('[part="base"][lang="es"]').waitFor();
    }
    assert.equal((await finder.locator('label[for="q"]').textContent()).trim(), words('finder.search-label', 'es'));

    await chooseLanguage(page, picker, 'Arabic');
    await page.locator('#chosen-locale', { hasText: 'ar' }).waitFor();
    for (const widget of [finder, calendar]) {
      await widget.locator('[part="base"][lang="ar"][dir="rtl"]').waitFor();
    }
    await finder.locator('[part="results"][aria-busy="false"] .card').first().waitFor();
    await calendar.locator('[part="list"] [part="event"]').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'react-wrapper-arabic');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('opening a service calls onWwServiceSelect with its typed detail', async () => {
    const { page, finder } = await openApp();
    const first = finder.locator('.card__open').first();
    const name = (await first.textContent()).trim();
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await finder.locator('dialog[open] .detail').waitFor();
    await page.locator('#chosen-service', { hasText: name }).waitFor();
    await page.keyboard.press('Escape');
    await finder.locator('dialog[open]').waitFor({ state: 'detached' });
    assert.ok(await hasFocus(page, first), 'focus returns to the service that was opened');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
