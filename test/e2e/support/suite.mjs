import { after, before } from 'node:test';
import { launchChromium } from './browser.mjs';
import { startPartnerSite } from './partner-site.mjs';
import { freePort, startApi } from './stack.mjs';

/**
 * What every end-to-end file shares: the reference server with the demo pages
 * (as `npm start` runs it), a partner's site on another origin, and Chromium.
 * Call at the top of a test file; the returned object is filled before the
 * first test runs.
 */
export function useStack() {
  const stack = {};
  before(async () => {
    const apiPort = await freePort();
    stack.partner = await startPartnerSite(`http://127.0.0.1:${apiPort}`);
    stack.api = await startApi({ port: apiPort, extraOrigins: [stack.partner.origin] });
    stack.browser = await launchChromium();
  });
  after(async () => {
    await stack.browser?.close();
    await stack.api?.close();
    await stack.partner?.close();
  });
  return stack;
}
