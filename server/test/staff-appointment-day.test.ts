import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { stableId } from '../src/seed/ids.js';
import { seededTestApp } from './helpers/app.js';
import { insertAppointment, insertStaff, insertType } from './helpers/booked-appointments.js';
import { makeAccount, signIn } from './helpers/staff-session.js';

const crypto = FieldCrypto.fromKeyText('a'.repeat(43) + '=');
const LIBRARY = stableId('location:t-library');
const FLUSHING = stableId('location:t-flushing');
// New York's clocks go forward at 2:00 on this day: it is 23 hours long.
const DAY = '2026-03-08';
const at = (iso: string) => new Date(iso);

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
type Session = Awaited<ReturnType<typeof signIn>>;
let organizer: Session;
let admin: Session;
let stranger: Session;
let desk: Session;
let ids: Record<string, string>;

const day = (location = LIBRARY, date = DAY) => `/v1/staff/appointments?location_id=${location}&date=${date}`;
const action = (id: string, what: 'check-in' | 'no-show') => `/v1/staff/appointments/${id}/${what}`;
const notes = (id: string) => `/v1/staff/appointments/${id}/notes`;
const typeOf = (body: any) => String(body.type).split('/').pop();
/** The personal fields every answer about an appointment shows. */
const shown = ['name', 'organization', 'email', 'phone', 'notes'];

describe(`the office's day of appointments (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ writesPerMinute: 10_000, crypto });
    database = app.database;
    await sql`TRUNCATE staff_accounts CASCADE`.execute(database.db);
    const grant = async (email: string, roles: ('organizer' | 'admin' | 'desk')[], locations: string[]) => {
      const id = await makeAccount(database.db, { email, roles });
      await database.db.updateTable('staff_accounts').set({ location_ids: locations }).where('id', '=', id).execute();
      return signIn(app.post, email);
    };
    organizer = await grant('org@office.example', ['organizer'], [LIBRARY]);
    admin = await grant('admin@office.example', ['admin'], []);
    stranger = await grant('queens@office.example', ['organizer'], [FLUSHING]);
    desk = await grant('desk@office.example', ['desk'], [LIBRARY]);
  });

  beforeEach(async () => {
    const db = database.db;
    await sql`TRUNCATE appointment_messages, appointments, appointment_staff, appointment_types, audit_log CASCADE`.execute(
      db,
    );
    const idnyc = await insertType(db, LIBRARY, 'idnyc', 'IDNYC enrollment');
    const legal = await insertType(db, LIBRARY, 'legal', 'Legal consultation', 60);
    const rosa = await insertStaff(db, LIBRARY, 'Rosa');
    const chen = await insertStaff(db, LIBRARY, 'Chen');
    const gone = await insertStaff(db, LIBRARY, 'Ada (left)', false);
    const idle = await insertStaff(db, LIBRARY, 'Bea (left, nothing booked)', false);
    const queens = await insertStaff(db, FLUSHING, 'Queens');
    const queensType = await insertType(db, FLUSHING, 'idnyc', 'IDNYC enrollment');
    const common = { locationId: LIBRARY, typeId: idnyc };
    ids = {
      rosa,
      chen,
      gone,
      idle,
      // 00:30 and 10:00 local (EST, then EDT after 2:00), and 23:30.
      early: await insertAppointment(db, crypto, {
        ...common,
        staffId: rosa,
        start: at('2026-03-08T05:30:00Z'),
        name: 'Early Bird',
        phone: '+1 212 555 0101',
        email: null,
      }),
      morning: await insertAppointment(db, crypto, {
        ...common,
        staffId: rosa,
        typeId: legal,
        minutes: 60,
        start: at('2026-03-08T14:00:00Z'),
        name: 'Amadou Diallo',
        email: 'amadou@example.org',
        language: 'wo',
        interpreter: 'wo',
        notes: 'Bring the lease',
        onBehalf: 'African Communities Together',
      }),
      late: await insertAppointment(db, crypto, {
        ...common,
        staffId: chen,
        start: at('2026-03-09T03:30:00Z'),
        name: 'Night Owl',
      }),
      former: await insertAppointment(db, crypto, {
        ...common,
        staffId: gone,
        start: at('2026-03-08T15:00:00Z'),
        name: 'Kept On',
      }),
      // Not that day on New York's clock: the evening before, and just after midnight the day after.
      before: await insertAppointment(db, crypto, { ...common, staffId: rosa, start: at('2026-03-08T04:30:00Z') }),
      next: await insertAppointment(db, crypto, { ...common, staffId: rosa, start: at('2026-03-09T04:10:00Z') }),
      // Neither a hold nor a cancellation is on the day.
      held: await insertAppointment(db, crypto, {
        ...common,
        staffId: chen,
        start: at('2026-03-08T16:00:00Z'),
        status: 'held',
      }),
      cancelled: await insertAppointment(db, crypto, {
        ...common,
        staffId: chen,
        start: at('2026-03-08T17:00:00Z'),
        status: 'cancelled',
      }),
      elsewhere: await insertAppointment(db, crypto, {
        locationId: FLUSHING,
        typeId: queensType,
        staffId: queens,
        start: at('2026-03-08T15:00:00Z'),
      }),
      future: await insertAppointment(db, crypto, {
        ...common,
        staffId: chen,
        start: new Date(Date.now() + 2 * 86_400_000),
      }),
    };
    await db
      .insertInto('appointment_messages')
      .values({
        appointment_id: ids.morning!,
        kind: 'confirmation',
        starts_at: at('2026-03-08T14:00:00Z'),
        channel: 'email',
        outbox_id: randomUUID(),
      })
      .execute();
  });
  after(() => database.close());

  test("the day per staff member, on the place's clock, decrypted, audited once", async () => {
    const { status, body, text } = await app.get(day(), organizer.read);
    assert.equal(status, 200, text);
    assert.equal(body.date, DAY);
    assert.equal(body.timezone, 'America/New_York');
    assert.deepEqual(
      body.staff.map((s: any) => [s.display_name, s.appointments.map((a: any) => a.name)]),
      [
        ['Ada (left)', ['Kept On']],
        ['Chen', ['Night Owl']],
        ['Rosa', ['Early Bird', 'Amadou Diallo']],
      ],
      'by name; the day from midnight to midnight local; holds, cancellations and other places left out; someone no longer active kept for their booking',
    );
    const rosa = body.staff.find((s: any) => s.display_name === 'Rosa');
    assert.equal(rosa.id, ids.rosa);
    assert.deepEqual(rosa.appointments[1], {
      id: ids.morning,
      version: 1,
      status: 'booked',
      start: '2026-03-08T14:00:00.000Z',
      end: '2026-03-08T15:00:00.000Z',
      local_start: '2026-03-08T10:00',
      type_id: rosa.appointments[1].type_id,
      title: 'Legal consultation',
      interpreter: 'wo',
      language: 'wo',
      on_behalf: true,
      organization: 'African Communities Together',
      name: 'Amadou Diallo',
      contact_method: 'email',
      email: 'amadou@example.org',
      phone: null,
      notes: 'Bring the lease',
      contact_bounced: false,
      last_message: { kind: 'confirmation', status: 'waiting' },
    });
    assert.equal(rosa.appointments[0].local_start, '2026-03-08T00:30', 'before the change of clocks: EST');
    assert.equal(rosa.appointments[0].phone, '+1 212 555 0101');
    assert.equal(rosa.appointments[0].last_message, null);
    const audit = await database.db.selectFrom('audit_log').selectAll().execute();
    assert.deepEqual(
      audit.map((a) => [a.action, a.record_type, a.record_id, a.fields, a.actor]),
      [['view', 'appointment', `${LIBRARY}/${DAY}`, shown, 'org']],
    );
  });

  test('an empty day lists the active staff with nothing booked', async () => {
    const { status, body } = await app.get(day(LIBRARY, '2026-03-10'), admin.read);
    assert.equal(status, 200);
    assert.deepEqual(
      body.staff.map((s: any) => [s.display_name, s.appointments.length]),
      [
        ['Chen', 0],
        ['Rosa', 0],
      ],
    );
  });

  test('organizers only at places granted, admins everywhere, the desk role not at all', async () => {
    assert.equal((await app.get(day(FLUSHING), admin.read)).status, 200);
    const refused = await app.get(day(), stranger.read);
    assert.equal(refused.status, 403, refused.text);
    assert.equal(typeOf(refused.body), 'location-not-granted');
    assert.equal((await app.get(day(), desk.read)).status, 403);
    for (const what of ['check-in', 'no-show'] as const) {
      const write = await app.post(action(ids.morning!, what), {}, stranger.write);
      assert.equal(write.status, 403, write.text);
      assert.equal(typeOf(write.body), 'location-not-granted');
      assert.equal((await app.post(action(ids.morning!, what), {}, desk.write)).status, 403);
    }
    const note = await app.send('PUT', notes(ids.morning!), { notes: 'x' }, { ...stranger.write, 'If-Match': '"1"' });
    assert.equal(note.status, 403);
    const audit = await database.db.selectFrom('audit_log').select('actor').execute();
    assert.deepEqual(
      audit.map((a) => a.actor),
      ['admin'],
      'nothing refused was audited',
    );
    assert.equal((await app.get(day(), {})).status, 401);
  });

  test('bad input is a 400 or a 404, never a 500', async () => {
    for (const query of [
      `location_id=${LIBRARY}&date=2026-02-30`,
      `location_id=${LIBRARY}&date=March`,
      `location_id=${LIBRARY}`,
      `location_id=library&date=${DAY}`,
    ]) {
      const response = await app.get(`/v1/staff/appointments?${query}`, admin.read);
      assert.equal(response.status, 400, query);
    }
    assert.equal((await app.get(day(randomUUID()), admin.read)).status, 404);
    assert.equal((await app.post(action(randomUUID(), 'check-in'), {}, admin.write)).status, 404);
    assert.equal((await app.post('/v1/staff/appointments/nope/check-in', {}, admin.write)).status, 400);
    const long = await app.send(
      'PUT',
      notes(ids.morning!),
      { notes: 'x'.repeat(4001) },
      { ...admin.write, 'If-Match': '"1"' },
    );
    assert.equal(long.status, 400);
  });

  test('check-in: once, a no-show who turns up is checked in, a hold or a cancellation is refused', async () => {
    const first = await app.post(action(ids.morning!, 'check-in'), {}, organizer.write);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.status, 'checked_in');
    assert.equal(first.body.version, 2);
    assert.equal(first.headers.get('ETag'), '"2"');
    assert.equal(first.body.name, 'Amadou Diallo');
    const again = await app.post(action(ids.morning!, 'check-in'), {}, organizer.write);
    assert.equal(again.status, 200);
    assert.equal(again.body.version, 2, 'checking in twice changes nothing');
    const row = await database.db
      .selectFrom('appointments')
      .select(['status', 'checked_in_at'])
      .where('id', '=', ids.morning!)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'checked_in');
    assert.ok(row.checked_in_at);

    const missed = await app.post(action(ids.early!, 'no-show'), {}, organizer.write);
    assert.equal(missed.body.status, 'no_show');
    const late = await app.post(action(ids.early!, 'check-in'), {}, organizer.write);
    assert.equal(late.body.status, 'checked_in');

    for (const id of [ids.held!, ids.cancelled!]) {
      const refused = await app.post(action(id, 'check-in'), {}, organizer.write);
      assert.equal(refused.status, 409, refused.text);
      assert.equal(typeOf(refused.body), 'not-booked');
    }
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'record_type', 'record_id', 'fields'])
      .orderBy('at')
      .execute();
    assert.deepEqual(
      audit.map((a) => [a.action, a.record_type, a.record_id, a.fields]),
      [
        ['change', 'appointment', ids.morning, ['status', ...shown]],
        ['view', 'appointment', ids.morning, shown],
        ['change', 'appointment', ids.early, ['status', ...shown]],
        ['change', 'appointment', ids.early, ['status', ...shown]],
      ],
      'each change audited; a check-in that changed nothing is a view (the answer shows the person)',
    );
  });

  test('no-show: refused before the start, corrects a check-in after it', async () => {
    const early = await app.post(action(ids.future!, 'no-show'), {}, organizer.write);
    assert.equal(early.status, 409, early.text);
    assert.equal(typeOf(early.body), 'not-started');
    assert.equal(
      (
        await database.db
          .selectFrom('appointments')
          .select('status')
          .where('id', '=', ids.future!)
          .executeTakeFirstOrThrow()
      ).status,
      'booked',
    );
    // Someone arriving early can be checked in, though.
    assert.equal((await app.post(action(ids.future!, 'check-in'), {}, organizer.write)).body.status, 'checked_in');

    await app.post(action(ids.late!, 'check-in'), {}, admin.write);
    const corrected = await app.post(action(ids.late!, 'no-show'), {}, admin.write);
    assert.equal(corrected.status, 200, corrected.text);
    assert.equal(corrected.body.status, 'no_show');
    assert.equal(corrected.body.version, 3);
    const row = await database.db
      .selectFrom('appointments')
      .select('checked_in_at')
      .where('id', '=', ids.late!)
      .executeTakeFirstOrThrow();
    assert.equal(row.checked_in_at, null);
    const refused = await app.post(action(ids.cancelled!, 'no-show'), {}, admin.write);
    assert.equal(refused.status, 409);
  });

  test('a stale If-Match on check-in is refused with the current version', async () => {
    const stale = await app.post(action(ids.morning!, 'check-in'), {}, { ...organizer.write, 'If-Match': '"7"' });
    assert.equal(stale.status, 412, stale.text);
    assert.equal(stale.body.current_version, 1);
    assert.equal(stale.headers.get('ETag'), '"1"');
    const fresh = await app.post(action(ids.morning!, 'check-in'), {}, { ...organizer.write, 'If-Match': '"1"' });
    assert.equal(fresh.status, 200);
  });

  test('notes: If-Match required from the desk, stale refused, encrypted at rest, empty clears', async () => {
    const missing = await app.send('PUT', notes(ids.morning!), { notes: 'Needs a quiet room' }, organizer.write);
    assert.equal(missing.status, 428, missing.text);
    const saved = await app.send(
      'PUT',
      notes(ids.morning!),
      { notes: '  Needs a quiet room ' },
      { ...organizer.write, 'If-Match': '"1"' },
    );
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.notes, 'Needs a quiet room');
    assert.equal(saved.body.version, 2);
    assert.equal(saved.headers.get('ETag'), '"2"');
    const stored = await database.db
      .selectFrom('appointments')
      .select('notes')
      .where('id', '=', ids.morning!)
      .executeTakeFirstOrThrow();
    assert.match(stored.notes!, /^v1\./);
    assert.doesNotMatch(stored.notes!, /quiet/);
    assert.equal(crypto.decrypt(stored.notes), 'Needs a quiet room');

    const stale = await app.send(
      'PUT',
      notes(ids.morning!),
      { notes: 'Overwrite' },
      { ...organizer.write, 'If-Match': '"1"' },
    );
    assert.equal(stale.status, 412);
    assert.equal(typeOf(stale.body), 'stale');
    assert.equal(stale.body.current_version, 2);

    const cleared = await app.send(
      'PUT',
      notes(ids.morning!),
      { notes: '' },
      { ...organizer.write, 'If-Match': '"2"' },
    );
    assert.equal(cleared.body.notes, null);
    const view = await app.get(day(), organizer.read);
    const rosa = view.body.staff.find((s: any) => s.display_name === 'Rosa');
    assert.equal(rosa.appointments[1].notes, null);
    assert.equal(rosa.appointments[1].version, 3);

    const hold = await app.send('PUT', notes(ids.held!), { notes: 'x' }, { ...organizer.write, 'If-Match': '*' });
    assert.equal(hold.status, 409);
  });
});
