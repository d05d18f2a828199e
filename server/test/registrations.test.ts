import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { purgeRegistrationDetails } from '../src/events/retention.js';
import { eventIdForUid, upsertEvent, type EventInput } from '../src/events/store.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { seededTestApp } from './helpers/app.js';

const crypto = FieldCrypto.fromKeyText('r'.repeat(43) + '=');

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
const Y = new Date().getUTCFullYear() + 1;

const session = `${Y}-05-05T10:00`;
const series: EventInput = {
  uid: 'r-series',
  type: 'english-class',
  title: 'Ten-week class',
  timezone: 'America/New_York',
  dtstart: `${Y}-05-04T18:00`,
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;COUNT=10',
  capacity: 10,
  registrationMode: 'series',
};
const clinic: EventInput = {
  uid: 'r-clinic',
  type: 'legal-clinic',
  title: 'Clinic',
  timezone: 'America/New_York',
  dtstart: session,
  durationMinutes: 120,
  rrule: 'FREQ=WEEKLY;COUNT=4',
  capacity: 3,
  registrationMode: 'per-session',
};
const seriesId = eventIdForUid('r-series');
const clinicId = eventIdForUid('r-clinic');

const person = (key: string, extra: Record<string, unknown> = {}) => ({
  name: `Person ${key}`,
  contact_method: 'email',
  email: `${key}@example.org`,
  preferred_language: 'bn',
  scope: 'series',
  party_size: 1,
  idempotency_key: `key-${key}-0000`,
  ...extra,
});

async function counts(eventId: string) {
  const rows = await database.db
    .selectFrom('registrations')
    .select(['status', sql<number>`count(*)::int`.as('n'), sql<number>`coalesce(sum(party_size), 0)::int`.as('people')])
    .where('event_id', '=', eventId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, { n: Number(r.n), people: Number(r.people) }]));
}

describe(`registrations (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ writesPerMinute: 10_000, crypto });
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE registrations, event_capacity, events CASCADE`.execute(database.db);
    await upsertEvent(database.db, series);
    await upsertEvent(database.db, clinic);
  });
  after(() => database.close());

  test('50 concurrent sign-ups for 10 places: exactly 10 confirmed, 40 waitlisted in order, none twice on retry', async () => {
    const people = Array.from({ length: 50 }, (_, i) => person(`p${i}`));
    const first = await Promise.all(people.map((p) => app.post(`/v1/events/${seriesId}/registrations`, p)));
    assert.deepEqual(
      first.map((r) => r.status),
      Array(50).fill(201),
    );
    const confirmed = first.filter((r) => r.body.status === 'confirmed');
    const waitlisted = first.filter((r) => r.body.status === 'waitlisted');
    assert.equal(confirmed.length, 10);
    assert.equal(waitlisted.length, 40);
    assert.deepEqual(
      waitlisted.map((r) => r.body.waitlist_position).sort((a, b) => a - b),
      Array.from({ length: 40 }, (_, i) => i + 1),
      'each waiting person has a distinct place in the queue',
    );

    // Every client retries at once (a flaky connection): the same answers, no new rows.
    const retries = await Promise.all(people.map((p) => app.post(`/v1/events/${seriesId}/registrations`, p)));
    assert.deepEqual(
      retries.map((r) => r.status),
      Array(50).fill(200),
    );
    assert.deepEqual(
      retries.map((r) => [r.body.id, r.body.status, r.body.waitlist_position]),
      first.map((r) => [r.body.id, r.body.status, r.body.waitlist_position]),
    );
    assert.deepEqual(await counts(seriesId), { confirmed: { n: 10, people: 10 }, waitlisted: { n: 40, people: 40 } });
    const detail = await app.get(`/v1/events/${seriesId}`);
    assert.deepEqual(detail.body.availability, { capacity: 10, taken: 10, available: 0, waitlisted: 40, full: true });
  });

  test('parties never push a session past its capacity', async () => {
    const sizes = [2, 2, 1, 3, 1, 1, 2];
    const results = await Promise.all(
      sizes.map((size, i) =>
        app.post(
          `/v1/events/${clinicId}/registrations`,
          person(`s${i}`, { scope: 'session', occurrence: session, party_size: size }),
        ),
      ),
    );
    assert.ok(results.every((r) => r.status === 201));
    const taken = results.filter((r) => r.body.status === 'confirmed').reduce((sum, r) => sum + r.body.party_size, 0);
    assert.ok(taken <= 3, `confirmed ${taken} people for 3 places`);
    assert.ok(taken >= 2, 'the first party always fits');
    const { people } = (await counts(clinicId)).confirmed!;
    assert.equal(people, taken);
    const other = await app.post(
      `/v1/events/${clinicId}/registrations`,
      person('other-week', { scope: 'session', occurrence: `${Y}-05-12T10:00` }),
    );
    assert.equal(other.body.status, 'confirmed', 'each session has its own places');
  });

  test('cancelling frees the place for the first person waiting', async () => {
    const small = { ...clinic, uid: 'r-small', capacity: 1 };
    await upsertEvent(database.db, small);
    const id = eventIdForUid('r-small');
    const sign = (key: string) =>
      app.post(`/v1/events/${id}/registrations`, person(key, { scope: 'session', occurrence: session }));
    const a = await sign('a');
    const b = await sign('b');
    const c = await sign('c');
    assert.deepEqual(
      [a.body.status, b.body.status, b.body.waitlist_position, c.body.waitlist_position],
      ['confirmed', 'waitlisted', 1, 2],
    );
    const cancelled = await app.post('/v1/registrations/cancel', { token: a.body.cancel_token });
    assert.equal(cancelled.status, 200);
    assert.deepEqual(cancelled.body, { status: 'cancelled', event_id: id, promoted: 1 });
    const again = await app.post('/v1/registrations/cancel', { token: a.body.cancel_token });
    assert.deepEqual(again.body.promoted, 0, 'cancelling twice is harmless');
    assert.equal((await sign('b')).body.status, 'confirmed', 'b moved up');
    assert.equal((await sign('c')).body.waitlist_position, 1, 'c is now first in line');

    const forged = await app.post('/v1/registrations/cancel', {
      token: `${b.body.id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
    });
    assert.equal(forged.status, 404);
  });

  test('validates every field and names it', async () => {
    const url = `/v1/events/${seriesId}/registrations`;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ contact_method: 'fax' }, 'contact_method'],
      [{ email: undefined }, 'email'],
      [{ email: 'not-an-address' }, 'email'],
      [{ contact_method: 'phone', phone: undefined }, 'phone'],
      [{ contact_method: 'phone', phone: '12' }, 'phone'],
      [{ preferred_language: 'Bangla!' }, 'preferred_language'],
      [{ scope: 'everything' }, 'scope'],
      [{ party_size: 0 }, 'party_size'],
      [{ party_size: 11 }, 'party_size'],
      [{ access_needs: 'x'.repeat(501) }, 'access_needs'],
      [{ idempotency_key: 'short' }, 'idempotency_key'],
      [{ website: 'http://spam.example' }, 'website'],
      [{ scope: 'session' }, 'occurrence'],
      [{ scope: 'session', occurrence: `${Y}-05-04T18:00` }, 'scope'],
    ];
    for (const [change, field] of cases) {
      const { status, body, headers } = await app.post(url, person(`v-${field}`, change));
      assert.equal(status, 400, `${field}: ${JSON.stringify(change)}`);
      assert.equal(headers.get('content-type'), 'application/problem+json');
      assert.ok(
        body.errors.some((e: { path: string }) => e.path === field),
        `${field}: ${JSON.stringify(body.errors)}`,
      );
    }
    const badSession = await app.post(
      `/v1/events/${clinicId}/registrations`,
      person('bad-session', { scope: 'session', occurrence: `${Y}-05-06T10:00` }),
    );
    assert.equal(badSession.body.errors[0].path, 'occurrence');
    const notJson = await app.app.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    assert.equal(notJson.status, 400);
    assert.deepEqual(await counts(seriesId), {}, 'nothing was stored');
  });

  test('refuses sign-up where there is none, and for sessions that have begun', async () => {
    await upsertEvent(database.db, { ...clinic, uid: 'r-walk-in', registrationMode: 'none', capacity: null });
    await upsertEvent(database.db, { ...series, uid: 'r-started', dtstart: `${Y - 2}-01-05T18:00` });
    await upsertEvent(database.db, { ...clinic, uid: 'r-external', registrationUrl: 'https://example.org/sign-up' });
    await upsertEvent(database.db, { ...clinic, uid: 'r-cancelled', status: 'cancelled' });
    for (const uid of ['r-walk-in', 'r-external', 'r-cancelled']) {
      const { status, body } = await app.post(
        `/v1/events/${eventIdForUid(uid)}/registrations`,
        person(uid, { scope: 'session', occurrence: session }),
      );
      assert.equal(status, 409, uid);
      assert.match(body.type, /registration-closed$/);
    }
    const started = await app.post(`/v1/events/${eventIdForUid('r-started')}/registrations`, person('late'));
    assert.equal(started.status, 409);
    const missing = await app.post(`/v1/events/${eventIdForUid('r-none')}/registrations`, person('x'));
    assert.equal(missing.status, 404);
  });

  test('accepts the key as an Idempotency-Key header too, and refuses a mismatch', async () => {
    const body = person('h');
    const ok = await app.post(`/v1/events/${seriesId}/registrations`, body, {
      'Idempotency-Key': body.idempotency_key,
    });
    assert.equal(ok.status, 201);
    const mismatch = await app.post(`/v1/events/${seriesId}/registrations`, person('h2'), {
      'Idempotency-Key': 'another-key-1',
    });
    assert.equal(mismatch.status, 400);
    assert.equal(mismatch.body.errors[0].path, 'idempotency_key');
  });

  test('limits sign-ups per client with 429 and Retry-After', async () => {
    const { testApp } = await import('./helpers/app.js');
    const limited = testApp(database, { writesPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await limited.post(`/v1/events/${seriesId}/registrations`, person(`rl${i}`))).status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    const last = await limited.post('/v1/registrations/cancel', { token: 'x'.repeat(30) });
    assert.equal(last.status, 429);
    assert.ok(Number(last.headers.get('retry-after')) > 0);
  });

  test('stores only what the sign-up needs: no contact detail for another method', async () => {
    await app.post(`/v1/events/${seriesId}/registrations`, person('m', { contact_method: 'none' }));
    const row = await database.db.selectFrom('registrations').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.email, null, 'an email typed before choosing "no contact" is not kept');
    assert.equal(row.phone, null);
  });

  test("erases a cancelled sign-up's details at once, and the rest after the retention period", async () => {
    const kept = await app.post(
      `/v1/events/${clinicId}/registrations`,
      person('keep', { scope: 'session', occurrence: session }),
    );
    const gone = await app.post(
      `/v1/events/${clinicId}/registrations`,
      person('gone', { scope: 'session', occurrence: session }),
    );
    await app.post('/v1/registrations/cancel', { token: gone.body.cancel_token });
    const row = (id: string) =>
      database.db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const cancelled = await row(gone.body.id);
    assert.deepEqual([cancelled.name, cancelled.email, cancelled.status], ['', null, 'cancelled']);
    assert.ok(cancelled.purged_at);
    const keptRow = await row(kept.body.id);
    assert.equal(crypto.decrypt(keptRow.email), 'keep@example.org');
    assert.ok(!JSON.stringify(keptRow).includes('keep@example.org'), 'the raw row holds no plaintext');
    assert.equal(crypto.decrypt(keptRow.name), 'Person keep');

    // Sixty days after the session (10:00 to 12:00 New York time), with 30 days' retention.
    const later = new Date(new Date(`${session}:00-04:00`).getTime() + 60 * 86_400_000);
    assert.equal(await purgeRegistrationDetails(database.db, 90, later), 0, 'still within 90 days');
    assert.equal(await purgeRegistrationDetails(database.db, 30, later), 1);
    const erased = await row(kept.body.id);
    assert.deepEqual([erased.name, erased.email, erased.phone, erased.access_needs], ['', null, null, null]);
    assert.equal(erased.status, 'confirmed', 'the row still counts');
    assert.equal(await purgeRegistrationDetails(database.db, 30, later), 0, 'nothing left to erase');
    const series = await app.post(`/v1/events/${seriesId}/registrations`, person('series'));
    assert.equal(await purgeRegistrationDetails(database.db, 30, later), 0, 'the ten-week series has not ended then');
    assert.equal(crypto.decrypt((await row(series.body.id)).email), 'series@example.org');
  });
});
