import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { clientTimeShare, timeBudget } from '../src/lib/time-budget.js';

/** An app whose `/work?ms=N` takes N ms of a clock the test moves, budgeted per X-Client. */
function budgetedApp() {
  let now = 0;
  const app = new Hono();
  app.use(
    '*',
    timeBudget({ msPerSecond: 100, burstMs: 400, key: (c) => c.req.header('X-Client') ?? '', now: () => now }),
  );
  app.get('/work', (c) => {
    now += Number(c.req.query('ms'));
    return c.json({ ok: true });
  });
  const work = async (client: string, ms: number) => app.request(`/work?ms=${ms}`, { headers: { 'X-Client': client } });
  return { work, wait: (ms: number) => (now += ms) };
}

describe('a per-client budget of server time', () => {
  test('serves a client until it has spent its share, then answers 429 with Retry-After until it has earned it back', async () => {
    const { work, wait } = budgetedApp();
    // 400 ms at once: one dear answer may overdraw the balance, the next is refused.
    assert.equal((await work('a', 300)).status, 200);
    assert.equal((await work('a', 300)).status, 200);
    const refused = await work('a', 300);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    // 200 ms in debt at 100 ms a second: two seconds.
    assert.equal(refused.headers.get('retry-after'), '2');
    assert.equal((await work('b', 300)).status, 200, 'another client has a budget of its own');
    wait(1000);
    assert.equal((await work('a', 10)).status, 429, 'still in debt after a second');
    wait(1100);
    assert.equal((await work('a', 10)).status, 200, 'earned back');
  });

  test('charges a page that loads several widgets at once for the time they took together', async () => {
    let now = 0;
    const app = new Hono();
    app.use(
      '*',
      timeBudget({ msPerSecond: 1, burstMs: 150, key: (c) => c.req.header('X-Client') ?? '', now: () => now }),
    );
    const pending: (() => void)[] = [];
    app.get('/slow', async (c) => {
      await new Promise<void>((done) => pending.push(done));
      return c.json({ ok: true });
    });
    const request = (client: string) => app.request('/slow', { headers: { 'X-Client': client } });
    const settle = async (answers: (Response | Promise<Response>)[], ms: number) => {
      await new Promise((tick) => setImmediate(tick));
      now += ms;
      pending.splice(0).forEach((done) => done());
      return (await Promise.all(answers)).map((r) => r.status);
    };
    // Three requests of one page overlap for 100 ms: 100 ms, not 300, of its 150.
    assert.deepEqual(await settle([request('a'), request('a'), request('a')], 100), [200, 200, 200]);
    assert.deepEqual(await settle([request('a')], 100), [200], 'it had 50 ms left, and may overdraw once');
    assert.deepEqual(await settle([request('a')], 0), [429]);
  });

  test('lets cheap requests go on indefinitely', async () => {
    const { work, wait } = budgetedApp();
    for (let i = 0; i < 200; i++) {
      assert.equal((await work('a', 5)).status, 200);
      wait(100);
    }
  });

  test('is read from WW_CLIENT_MS_PER_SECOND, and a bad value is refused', () => {
    assert.equal(clientTimeShare(undefined, 250), 250);
    assert.equal(clientTimeShare('100', 250), 100);
    assert.equal(clientTimeShare('off', 250), undefined);
    for (const bad of ['0', '-5', '2000', 'lots', 'NaN']) assert.throws(() => clientTimeShare(bad, 250), bad);
  });

  test('the API charges public reads only, not writes, staff reads or health checks', async () => {
    const { openTestDatabase } = await import('./helpers/database.js');
    const { testApp } = await import('./helpers/app.js');
    const database = await openTestDatabase();
    try {
      // One millisecond a second, four at once: a few reads spend it.
      const { app } = testApp(database, { clientMsPerSecond: 1 });
      let limited = await app.request('/v1/services');
      for (let i = 0; i < 200 && limited.status === 200; i++) limited = await app.request('/v1/topics');
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await app.request('/hsds/services')).status, 429, 'one budget across the API');
      assert.equal((await app.request('/healthz')).status, 200);
      assert.notEqual((await app.request('/v1/staff/inquiries')).status, 429);
      const write = await app.request('/v1/registrations/cancel', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: 'x' }),
      });
      assert.notEqual(write.status, 429);
    } finally {
      await database.close();
    }
  });
});
