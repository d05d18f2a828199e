import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../src/app.js';
import type { OpenDatabase } from '../src/db/database.js';
import { jsonLogger } from '../src/lib/logger.js';
import { TEST_ORIGIN, seededTestApp, testApp } from './helpers/app.js';

let database: OpenDatabase;
let get: Awaited<ReturnType<typeof seededTestApp>>['get'];

describe(`HTTP behaviour (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    ({ database, get } = await seededTestApp());
  });
  after(() => database.close());

  test('reports health and readiness', async () => {
    assert.deepEqual((await get('/healthz')).body, { status: 'ok' });
    assert.deepEqual((await get('/readyz')).body, { status: 'ok' });
  });

  test('allows the configured origins and no others', async () => {
    const allowed = await get('/v1/topics', { Origin: TEST_ORIGIN });
    assert.equal(allowed.headers.get('access-control-allow-origin'), TEST_ORIGIN);
    assert.equal(allowed.headers.get('access-control-allow-credentials'), null);
    const denied = await get('/v1/topics', { Origin: 'https://elsewhere.example' });
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
  });

  test('answers a preflight for the allowed origin', async () => {
    const { app } = testApp(database);
    const response = await app.request('/v1/services', {
      method: 'OPTIONS',
      headers: {
        Origin: TEST_ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'accept-language',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), TEST_ORIGIN);
  });

  test('sends ETag and Cache-Control, and 304 when nothing changed', async () => {
    const first = await get('/v1/services?lang=es');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    // A search is revalidated every time (nothing stale after a write); other public reads keep a short max-age.
    assert.equal(first.headers.get('cache-control'), 'public, no-cache');
    assert.match((await get('/v1/topics')).headers.get('cache-control') ?? '', /max-age=\d+/);
    assert.match(first.headers.get('vary') ?? '', /Accept-Language/);
    const again = await get('/v1/services?lang=es', { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    const other = await get('/v1/services?lang=fr', { 'If-None-Match': etag });
    assert.equal(other.status, 200, 'another language is another representation');
  });

  test('sends security headers', async () => {
    const { headers } = await get('/v1/topics');
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    assert.ok(headers.get('strict-transport-security'));
    assert.ok(headers.get('x-request-id'));
  });

  test('refuses a body over the limit with a 413 problem', async () => {
    const { app } = testApp(database);
    const response = await app.request('/v1/services', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(100_000) },
      body: JSON.stringify({ text: 'x'.repeat(100_000) }),
    });
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });

  test('lists topics with counts, localized', async () => {
    const { body } = await get('/v1/topics?lang=es');
    const legal = body.items.find((t: { code: string }) => t.code === 'immigration-legal');
    assert.deepEqual(legal, {
      code: 'immigration-legal',
      name: 'Ayuda legal de inmigración',
      description: null,
      count: 1,
    });
    assert.equal(body.items.length, 11);
  });

  test('lists languages offered, staff apart from interpretation', async () => {
    const { body } = await get('/v1/languages');
    assert.deepEqual(
      body.items.find((l: { code: string }) => l.code === 'yue'),
      { code: 'yue', staff: 1, interpretation: 1, total: 2 },
    );
  });

  const corners = () => get('/v1/locations?corner=true');

  test('lists locations, corners only on request, nearest first', async () => {
    const corners = await get('/v1/locations?corner=true&lang=es');
    assert.equal(corners.body.items.length, 1);
    assert.equal(corners.body.items[0].name, 'Biblioteca Central');
    assert.equal(corners.body.items[0].corner_description, 'Libros y formularios de ciudadanía.');
    assert.deepEqual(corners.body.items[0].languages, [{ code: 'es', kind: 'staff' }]);
    const near = await get('/v1/locations?near=40.7579,-73.8299');
    assert.equal(near.body.items[0].name, 'Flushing Center');
    const one = await get(`/v1/locations/${near.body.items[0].id}`);
    assert.equal(one.body.service_count, 2);
    // The office's own services there: the class that "closes when it opens" is never open now.
    assert.equal(one.body.open_now, false);
  });

  test("gives a place's hours today from the services its own organization runs there", async () => {
    const library = corners();
    const { body } = await get(`/v1/locations/${(await library).body.items[0].id}`);
    assert.deepEqual(body.hours_today, [{ opens_at: '00:00', closes_at: '24:00' }], 'open all day, every day');
    assert.equal(body.open_now, true);
  });

  test('logs each request without query strings, addresses or headers', async () => {
    const lines: string[] = [];
    const app = createApp({ db: database.db, allowedOrigins: [], logger: jsonLogger((line) => lines.push(line)) });
    await app.request('/v1/services?q=my%20name%20is%20Ana', { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    const entry = JSON.parse(lines.at(-1)!);
    assert.equal(entry.route, '/v1/services');
    assert.equal(entry.status, 200);
    assert.ok(!lines.join('').includes('Ana'));
    assert.ok(!lines.join('').includes('203.0.113.9'));
  });
});
