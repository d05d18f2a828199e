import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { screenshot } from './support/browser.mjs';
import { catalogueEnglish, serverEnglish, showsServerName, visibleTexts } from './support/english-left.mjs';
import { breakRoute } from './support/faults.mjs';
import { words } from './support/messages.mjs';
import { openSettled } from './support/settle.mjs';
import { root } from './support/stack.mjs';
import { useStack } from './support/suite.mjs';

/**
 * Every demo page in every UI language, each widget in its main states
 * (results, a service's detail, nothing found, a failed search, the sign-up
 * form and its confirmation, the inquiry form and its confirmation, the
 * dashboard, the status lookup and the status found): the text a visitor sees or hears in every shadow root must hold
 * no English the catalogue translates and no English name of the server's
 * topics, badges or event types. One screenshot per page and language.
 */
const stack = useStack();
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

/** What one state of the page shows: each English text found, with the widget and state it was in. */
async function englishIn(page, state, locale, serverNames) {
  // English pages go through the same states, for their screenshots and to keep the steps honest.
  if (locale === sourceLocale) return [];
  const isEnglish = catalogueEnglish(locale);
  const found = [];
  for (const { widget, text, attribute } of await page.evaluate(visibleTexts)) {
    const message = isEnglish(text);
    const server = showsServerName(text, serverNames);
    if (message || server) {
      found.push(`${state} · ${widget}${attribute ? ` [${attribute}]` : ''}: "${text}" (${message?.id ?? server})`);
    }
  }
  return found;
}

/** Runs a search in a finder and waits until it has answered (results, nothing found, or a problem). */
async function search(finder, query) {
  await finder.locator('#q').fill(query);
  await finder.locator('#q').press('Enter');
  await finder.locator('[part="results"][aria-busy="false"], [part="notice"]').first().waitFor();
}

describe('every demo page in every language: no English left', () => {
  for (const locale of [sourceLocale, ...targetLocales]) {
    test(`index.html in ${locale}: finder results, detail, nothing found, a failed search, the inquiry form`, async () => {
      const serverNames = await serverEnglish(stack.api.origin, locale);
      const page = await openSettled(stack, 'index.html', locale);
      const english = [...(await englishIn(page, 'first view', locale, serverNames))];
      await screenshot(page, `sweep-index-${locale}`);

      const finder = page.locator('ww-service-finder');
      await search(finder, 'legal');
      await finder.locator('.card').first().waitFor();
      english.push(...(await englishIn(page, 'results', locale, serverNames)));
      await finder.locator('.card__open').first().click();
      await finder.locator('dialog[open] .detail').waitFor();
      english.push(...(await englishIn(page, 'detail', locale, serverNames)));
      await page.keyboard.press('Escape');
      await finder.locator('dialog[open]').waitFor({ state: 'detached' });

      await search(finder, 'qqxqzv');
      english.push(...(await englishIn(page, 'nothing found', locale, serverNames)));

      const broken = await breakRoute(page, '/v1/services', 500);
      await search(finder, 'legal help');
      await finder.locator('[part="notice"]').first().waitFor();
      english.push(...(await englishIn(page, 'failed search', locale, serverNames)));
      broken.heal();

      assert.deepEqual(english, []);
      await page.context().close();
    });

    test(`library.html in ${locale}: corner panel, finder, calendar, sign-up and its confirmation`, async () => {
      const serverNames = await serverEnglish(stack.api.origin, locale);
      const page = await openSettled(stack, 'library.html', locale);
      const english = [...(await englishIn(page, 'first view', locale, serverNames))];
      await screenshot(page, `sweep-library-${locale}`);

      const calendar = page.locator('main > ww-clinic-calendar');
      const list = calendar.getByRole('button', { name: words('calendar.view-list', locale), exact: true });
      if ((await list.getAttribute('aria-pressed')) !== 'true') await list.click();
      await calendar.locator('[part="event-title"]').first().waitFor();
      english.push(...(await englishIn(page, 'calendar list', locale, serverNames)));

      // An event that takes sign-ups here: its form, filled in, and the confirmation.
      const titles = calendar.locator('[part="event-title"]');
      const registration = calendar.locator('ww-event-registration');
      for (let i = 0; i < (await titles.count()); i++) {
        await titles.nth(i).click();
        await calendar.locator('[part="detail"]').waitFor();
        if (await calendar.locator('[part="registration"]').count()) break;
        await page.keyboard.press('Escape');
        await calendar.locator('[part="detail"]').waitFor({ state: 'detached' });
      }
      await registration.locator('#f-name').waitFor();
      english.push(...(await englishIn(page, 'event and sign-up form', locale, serverNames)));
      await registration.locator('#f-name').fill('Marie Joseph');
      await registration.locator('input[type="radio"][value="phone"]').check();
      await registration.locator('#f-phone').fill('718-555-0160');
      await registration.locator('[part="submit"]').click();
      await registration.locator('#done-heading').waitFor({ timeout: 15_000 });
      english.push(...(await englishIn(page, 'sign-up confirmation', locale, serverNames)));

      assert.deepEqual(english, []);
      await page.context().close();
    });

    test(`status.html in ${locale}: the lookup form and the status found`, async () => {
      const serverNames = await serverEnglish(stack.api.origin, locale);
      const sent = await fetch(`${stack.api.origin}/v1/inquiries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          topic: 'municipal-id',
          message: 'IDNYC?',
          preferred_language: locale,
          contact_method: 'none',
          consent: false,
          idempotency_key: `sweep-status-${locale}-${Date.now()}`,
        }),
      });
      const { reference, status_token: token } = await sent.json();
      const page = await openSettled(stack, `status.html#reference=${reference}`, locale);
      const english = [...(await englishIn(page, 'first view', locale, serverNames))];
      const lookup = page.locator('ww-inquiry-status');
      await lookup.locator('#f-check').fill(token);
      await lookup.locator('[part="submit"]').click();
      await lookup.locator('[part="status"]').waitFor({ timeout: 15_000 });
      english.push(...(await englishIn(page, 'status found', locale, serverNames)));
      await screenshot(page, `sweep-status-${locale}`);
      assert.deepEqual(english, []);
      await page.context().close();
    });

    test(`council.html in ${locale}: dashboard, inquiry form and its confirmation`, async () => {
      const serverNames = await serverEnglish(stack.api.origin, locale);
      const page = await openSettled(stack, 'council.html', locale);
      const english = [...(await englishIn(page, 'first view', locale, serverNames))];
      await screenshot(page, `sweep-council-${locale}`);

      const form = page.locator('ww-inquiry-form');
      await form.locator('#f-topic').selectOption('municipal-id');
      await form.locator('#f-message').fill('IDNYC?');
      await form.locator('input[type="radio"][value="email"]').check();
      await form.locator('#f-email').fill('reader@example.org');
      await form.locator('#f-consent').check();
      await form.locator('[part="submit"]').click();
      await form.locator('[part="confirmation"]').first().waitFor({ timeout: 15_000 });
      english.push(...(await englishIn(page, 'inquiry confirmation', locale, serverNames)));

      assert.deepEqual(english, []);
      await page.context().close();
    });
  }
});
