import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { rateLimit } from '../src/lib/rate-limit.js';

test('allows the limit per window and client, then answers 429 with Retry-After', async () => {
  let now = 0;
  const app = new Hono();
  app.use('*', rateLimit({ limit: 2, windowMs: 60_000, key: (c) => c.req.header('X-Client') ?? '', now: () => now }));
  app.post('/write', (c) => c.json({ ok: true }));
  const send = (client: string) => app.request('/write', { method: 'POST', headers: { 'X-Client': client } });
  assert.equal((await send('a')).status, 200);
  assert.equal((await send('a')).status, 200);
  const limited = await send('a');
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('content-type'), 'application/problem+json');
  assert.equal(limited.headers.get('retry-after'), '60');
  assert.equal((await send('b')).status, 200, 'another client has its own window');
  now = 60_000;
  assert.equal((await send('a')).status, 200, 'a new window');
});

test('the API limits GETs per client when configured, and leaves writes and health checks to their own rules', async () => {
  const { openTestDatabase } = await import('./helpers/database.js');
  const { testApp } = await import('./helpers/app.js');
  const database = await openTestDatabase();
  try {
    const { app } = testApp(database, { readsPerMinute: 3 });
    for (let i = 0; i < 3; i++) assert.equal((await app.request('/v1/topics')).status, 200);
    const limited = await app.request('/v1/services');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('content-type'), 'application/problem+json');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal((await app.request('/healthz')).status, 200, 'health checks are not API reads');
    const write = await app.request('/v1/registrations/cancel', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'x' }),
    });
    assert.notEqual(write.status, 429, 'writes count against the write limit only');
  } finally {
    await database.close();
  }
});
