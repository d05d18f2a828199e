import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { clientKey, trustedProxyHops } from '../src/lib/client-key.js';
import { rateLimit } from '../src/lib/rate-limit.js';
import { seededTestApp } from './helpers/app.js';

const setting = process.env.WW_TRUST_PROXY;
const trust = (value: string | undefined) => {
  if (value === undefined) delete process.env.WW_TRUST_PROXY;
  else process.env.WW_TRUST_PROXY = value;
};
afterEach(() => trust(setting));

/** The key a request gets, with X-Forwarded-For as given (in-process requests have no socket: "local"). */
async function keyFor(forwardedFor?: string): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientKey(c)));
  const headers: Record<string, string> = forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor };
  return (await app.request('/', { headers })).text();
}

describe('the client address behind trusted proxies', () => {
  test('without WW_TRUST_PROXY, X-Forwarded-For is ignored', async () => {
    trust(undefined);
    assert.equal(await keyFor('203.0.113.9'), 'local');
  });

  test('one proxy (true or 1): the right-most address, the one the proxy added', async () => {
    for (const value of ['true', '1']) {
      trust(value);
      assert.equal(await keyFor('198.51.100.66, 203.0.113.7'), '203.0.113.7', value);
      assert.equal(await keyFor('203.0.113.7'), '203.0.113.7', value);
      assert.equal(await keyFor(undefined), 'local', `${value}: no header, the socket's address`);
    }
  });

  test('two proxies: the second address from the right; a shorter chain gives its left-most', async () => {
    trust('2');
    assert.equal(await keyFor('198.51.100.66, 203.0.113.7, 10.0.0.2'), '203.0.113.7');
    assert.equal(await keyFor('203.0.113.7'), '203.0.113.7');
    assert.equal(await keyFor(' , 203.0.113.7 ,10.0.0.2'), '203.0.113.7', 'spaces and empty entries');
  });

  test('refuses a setting that is not true, false or a number of proxies', () => {
    assert.equal(trustedProxyHops(undefined), 0);
    assert.equal(trustedProxyHops('false'), 0);
    assert.equal(trustedProxyHops('true'), 1);
    assert.equal(trustedProxyHops('3'), 3);
    for (const bad of ['yes', '-1', '1.5', '0x2', ' ', '100']) assert.throws(() => trustedProxyHops(bad), bad);
  });
});

describe('a spoofed X-Forwarded-For behind one proxy', () => {
  test('does not escape the rate limit', async () => {
    trust('true');
    const app = new Hono();
    app.use('*', rateLimit({ limit: 3, windowMs: 60_000, key: clientKey }));
    app.post('/write', (c) => c.json({ ok: true }));
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // The attacker writes a new left-most value each time; the proxy appends their real address.
      const headers = { 'X-Forwarded-For': `192.0.2.${i}, 203.0.113.50` };
      statuses.push((await app.request('/write', { method: 'POST', headers })).status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
  });

  describe(`does not lock a staff member out (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
    let context: Awaited<ReturnType<typeof seededTestApp>>;
    before(async () => (context = await seededTestApp()));
    after(() => context.database.close());

    test("an attacker's failed tokens count against the attacker, not the address they name", async () => {
      trust('true');
      const staff = '203.0.113.10';
      const attacker = '198.51.100.20';
      for (let i = 0; i < 25; i++) {
        await context.get('/v1/staff/inquiries', {
          Authorization: `Bearer wrong-${i}`,
          'X-Forwarded-For': `${staff}, ${attacker}`,
        });
      }
      const attackerNow = await context.get('/v1/staff/inquiries', { 'X-Forwarded-For': attacker });
      assert.equal(attackerNow.status, 429, 'the attacker is blocked');
      const staffNow = await context.get('/v1/staff/inquiries', { 'X-Forwarded-For': staff });
      assert.equal(staffNow.status, 401, 'the staff member is not: asked for a token, not refused');
    });
  });
});
