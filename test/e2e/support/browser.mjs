import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs';
import { root } from './stack.mjs';

export const SCREENSHOTS = join(root, 'test-results/e2e/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium (or CHROME_PATH), driven by playwright-core; never a downloaded browser. */
export async function launchChromium() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install Debian’s chromium.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
  });
}

/**
 * A fresh visitor (own context: no storage carried over) on `url`. Collects
 * console errors (CSP and Trusted Types violations among them), uncaught
 * errors and failed requests in `page.problems`, so a test can assert that the
 * page ran clean.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    // Failed requests are recorded with their address below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      page.problems.push(message.text());
    }
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico') {
      page.problems.push(`${response.status()} ${url.pathname}${url.search}`);
    }
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return page;
}

// Page functions are written out in full: under the page's CSP nothing may be built from strings.

/** A short description of the focused element (followed into shadow roots), for failure messages. */
export function describeFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? active.outerHTML.slice(0, 120) : 'nothing';
  });
}

/** True when `locator`'s element is the one focused, followed into shadow roots. */
export async function hasFocus(page, locator) {
  const target = await locator.elementHandle({ timeout: 10_000 });
  return page.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  }, target);
}

/**
 * Presses Tab (or Shift+Tab) until `locator`'s element has focus, as a keyboard
 * user would; fails with the path Tab took if it never gets there.
 */
export async function tabTo(page, locator, { limit = 150, backwards = false } = {}) {
  const path = [];
  for (let i = 0; i < limit; i++) {
    if (await hasFocus(page, locator)) return;
    path.push(await describeFocus(page));
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached the control; last stops:\n${path.slice(-12).join('\n')}`);
}

/**
 * axe-core over the whole page, shadow roots included, for WCAG 2.2 A and AA.
 * Injected through the DevTools protocol, which a page's CSP does not govern.
 */
export async function axeViolations(page) {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
}

/** Saves a screenshot as an artifact of the run (test-results/e2e/screenshots). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** How far the page scrolls sideways: 0 when content reflows to the viewport. */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
