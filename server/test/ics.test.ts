import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCalendar, escapeText, foldLine, offsetChanges } from '../src/events/ics.js';

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
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'DTSTART:20261101T020000',
      'UID:clinic-1@welcome-widgets.example',
      'DTSTAMP:20261123T120000Z',
      `DTSTART;TZID=${NY}:20261105T120000`,
      'DURATION:PT3H0M',
      'RRULE:FREQ=MONTHLY;BYDAY=1TH,3TH;UNTIL=20270630T235959Z',
      `EXDATE;TZID=${NY}:20261217T120000`,
      'SUMMARY:Free legal clinic\\; walk-ins welcome\\, bring any papers',
      'DESCRIPTION:Line one\\nLine two',
      'END:VEVENT',
      'END:VCALENDAR',
    ]) {
      assert.ok(lines.includes(expected), `has ${expected}`);
    }
    assert.equal(lines.filter((l) => l === 'BEGIN:DAYLIGHT').length, 2, 'daylight time in 2026 and 2027');
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
});
