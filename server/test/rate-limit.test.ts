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
