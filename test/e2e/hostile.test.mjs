import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { horizontalOverflow, openPage, screenshot, tabTo } from './support/browser.mjs';
import { chooseLanguage } from './support/keyboard.mjs';
import { words } from './support/messages.mjs';
import { useStack } from './support/suite.mjs';

/**
 * The widgets on a page nobody here controls (test/e2e/pages/hostile.html, on
 * a partner origin other than the API's): a theme's blunt global CSS, a strict
 * CSP that requires Trusted Types, two copies of the bundle, a form in an
 * iframe, a calendar the page adds late, and a finder it removes and re-adds.
 */
const stack = useStack();

async function openHostilePage(options) {
  const page = await openPage(stack.browser, `${stack.partner.origin}/pages/hostile.html`, options);
  await page.locator('ww-service-finder [part="results"][aria-busy="false"] .card').first().waitFor();
  await page.locator('ww-clinic-calendar [part="event-title"]').first().waitFor();
  await page.frameLocator('iframe').locator('ww-inquiry-form #f-topic option[value="municipal-id"]').waitFor({
    state: 'attached',
  });
  return page;
}

/**
 * Runs in the page (or frame): the text styles each widget's root shows, and the
 * controls inside it that a theme could have shrunk or restyled.
 */
function widgetLooks() {
  return [
    ...document.querySelectorAll('ww-language-picker, ww-service-finder, ww-clinic-calendar, ww-inquiry-form'),
  ].map((widget) => {
    const base = widget.shadowRoot.querySelector('[part~="base"]');
    const style = window.getComputedStyle(base);
    const controls = [
      ...widget.shadowRoot.querySelectorAll('button, input:not([type="checkbox"]):not([type="radio"]), select'),
    ]
      // Skip links are clipped away until focused, like visually hidden text; focused, they are ordinary buttons.
      .filter(
        (el) =>
          el.getClientRects().length > 0 &&
          !el.closest('.trap') &&
          window.getComputedStyle(el).clipPath !== 'inset(50%)',
      )
      .map((el) => {
        const box = el.getBoundingClientRect();
        const s = window.getComputedStyle(el);
        return {
          el: el.outerHTML.slice(0, 60),
          height: box.height,
          fontSize: parseFloat(s.fontSize),
          boxSizing: s.boxSizing,
          background: s.backgroundColor,
        };
      });
    return {
      tag: widget.localName,
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      textAlign: style.textAlign,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      textTransform: style.textTransform,
      textIndent: style.textIndent,
      fontStyle: style.fontStyle,
      fontWeight: style.fontWeight,
      controls,
    };
  });
}

function assertLooksRight(looks) {
  assert.ok(looks.length > 0);
  for (const w of looks) {
    const where = `${w.tag}: ${JSON.stringify({ ...w, controls: undefined })}`;
    assert.ok(w.fontSize >= 16, `text at least 16px despite html { font-size: 62.5% } — ${where}`);
    assert.ok(w.lineHeight >= 1.4, `line height of its own — ${where}`);
    assert.ok(['start', 'left'].includes(w.textAlign), `text aligned to the start — ${where}`);
    assert.equal(w.letterSpacing, 'normal', where);
    assert.equal(w.wordSpacing, '0px', where);
    assert.equal(w.textTransform, 'none', where);
    assert.equal(w.textIndent, '0px', where);
    assert.equal(w.fontStyle, 'normal', where);
    assert.equal(w.fontWeight, '400', where);
    for (const control of w.controls) {
      const at = `${w.tag} ${control.el}`;
      assert.equal(control.boxSizing, 'border-box', at);
      assert.ok(control.height >= 24, `a target of at least 24px (WCAG 2.5.8) — ${at}: ${control.height}`);
      assert.ok(control.fontSize >= 14, `readable control text — ${at}: ${control.fontSize}`);
      assert.notEqual(control.background, 'rgb(255, 105, 180)', `the theme's hotpink buttons stay outside — ${at}`);
    }
  }
}

describe('a hostile partner page', () => {
  test('the page really enforces its policy: Trusted Types refuse a markup string', async () => {
    const page = await openPage(stack.browser, `${stack.partner.origin}/pages/hostile.html`);
    const outcome = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>raw</b>');
        return 'allowed';
      } catch (error) {
        return error.name;
      }
    });
    assert.equal(outcome, 'TypeError');
    await page.context().close();
  });

  test('every widget renders and looks like itself under the theme’s global CSS', async () => {
    const page = await openHostilePage();
    assertLooksRight(await page.evaluate(widgetLooks));
    assertLooksRight(await page.frames()[1].evaluate(widgetLooks));
    assert.equal(await horizontalOverflow(page), 0);
    await screenshot(page, 'hostile-page');
    assert.deepEqual(page.problems, [], 'no CSP or Trusted Types violation, no error, no failed request');
    await page.context().close();
  });

  test('at 320 px, and in Arabic right to left, it still reflows and looks right', async () => {
    const page = await openHostilePage({ viewport: { width: 320, height: 700 } });
    await chooseLanguage(page, page.locator('ww-language-picker'), 'Arabic');
    await page.locator('ww-service-finder [part="base"][dir="rtl"]').waitFor();
    await page.locator('ww-clinic-calendar [part="base"][dir="rtl"]').waitFor();
    const looks = await page.evaluate(widgetLooks);
    for (const w of looks) w.textAlign = w.textAlign === 'right' ? 'start' : w.textAlign;
    assertLooksRight(looks);
    assert.equal(await horizontalOverflow(page), 0);
    await screenshot(page, 'hostile-page-320-ar');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('two copies of the bundle, a late calendar, and a finder removed and re-added all keep working', async () => {
    const page = await openHostilePage();
    // Both copies ran (two script URLs, two module instances) without an error.
    const scripts = await page.evaluate(
      () =>
        window.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/welcome-widgets.js')).length,
    );
    assert.ok(scripts >= 2, 'both copies of the bundle loaded');

    // The page moves the finder: out of the document, then back.
    await page.evaluate(() => {
      const finder = document.querySelector('ww-service-finder');
      const cell = finder.parentElement;
      finder.remove();
      cell.append(finder);
    });
    const finder = page.locator('ww-service-finder');
    await tabTo(page, finder.locator('#q'));
    await page.keyboard.type('citizenship');
    await page.keyboard.press('Enter');
    await finder
      .locator('[part="results"][aria-busy="false"] .card__open', { hasText: /citizenship/i })
      .first()
      .waitFor();

    // One picker still switches the re-added finder and the late calendar.
    await chooseLanguage(page, page.locator('ww-language-picker'), 'Espa');
    await finder.locator('[part="base"][lang="es"]').waitFor();
    await page.locator('ww-clinic-calendar [part="base"][lang="es"]').waitFor();
    assert.equal((await finder.locator('label[for="q"]').textContent()).trim(), words('finder.search-label', 'es'));

    // A finder the page creates afresh now starts in Spanish.
    await page.evaluate(() => document.querySelector('#events').append(document.createElement('ww-service-finder')));
    await page.locator('#events ww-service-finder [part="base"][lang="es"]').waitFor();
    await screenshot(page, 'hostile-page-es');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the form inside the iframe sends an inquiry', async () => {
    const page = await openHostilePage();
    const form = page.frameLocator('iframe').locator('ww-inquiry-form');
    await form.locator('#f-topic').selectOption('municipal-id');
    await form.locator('#f-message').fill('Where do I apply for IDNYC?');
    await form.locator('input[type="radio"][value="none"]').check();
    await form.locator('[part="submit"]').click();
    await form.locator('[part="confirmation"] .reference__code').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a site that sets the language before adding any widget gets its first render in that language', async () => {
    const page = await openPage(stack.browser, `${stack.partner.origin}/pages/locale-first.html`);
    await page.locator('ww-service-finder [part="base"][lang="es"]').waitFor();
    assert.equal(
      (await page.locator('ww-service-finder label[for="q"]').textContent()).trim(),
      words('finder.search-label', 'es'),
    );
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
