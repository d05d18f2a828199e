import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, horizontalOverflow, screenshot, tabTo } from './support/browser.mjs';
import { openSettled as openSettledOn } from './support/settle.mjs';
import { useStack } from './support/suite.mjs';

/**
 * Every demo page, whole, as `npm start` serves it: axe in English, Spanish
 * and Arabic; reflow at 320 CSS pixels and at 200% zoom with nothing to
 * scroll sideways; forced colors with a visible focus ring. Screenshots of
 * each are saved as artifacts of the run (test-results/e2e/screenshots).
 */
const stack = useStack();
const PAGES = ['index.html', 'library.html', 'council.html'];
const LOCALES = ['en', 'es', 'ar'];
const openSettled = (pageName, locale, options) => openSettledOn(stack, pageName, locale, options);

/** Widgets whose box reaches past the viewport's right edge (or left, right to left). */
function widgetsOverflowing(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('ww-'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > document.documentElement.clientWidth + 0.5 || box.left < -0.5);
      })
      .map((el) => el.localName),
  );
}

describe('axe on every demo page in English, Spanish and Arabic', () => {
  for (const pageName of PAGES) {
    for (const locale of LOCALES) {
      test(`${pageName} in ${locale}`, async () => {
        const page = await openSettled(pageName, locale);
        if (locale === 'ar') {
          assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
        }
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, `page-${pageName.replace('.html', '')}-${locale}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});

describe('reflow: 320 CSS pixels wide and 200% zoom, nothing to scroll sideways', () => {
  const sizes = {
    '320px': { viewport: { width: 320, height: 640 } },
    // A 1280-pixel window zoomed to 200% lays out 640 CSS pixels.
    '200% zoom': { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  };
  for (const pageName of PAGES) {
    for (const [size, options] of Object.entries(sizes)) {
      // Arabic widgets on a page that stays left to right (a site that does not let the picker set <html dir>).
      for (const variant of ['en', 'ar', 'ar on a left-to-right page']) {
        const locale = variant.slice(0, 2);
        test(`${pageName} at ${size} in ${variant}`, async () => {
          const page = await openSettled(pageName, locale, options);
          if (variant !== locale) await page.evaluate(() => (document.documentElement.dir = 'ltr'));
          assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
          assert.deepEqual(await widgetsOverflowing(page), []);
          await screenshot(
            page,
            `reflow-${pageName.replace('.html', '')}-${size.replace(/\W+/g, '')}-${variant.replace(/\W+/g, '-')}`,
          );
          await page.context().close();
        });
      }
    }
  }
});

describe('forced colors (Windows high contrast)', () => {
  for (const pageName of PAGES) {
    test(`${pageName}: readable, with a visible focus ring`, async () => {
      const page = await openSettled(pageName, 'en', { forcedColors: 'active', reducedMotion: 'reduce' });
      assert.equal(await page.evaluate(() => window.matchMedia('(forced-colors: active)').matches), true);
      // The first control of the first widget, reached with Tab: its ring must show.
      await tabTo(page, page.locator('ww-language-picker [part="button"]').first());
      const ring = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const style = window.getComputedStyle(el);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.notEqual(ring.style, 'none');
      assert.ok(ring.width >= 2, `outline ${ring.width}px`);
      assert.equal(await horizontalOverflow(page), 0);
      await screenshot(page, `forced-colors-${pageName.replace('.html', '')}`);
      await page.context().close();
    });
  }
});
