import { performance } from 'node:perf_hooks';
import { tabTo } from './browser.mjs';

/**
 * Calls a hotline worker logs between two calls, as the end-to-end journey and
 * `npm run bench` script them: the channel by arrows from where it is, the
 * language and the topic by typing the first letters of their names (a select
 * finds an option so), then Ctrl+Enter.
 */
export const SCRIPTED_CALLS = [
  { channelSteps: 0, language: 'spa', topic: 'hou' },
  { channelSteps: 0, language: 'hai', topic: 'hea' },
  { channelSteps: 1, language: 'ban', topic: 'cit' },
];

/**
 * Logs `calls` on the desk's call-log screen (already open in `page`), by
 * keyboard only, counting every key pressed. Returns the references the desk
 * announced, the keystrokes and characters typed in all, and each call's
 * seconds from the first key to the announcement.
 */
export async function logCallsByKeyboard(page, calls = SCRIPTED_CALLS) {
  const form = page.locator('ww-staff-call-log');
  await form.locator('#f-topic option[value="housing"]').waitFor({ state: 'attached' });
  const live = form.locator('.status');
  await tabTo(page, form.locator('input[name="channel"]:checked'));
  let keystrokes = 0;
  let typed = 0;
  const press = async (key, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
    keystrokes += times;
  };
  const type = async (text) => {
    await page.keyboard.type(text);
    keystrokes += text.length;
    typed += text.length;
  };
  const references = [];
  const seconds = [];
  for (const call of calls) {
    const before = (await live.textContent()) ?? '';
    const started = performance.now();
    await press('ArrowRight', call.channelSteps);
    await press('Tab');
    await type(call.language);
    await press('Tab');
    await type(call.topic);
    await press('Control+Enter');
    keystrokes += 1; // Control+Enter is two keys
    await page.waitForFunction(
      ([element, previous]) => {
        const text = element.shadowRoot?.querySelector('.status')?.textContent ?? '';
        return text !== previous && /[A-Z0-9]{3}-[A-Z0-9]{3}/.test(text);
      },
      [await form.elementHandle(), before],
    );
    seconds.push((performance.now() - started) / 1000);
    references.push(/([A-Z0-9]{3}-[A-Z0-9]{3})/.exec(await live.textContent())[1]);
  }
  return { references, keystrokes, typed, seconds };
}
