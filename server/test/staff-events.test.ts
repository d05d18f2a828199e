import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import type { StaffRole } from '../src/db/schema.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { stableId } from '../src/seed/ids.js';
import { DEMO_EMAIL, prepareDemoSignIn } from '../src/staff/demo-sign-in.js';
import type { StaffIdentity } from '../src/staff/identity.js';
import { seededTestApp } from './helpers/app.js';
import { fakeSessionApp, insertAccount } from './helpers/desk.js';

const crypto = FieldCrypto.fromKeyText('e'.repeat(43) + '=');
const LIBRARY = stableId('location:t-library');
const FLUSHING = stableId('location:t-flushing');
const Y = new Date().getUTCFullYear() + 1;

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let admin: ReturnType<typeof fakeSessionApp>;
let organizer: ReturnType<typeof fakeSessionApp>;
let desk: ReturnType<typeof fakeSessionApp>;

async function session(name: string, roles: StaffRole[], locationIds: string[] = []) {
  const accountId = await insertAccount(database, { name, roles });
  const identity: StaffIdentity = { name, scope: 'write', roles, via: 'session', accountId, locationIds };
  return fakeSessionApp(database, crypto, identity);
}

/** A weekly clinic at the library, 4 sessions, 3 places each. */
const clinic = (extra: Record<string, unknown> = {}) => ({
  type: 'legal-clinic',
  location_id: LIBRARY,
  timezone: 'America/New_York',
  dtstart: `${Y}-05-05T10:00`,
  duration_minutes: 120,
  rrule: 'FREQ=WEEKLY;COUNT=4',
  capacity: 3,
  registration_mode: 'per-session',
  languages: ['en', 'es'],
  source_locale: 'en',
  texts: {
    title: { en: { value: 'Free legal clinic', reviewed: true }, es: { value: 'Clínica legal', reviewed: false } },
    description: { en: { value: 'Bring your papers.', reviewed: true } },
  },
  ...extra,
});

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

async function jobs(kind: string) {
  const rows = await database.db.selectFrom('jobs').select(['payload']).where('kind', '=', kind).execute();
  return rows.map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload));
}

async function signUp(eventId: string, key: string, n: number, party = 1) {
  const response = await app.post(`/v1/events/${eventId}/registrations`, {
    name: `Person ${n}`,
    contact_method: 'email',
    email: `p${n}@example.org`,
    preferred_language: 'es',
    scope: 'session',
    occurrence: key,
    party_size: party,
    idempotency_key: `signup-${n}-${key.replace(/\W/g, '')}`,
  });
  assert.ok([200, 201].includes(response.status), response.text);
  return response.body as { id: string; status: string };
}

async function statuses(eventId: string, key: string) {
  const rows = await database.db
    .selectFrom('registrations')
    .select(['id', 'status'])
    .where('event_id', '=', eventId)
    .where('occurrence_key', '=', key)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows;
}

async function capacityRow(eventId: string, key: string) {
  const row = await database.db
    .selectFrom('event_capacity')
    .select(['taken', 'waitlisted'])
    .where('event_id', '=', eventId)
    .where('occurrence_key', '=', key)
    .executeTakeFirst();
  return row && { taken: Number(row.taken), waitlisted: Number(row.waitlisted) };
}

describe(`staff events (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ crypto, writesPerMinute: 10_000 });
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE events, registrations, event_capacity, event_session_changes, jobs, staff_accounts, staff_demo_tokens, audit_log CASCADE`.execute(
      database.db,
    );
    await database.db.deleteFrom('translations').where('entity', '=', 'event').execute();
    admin = await session('Ada Admin', ['admin']);
    organizer = await session('Olu Organizer', ['organizer'], [LIBRARY]);
    desk = await session('Dev Desk', ['desk']);
  });
  after(() => database.close());

  test('an organizer creates an event at a granted location, reads it with its ETag and texts', async () => {
    const created = await organizer.post('/v1/staff/events', clinic());
    assert.equal(created.status, 201, created.text);
    const event = created.body;
    assert.equal(event.version, 1);
    assert.equal(created.headers.get('etag'), '"1"');
    assert.deepEqual(event.texts.title, {
      en: { value: 'Free legal clinic', state: 'source' },
      es: { value: 'Clínica legal', state: 'machine' },
    });
    assert.equal(event.sessions.length, 4);
    assert.deepEqual(
      event.sessions.map((s: { key: string; status: string }) => [s.key, s.status]),
      [5, 12, 19, 26].map((day) => [`${Y}-05-${String(day).padStart(2, '0')}T10:00`, 'scheduled']),
    );
    const read = await organizer.get(`/v1/staff/events/${event.id}`);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('etag'), '"1"');

    const list = await organizer.get('/v1/staff/events');
    assert.equal(list.body.items.length, 1);
    assert.equal(list.body.items[0].title, 'Free legal clinic');
    assert.equal(list.body.items[0].sessions_upcoming, 4);
    assert.equal(list.body.items[0].location_name !== null, true);

    const audit = await database.db.selectFrom('audit_log').selectAll().where('record_id', '=', event.id).execute();
    assert.deepEqual(
      audit.map((row) => [row.actor, row.action, row.record_type]),
      [['Olu Organizer', 'create', 'event']],
    );
  });

  test('organizers are scoped to their locations; admins see all; the desk role may not', async () => {
    const elsewhere = await admin.post('/v1/staff/events', clinic({ location_id: FLUSHING }));
    assert.equal(elsewhere.status, 201, elsewhere.text);
    const mine = await organizer.post('/v1/staff/events', clinic());
    assert.equal(mine.status, 201);

    const refused = await organizer.post('/v1/staff/events', clinic({ location_id: FLUSHING }));
    assert.equal(refused.status, 403);
    assert.match(refused.body.type, /location-not-granted$/);
    assert.equal((await organizer.post('/v1/staff/events', clinic({ location_id: null }))).status, 403);
    const read = await organizer.get(`/v1/staff/events/${elsewhere.body.id}`);
    assert.equal(read.status, 403);
    assert.match(read.body.type, /location-not-granted$/);
    const put = await organizer.put(`/v1/staff/events/${elsewhere.body.id}`, clinic(), ifMatch(1));
    assert.equal(put.status, 403);
    // Nor may an organizer move their own event to a location not granted.
    const away = await organizer.put(`/v1/staff/events/${mine.body.id}`, clinic({ location_id: FLUSHING }), ifMatch(1));
    assert.equal(away.status, 403);

    assert.deepEqual(
      (await organizer.get('/v1/staff/events')).body.items.map((e: { id: string }) => e.id),
      [mine.body.id],
    );
    assert.equal((await admin.get('/v1/staff/events')).body.items.length, 2);
    assert.deepEqual(
      (await organizer.get('/v1/staff/locations')).body.items.map((l: { id: string }) => l.id),
      [LIBRARY],
    );
    assert.ok((await admin.get('/v1/staff/locations')).body.items.length >= 2);
    assert.equal((await desk.get('/v1/staff/events')).status, 403);
    assert.equal((await desk.post('/v1/staff/events', clinic())).status, 403);
  });

  test('an edit needs If-Match: 428 without, 412 stale with who and when, then bumps version and sequence', async () => {
    const { body: event } = await organizer.post('/v1/staff/events', clinic());
    const url = `/v1/staff/events/${event.id}`;
    assert.equal((await organizer.put(url, clinic())).status, 428);

    // A text change: version up, sequence unchanged; the Spanish title is now reviewed.
    const texts = clinic().texts;
    texts.title.es = { value: 'Clínica legal gratuita', reviewed: true };
    const first = await admin.put(url, clinic({ texts }), ifMatch(1));
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.version, 2);
    assert.equal(first.body.sequence, 0);
    assert.equal(first.body.updated_by, 'Ada Admin');
    assert.deepEqual(first.body.texts.title.es, { value: 'Clínica legal gratuita', state: 'reviewed' });
    const stored = await database.db
      .selectFrom('translations')
      .select(['value', 'method'])
      .where('entity_id', '=', event.id)
      .where('field', '=', 'title')
      .where('locale', '=', 'es')
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, { value: 'Clínica legal gratuita', method: 'human' });

    const stale = await organizer.put(url, clinic({ duration_minutes: 90 }), ifMatch(1));
    assert.equal(stale.status, 412);
    assert.match(stale.body.type, /stale$/);
    assert.equal(stale.body.changed_by, 'Ada Admin');
    assert.ok(!Number.isNaN(Date.parse(stale.body.changed_at)));

    // A change of time: sequence up too.
    const timed = await organizer.put(url, clinic({ duration_minutes: 90 }), ifMatch(2));
    assert.equal(timed.status, 200, timed.text);
    assert.equal(timed.body.version, 3);
    assert.equal(timed.body.sequence, 1);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'fields'])
      .where('record_id', '=', event.id)
      .where('action', '=', 'change')
      .orderBy('at')
      .execute();
    assert.equal(audit.length, 2);
    assert.ok(audit[1]!.fields.includes('duration_minutes'));
  });

  test('the demo account is granted the locations that have events', async () => {
    await admin.post('/v1/staff/events', clinic());
    await prepareDemoSignIn(database.db);
    const account = await database.db
      .selectFrom('staff_accounts')
      .select(['roles', 'location_ids'])
      .where('email', '=', DEMO_EMAIL)
      .executeTakeFirstOrThrow();
    assert.deepEqual(account.location_ids, [LIBRARY]);
    assert.ok(account.roles.includes('organizer'));
  });

  test('an edit of the rule is seen at once by the public listing (held sessions are keyed by the rule)', async () => {
    const { body: event } = await admin.post('/v1/staff/events', clinic());
    const window = `/v1/events?from=${Y}-05-01T00:00:00Z&to=${Y}-06-01T00:00:00Z`;
    const count = async () =>
      (await app.get(window)).body.items.filter((o: { event_id: string }) => o.event_id === event.id).length;
    assert.equal(await count(), 4);
    const edited = await admin.put(
      `/v1/staff/events/${event.id}`,
      clinic({ rrule: 'FREQ=WEEKLY;COUNT=2' }),
      ifMatch(1),
    );
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.sequence, 1);
    assert.equal(await count(), 2);
  });

  test('a bad rule, zone or value is a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ rrule: 'FREQ=FORTNIGHTLY' }, 'rrule'],
      [{ rrule: 'FREQ=WEEKLY;BYDAY=XX' }, 'rrule'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ duration_minutes: 2 }, 'duration_minutes'],
      [{ duration_minutes: 1441 }, 'duration_minutes'],
      [{ capacity: 0 }, 'capacity'],
      [{ registration_mode: 'maybe' }, 'registration_mode'],
      [{ dtstart: `${Y}-02-30T10:00` }, 'dtstart'],
    ];
    for (const [change, path] of cases) {
      const response = await admin.post('/v1/staff/events', clinic(change));
      assert.equal(response.status, 400, `${JSON.stringify(change)}: ${response.text}`);
      assert.ok(
        response.body.errors.some((e: { path: string }) => e.path === path),
        `${JSON.stringify(change)}: ${response.text}`,
      );
    }
    const { body: event } = await admin.post('/v1/staff/events', clinic());
    const bad = await admin.put(`/v1/staff/events/${event.id}`, clinic({ rrule: 'FREQ=WEEKLY;COUNT=x' }), ifMatch(1));
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'rrule');
  });
  test('a capacity below the people confirmed is refused (409) unless told to waitlist or keep them', async () => {
    const { body: event } = await admin.post('/v1/staff/events', clinic());
    const key = `${Y}-05-05T10:00`;
    const url = `/v1/staff/events/${event.id}`;
    // A party of 3 waits (it does not fit after the first person); two single people after it still fit.
    const people = [];
    for (const [n, party] of [
      [1, 1],
      [2, 3],
      [3, 1],
      [4, 1],
    ] as const)
      people.push(await signUp(event.id, key, n, party));
    assert.deepEqual(
      people.map((p) => p.status),
      ['confirmed', 'waitlisted', 'confirmed', 'confirmed'],
    );

    const refused = await admin.put(url, clinic({ capacity: 1 }), ifMatch(1));
    assert.equal(refused.status, 409, refused.text);
    assert.match(refused.body.type, /capacity-below-confirmed$/);
    assert.deepEqual(refused.body.sessions, [{ key, confirmed: 3, capacity: 1 }]);
    assert.equal((await admin.get(url)).body.capacity, 3, 'nothing changed');

    // keep: the three stay confirmed, nobody new is confirmed.
    const kept = await admin.put(url, clinic({ capacity: 2, over_capacity: 'keep' }), ifMatch(1));
    assert.equal(kept.status, 200, kept.text);
    assert.deepEqual(await capacityRow(event.id, key), { taken: 3, waitlisted: 1 });
    assert.equal((await jobs('registration.waitlisted')).length, 0);

    // waitlist: the one confirmed last goes back to the head of the waiting list, ahead of the party
    // that was waiting before them, and is told.
    const waitlisted = await admin.put(url, clinic({ capacity: 2, over_capacity: 'waitlist' }), ifMatch(2));
    assert.equal(waitlisted.status, 200, waitlisted.text);
    assert.deepEqual(await capacityRow(event.id, key), { taken: 2, waitlisted: 2 });
    assert.deepEqual(
      (await jobs('registration.waitlisted')).map((p) => p.registration_id),
      [people[3]!.id],
    );
    const queue = (await statuses(event.id, key)).filter((r) => r.status === 'waitlisted').map((r) => r.id);
    assert.deepEqual(queue, [people[3]!.id, people[1]!.id], 'the one moved back is first in line');
    const session = waitlisted.body.sessions.find((s: { key: string }) => s.key === key);
    assert.equal(session.confirmed, 2);
    assert.equal(session.waitlisted, 4, 'people, party sizes summed');

    // Raising the capacity moves people up, first in line first, each told.
    const raised = await admin.put(url, clinic({ capacity: 3 }), ifMatch(3));
    assert.equal(raised.status, 200, raised.text);
    assert.deepEqual(await capacityRow(event.id, key), { taken: 3, waitlisted: 1 });
    assert.deepEqual(
      (await jobs('registration.promoted')).map((p) => p.registration_id),
      [people[3]!.id],
    );
    const unlimited = await admin.put(url, clinic({ capacity: null }), ifMatch(4));
    assert.equal(unlimited.status, 200, unlimited.text);
    assert.deepEqual(await capacityRow(event.id, key), { taken: 6, waitlisted: 0 });
    assert.equal((await jobs('registration.promoted')).length, 2);
    assert.ok((await statuses(event.id, key)).every((r) => r.status === 'confirmed'));
  });

  test('a session cancelled: listed as cancelled, no sign-up, job enqueued, SEQUENCE up, .ics override', async () => {
    const { body: event } = await organizer.post('/v1/staff/events', clinic());
    const key = `${Y}-05-12T10:00`;
    const url = `/v1/staff/events/${event.id}/sessions/${key}/cancel`;
    assert.equal((await organizer.post(url, {})).status, 428);
    assert.equal(
      (await organizer.post(`/v1/staff/events/${event.id}/sessions/${Y}-05-13T10:00/cancel`, {}, ifMatch(1))).status,
      404,
    );
    const cancelled = await organizer.post(url, {}, ifMatch(1));
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.body.sequence, 1);
    assert.equal(cancelled.body.version, 2);
    assert.equal(cancelled.body.sessions.find((s: { key: string }) => s.key === key).status, 'cancelled');
    assert.deepEqual(await jobs('session.cancelled'), [{ event_id: event.id, occurrence_key: key, sequence: 1 }]);
    const change = await database.db.selectFrom('event_session_changes').selectAll().executeTakeFirstOrThrow();
    assert.equal(change.status, 'cancelled');
    assert.equal(change.changed_by, 'Olu Organizer');

    const list = await app.get(`/v1/events?from=${Y}-05-01T00:00:00Z&to=${Y}-06-01T00:00:00Z`);
    const shown = list.body.items.filter((o: { event_id: string }) => o.event_id === event.id);
    assert.deepEqual(
      shown.map((o: { local_start: string; status: string; registration: { open: boolean } }) => [
        o.local_start,
        o.status,
        o.registration.open,
      ]),
      [
        [`${Y}-05-05T10:00`, 'scheduled', true],
        [key, 'cancelled', false],
        [`${Y}-05-19T10:00`, 'scheduled', true],
        [`${Y}-05-26T10:00`, 'scheduled', true],
      ],
    );
    const detail = await app.get(`/v1/events/${event.id}?occurrence=${key}`);
    assert.equal(detail.body.status, 'cancelled');
    assert.equal(detail.body.occurrences[1].status, 'cancelled');
    const signUp = await app.post(`/v1/events/${event.id}/registrations`, {
      name: 'Late',
      contact_method: 'none',
      preferred_language: 'en',
      scope: 'session',
      occurrence: key,
      idempotency_key: 'late-sign-up-1',
    });
    assert.equal(signUp.status, 409);
    assert.match(signUp.body.type, /registration-closed$/);

    const feed = await app.get(`/v1/events/${event.id}/event.ics`);
    assert.match(feed.text, /SEQUENCE:1/);
    const vevents = parseCalendar(feed.text);
    assert.equal(vevents.length, 2);
    const override = vevents.find((v) => v.hasProperty('recurrence-id'))!;
    assert.equal(override.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(String(override.getFirstPropertyValue('recurrence-id')), `${key}:00`);
    assert.deepEqual(expandFeed(feed.text), [
      [`${Y}-05-05T10:00`, 'CONFIRMED'],
      [`${Y}-05-12T10:00`, 'CANCELLED'],
      [`${Y}-05-19T10:00`, 'CONFIRMED'],
      [`${Y}-05-26T10:00`, 'CONFIRMED'],
    ]);
  });

  test('a session moved: shown at its new time with moved_from, key kept, job enqueued, .ics override', async () => {
    const { body: event } = await organizer.post('/v1/staff/events', clinic());
    const key = `${Y}-05-12T10:00`;
    const person = await signUp(event.id, key, 1);
    const url = `/v1/staff/events/${event.id}/sessions/${key}/move`;
    const clash = await organizer.post(url, { start: `${Y}-05-19T11:00` }, ifMatch(1));
    assert.equal(clash.status, 409);
    assert.match(clash.body.type, /session-conflict$/);
    assert.equal(
      (
        await organizer.post(
          `/v1/staff/events/${event.id}/sessions/${Y}-05-12T11:00/move`,
          { start: `${Y}-05-14T10:00` },
          ifMatch(1),
        )
      ).status,
      404,
    );

    const moved = await organizer.post(url, { start: `${Y}-05-14T14:00`, duration_minutes: 60 }, ifMatch(1));
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.sequence, 1);
    const session = moved.body.sessions.find((s: { key: string }) => s.key === key);
    assert.equal(session.status, 'moved');
    assert.equal(session.moved_to, `${Y}-05-14T14:00`);
    assert.equal(session.confirmed, 1, 'the sign-up stays with the session');
    assert.deepEqual(await jobs('session.moved'), [{ event_id: event.id, occurrence_key: key, sequence: 1 }]);

    const list = await app.get(`/v1/events?from=${Y}-05-13T00:00:00Z&to=${Y}-05-15T00:00:00Z`);
    assert.equal(list.body.items.length, 1);
    const shown = list.body.items[0];
    assert.equal(shown.local_start, key, 'the occurrence key stays the original local start');
    assert.equal(shown.status, 'moved');
    assert.equal(shown.start, new Date(`${Y}-05-14T18:00:00Z`).toISOString());
    assert.equal(shown.end, new Date(`${Y}-05-14T19:00:00Z`).toISOString());
    assert.equal(shown.moved_from, new Date(`${Y}-05-12T14:00:00Z`).toISOString());
    assert.equal(shown.moved_to, `${Y}-05-14T14:00`);
    assert.deepEqual(shown.series, { position: 2, count: 4 });
    const original = await app.get(`/v1/events?from=${Y}-05-12T00:00:00Z&to=${Y}-05-13T00:00:00Z`);
    assert.equal(original.body.items.length, 0, 'not shown at its old time');
    // Sign-ups still use the original key, and the new time decides whether it has begun.
    const again = await signUp(event.id, key, 2);
    assert.equal(again.status, 'confirmed');

    const feed = await app.get(`/v1/events/${event.id}/event.ics`);
    assert.deepEqual(expandFeed(feed.text), [
      [`${Y}-05-05T10:00`, 'CONFIRMED'],
      [`${Y}-05-14T14:00`, 'CONFIRMED'],
      [`${Y}-05-19T10:00`, 'CONFIRMED'],
      [`${Y}-05-26T10:00`, 'CONFIRMED'],
    ]);
    const one = await app.get(`/v1/events/${event.id}/event.ics?occurrence=${key}`);
    assert.match(one.text, new RegExp(`DTSTART;TZID=America/New_York:${Y}0514T140000`));
    assert.ok(person.id);
  });

  test('the series cancelled: status, job with key series, every session cancelled in listing and feed', async () => {
    const { body: event } = await organizer.post('/v1/staff/events', clinic());
    const cancelled = await organizer.post(`/v1/staff/events/${event.id}/cancel`, {}, ifMatch(1));
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.sequence, 1);
    assert.deepEqual(await jobs('session.cancelled'), [{ event_id: event.id, occurrence_key: 'series', sequence: 1 }]);
    const stale = await organizer.post(`/v1/staff/events/${event.id}/cancel`, {}, ifMatch(1));
    assert.equal(stale.status, 412);
    const list = await app.get(`/v1/events?from=${Y}-05-01T00:00:00Z&to=${Y}-06-01T00:00:00Z`);
    assert.ok(list.body.items.every((o: { status: string }) => o.status === 'cancelled'));
    const feed = await app.get(`/v1/events.ics?from=${Y}-05-01T00:00:00Z&to=${Y}-06-01T00:00:00Z`);
    const [vevent] = parseCalendar(feed.text);
    assert.equal(vevent!.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(vevent!.getFirstPropertyValue('sequence'), 1);
  });
});

/** The VEVENTs of a calendar, parsed by ical.js (a parse error fails the test). */
function parseCalendar(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

/** Every session ical.js's expansion gives, overrides applied: local start and status. */
function expandFeed(text: string): [string, string][] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = calendar.getAllSubcomponents('vevent');
  const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id'))!);
  for (const v of vevents) if (v.hasProperty('recurrence-id')) master.relateException(new ICAL.Event(v));
  const found: [string, string][] = [];
  const iterator = master.iterator();
  for (let next = iterator.next(); next && found.length < 50; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next);
    const status = String(details.item.component.getFirstPropertyValue('status'));
    found.push([details.startDate.toString().slice(0, 16), status]);
  }
  return found;
}
