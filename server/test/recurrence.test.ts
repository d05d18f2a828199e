import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expandOccurrences, RecurrenceError, type Recurrence } from '../src/events/recurrence.js';
import { instantToZoned, zonedToInstant } from '../src/events/zoned-time.js';

const NY = 'America/New_York';
const window = (from: string, to: string) => [new Date(from), new Date(to)] as const;
const starts = (recurrence: Recurrence, from: string, to: string) =>
  expandOccurrences(recurrence, ...window(from, to)).map((o) => o.start.toISOString());

describe('wall-clock times in a time zone', () => {
  test('converts both ways, with the offset of the day', () => {
    assert.equal(
      zonedToInstant({ year: 2026, month: 1, day: 15, hour: 18, minute: 0 }, NY).toISOString(),
      '2026-01-15T23:00:00.000Z',
    );
    assert.equal(
      zonedToInstant({ year: 2026, month: 7, day: 15, hour: 18, minute: 0 }, NY).toISOString(),
      '2026-07-15T22:00:00.000Z',
    );
    assert.deepEqual(instantToZoned(new Date('2026-07-15T22:00:00Z'), NY), {
      year: 2026,
      month: 7,
      day: 15,
      hour: 18,
      minute: 0,
    });
  });

  test('moves a time in the spring-forward gap past it, and takes the first of a repeated hour', () => {
    // 8 March 2026, 02:30 does not exist in New York: clocks jump from 02:00 to 03:00.
    assert.equal(
      zonedToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NY).toISOString(),
      '2026-03-08T07:30:00.000Z',
    );
    // 1 November 2026, 01:30 happens twice: the first is still daylight time (UTC-4).
    assert.equal(
      zonedToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NY).toISOString(),
      '2026-11-01T05:30:00.000Z',
    );
    assert.equal(
      zonedToInstant({ year: 2026, month: 6, day: 1, hour: 9, minute: 0 }, 'Asia/Tokyo').toISOString(),
      '2026-06-01T00:00:00.000Z',
    );
  });
});

describe('recurrence expansion', () => {
  test('keeps a 6 pm class at 6 pm local across the change to daylight time', () => {
    const classes: Recurrence = {
      dtstart: '2026-03-03T18:00',
      durationMinutes: 90,
      timezone: NY,
      rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6',
    };
    assert.deepEqual(starts(classes, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), [
      '2026-03-03T23:00:00.000Z',
      '2026-03-05T23:00:00.000Z',
      '2026-03-10T22:00:00.000Z', // after 8 March: UTC-4
      '2026-03-12T22:00:00.000Z',
      '2026-03-17T22:00:00.000Z',
      '2026-03-19T22:00:00.000Z',
    ]);
    const [first] = expandOccurrences(classes, ...window('2026-03-01T00:00:00Z', '2026-03-04T00:00:00Z'));
    assert.equal(first!.end.toISOString(), '2026-03-04T00:30:00.000Z');
    assert.equal(first!.localStart, '2026-03-03T18:00');
  });

  test('legal clinics on the first and third Thursday, and on the last Friday', () => {
    const clinics: Recurrence = {
      dtstart: '2026-01-01T12:00',
      durationMinutes: 180,
      timezone: NY,
      rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH',
    };
    assert.deepEqual(
      expandOccurrences(clinics, ...window('2026-11-01T00:00:00Z', '2026-12-31T00:00:00Z')).map((o) => o.localStart),
      ['2026-11-05T12:00', '2026-11-19T12:00', '2026-12-03T12:00', '2026-12-17T12:00'],
    );
    const lastFriday: Recurrence = {
      dtstart: '2026-01-30T10:00',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3',
    };
    assert.deepEqual(
      expandOccurrences(lastFriday, ...window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).map((o) => o.localStart),
      ['2026-01-30T10:00', '2026-02-27T10:00', '2026-03-27T10:00'],
    );
  });

  test('a yearly Citizenship Day, every other week, and the 15th of each month', () => {
    const citizenshipDay: Recurrence = {
      dtstart: '2025-04-26T10:00',
      durationMinutes: 300,
      timezone: NY,
      rrule: 'FREQ=YEARLY;BYMONTH=4;BYDAY=-1SA',
    };
    assert.deepEqual(
      expandOccurrences(citizenshipDay, ...window('2025-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).map(
        (o) => o.localStart,
      ),
      ['2025-04-26T10:00', '2026-04-25T10:00', '2027-04-24T10:00'],
    );
    const biweekly: Recurrence = {
      dtstart: '2026-09-07T17:00',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=3',
    };
    assert.deepEqual(
      expandOccurrences(biweekly, ...window('2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z')).map((o) => o.localStart),
      ['2026-09-07T17:00', '2026-09-21T17:00', '2026-10-05T17:00'],
    );
    const fifteenth: Recurrence = {
      dtstart: '2026-01-15T09:00',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=15,-1;COUNT=4',
    };
    assert.deepEqual(
      expandOccurrences(fifteenth, ...window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).map((o) => o.localStart),
      ['2026-01-15T09:00', '2026-01-31T09:00', '2026-02-15T09:00', '2026-02-28T09:00'],
    );
  });

  test('leaves out EXDATEs (which still count toward COUNT) and stops at UNTIL', () => {
    const weekly: Recurrence = {
      dtstart: '2026-11-02T18:00',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=WEEKLY;COUNT=4',
      exdates: ['2026-11-23T18:00'],
    };
    assert.deepEqual(
      expandOccurrences(weekly, ...window('2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z')).map((o) => o.localStart),
      ['2026-11-02T18:00', '2026-11-09T18:00', '2026-11-16T18:00'],
    );
    const until: Recurrence = {
      dtstart: '2026-11-02T18:00',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=DAILY;UNTIL=20261104T235959Z',
    };
    assert.equal(expandOccurrences(until, ...window('2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z')).length, 3);
  });

  test('returns only what overlaps the window, and a single event without a rule', () => {
    const forever: Recurrence = {
      dtstart: '2020-01-06T09:00',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
    };
    const december = expandOccurrences(forever, ...window('2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z'));
    assert.deepEqual(
      december.map((o) => o.localStart),
      ['2026-12-07T09:00', '2026-12-14T09:00', '2026-12-21T09:00', '2026-12-28T09:00'],
    );
    const once: Recurrence = { dtstart: '2026-09-17T10:00', durationMinutes: 240, timezone: NY };
    assert.equal(
      expandOccurrences(once, ...window('2026-09-17T15:00:00Z', '2026-09-18T00:00:00Z')).length,
      1,
      'still running at the window start',
    );
    assert.equal(expandOccurrences(once, ...window('2026-09-18T00:00:00Z', '2026-09-19T00:00:00Z')).length, 0);
    assert.equal(
      expandOccurrences(forever, ...window('2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z'), 10).length,
      10,
      'capped',
    );
  });

  test('refuses what it does not support, with the part named', () => {
    const bad = (rrule: string) => () =>
      expandOccurrences(
        { dtstart: '2026-01-01T09:00', durationMinutes: 60, timezone: NY, rrule },
        new Date(0),
        new Date(),
      );
    assert.throws(bad('FREQ=HOURLY'), RecurrenceError);
    assert.throws(bad('FREQ=WEEKLY;BYSETPOS=1'), /BYSETPOS/);
    assert.throws(bad('FREQ=WEEKLY;BYDAY=XX'), /BYDAY/);
    assert.throws(bad('FREQ=WEEKLY;COUNT=2;UNTIL=20270101'), /COUNT and UNTIL/);
  });
});
