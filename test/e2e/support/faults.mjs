import assert from 'node:assert/strict';
import { STAFF_TOKEN } from './stack.mjs';

/**
 * What the fault tests share: answers a broken server or proxy gives (through
 * `page.route`), a slow network (through the DevTools protocol), the words the
 * widgets use for them (support/messages.mjs), and checks of what
 * reached the office.
 */

// ---- Faults ---------------------------------------------------------------------

/** Answers the server or a proxy in front of it gives when things go wrong. */
export const FAULTS = {
  500: {
    status: 500,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }),
  },
  429: {
    status: 429,
    contentType: 'application/problem+json',
    headers: { 'Retry-After': '1' },
    body: JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429 }),
  },
  /** A 200 whose JSON breaks off: a proxy cut the answer short. */
  malformed: { status: 200, contentType: 'application/json', body: '{"items": [' },
  /** A 200 with JSON, but not the receipt asked for. */
  noReceipt: { status: 200, contentType: 'application/json', body: '{"ok": true}' },
  /** A proxy's own error page in place of the API's answer. */
  html: {
    status: 502,
    contentType: 'text/html',
    body: '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>',
  },
};

/**
 * Breaks requests whose path `matches` (a string: the exact path; or a
 * function of the URL) with `fault` (a key of FAULTS, or `abort` for a
 * connection that fails) until `heal()`; after that they reach the real
 * server. `failed` counts the broken answers.
 *
 * With `afterServer`, the request reaches the real server first and only the
 * answer is replaced: the server did the work, the visitor never heard.
 */
export async function breakRoute(page, matches, fault, { method, afterServer = false } = {}) {
  const test = typeof matches === 'string' ? (url) => url.pathname === matches : matches;
  const state = {
    failed: 0,
    healed: false,
    heal() {
      state.healed = true;
    },
  };
  await page.route(
    (url) => test(url),
    async (route) => {
      if (state.healed || (method && route.request().method() !== method)) return route.fallback();
      state.failed++;
      if (afterServer) await route.fetch();
      if (fault === 'abort') return route.abort('connectionreset');
      return route.fulfill(FAULTS[fault]);
    },
  );
  return state;
}

/** Chrome DevTools' "Slow 3G": 400 ms × 5 round trip, 500 kbit/s × 0.8 each way. */
export async function slow3G(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 2000,
    downloadThroughput: (500 * 1000 * 0.8) / 8,
    uploadThroughput: (500 * 1000 * 0.8) / 8,
  });
  return {
    off: () =>
      cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      }),
  };
}

/**
 * Resolves once no request of the page has been in flight for half a second:
 * the code a widget loads when first focused is here. Call it right after
 * opening the page, then await the returned function.
 */
export function trackQuiet(page) {
  const inFlight = new Set();
  let changed = Date.now();
  const done = (request) => {
    inFlight.delete(request);
    changed = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    changed = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => eventually(() => inFlight.size === 0 && Date.now() - changed > 500, { message: 'a quiet network' });
}

/** Every request whose path `matches` the page sends, by method: what actually left the browser. */
export function countRequests(page, path, method = 'GET') {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (request.method() === method && new URL(request.url()).pathname === path) seen.count++;
  });
  return seen;
}

// ---- The widgets' words ---------------------------------------------------------

export { words } from './messages.mjs';

/** Text as shown: whitespace collapsed. */
export const squash = (text) => text.replace(/\s+/g, ' ').trim();

// ---- Checks ---------------------------------------------------------------------

/**
 * Polls `value` (sync or async) until it returns something truthy, and returns
 * it; fails with `message` after `timeout` ms.
 */
export async function eventually(value, { timeout = 15_000, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await value();
    if (last) return last;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${message} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Where focus is, followed through shadow roots: the chain of elements from
 * the document down (tag names and ids), and whether it is inside `host`.
 */
export async function focusIn(page, host) {
  const handle = await host.elementHandle({ timeout: 10_000 });
  return page.evaluate((el) => {
    const chain = [];
    let active = document.activeElement;
    let inside = false;
    while (active) {
      chain.push(`${active.localName}${active.id ? `#${active.id}` : ''}`);
      if (active === el) inside = true;
      active = active.shadowRoot?.activeElement ?? null;
    }
    return { inside, onBody: chain.length === 1 && chain[0] === 'body', chain: chain.join(' > ') };
  }, handle);
}

/** Focus is inside `host` (never left on the page's body). */
export async function assertFocusInside(page, host, what) {
  const focus = await eventually(
    async () => {
      const f = await focusIn(page, host);
      return f.inside ? f : undefined;
    },
    { timeout: 5_000, message: `focus inside the widget ${what}` },
  ).catch(async (error) => {
    throw new Error(`${error.message}; focus: ${(await focusIn(page, host)).chain}`);
  });
  assert.equal(focus.onBody, false);
  return focus;
}

/** The page ran without an uncaught error (failed requests are expected in these tests). */
export function assertNoUncaught(page) {
  const uncaught = page.problems.filter((p) => p.startsWith('uncaught:'));
  assert.deepEqual(uncaught, [], 'no uncaught errors');
}

/**
 * The alert a widget shows for a failure: its text (collapsed) equals `heading`
 * (and `detail` when given), it is announced (`role="alert"`), and its action
 * reads `action` when given.
 */
export async function assertAlert(alert, { heading, detail, action }) {
  await alert.waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.equal(squash(await alert.locator('.notice__heading').innerText()), heading);
  if (detail !== undefined) assert.equal(squash(await alert.locator('.notice__detail').innerText()), detail);
  if (action !== undefined) assert.equal(squash(await alert.locator('[part="notice-action"]').innerText()), action);
}

/** Inquiries the office received through the web form with this message (from the staff API). */
export async function inquiriesWith(origin, message) {
  const headers = { Authorization: `Bearer ${STAFF_TOKEN}` };
  // The queue shows no message (names only): each inquiry of the last hour is opened, as staff would.
  const since = new Date(Date.now() - 3600_000).toISOString();
  const response = await fetch(`${origin}/v1/staff/inquiries?channel=web&page_size=100&from=${since}`, { headers });
  assert.equal(response.status, 200, 'the staff API answers');
  const { items } = await response.json();
  const opened = await Promise.all(
    items.map((item) => fetch(`${origin}/v1/staff/inquiries/${item.id}`, { headers }).then((r) => r.json())),
  );
  return opened.filter((item) => item.message === message);
}

/** Places taken in one session of an event (from the public API). */
export async function placesTaken(origin, eventId, occurrence) {
  const response = await fetch(`${origin}/v1/events/${eventId}?occurrence=${encodeURIComponent(occurrence)}`);
  assert.equal(response.status, 200);
  return (await response.json()).availability.taken;
}
