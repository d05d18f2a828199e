import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../src/app-env.js';
import { validationProblem } from '../src/app.js';
import type { OpenDatabase } from '../src/db/database.js';
import type { StaffRole } from '../src/db/schema.js';
import { findSlots } from '../src/appointments/find-slots.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { registerAppointmentSetupRoutes } from '../src/routes/staff-appointment-setup.js';
import type { StaffIdentity } from '../src/staff/identity.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testApp } from './helpers/app.js';
import { appointmentPlace } from './helpers/appointments.js';

/** The desk's appointment set-up: organizers at their places, admins everywhere, If-Match on changes. */
const crypto = FieldCrypto.fromKeyText('u'.repeat(43) + '=');
let database: OpenDatabase;
let place: string;
let elsewhere: string;

function as(name: string, roles: StaffRole[], locationIds: string[] = [], via: 'session' | 'token' = 'session') {
  const identity: StaffIdentity = { name, scope: 'write', roles, via, locationIds };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationProblem });
  app.use('*', async (c, next) => {
    c.set('db', database.db);
    c.set('crypto', crypto);
    c.set('locales', ['en']);
    c.set('requestId', 'setup-test');
    c.set('staff', identity);
    await next();
  });
  registerAppointmentSetupRoutes(app);
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, text };
  };
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown) => send('POST', path, body),
    put: (path: string, body: unknown, headers?: Record<string, string>) => send('PUT', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => send('DELETE', path, undefined, headers),
  };
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
const idnyc = (location_id: string, extra: Record<string, unknown> = {}) => ({
  location_id,
  code: 'idnyc',
  title: 'IDNYC enrollment',
  what_to_bring: 'Proof of identity and of residence',
  duration_minutes: 30,
  buffer_minutes: 10,
  min_notice_minutes: 0,
  release_weekday: 5,
  release_time: '09:00',
  translations: {
    title: { es: { value: 'Inscripción IDNYC', review: 'reviewed' }, wo: { value: 'Bind IDNYC', review: 'draft' } },
  },
  ...extra,
});

describe('appointment set-up routes', () => {
  before(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await emptyDatabase(database.db);
    place = await appointmentPlace(database.db);
    elsewhere = await appointmentPlace(database.db);
  });
  after(async () => {
    await database.close();
  });

  test('an organizer sets up a type, a person with hours, a closure and an interpreter: slots follow', async () => {
    const organizer = as('Olu', ['organizer'], [place]);
    const created = await organizer.post('/v1/staff/appointment-types', idnyc(place));
    assert.equal(created.status, 201, created.text);
    assert.equal(created.headers.get('ETag'), '"1"');
    assert.deepEqual(created.body.translations.title.wo, { value: 'Bind IDNYC', review: 'draft' });
    const typeId = created.body.id as string;
    assert.equal((await organizer.post('/v1/staff/appointment-types', idnyc(place))).status, 409, 'code taken');

    const person = await organizer.post('/v1/staff/appointment-staff', {
      location_id: place,
      display_name: 'Rosa',
      languages: ['es', 'zh'],
      type_ids: [typeId],
      rules: [{ weekday: 3, starts_at: '09:00', ends_at: '10:20' }],
    });
    assert.equal(person.status, 201, person.text);
    assert.deepEqual(person.body.rules, [
      { weekday: 3, starts_at: '09:00', ends_at: '10:20', valid_from: null, valid_until: null },
    ]);
    const now = new Date('2027-06-04T14:00:00Z');
    const slots = async (interpreter: string | null = null) =>
      (await findSlots(database.db, typeId, { from: '2027-06-09', to: '2027-06-10', now, interpreter }))!.slots.map(
        (s) => s.local_start.slice(11),
      );
    assert.deepEqual(await slots(), ['09:00', '09:40']);

    const closure = await organizer.post('/v1/staff/availability-exceptions', {
      location_id: place,
      staff_id: person.body.id,
      date: '2027-06-09',
      starts_at: '09:00',
      ends_at: '09:30',
    });
    assert.equal(closure.status, 201, closure.text);
    assert.deepEqual(await slots(), ['09:40']);
    const listed = await organizer.get(`/v1/staff/availability-exceptions?location_id=${place}&from=2027-06-01`);
    assert.equal(listed.body.items.length, 1);
    assert.equal((await organizer.delete(`/v1/staff/availability-exceptions/${closure.body.id}`)).status, 204);
    assert.deepEqual(await slots(), ['09:00', '09:40']);

    assert.deepEqual(await slots('wo'), []);
    const wolof = await organizer.post('/v1/staff/interpreter-availability', {
      location_id: place,
      language: 'wo',
      weekday: 3,
      starts_at: '09:30',
      ends_at: '12:00',
    });
    assert.equal(wolof.status, 201, wolof.text);
    assert.deepEqual(await slots('wo'), ['09:40']);
    assert.equal((await organizer.get(`/v1/staff/interpreter-availability?location_id=${place}`)).body.items.length, 1);
    assert.equal((await organizer.delete(`/v1/staff/interpreter-availability/${wolof.body.id}`)).status, 204);
    assert.deepEqual(await slots('wo'), []);
  });

  test('changes need If-Match from a desk session; a stale one is a 412 naming who changed it', async () => {
    const admin = as('Ada', ['admin']);
    const { body: type } = await admin.post('/v1/staff/appointment-types', idnyc(place));
    const url = `/v1/staff/appointment-types/${type.id}`;
    assert.equal((await admin.put(url, idnyc(place, { title: 'New' }))).status, 428);
    const changed = await admin.put(
      url,
      idnyc(place, { title: 'IDNYC: new applicants', translations: {} }),
      ifMatch(1),
    );
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.headers.get('ETag'), '"2"');
    assert.deepEqual(changed.body.translations, {}, 'translations replaced whole');
    const stale = await admin.put(url, idnyc(place), ifMatch(1));
    assert.equal(stale.status, 412);
    assert.equal(stale.body.changed_by, 'Ada');
    assert.equal(stale.body.current_version, 2);
    assert.equal((await admin.put(url, idnyc(elsewhere), ifMatch(2))).status, 400, 'a type stays at its place');
    const archived = await admin.delete(url, ifMatch(2));
    assert.equal(archived.status, 200);
    assert.equal(archived.body.status, 'archived');
    // A token (scripts) may change without If-Match.
    const script = as('script', ['admin'], [], 'token');
    assert.equal((await script.put(url, idnyc(place, { status: 'active' }))).status, 200);

    const { body: person } = await admin.post('/v1/staff/appointment-staff', {
      location_id: place,
      display_name: 'Li',
      rules: [{ weekday: 1, starts_at: '09:00', ends_at: '17:00' }],
    });
    const personUrl = `/v1/staff/appointment-staff/${person.id}`;
    const replaced = await admin.put(
      personUrl,
      { location_id: place, display_name: 'Li Wei', languages: ['zh'], type_ids: [type.id], rules: [] },
      ifMatch(1),
    );
    assert.equal(replaced.status, 200, replaced.text);
    assert.deepEqual(replaced.body.rules, []);
    assert.equal((await admin.put(personUrl, { location_id: place, display_name: 'X' }, ifMatch(1))).status, 412);
  });

  test('organizers only at granted places; other roles not at all', async () => {
    const admin = as('Ada', ['admin']);
    const { body: there } = await admin.post('/v1/staff/appointment-types', idnyc(elsewhere));
    const organizer = as('Olu', ['organizer'], [place]);
    const refused = await organizer.post('/v1/staff/appointment-types', idnyc(elsewhere));
    assert.equal(refused.status, 403);
    assert.equal(refused.body.type, 'https://welcome-widgets.org/problems/location-not-granted');
    assert.equal((await organizer.get(`/v1/staff/appointment-types/${there.id}`)).status, 403);
    assert.equal((await organizer.get(`/v1/staff/appointment-types?location_id=${elsewhere}`)).status, 403);
    assert.equal(
      (await organizer.put(`/v1/staff/appointment-types/${there.id}`, idnyc(elsewhere), ifMatch(1))).status,
      403,
    );
    const desk = as('Dev', ['desk'], [place]);
    assert.equal((await desk.get(`/v1/staff/appointment-types?location_id=${place}`)).status, 403);
    // Staff of another place's types are refused.
    const mixed = await organizer.post('/v1/staff/appointment-staff', {
      location_id: place,
      display_name: 'Sam',
      type_ids: [there.id],
    });
    assert.equal(mixed.status, 400);
    assert.equal(mixed.body.errors[0].path, 'type_ids');
    // Through the real app: nobody signed in is a 401.
    const { get } = testApp(database);
    assert.equal((await get(`/v1/staff/appointment-types?location_id=${place}`)).status, 401);
  });

  test('bad input is a 400 naming each field', async () => {
    const admin = as('Ada', ['admin']);
    const cases: [string, unknown, string][] = [
      ['/v1/staff/appointment-types', idnyc(place, { duration_minutes: 2 }), 'duration_minutes'],
      ['/v1/staff/appointment-types', idnyc(place, { release_time: null }), 'release_time'],
      ['/v1/staff/appointment-types', idnyc(place, { release_time: '25:00' }), 'release_time'],
      ['/v1/staff/appointment-types', idnyc(place, { code: 'Not OK' }), 'code'],
      [
        '/v1/staff/appointment-types',
        idnyc(place, { translations: { title: { '!!': { value: 'x', review: 'draft' } } } }),
        'translations.title.!!',
      ],
      [
        '/v1/staff/appointment-staff',
        { location_id: place, display_name: 'A', rules: [{ weekday: 8, starts_at: '09:00', ends_at: '10:00' }] },
        'rules.0.weekday',
      ],
      [
        '/v1/staff/appointment-staff',
        { location_id: place, display_name: 'A', rules: [{ weekday: 1, starts_at: '10:00', ends_at: '09:00' }] },
        'rules.0.ends_at',
      ],
      ['/v1/staff/availability-exceptions', { location_id: place, date: '2027-02-29' }, 'date'],
      ['/v1/staff/availability-exceptions', { location_id: place, date: '2027-03-01', starts_at: '09:00' }, 'ends_at'],
      ['/v1/staff/availability-exceptions', { location_id: place, date: '2027-03-01', kind: 'open' }, 'staff_id'],
      ['/v1/staff/availability-exceptions', { location_id: place, staff_id: place, date: '2027-03-01' }, 'staff_id'],
      [
        '/v1/staff/interpreter-availability',
        { location_id: place, language: 'wo', starts_at: '09:00', ends_at: '10:00' },
        'weekday',
      ],
      [
        '/v1/staff/interpreter-availability',
        { location_id: place, language: 'wo', weekday: 1, starts_at: '09:00', ends_at: '10:00', capacity: 0 },
        'capacity',
      ],
    ];
    for (const [path, body, field] of cases) {
      const answer = await admin.post(path, body);
      assert.equal(answer.status, 400, `${field}: ${answer.text}`);
      assert.ok(
        answer.body.errors.some((e: { path: string }) => e.path === field),
        `${field}: ${answer.text}`,
      );
    }
    assert.equal((await admin.get('/v1/staff/appointment-types?location_id=x')).status, 400);
    assert.equal((await admin.delete(`/v1/staff/availability-exceptions/${place}`)).status, 404);
  });
});
