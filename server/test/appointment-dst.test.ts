import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { availabilityOf } from '../src/appointments/availability.js';
import { bookAppointment } from '../src/appointments/book.js';
import { findSlots } from '../src/appointments/find-slots.js';
import { isReleased, nextReleaseAt } from '../src/appointments/release-rule.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { addInterpreter, addStaff, addType, appointmentPlace } from './helpers/appointments.js';

/**
 * Daylight-saving changes in New York, 2027: clocks skip 02:00–03:00 on Sunday March 14 and repeat 01:00–02:00 on
 * Sunday November 7. Sunday hours 00:00–04:00, 30-minute slots.
 */
const crypto = FieldCrypto.fromKeyText('d'.repeat(43) + '=');
const early = new Date('2027-03-01T00:00:00Z');
let database: OpenDatabase;
let place: string;
let type: string;

const slotsOn = async (date: string, interpreter: string | null = null) =>
  (await findSlots(database.db, type, { from: date, to: nextDay(date), now: early, interpreter }))!.slots.map((s) => [
    s.local_start.slice(11),
    s.start.toISOString().slice(11, 16),
  ]);
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const book = (start: string, key: string) =>
  bookAppointment(
    database.db,
    crypto,
    {
      type_id: type,
      start: new Date(start),
      language: 'en',
      name: 'Night owl',
      contact_method: 'email',
      email: 'owl@example.org',
      idempotency_key: key,
    },
    { now: early },
  );

describe('daylight saving time in America/New_York', () => {
  before(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await emptyDatabase(database.db);
    place = await appointmentPlace(database.db, 'America/New_York');
    type = await addType(database.db, place, { duration_minutes: 30, book_ahead_days: 366 });
    await addStaff(database.db, place, {
      typeIds: [type],
      rules: [{ weekday: 7, starts_at: '00:00', ends_at: '04:00' }],
    });
  });
  after(async () => {
    await database.close();
  });

  test('March: slots in the skipped hour do not exist; the others keep their wall-clock times', async () => {
    assert.deepEqual(await slotsOn('2027-03-14'), [
      ['00:00', '05:00'],
      ['00:30', '05:30'],
      ['01:00', '06:00'],
      ['01:30', '06:30'],
      ['03:00', '07:00'],
      ['03:30', '07:30'],
    ]);
    // The Sunday before, in standard time all night: eight slots.
    assert.equal((await slotsOn('2027-03-07')).length, 8);
    // A booking at 02:30 (an instant that would read 02:30 only with the old offset) is refused.
    const gap = await book('2027-03-14T07:30:00.000Z', 'dst-gap-00001');
    assert.ok(gap.ok, 'that instant is 03:30 EDT, a real slot');
    const never = await book('2027-03-14T07:15:00.000Z', 'dst-gap-00002');
    assert.equal(never.ok, false);
  });

  test('November: the repeated hour gives two distinct instants, both bookable', async () => {
    assert.deepEqual(await slotsOn('2027-11-07'), [
      ['00:00', '04:00'],
      ['00:30', '04:30'],
      ['01:00', '05:00'],
      ['01:30', '05:30'],
      ['01:00', '06:00'],
      ['01:30', '06:30'],
      ['02:00', '07:00'],
      ['02:30', '07:30'],
      ['03:00', '08:00'],
      ['03:30', '08:30'],
    ]);
    const first = await book('2027-11-07T05:00:00.000Z', 'dst-repeat-01');
    const second = await book('2027-11-07T06:00:00.000Z', 'dst-repeat-02');
    assert.ok(first.ok && second.ok);
    assert.notEqual(first.appointment.id, second.appointment.id);
    assert.equal(first.appointment.local_start, '2027-11-07T01:00');
    assert.equal(second.appointment.local_start, '2027-11-07T01:00');
    const left = await slotsOn('2027-11-07');
    assert.equal(left.length, 8);
    assert.ok(!left.some(([, utc]) => utc === '05:00' || utc === '06:00'));
  });

  test('a closure and an interpreter written in wall-clock times across the change', async () => {
    await addInterpreter(database.db, place, 'wo', { date: '2027-11-07', starts_at: '01:00', ends_at: '02:00' });
    // 01:00–02:00 on the repeat day covers both passes of that hour: four Wolof slots.
    assert.deepEqual(
      (await slotsOn('2027-11-07', 'wo')).map(([, utc]) => utc),
      ['05:00', '06:00', '05:30', '06:30'].sort(),
    );
    await database.db
      .insertInto('availability_exceptions')
      .values({
        location_id: place,
        staff_id: null,
        date: '2027-03-14',
        starts_at: '01:00',
        ends_at: '03:30',
        kind: 'closed',
      })
      .execute();
    assert.deepEqual(
      (await slotsOn('2027-03-14')).map(([local]) => local),
      ['00:00', '00:30', '03:30'],
    );
  });

  test('a release at 02:30 on the day clocks go forward opens when the clocks reach 03:30', async () => {
    const rule = { release_weekday: 7, release_time: '02:30', release_weeks_before: 1 };
    // The week of Monday March 15 opens on Sunday March 14 at "02:30", which does not exist: at 03:30 EDT (07:30Z).
    assert.equal(isReleased(rule, '2027-03-15', 'America/New_York', new Date('2027-03-14T07:29:00Z')), false);
    assert.equal(isReleased(rule, '2027-03-15', 'America/New_York', new Date('2027-03-14T07:30:00Z')), true);
    assert.equal(
      nextReleaseAt(rule, 'America/New_York', new Date('2027-03-13T12:00:00Z'))?.toISOString(),
      '2027-03-14T07:30:00.000Z',
    );
    const answer = await availabilityOf(database.db, type, { from: '2027-11-07', days: 1 }, early);
    assert.equal(answer!.days[0]!.slots.length, 10);
    // In order of time: 01:00 and 01:30 in daylight time, then again in standard time.
    assert.deepEqual(
      answer!.days[0]!.slots.slice(2, 6).map((s) => s.local_start.slice(11)),
      ['01:00', '01:30', '01:00', '01:30'],
    );
  });
});
