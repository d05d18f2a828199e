import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, type IcsEvent } from '../src/events/ics.js';
import { expandOccurrences } from '../src/events/recurrence.js';
import { offsetChanges, vtimezone } from '../src/events/vtimezone.js';
import { zonedToInstant } from '../src/events/zoned-time.js';

const NY = 'America/New_York';
const clinic = {
  uid: 'clinic-1@welcome-widgets.example',
  summary: 'Free legal clinic; walk-ins welcome, bring any papers',
  description: 'Line one\nLine two',
  location: 'Bronx Library Center, 310 East Kingsbridge Rd',
  dtstart: '2026-11-05T12:00',
  timezone: NY,
  durationMinutes: 180,
  rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH;UNTIL=20270630T235959Z',
  exdates: ['2026-12-17T12:00'],
  lastModified: new Date('2026-10-01T00:00:00Z'),
};

describe('iCalendar', () => {
  test('escapes text and folds long lines at 75 octets without splitting a character', () => {
    assert.equal(escapeText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75);
    assert.equal(folded.replace(/\r\n /g, ''), `SUMMARY:${'é'.repeat(60)}`);
  });

  test('finds New York’s offset changes in 2026', () => {
    const changes = offsetChanges(NY, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    assert.deepEqual(
      changes.map((c) => [new Date(c.at).toISOString(), c.before / 3600_000, c.after / 3600_000]),
      [
        ['2026-03-08T07:00:00.000Z', -5, -4],
        ['2026-11-01T06:00:00.000Z', -4, -5],
      ],
    );
  });

  test('writes an event in its time zone, with a VTIMEZONE, its rule and exceptions', () => {
    const text = buildCalendar({ name: 'Legal clinics', events: [clinic], now: new Date('2026-11-23T12:00:00Z') });
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    for (const expected of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'X-WR-CALNAME:Legal clinics',
      'BEGIN:VTIMEZONE',
      `TZID:${NY}`,
      'DTSTART:20260308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'DTSTART:20261101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'UID:clinic-1@welcome-widgets.example',
      'DTSTAMP:20261123T120000Z',
      `DTSTART;TZID=${NY}:20261105T120000`,
      'DURATION:PT3H0M',
      'STATUS:CONFIRMED',
      'RRULE:FREQ=MONTHLY;BYDAY=1TH,3TH;UNTIL=20270630T235959Z',
      `EXDATE;TZID=${NY}:20261217T120000`,
      'SUMMARY:Free legal clinic\\; walk-ins welcome\\, bring any papers',
      'DESCRIPTION:Line one\\nLine two',
      'END:VEVENT',
      'END:VCALENDAR',
    ]) {
      assert.ok(lines.includes(expected), `has ${expected}`);
    }
    assert.equal(lines.filter((l) => l === 'BEGIN:DAYLIGHT').length, 1, 'daylight time as a yearly rule');
    assert.equal(lines.filter((l) => l.startsWith('BEGIN:')).length, lines.filter((l) => l.startsWith('END:')).length);
  });

  test('describes a zone without daylight time with one observance', () => {
    const text = buildCalendar({
      events: [{ ...clinic, timezone: 'Asia/Tokyo', rrule: null, exdates: [] }],
      now: new Date('2026-11-23T12:00:00Z'),
    });
    const lines = text.split('\r\n');
    assert.ok(lines.includes('TZOFFSETTO:+0900'));
    assert.equal(lines.filter((l) => l === 'BEGIN:STANDARD').length, 1);
  });

  test('writes a cancelled event with STATUS:CANCELLED', () => {
    const text = buildCalendar({ events: [{ ...clinic, status: 'cancelled' }], now: new Date('2026-11-23T12:00:00Z') });
    assert.ok(text.split('\r\n').includes('STATUS:CANCELLED'));
    assert.equal(
      ICAL.Component.fromString(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('status'),
      'CANCELLED',
    );
  });

  test('starts a series at its rule’s first date, and writes a UTC series in UTC', () => {
    const firstWednesday = { ...clinic, dtstart: '2026-01-07T17:00', rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE', exdates: [] };
    const lines = buildCalendar({ events: [firstWednesday] }).split('\r\n');
    assert.ok(lines.includes(`DTSTART;TZID=${NY}:20260114T170000`), 'the second Wednesday, not the first');
    const utc = buildCalendar({
      events: [
        { ...clinic, dtstart: '2026-03-03T23:00Z', rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-03-10T19:00'] },
      ],
    }).split('\r\n');
    assert.ok(utc.includes('DTSTART:20260303T230000Z'));
    assert.ok(utc.includes('EXDATE:20260310T230000Z'));
    assert.ok(!utc.includes('BEGIN:VTIMEZONE'), 'no zone needed');
  });
});

describe('the VTIMEZONE we write', () => {
  after(() => ICAL.TimezoneService.reset());

  /** Every instant ical.js finds for a series, through the VTIMEZONE we wrote and nothing else. */
  function icalInstants(event: IcsEvent, until: string) {
    const root = ICAL.Component.fromString(buildCalendar({ events: [event], now: new Date('2026-01-05T00:00:00Z') }));
    ICAL.TimezoneService.reset();
    for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const iterator = new ICAL.Event(root.getFirstSubcomponent('vevent')!).iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && next.toString() < until; next = iterator.next()) {
      starts.push(next.toJSDate().toISOString());
    }
    return starts;
  }

  test('keeps an open-ended weekly class at 6 pm local in 2030 and 2060, in every zone we tried', () => {
    for (const timezone of [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Asia/Jerusalem',
    ]) {
      const event: IcsEvent = {
        uid: `weekly-${timezone}`,
        summary: 'Weekly class',
        dtstart: '2026-01-06T18:00',
        timezone,
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        lastModified: new Date('2026-01-01T00:00:00Z'),
      };
      const theirs = icalInstants(event, '2061-01-01');
      const ours = expandOccurrences(event, new Date('2026-01-01T00:00:00Z'), new Date('2061-01-01T00:00:00Z'), 10_000);
      assert.deepEqual(
        theirs,
        ours.map((o) => o.start.toISOString()),
        timezone,
      );
      // The seeded clinic's drift: a summer session in 2030 and one in 2060.
      for (const local of ['2030-07-02T18:00', '2060-07-06T18:00']) {
        const [date, time] = local.split('T') as [string, string];
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const [hour, minute] = time.split(':').map(Number) as [number, number];
        const instant = zonedToInstant({ year, month, day, hour, minute }, timezone).toISOString();
        assert.ok(theirs.includes(instant), `${timezone} ${local} at ${instant}`);
      }
    }
  });

  test('writes the present daylight-saving pattern as yearly rules, and a zone without daylight time plainly', () => {
    const london = vtimezone('Europe/London', 2026, new Date('2026-01-05T00:00:00Z'));
    assert.ok(london.includes('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'));
    assert.ok(london.includes('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'));
    const lordHowe = vtimezone('Australia/Lord_Howe', 2026, new Date('2026-01-05T00:00:00Z'));
    assert.ok(lordHowe.includes('TZOFFSETTO:+1100') && lordHowe.includes('TZOFFSETTO:+1030'), 'a half-hour change');
    const kolkata = vtimezone('Asia/Kolkata', 2026, new Date('2026-01-05T00:00:00Z'));
    assert.deepEqual(
      kolkata.filter((line) => line.startsWith('BEGIN:')),
      ['BEGIN:VTIMEZONE', 'BEGIN:STANDARD'],
    );
    assert.ok(kolkata.includes('TZOFFSETTO:+0530'));
  });
});
