import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { availabilityOf } from '../src/appointments/availability.js';
import { bookAppointment } from '../src/appointments/book.js';
import { findSlots } from '../src/appointments/find-slots.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { addInterpreter, addStaff, addType, appointmentPlace, everyDay } from './helpers/appointments.js';

/** The slot rule on a fixed clock: Wednesday 2027-06-09 in New York (UTC-4 in June). */
const crypto = FieldCrypto.fromKeyText('s'.repeat(43) + '=');
const DAY = '2027-06-09';
const dayBefore = new Date('2027-06-08T12:00:00Z');

let database: OpenDatabase;
let place: string;

const localStarts = async (typeId: string, now = dayBefore, interpreter: string | null = null, to = '2027-06-10') =>
  (await findSlots(database.db, typeId, { from: DAY, to, now, interpreter }))!.slots.map((s) => s.local_start);

const hours = (date: string) => (list: string[]) => list.filter((s) => s.startsWith(date)).map((s) => s.slice(11));

async function book(typeId: string, start: string, key: string, interpreter: string | null = null, now = dayBefore) {
  return bookAppointment(
    database.db,
    crypto,
    {
      type_id: typeId,
      start: new Date(start),
      interpreter,
      language: 'en',
      name: 'A person',
      contact_method: 'email',
      email: 'a@example.org',
      idempotency_key: key,
    },
    { now },
  );
}

describe('the slot rule', () => {
  before(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await emptyDatabase(database.db);
    place = await appointmentPlace(database.db);
  });
  after(async () => {
    await database.close();
  });

  test('slots start every duration + buffer from the start of each window, and fit before its end', async () => {
    const type = await addType(database.db, place, { duration_minutes: 30, buffer_minutes: 15 });
    await addStaff(database.db, place, { typeIds: [type] });
    assert.deepEqual(
      await localStarts(type),
      ['09:00', '09:45', '10:30', '11:15'].map((t) => `${DAY}T${t}`),
    );
    const { slots } = (await findSlots(database.db, type, { from: DAY, to: '2027-06-10', now: dayBefore }))!;
    assert.equal(slots[0]!.start.toISOString(), '2027-06-09T13:00:00.000Z');
    assert.equal(slots[0]!.end.toISOString(), '2027-06-09T13:30:00.000Z', 'the end leaves the buffer out');
  });

  test('the least notice and how far ahead one can book', async () => {
    const type = await addType(database.db, place, { min_notice_minutes: 60, book_ahead_days: 2 });
    await addStaff(database.db, place, { typeIds: [type] });
    // 09:10 in New York: the first start at least an hour later is 10:30.
    const now = new Date('2027-06-09T13:10:00Z');
    const list = await localStarts(type, now, null, '2027-06-14');
    assert.equal(list[0], `${DAY}T10:30`);
    // Two days ahead of 09:10 on the 9th: the 11th until 09:10, nothing later.
    assert.deepEqual(hours('2027-06-11')(list), ['09:00']);
    assert.equal(list.filter((s) => s > '2027-06-11T23:59').length, 0);
  });

  test('a week opens on its release day and time; next_release_at says when the next one does', async () => {
    // Next week's slots open on Friday at 9 am.
    const type = await addType(database.db, place, { release_weekday: 5, release_time: '09:00', book_ahead_days: 60 });
    await addStaff(database.db, place, { typeIds: [type] });
    // Monday 2027-06-07 and Wednesday 2027-06-09 are in the week released on Friday 2027-06-04 at 09:00 (13:00 UTC).
    const beforeRelease = new Date('2027-06-04T12:59:00Z');
    const afterRelease = new Date('2027-06-04T13:00:00Z');
    assert.deepEqual(await localStarts(type, beforeRelease), []);
    assert.equal((await localStarts(type, afterRelease)).length, 6);
    const answer = (await availabilityOf(database.db, type, { from: '2027-06-07', days: 14 }, afterRelease))!;
    assert.equal(answer.next_release_at, '2027-06-11T13:00:00.000Z');
    assert.equal(answer.first_available, '2027-06-07');
    assert.equal(answer.days.length, 14);
    // The week of the 14th is not open yet: listed, empty.
    assert.deepEqual(answer.days.find((d) => d.date === '2027-06-15')!.slots, []);
    assert.equal(answer.days.find((d) => d.date === '2027-06-09')!.slots.length, 6);
    const none = (await availabilityOf(
      database.db,
      type,
      { from: '2027-06-07', days: 1 },
      new Date('2027-06-01T00:00:00Z'),
    ))!;
    assert.equal(none.first_available, null);
  });

  test('closures of the place and of a staff member, and extra open hours', async () => {
    const type = await addType(database.db, place, { duration_minutes: 60 });
    const ana = await addStaff(database.db, place, { typeIds: [type] });
    await database.db
      .insertInto('availability_exceptions')
      .values([
        { location_id: place, staff_id: ana, date: DAY, starts_at: '10:00', ends_at: '10:30', kind: 'closed' },
        { location_id: place, staff_id: ana, date: DAY, starts_at: '14:00', ends_at: '16:00', kind: 'open' },
        { location_id: place, staff_id: null, date: '2027-06-10', starts_at: null, ends_at: null, kind: 'closed' },
      ])
      .execute();
    const list = await localStarts(type, dayBefore, null, '2027-06-12');
    assert.deepEqual(hours(DAY)(list), ['09:00', '11:00', '14:00', '15:00']);
    assert.deepEqual(hours('2027-06-10')(list), [], 'the place is closed all day');
    assert.deepEqual(hours('2027-06-11')(list), ['09:00', '10:00', '11:00']);
  });

  test('rules in force only between valid_from and valid_until', async () => {
    const type = await addType(database.db, place, { duration_minutes: 60 });
    await addStaff(database.db, place, {
      typeIds: [type],
      rules: [{ weekday: 3, starts_at: '09:00', ends_at: '10:00', valid_from: '2027-06-10' }],
    });
    assert.deepEqual(await localStarts(type, dayBefore, null, '2027-06-17'), ['2027-06-16T09:00']);
  });

  test('a booking takes its staff member until blocks_until; a cancelled one or an expired hold does not', async () => {
    const type = await addType(database.db, place, { duration_minutes: 30, buffer_minutes: 30 });
    await addStaff(database.db, place, { typeIds: [type] });
    const other = await addType(database.db, place, { duration_minutes: 30 });
    await addStaff(database.db, place, { typeIds: [other], rules: [] });
    assert.deepEqual(hours(DAY)(await localStarts(type)), ['09:00', '10:00', '11:00']);
    const booked = await book(type, '2027-06-09T14:00:00Z', 'key-booked-1');
    assert.ok(booked.ok);
    assert.deepEqual(hours(DAY)(await localStarts(type)), ['09:00', '11:00']);
    await database.db.updateTable('appointments').set({ status: 'cancelled' }).execute();
    assert.deepEqual(hours(DAY)(await localStarts(type)), ['09:00', '10:00', '11:00']);
    await database.db
      .updateTable('appointments')
      .set({ status: 'held', hold_expires_at: new Date(dayBefore.getTime() + 60_000) })
      .execute();
    assert.deepEqual(hours(DAY)(await localStarts(type)), ['09:00', '11:00'], 'a current hold takes the time');
    assert.deepEqual(
      hours(DAY)(await localStarts(type, new Date(dayBefore.getTime() + 61_000))),
      ['09:00', '10:00', '11:00'],
      'an expired hold does not',
    );
  });

  test('an interpreter language: staff who speak it, or an interpreter on call with room', async () => {
    const type = await addType(database.db, place, { duration_minutes: 60 });
    await addStaff(database.db, place, { name: 'A', languages: ['en', 'es'], typeIds: [type] });
    await addStaff(database.db, place, { name: 'B', languages: ['en', 'fr'], typeIds: [type] });
    assert.deepEqual(hours(DAY)(await localStarts(type, dayBefore, 'es')), ['09:00', '10:00', '11:00']);
    assert.deepEqual(hours(DAY)(await localStarts(type, dayBefore, 'wo')), [], 'nobody speaks Wolof, no interpreter');
    await addInterpreter(database.db, place, 'wo', { weekday: 3, starts_at: '10:00', ends_at: '12:00', capacity: 1 });
    await addInterpreter(database.db, place, 'ase', { date: DAY, starts_at: '09:00', ends_at: '10:00', capacity: 1 });
    assert.deepEqual(hours(DAY)(await localStarts(type, dayBefore, 'wo')), ['10:00', '11:00']);
    assert.deepEqual(hours(DAY)(await localStarts(type, dayBefore, 'ase')), ['09:00']);
    // The Wolof interpreter's one place at 10:00 is taken; staff member B is still free then, without Wolof.
    assert.ok((await book(type, '2027-06-09T14:00:00Z', 'key-wolof-1', 'wo')).ok);
    assert.deepEqual(hours(DAY)(await localStarts(type, dayBefore, 'wo')), ['11:00']);
    assert.deepEqual(hours(DAY)(await localStarts(type)), ['09:00', '10:00', '11:00']);
    // A Spanish booking goes to the staff member who speaks Spanish: the other stays free for French.
    assert.ok((await book(type, '2027-06-09T13:00:00Z', 'key-spanish-1', 'es')).ok);
    assert.deepEqual(hours(DAY)(await localStarts(type, dayBefore, 'fr')), ['09:00', '10:00', '11:00']);
  });

  test('an archived type and a staff member who is not active offer nothing', async () => {
    const type = await addType(database.db, place);
    const ana = await addStaff(database.db, place, { typeIds: [type] });
    await database.db.updateTable('appointment_staff').set({ active: false }).where('id', '=', ana).execute();
    assert.deepEqual(await localStarts(type), []);
    await database.db.updateTable('appointment_staff').set({ active: true }).execute();
    await database.db.updateTable('appointment_types').set({ status: 'archived' }).execute();
    assert.deepEqual(await localStarts(type), []);
  });

  test('every day of a week of rules in a zone far from UTC', async () => {
    const tokyo = await appointmentPlace(database.db, 'Asia/Tokyo');
    const type = await addType(database.db, tokyo, { duration_minutes: 60 });
    await addStaff(database.db, tokyo, { typeIds: [type], rules: everyDay('00:00', '02:00') });
    const { slots } = (await findSlots(database.db, type, { from: DAY, to: '2027-06-10', now: dayBefore }))!;
    assert.deepEqual(
      slots.map((s) => [s.local_start, s.start.toISOString()]),
      [
        [`${DAY}T00:00`, '2027-06-08T15:00:00.000Z'],
        [`${DAY}T01:00`, '2027-06-08T16:00:00.000Z'],
      ],
    );
  });
});
