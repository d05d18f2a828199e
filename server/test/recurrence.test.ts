import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  expandOccurrences,
  RecurrenceError,
  seriesWindow,
  synchronizedStart,
  type Recurrence,
} from '../src/events/recurrence.js';
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
    // London skips 01:00-02:00 on 29 March 2026 and repeats 01:00-02:00 on 25 October.
    assert.equal(
      zonedToInstant({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, 'Europe/London').toISOString(),
      '2026-03-29T01:30:00.000Z',
    );
    assert.equal(
      zonedToInstant({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, 'Europe/London').toISOString(),
      '2026-10-25T00:30:00.000Z',
    );
    // Lord Howe Island moves by half an hour: 02:00 becomes 02:30 on 4 October 2026 (+10:30 to +11).
    assert.equal(
      zonedToInstant({ year: 2026, month: 10, day: 4, hour: 2, minute: 15 }, 'Australia/Lord_Howe').toISOString(),
      '2026-10-03T15:45:00.000Z',
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
    const bad =
      (rrule: string, dtstart = '2026-01-01T09:00') =>
      () =>
        expandOccurrences({ dtstart, durationMinutes: 60, timezone: NY, rrule }, new Date(0), new Date());
    assert.throws(bad('FREQ=HOURLY'), RecurrenceError);
    assert.throws(bad('FREQ=DAILY;BYHOUR=9,18'), /RRULE part BYHOUR is not supported/);
    assert.throws(bad('FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO'), /RRULE part BYWEEKNO is not supported/);
    assert.throws(bad('FREQ=WEEKLY;BYSETPOS=1'), /BYSETPOS/);
    assert.throws(bad('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'), /BYSETPOS/);
    assert.throws(bad('FREQ=WEEKLY;BYDAY=XX'), /BYDAY/);
    assert.throws(bad('FREQ=WEEKLY;BYDAY=2TU'), /BYDAY with a position/);
    assert.throws(bad('FREQ=WEEKLY;BYMONTHDAY=1'), /BYMONTHDAY cannot be used with FREQ=WEEKLY/);
    assert.throws(bad('FREQ=WEEKLY;COUNT=2;UNTIL=20270101'), /COUNT and UNTIL/);
    assert.throws(bad('FREQ=WEEKLY;INTERVAL=0'), /INTERVAL must be a positive integer/);
    assert.throws(bad('FREQ=WEEKLY;COUNT=2;COUNT=3'), /COUNT appears twice/);
    // Shapes ical.js expands wrongly: refused rather than published with wrong dates.
    assert.throws(bad('FREQ=MONTHLY;BYMONTHDAY=-1;BYDAY=FR'), /counted from the end/);
    assert.throws(bad('FREQ=MONTHLY;INTERVAL=2;BYMONTH=1,4'), /BYMONTH is supported only with INTERVAL=1/);
    assert.throws(bad('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'), /day 29 of month 2/);
    assert.throws(bad('FREQ=YEARLY', '2028-02-29T09:00'), /day 29 of month 2/);
    assert.throws(bad('FREQ=YEARLY;BYDAY=20MO'), /over the whole year/);
  });

  test('refuses a session longer than a month or without a length, which no database row could hold', () => {
    const once = { dtstart: '2026-01-01T09:00', timezone: NY };
    assert.throws(() => seriesWindow({ ...once, durationMinutes: 7 * 1e18 * 1440 }), /longer than 31 days/);
    assert.throws(() => seriesWindow({ ...once, durationMinutes: 0 }), /positive number of minutes/);
    assert.throws(() => seriesWindow({ ...once, dtstart: '2026-02-30T09:00', durationMinutes: 60 }), /not a valid/);
    assert.throws(() => seriesWindow({ ...once, dtstart: '2026-13-01T09:00', durationMinutes: 60 }), /not a valid/);
    assert.equal(
      seriesWindow({ ...once, durationMinutes: 31 * 1440 }).lastEnd?.toISOString(),
      '2026-02-01T14:00:00.000Z',
    );
  });
});

/** Local starts of the first occurrences of a rule in New York. */
const localStarts = (dtstart: string, rrule: string, count = 12) =>
  expandOccurrences(
    { dtstart, durationMinutes: 60, timezone: NY, rrule },
    new Date('2020-01-01T00:00:00Z'),
    new Date('2040-01-01T00:00:00Z'),
    count,
  ).map((o) => o.localStart);

describe('rules that calendars from other systems hold (RFC 5545 semantics)', () => {
  test('a daily rule limited to weekdays leaves out weekends', () => {
    assert.deepEqual(localStarts('2026-01-02T09:00', 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 6), [
      '2026-01-02T09:00',
      '2026-01-05T09:00',
      '2026-01-06T09:00',
      '2026-01-07T09:00',
      '2026-01-08T09:00',
      '2026-01-09T09:00',
    ]);
  });

  test('a daily rule limited to January runs every day of January only', () => {
    assert.deepEqual(localStarts('2026-01-30T09:00', 'FREQ=DAILY;BYMONTH=1', 4), [
      '2026-01-30T09:00',
      '2026-01-31T09:00',
      '2027-01-01T09:00',
      '2027-01-02T09:00',
    ]);
  });

  test('BYDAY with BYMONTHDAY is the intersection: Friday the 13th', () => {
    assert.deepEqual(localStarts('2026-01-01T09:00', 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', 4), [
      '2026-02-13T09:00',
      '2026-03-13T09:00',
      '2026-11-13T09:00',
      '2027-08-13T09:00',
    ]);
  });

  test('WKST decides which weeks an every-other-week rule keeps', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;COUNT=4';
    // 11 January 2026 is a Sunday: the first day of a Sunday week, the last of a Monday week.
    assert.deepEqual(localStarts('2026-01-11T09:00', `${rule};WKST=SU`), [
      '2026-01-11T09:00',
      '2026-01-12T09:00',
      '2026-01-25T09:00',
      '2026-01-26T09:00',
    ]);
    assert.deepEqual(localStarts('2026-01-11T09:00', `${rule};WKST=MO`), [
      '2026-01-11T09:00',
      '2026-01-19T09:00',
      '2026-01-25T09:00',
      '2026-02-02T09:00',
    ]);
  });

  test('a weekly summer series stops with August, and starts again next June', () => {
    const starts = localStarts('2026-06-02T18:00', 'FREQ=WEEKLY;BYMONTH=6,7,8', 14);
    assert.equal(starts[12], '2026-08-25T18:00');
    assert.equal(starts[13], '2027-06-01T18:00');
  });

  test('a quarterly rule keeps to its months, whichever month it starts in', () => {
    assert.deepEqual(localStarts('2026-04-15T10:00', 'FREQ=MONTHLY;BYMONTH=1,4,7,10', 5), [
      '2026-04-15T10:00',
      '2026-07-15T10:00',
      '2026-10-15T10:00',
      '2027-01-15T10:00',
      '2027-04-15T10:00',
    ]);
    // Outlook's "third Tuesday" and the March change to daylight time as an RRULE.
    assert.deepEqual(localStarts('2026-01-20T17:00', 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=3', 3), [
      '2026-01-20T17:00',
      '2026-02-17T17:00',
      '2026-03-17T17:00',
    ]);
    assert.deepEqual(localStarts('2026-03-08T10:00', 'FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYSETPOS=2', 2), [
      '2026-03-08T10:00',
      '2027-03-14T10:00',
    ]);
  });

  test('a series whose DTSTART the rule does not pick starts at the rule’s first date', () => {
    const clinic = {
      dtstart: '2026-01-07T17:00',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE',
    };
    assert.deepEqual(localStarts(clinic.dtstart, clinic.rrule, 3), [
      '2026-01-14T17:00',
      '2026-01-28T17:00',
      '2026-02-11T17:00',
    ]);
    assert.equal(synchronizedStart(clinic), '2026-01-14T17:00');
    assert.equal(seriesWindow(clinic).firstStart.toISOString(), '2026-01-14T22:00:00.000Z');
    assert.equal(synchronizedStart({ ...clinic, dtstart: '2026-01-14T17:00' }), '2026-01-14T17:00');
  });

  test('UNTIL as a date includes that whole local day; as UTC it is an instant', () => {
    // 20:00 in New York is 01:00 UTC the next day: the evening of 4 November is still "until 4 November".
    assert.deepEqual(localStarts('2026-11-02T20:00', 'FREQ=DAILY;UNTIL=20261104'), [
      '2026-11-02T20:00',
      '2026-11-03T20:00',
      '2026-11-04T20:00',
    ]);
    assert.deepEqual(localStarts('2026-11-02T20:00', 'FREQ=DAILY;UNTIL=20261104T010000Z'), [
      '2026-11-02T20:00',
      '2026-11-03T20:00',
    ]);
  });

  // The search for a date is bounded: without the bound this never returns (the timeout fails it, not a stopwatch).
  test('a rule that never picks a date gives no sessions, and the search for one ends', { timeout: 60_000 }, () => {
    assert.deepEqual(localStarts('2026-01-01T09:00', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'), []);
  });
});

describe('daylight-saving time and UTC series', () => {
  test('a 02:30 session on the spring-forward day moves forward by the gap; 01:30 in the autumn is the first', () => {
    const spring = expandOccurrences(
      { dtstart: '2026-03-01T02:30', durationMinutes: 60, timezone: NY, rrule: 'FREQ=WEEKLY;COUNT=3' },
      ...window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    );
    assert.deepEqual(
      spring.map((o) => [o.localStart, o.start.toISOString()]),
      [
        ['2026-03-01T02:30', '2026-03-01T07:30:00.000Z'],
        ['2026-03-08T02:30', '2026-03-08T07:30:00.000Z'], // 03:30 EDT
        ['2026-03-15T02:30', '2026-03-15T06:30:00.000Z'],
      ],
    );
    const autumn = expandOccurrences(
      { dtstart: '2026-10-25T01:30', durationMinutes: 60, timezone: NY, rrule: 'FREQ=WEEKLY;COUNT=2' },
      ...window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    );
    assert.deepEqual(
      autumn.map((o) => o.start.toISOString()),
      ['2026-10-25T05:30:00.000Z', '2026-11-01T05:30:00.000Z'],
    );
  });

  test('a series written in UTC keeps its instants, and its local starts follow the zone', () => {
    const utc: Recurrence = {
      dtstart: '2026-03-03T23:00Z',
      durationMinutes: 60,
      timezone: NY,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      exdates: ['2026-03-17T19:00'],
    };
    assert.deepEqual(
      expandOccurrences(utc, ...window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).map((o) => [
        o.localStart,
        o.start.toISOString(),
      ]),
      [
        ['2026-03-03T18:00', '2026-03-03T23:00:00.000Z'],
        ['2026-03-10T19:00', '2026-03-10T23:00:00.000Z'],
      ],
    );
    assert.equal(seriesWindow(utc).lastEnd?.toISOString(), '2026-03-18T00:00:00.000Z');
    assert.equal(synchronizedStart(utc), '2026-03-03T23:00Z');
  });
});
