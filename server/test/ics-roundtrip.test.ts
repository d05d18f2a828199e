import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { OpenDatabase } from '../src/db/database.js';
import { buildCalendar, type IcsEvent } from '../src/events/ics.js';
import { parseIcs } from '../src/events/ics-parse.js';
import { expandOccurrences } from '../src/events/recurrence.js';
import { instantToZoned } from '../src/events/zoned-time.js';
import { seedSampleData } from '../src/seed/sample.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';

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

describe(`the seeded events: the .ics feed read by ical.js gives the instants of /v1/events through 2035 (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const DAY = 86_400_000;
  const from = new Date(Date.now() - 40 * DAY);
  const until = new Date('2036-01-01T00:00:00Z');
  let database: OpenDatabase;
  let get: ReturnType<typeof testApp>['get'];

  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    await seedSampleData(database.db);
    ({ get } = testApp(database));
  });
  after(async () => {
    ICAL.TimezoneService.reset();
    await database.close();
  });

  /** Session starts per event UID, as /v1/events lists them in windows of at most 400 days. */
  async function listed() {
    const uids = new Map(
      (await database.db.selectFrom('events').select(['id', 'uid']).execute()).map((row) => [row.id, row.uid]),
    );
    const starts = new Map<string, Set<string>>();
    for (let start = from.getTime(); start < until.getTime(); start += 400 * DAY) {
      const end = new Date(Math.min(start + 400 * DAY, until.getTime()));
      const { status, body } = await get(`/v1/events?from=${new Date(start).toISOString()}&to=${end.toISOString()}`);
      assert.equal(status, 200);
      assert.equal(body.truncated, false);
      for (const item of body.items as { event_id: string; start: string }[]) {
        const uid = uids.get(item.event_id)!;
        starts.set(uid, (starts.get(uid) ?? new Set()).add(item.start));
      }
    }
    return starts;
  }

  /** Session starts per event UID, as ical.js expands the feed with only its VTIMEZONEs to go on. */
  async function fromFeed() {
    const window = `from=${from.toISOString()}&to=${new Date(from.getTime() + 400 * DAY).toISOString()}`;
    const { status, text } = await get(`/v1/events.ics?${window}`);
    assert.equal(status, 200);
    const root = ICAL.Component.fromString(text);
    ICAL.TimezoneService.reset();
    for (const vtimezone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
    const starts = new Map<string, Set<string>>();
    for (const vevent of root.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      const uid = event.uid.replace(/@welcome-widgets$/, '');
      const duration = event.duration.toSeconds() * 1000;
      const found = new Set<string>();
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const start = next.toJSDate();
        if (start >= until) break;
        if (start.getTime() + duration > from.getTime()) found.add(start.toISOString());
      }
      starts.set(uid, found);
    }
    return starts;
  }

  test('every session of every event, open-ended series included', async () => {
    const [api, feed] = [await listed(), await fromFeed()];
    assert.ok(api.size >= 8, `${api.size} events listed`);
    assert.deepEqual([...feed.keys()].sort(), [...api.keys()].sort());
    for (const [uid, starts] of api) {
      assert.deepEqual([...feed.get(uid)!].sort(), [...starts].sort(), uid);
    }
    // The open-ended clinics run to the end: sessions in 2035, at their local time.
    const clinic = [...api.entries()].find(([uid]) => uid.includes('clinic'))!;
    assert.ok(
      [...clinic[1]].some((start) => start.startsWith('2035-')),
      clinic[0],
    );
  });
});
