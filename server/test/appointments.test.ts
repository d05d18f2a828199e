import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { addDays, today } from '../src/appointments/wall-clock.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testApp } from './helpers/app.js';
import { addInterpreter, addStaff, addType, appointmentPlace } from './helpers/appointments.js';

/** The public appointment routes on the real clock: slots three days from now, 09:00–12:00 in New York. */
let database: OpenDatabase;
let app: ReturnType<typeof testApp>;
let place: string;
let type: string;
const date = addDays(today(new Date(), 'America/New_York'), 3);

const booking = (start: string, key: string, extra: Record<string, unknown> = {}) => ({
  type_id: type,
  start,
  language: 'es',
  name: 'Ana Pérez',
  contact_method: 'email',
  email: 'ana@example.org',
  idempotency_key: key,
  ...extra,
});

async function slotsOn(day = date, query = '') {
  const answer = await app.get(`/v1/appointment-types/${type}/availability?from=${day}&days=1${query}`);
  assert.equal(answer.status, 200, answer.text);
  return answer.body.days[0].slots as { start: string; end: string; local_start: string }[];
}

const jobs = async () =>
  (await database.db.selectFrom('jobs').select(['kind', 'payload']).orderBy('created_at').execute()).map((j) => ({
    kind: j.kind,
    payload: typeof j.payload === 'string' ? JSON.parse(j.payload) : j.payload,
  }));

describe('public appointment routes', () => {
  before(async () => {
    database = await openTestDatabase();
    app = testApp(database, { writesPerMinute: 1000 });
  });
  beforeEach(async () => {
    await emptyDatabase(database.db);
    place = await appointmentPlace(database.db);
    type = await addType(database.db, place, { duration_minutes: 60, on_behalf_allowed: false });
    await addStaff(database.db, place, { languages: ['en', 'es'], typeIds: [type] });
    await addInterpreter(database.db, place, 'wo', { date, starts_at: '09:00', ends_at: '11:00' });
    await addInterpreter(database.db, place, 'ase', { weekday: 1, starts_at: '09:00', ends_at: '11:00' });
  });
  after(async () => {
    await database.close();
  });

  test('types of a place: texts in the language asked for, drafts marked, languages and interpreters', async () => {
    await database.db
      .insertInto('translations')
      .values([
        {
          entity: 'appointment_type',
          entity_id: type,
          field: 'title',
          locale: 'wo',
          value: 'Bind IDNYC',
          method: 'machine',
        },
        {
          entity: 'appointment_type',
          entity_id: type,
          field: 'title',
          locale: 'es',
          value: 'Inscripción IDNYC',
          method: 'human',
        },
      ])
      .execute();
    const wolof = await app.get(`/v1/appointment-types?location_id=${place}&lang=wo`);
    assert.equal(wolof.status, 200, wolof.text);
    const [item] = wolof.body.items;
    assert.equal(item.title, 'Bind IDNYC');
    assert.equal(item.review, 'draft');
    assert.equal(item.timezone, 'America/New_York');
    assert.equal(item.location_name, 'Test library');
    assert.deepEqual(item.languages, ['en', 'es']);
    assert.deepEqual(item.interpreter_languages, ['ase', 'wo']);
    assert.equal(item.duration_minutes, 60);
    const spanish = await app.get(`/v1/appointment-types?location_id=${place}&lang=es`);
    assert.equal(spanish.body.items[0].title, 'Inscripción IDNYC');
    assert.equal(spanish.body.items[0].review, 'reviewed');
    const unknown = await app.get(`/v1/appointment-types?location_id=${crypto.randomUUID()}`);
    assert.equal(unknown.status, 404);
  });

  test('availability lists every day, with the first available date', async () => {
    const answer = await app.get(`/v1/appointment-types/${type}/availability?from=${addDays(date, -1)}&days=3`);
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.body.timezone, 'America/New_York');
    assert.deepEqual(
      answer.body.days.map((d: { date: string }) => d.date),
      [addDays(date, -1), date, addDays(date, 1)],
    );
    assert.deepEqual(
      answer.body.days[1].slots.map((s: { local_start: string }) => s.local_start),
      ['09:00', '10:00', '11:00'].map((t) => `${date}T${t}`),
    );
    assert.match(answer.body.days[1].slots[0].start, /^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
    assert.equal(answer.body.next_release_at, null);
    assert.ok(answer.body.first_available <= addDays(date, -1));
    // Dates long past or far ahead are listed, empty.
    const far = await app.get(`/v1/appointment-types/${type}/availability?from=1900-01-01&days=42`);
    assert.equal(far.status, 200);
    assert.equal(far.body.days.length, 42);
    assert.ok(far.body.days.every((d: { slots: unknown[] }) => d.slots.length === 0));
    assert.ok(
      far.body.first_available > '1900-01-01' && far.body.first_available <= date,
      'the first date with a slot',
    );
    const ahead = await app.get(`/v1/appointment-types/${type}/availability?from=9999-12-01&days=3`);
    assert.equal(ahead.status, 200);
    assert.equal(ahead.body.first_available, null);
    // Wolof: only while the interpreter is on call on that date.
    assert.deepEqual(
      (await slotsOn(date, '&interpreter=wo')).map((s) => s.local_start.slice(11)),
      ['09:00', '10:00'],
    );
  });

  test('bad input is a 400 naming each field, never a 500', async () => {
    const cases: [string, string][] = [
      [`/v1/appointment-types?location_id=nope`, 'location_id'],
      [`/v1/appointment-types/${type}/availability?days=0`, 'days'],
      [`/v1/appointment-types/${type}/availability?days=43`, 'days'],
      [`/v1/appointment-types/${type}/availability?days=1e1`, 'days'],
      [`/v1/appointment-types/${type}/availability?from=2027-02-30`, 'from'],
      [`/v1/appointment-types/${type}/availability?interpreter=%3Cb%3E`, 'interpreter'],
      [`/v1/appointments/manage/short`, 'token'],
    ];
    for (const [path, field] of cases) {
      const answer = await app.get(path);
      assert.equal(answer.status, 400, `${path}: ${answer.text}`);
      assert.equal(answer.headers.get('content-type'), 'application/problem+json');
      assert.ok(
        answer.body.errors.some((e: { path: string }) => e.path === field),
        path,
      );
    }
    const [slot] = await slotsOn();
    const bodies: [unknown, string][] = [
      [booking(slot!.start, 'key-bad-0001', { email: undefined }), 'email'],
      [booking(slot!.start, 'key-bad-0002', { contact_method: 'sms' }), 'phone'],
      [booking('2027-03-14 10:00', 'key-bad-0003'), 'start'],
      [booking(slot!.start, 'key bad'), 'idempotency_key'],
      [booking(slot!.start, 'key-bad-0004', { name: '  ' }), 'name'],
      [booking(slot!.start, 'key-bad-0005', { type_id: 'x' }), 'type_id'],
      [booking(slot!.start, 'key-bad-0006', { on_behalf: { organization: 'Group' } }), 'on_behalf.client_language'],
      [{ type_id: type, start: 12 }, 'start'],
    ];
    for (const [body, field] of bodies) {
      const answer = await app.post('/v1/appointments', body);
      assert.equal(answer.status, 400, `${field}: ${answer.text}`);
      assert.ok(
        answer.body.errors.some((e: { path: string }) => e.path === field),
        `${field}: ${answer.text}`,
      );
    }
    const notJson = await app.app.request('/v1/appointment-holds', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    assert.equal(notJson.status, 400);
    assert.equal((await app.post('/v1/appointment-holds', { type_id: type, start: 'soon' })).status, 400);
  });

  test('a hold keeps the slot five minutes, becomes the booking, and can be let go', async () => {
    const [first, second] = await slotsOn();
    const hold = await app.post('/v1/appointment-holds', { type_id: type, start: first!.start });
    assert.equal(hold.status, 201, hold.text);
    assert.equal(hold.body.local_start, first!.local_start);
    assert.equal(new Date(hold.body.expires_at).getTime() - Date.now() <= 5 * 60_000, true);
    assert.ok(new Date(hold.body.expires_at).getTime() - Date.now() > 4 * 60_000);
    const left = (await slotsOn()).map((s) => s.start);
    assert.equal(left.length, 2);
    assert.ok(!left.includes(first!.start), 'the held slot is not offered');
    const taken = await app.post('/v1/appointment-holds', { type_id: type, start: first!.start });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.type, 'https://welcome-widgets.org/problems/slot-taken');
    assert.equal(taken.body.next_slots[0].start, second!.start);

    // Expired: the slot is free again, and the old token books nothing special.
    await database.db
      .updateTable('appointments')
      .set({ hold_expires_at: new Date(Date.now() - 1000) })
      .execute();
    assert.equal((await slotsOn()).length, 3);
    const again = await app.post('/v1/appointment-holds', { type_id: type, start: first!.start });
    assert.equal(again.status, 201);
    const booked = await app.post(
      '/v1/appointments',
      booking(first!.start, 'key-hold-0001', { hold_token: again.body.hold_token }),
    );
    assert.equal(booked.status, 201, booked.text);
    const rows = await database.db.selectFrom('appointments').select(['status']).orderBy('created_at').execute();
    assert.deepEqual(
      rows.map((r) => r.status),
      ['held', 'booked'],
      'the hold became the booking (the expired one stays for the sweep)',
    );

    const third = await app.post('/v1/appointment-holds', { type_id: type, start: second!.start });
    assert.equal((await app.send('DELETE', `/v1/appointment-holds/${third.body.hold_token}`)).status, 204);
    assert.equal((await app.send('DELETE', `/v1/appointment-holds/${third.body.hold_token}`)).status, 404);
    assert.equal((await slotsOn()).length, 2);
  });

  test('booking: encrypted details, the confirmation job, the same key answers the same appointment', async () => {
    const [slot] = await slotsOn();
    const first = await app.post('/v1/appointments', booking(slot!.start, 'key-same-0001', { interpreter: 'wo' }));
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.status, 'booked');
    assert.equal(first.body.start, slot!.start);
    assert.equal(first.body.local_start, slot!.local_start);
    assert.equal(first.body.interpreter, 'wo');
    assert.equal(first.body.what_to_bring, 'Proof of identity and of residence');
    assert.match(first.body.manage_token, /^[A-Za-z0-9_-]{40,}$/);
    const again = await app.post('/v1/appointments', booking(slot!.start, 'key-same-0001', { interpreter: 'wo' }));
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.manage_token, first.body.manage_token);
    const row = await database.db.selectFrom('appointments').selectAll().executeTakeFirstOrThrow();
    assert.notEqual(row.name, 'Ana Pérez');
    assert.notEqual(row.email, 'ana@example.org');
    assert.equal(row.language, 'es');
    assert.deepEqual(await jobs(), [{ kind: 'appointment.confirmation', payload: { appointment_id: first.body.id } }]);
    const taken = await app.post('/v1/appointments', booking(slot!.start, 'key-same-0002'));
    assert.equal(taken.status, 409);
    assert.equal(taken.body.next_slots.length, 6);
    assert.ok(taken.body.next_slots.every((s: { start: string }) => s.start > slot!.start));
    const onBehalf = await app.post(
      '/v1/appointments',
      booking(slot!.start, 'key-same-0003', { on_behalf: { organization: 'Group', client_language: 'wo' } }),
    );
    assert.equal(onBehalf.status, 409);
    assert.equal(onBehalf.body.type, 'https://welcome-widgets.org/problems/on-behalf-not-allowed');
  });

  test('manage by token: read, move (moved_from, job), cancel (the offer for its week)', async () => {
    const [first, , third] = await slotsOn();
    const made = await app.post('/v1/appointments', booking(first!.start, 'key-manage-01'));
    const token = made.body.manage_token as string;
    const read = await app.get(`/v1/appointments/manage/${token}`);
    assert.equal(read.status, 200);
    assert.equal(read.body.id, made.body.id);
    assert.equal(read.body.manage_token, undefined);
    assert.equal((await app.get(`/v1/appointments/manage/${'x'.repeat(43)}`)).status, 404);

    const other = await app.post('/v1/appointments', booking(third!.start, 'key-manage-02'));
    const refused = await app.post(`/v1/appointments/manage/${token}/move`, { start: third!.start });
    assert.equal(refused.status, 409);
    assert.ok(refused.body.next_slots.length > 0);
    const moved = await app.post(`/v1/appointments/manage/${token}/move`, { start: addHour(first!.start) });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.start, addHour(first!.start));
    assert.equal(moved.body.moved_from, first!.start);
    assert.ok(
      (await slotsOn()).some((s) => s.start === first!.start),
      'the old time is free',
    );

    const cancelled = await app.post(`/v1/appointments/manage/${other.body.manage_token}/cancel`, {});
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal((await app.post(`/v1/appointments/manage/${other.body.manage_token}/cancel`, {})).status, 200);
    const monday = mondayOf(date);
    assert.deepEqual(
      (await jobs()).map((j) => j.kind),
      ['appointment.confirmation', 'appointment.confirmation', 'appointment.moved', 'appointment.offer'],
    );
    assert.deepEqual((await jobs())[3]!.payload, { type_id: type, week_start: monday });
    const afterCancel = await app.post(`/v1/appointments/manage/${other.body.manage_token}/move`, {
      start: third!.start,
    });
    assert.equal(afterCancel.status, 409);
    assert.equal(afterCancel.body.type, 'https://welcome-widgets.org/problems/appointment-closed');
  });
});

const addHour = (iso: string) => new Date(new Date(iso).getTime() + 3_600_000).toISOString();
function mondayOf(day: string) {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
