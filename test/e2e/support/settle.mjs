import { openPage } from './browser.mjs';

/** The page with its widgets settled in `locale` (chosen through the public API, as a site's own switcher would). */
export async function openSettled(stack, pageName, locale, options) {
  const page = await openPage(stack.browser, `${stack.api.origin}/demo/${pageName}`, options);
  await page
    .waitForFunction(() => 'WelcomeWidgets' in window)
    .catch((error) => {
      throw new Error(`${error.message}; the page reported: ${page.problems.join('; ')}`);
    });
  if (locale !== 'en') await page.evaluate((code) => window.WelcomeWidgets.setLocale(code), locale);
  // Every widget rendered in the locale, and nothing still loading.
  await page.waitForFunction(widgetStates, locale, { timeout: 20_000 }).catch(async (error) => {
    throw new Error(`${error.message}\n${JSON.stringify(await page.evaluate(widgetStates))}`);
  });
  return page;
}

/**
 * Runs in the page: whether every data widget shows `code` and has nothing
 * loading; without `code`, what each one shows, for a failure message.
 */
export function widgetStates(code) {
  const states = [
    ...document.querySelectorAll(
      'ww-service-finder, ww-clinic-calendar, ww-inquiry-form, ww-inquiry-stats, ww-inquiry-status, ww-corner-panel, ww-scam-check',
    ),
  ].map((w) => ({
    tag: w.localName,
    lang: w.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
    busy: Boolean(w.shadowRoot?.querySelector('[aria-busy="true"]')),
  }));
  return code === undefined ? states : states.every((w) => w.lang === code && !w.busy);
}
