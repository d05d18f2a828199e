/**
 * Seconds and keystrokes to log a call at the desk, for `npm run bench`: the
 * reference server as `npm start` runs it, signed in through its printed demo
 * link, and the end-to-end suite's keyboard script (test/e2e/support/log-calls.mjs)
 * logging a shift's worth of calls in a row in Chromium.
 */
import { launchChromium } from '../test/e2e/support/browser.mjs';
import { logCallsByKeyboard, SCRIPTED_CALLS } from '../test/e2e/support/log-calls.mjs';
import { freePort, startApi } from '../test/e2e/support/stack.mjs';

const CALLS = 12;

export async function benchDeskCallLog() {
  const api = await startApi({ port: await freePort() });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(api.demoSignIn);
    await page.locator('ww-staff-queue table').waitFor({ timeout: 30_000 });
    await page.goto(`${api.origin}/staff/#log-call`);
    const calls = Array.from({ length: CALLS }, (_, i) => SCRIPTED_CALLS[i % SCRIPTED_CALLS.length]);
    const { keystrokes, typed, seconds } = await logCallsByKeyboard(page, calls);
    const sorted = [...seconds].sort((a, b) => a - b);
    const round = (n) => Math.round(n * 100) / 100;
    return {
      calls: CALLS,
      keystrokes: round(keystrokes / CALLS),
      charactersTyped: round(typed / CALLS),
      medianSeconds: round(sorted[Math.floor(CALLS / 2)]),
      maxSeconds: round(sorted.at(-1)),
    };
  } finally {
    await browser.close();
    await api.close();
  }
}
