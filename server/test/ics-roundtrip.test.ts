import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { buildCalendar, type IcsEvent } from '../src/events/ics.js';
import { parseIcs } from '../src/events/ics-parse.js';
import { expandOccurrences } from '../src/events/recurrence.js';
import { instantToZoned } from '../src/events/zoned-time.js';

/**
 * Our .ics output read by another implementation, ical.js (Mozilla's, used by
 * Thunderbird): with only the VTIMEZONE we wrote to go on, it must find the
 * same instants we do, and read our escaped, folded, non-Latin text intact.
 */
const NY = 'America/New_York';
const WINDOW = [new Date('2026-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')] as const;

// A Tuesday 6 pm class from February to November 2026: over both daylight-saving changes (8 March, 1 November).
const esol: IcsEvent = {
  uid: 'esol-level-2@welcome-widgets.example',
  summary: 'ESOL, level 2; ইংরেজি ক্লাস; دروس اللغة الإنجليزية',
  description:
    'Bring a notebook, a pen; and your questions.\nনিবন্ধন বিনামূল্যে, সবাই স্বাগত।\nالتسجيل مجاني، أهلاً وسهلاً بالجميع.\nBackslash \\ stays.',
  location: 'Main Library, 476 Fifth Ave, Room 2',
  url: 'https://library.example/events/esol?term=spring&level=2',
  dtstart: '2026-02-24T18:00',
  timezone: NY,
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=40',
  // The first class after each change.
  exdates: ['2026-03-10T18:00', '2026-11-03T18:00'],
  lastModified: new Date('2026-02-01T12:00:00Z'),
};
// Second and fourth Tuesday, ending with the year, and a one-time event in another zone.
const clinic: IcsEvent = {
  uid: 'clinic@welcome-widgets.example',
  summary: 'Free immigration legal clinic',
  dtstart: '2026-01-13T13:00',
  timezone: NY,
  durationMinutes: 180,
  rrule: 'FREQ=MONTHLY;BYDAY=2TU,4TU;UNTIL=20261231T235959Z',
  exdates: ['2026-03-24T13:00'],
  lastModified: new Date('2026-01-02T09:00:00Z'),
};
const dhaka: IcsEvent = {
  uid: 'dhaka@welcome-widgets.example',
  summary: 'Consular outreach (Dhaka time)',
  dtstart: '2026-07-01T10:00',
  timezone: 'Asia/Dhaka',
  durationMinutes: 60,
  lastModified: new Date('2026-01-02T09:00:00Z'),
};
const text = buildCalendar({
  name: 'Round trip',
  events: [esol, clinic, dhaka],
  now: new Date('2026-01-05T00:00:00Z'),
});

/** Our file through ical.js, its zones registered from our VTIMEZONEs only. */
function readWithIcalJs() {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return new Map(
    root.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, { event, vevent }] as const;
    }),
  );
}
const events = readWithIcalJs();
after(() => ICAL.TimezoneService.reset());

/** Every start ical.js expands, as UTC instants and as local times in the event's zone. */
function icalStarts(uid: string) {
  const { event } = events.get(uid)!;
  const iterator = event.iterator();
  const starts: { utc: string; local: string; tzid: string }[] = [];
  for (let next = iterator.next(); next && starts.length < 500; next = iterator.next()) {
    const utc = next.convertToZone(ICAL.Timezone.utcTimezone).toJSDate().toISOString();
    starts.push({ utc, local: next.toString().slice(0, 16), tzid: next.zone?.tzid ?? '' });
  }
  return starts;
}

describe('our iCalendar read by ical.js', () => {
  test('keeps every line within 75 octets, ending in CRLF', () => {
    const lines = text.split('\r\n');
    assert.equal(lines.at(-1), '');
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.ok(!/[^\r]\n/.test(text));
  });

  // Our VTIMEZONE starts at the year's first offset change: before it, ical.js finds no observance and uses UTC.
  const FIRST_CHANGE = '2026-03-08T07:00:00.000Z';
  const fromFirstChange = (starts: string[]) => starts.filter((start) => start >= FIRST_CHANGE);

  test('expands a weekly class over the daylight-saving changes to our instants, at 18:00 local, without the EXDATEs', () => {
    const ours = expandOccurrences(esol, ...WINDOW);
    const theirs = icalStarts(esol.uid);
    assert.equal(ours.length, 38, '40 classes less 2 exceptions');
    assert.equal(theirs.length, 38);
    assert.deepEqual(
      fromFirstChange(theirs.map((s) => s.utc)),
      fromFirstChange(ours.map((o) => o.start.toISOString())),
    );
    assert.ok(theirs.every((s) => s.tzid === NY && s.local.endsWith('T18:00')));
    assert.ok(ours.every((o) => instantToZoned(o.start, NY).hour === 18));
    // 6 pm is 22:00 UTC in summer and 23:00 UTC in winter, on both sides of the November change.
    const utc = theirs.map((s) => s.utc);
    for (const [instant, present] of [
      ['2026-03-10T22:00:00.000Z', false], // EXDATE
      ['2026-03-17T22:00:00.000Z', true],
      ['2026-10-27T22:00:00.000Z', true],
      ['2026-11-03T23:00:00.000Z', false], // EXDATE
      ['2026-11-10T23:00:00.000Z', true],
    ] as const) {
      assert.equal(utc.includes(instant), present, instant);
    }
    const { event } = events.get(esol.uid)!;
    assert.equal(event.duration.toSeconds(), 90 * 60);
  });

  test('expands a twice-monthly clinic and a one-time event in another zone to our instants', () => {
    assert.deepEqual(
      fromFirstChange(icalStarts(clinic.uid).map((s) => s.utc)),
      fromFirstChange(expandOccurrences(clinic, ...WINDOW).map((o) => o.start.toISOString())),
    );
    assert.deepEqual(icalStarts(dhaka.uid), [
      { utc: '2026-07-01T04:00:00.000Z', local: '2026-07-01T10:00', tzid: 'Asia/Dhaka' },
    ]);
  });

  test('finds our instants before the first offset change of the year too (winter classes at 23:00 UTC)', () => {
    for (const source of [esol, clinic]) {
      assert.deepEqual(
        icalStarts(source.uid).map((s) => s.utc),
        expandOccurrences(source, ...WINDOW).map((o) => o.start.toISOString()),
        source.uid,
      );
    }
    assert.ok(icalStarts(esol.uid).some((s) => s.utc === '2026-03-03T23:00:00.000Z'));
  });

  test('reads summary, description and location with commas, semicolons, newlines, Bangla and Arabic intact', () => {
    const { event, vevent } = events.get(esol.uid)!;
    assert.equal(event.summary, esol.summary);
    assert.equal(event.description, esol.description);
    assert.equal(event.location, esol.location);
    assert.equal(vevent.getFirstPropertyValue('url'), esol.url);
    assert.equal(ICAL.Component.fromString(text).getFirstPropertyValue('x-wr-calname'), 'Round trip');
  });
});

describe('our iCalendar read by our own parser', () => {
  test('gives back the events we wrote', () => {
    const parsed = parseIcs(text, { defaultTimezone: 'UTC' });
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.warnings, []);
    assert.equal(parsed.name, 'Round trip');
    assert.deepEqual(
      parsed.events.map((e) => ({
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        location: e.location,
        url: e.url,
        dtstart: e.dtstart.local,
        timezone: e.dtstart.timezone,
        durationMinutes: e.durationMinutes,
        rrule: e.rrule ?? null,
        exdates: e.exdates,
        lastModified: e.lastModified,
      })),
      [esol, clinic, dhaka].map((e) => ({
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        location: e.location,
        url: e.url,
        dtstart: e.dtstart,
        timezone: e.timezone,
        durationMinutes: e.durationMinutes,
        rrule: e.rrule ?? null,
        exdates: e.exdates ?? [],
        lastModified: e.lastModified,
      })),
    );
  });
});
