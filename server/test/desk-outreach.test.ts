import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { createStaffToken } from '../src/staff/tokens.js';
import { seededTestApp } from './helpers/app.js';
import { fakeSessionApp, insertAccount, sessionIdentity } from './helpers/desk.js';

const fieldCrypto = FieldCrypto.ephemeral();
let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let writeToken: string;
let readToken: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fair = {
  held_on: '2026-03-14',
  place: 'Flushing Library, community room',
  partner: 'Queens Public Library',
  reach: [
    { language: 'zh-hans', topic: 'municipal-id', people: 23 },
    { language: 'ES', topic: 'health', people: 9 },
  ],
  signups: [
    { program: 'idnyc', count: 11 },
    { program: 'actionnyc', count: 2 },
  ],
};

describe(`the outreach log (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ crypto: fieldCrypto });
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE outreach_events, staff_tokens, staff_accounts CASCADE`.execute(database.db);
    writeToken = (await createStaffToken(database.db, 'outreach-team', 'write')).token;
    readToken = (await createStaffToken(database.db, 'analyst', 'read')).token;
  });
  after(() => database.close());

  test('an event with reach by language and topic and sign-ups, with its totals', async () => {
    const created = await app.post('/v1/staff/outreach', fair, bearer(writeToken));
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.held_on, '2026-03-14');
    assert.equal(created.body.logged_by, 'outreach-team');
    assert.equal(created.body.people, 32);
    assert.equal(created.body.signup_count, 13);
    assert.deepEqual(created.body.reach, [
      { language: 'zh-Hans', topic: 'municipal-id', people: 23 },
      { language: 'es', topic: 'health', people: 9 },
    ]);
    const listed = await app.get('/v1/staff/outreach', bearer(readToken));
    assert.equal(listed.status, 200, listed.text);
    assert.deepEqual(listed.body.items, [created.body]);
    assert.deepEqual(listed.body.totals, { events: 1, people: 32, signups: 13 });
  });

  test('from and to are dates, both included; newest first', async () => {
    for (const held_on of ['2026-01-10', '2026-02-10', '2026-03-10']) {
      assert.equal((await app.post('/v1/staff/outreach', { ...fair, held_on }, bearer(writeToken))).status, 201);
    }
    const days = async (query: string) =>
      (await app.get(`/v1/staff/outreach${query}`, bearer(readToken))).body.items.map(
        (e: { held_on: string }) => e.held_on,
      );
    assert.deepEqual(await days(''), ['2026-03-10', '2026-02-10', '2026-01-10']);
    assert.deepEqual(await days('?from=2026-02-10&to=2026-03-10'), ['2026-03-10', '2026-02-10']);
    assert.deepEqual(await days('?to=2026-01-10'), ['2026-01-10']);
    assert.equal((await app.get('/v1/staff/outreach?from=2026-03-01&to=2026-02-01', bearer(readToken))).status, 400);
    assert.equal((await app.get('/v1/staff/outreach?from=March', bearer(readToken))).status, 400);
  });

  test('refuses a date in the future, no people, unknown languages, topics and programs, duplicates', async () => {
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    for (const [body, field] of [
      [{ ...fair, held_on: nextWeek }, 'held_on'],
      [{ ...fair, held_on: '2026-02-30' }, 'held_on'],
      [{ ...fair, place: '  ' }, 'place'],
      [{ ...fair, reach: [{ language: 'es', topic: 'health', people: 0 }] }, 'reach.0.people'],
      [{ ...fair, reach: [{ language: 'es', topic: 'health', people: 2.5 }] }, 'reach.0.people'],
      [{ ...fair, reach: [{ language: 'Spanish!', topic: 'health', people: 2 }] }, 'reach.0.language'],
      [{ ...fair, reach: [{ language: 'es', topic: 'astrology', people: 2 }] }, 'reach.0.topic'],
      [{ ...fair, reach: [...fair.reach, { language: 'es', topic: 'health', people: 1 }] }, 'reach.2'],
      [{ ...fair, signups: [{ program: 'snap', count: 1 }] }, 'signups.0.program'],
      [{ ...fair, signups: [{ program: 'idnyc', count: 0 }] }, 'signups.0.count'],
    ] as const) {
      const response = await app.post('/v1/staff/outreach', body, bearer(writeToken));
      assert.equal(response.status, 400, field);
      assert.equal(response.body.errors[0].path, field, JSON.stringify(response.body.errors));
    }
    assert.equal((await app.post('/v1/staff/outreach', { ...fair, held_on: today }, bearer(writeToken))).status, 201);
    assert.equal((await app.get('/v1/staff/outreach', bearer(readToken))).body.items.length, 1);
  });

  test('a read token may list but not log; an organizer may do neither', async () => {
    assert.equal((await app.post('/v1/staff/outreach', fair, bearer(readToken))).status, 403);
    const organizer = fakeSessionApp(
      database,
      fieldCrypto,
      sessionIdentity(await insertAccount(database, { name: 'Olu', roles: ['organizer'] }), 'Olu', ['organizer']),
    );
    assert.equal((await organizer.post('/v1/staff/outreach', fair)).status, 403);
    assert.equal((await organizer.get('/v1/staff/outreach')).status, 403);
    const desk = fakeSessionApp(
      database,
      fieldCrypto,
      sessionIdentity(await insertAccount(database, { name: 'Dev Desk' }), 'Dev Desk'),
    );
    const logged = await desk.post('/v1/staff/outreach', fair);
    assert.equal(logged.status, 201);
    assert.equal(logged.body.logged_by, 'Dev Desk');
  });
});
