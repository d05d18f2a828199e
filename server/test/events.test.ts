import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { eventIdForUid, upsertEvent, type EventInput } from '../src/events/store.js';
import { stableId } from '../src/seed/ids.js';
import { seededTestApp } from './helpers/app.js';

let database: OpenDatabase;
let get: Awaited<ReturnType<typeof seededTestApp>>['get'];
const libraryId = stableId('location:t-library');
/** Next year: every test event is in the future whatever day the tests run. */
const Y = new Date().getUTCFullYear() + 1;
const DAY = 86_400_000;
const ymd = (date: Date) => date.toISOString().slice(0, 10);
/** The first `weekday` (0 = Sunday) on or after a date, as YYYY-MM-DD. */
const weekdayFrom = (month: number, day: number, weekday: number) => {
  const start = new Date(Date.UTC(Y, month - 1, day));
  return new Date(start.getTime() + ((weekday - start.getUTCDay() + 7) % 7) * DAY);
};
// A Tuesday class from late February: its sixth week is past the March change to daylight time.
const classStart = weekdayFrom(2, 20, 2);
const classWeek = (n: number) => `${ymd(new Date(classStart.getTime() + n * 7 * DAY))}T18:00`;
const secondWednesdayOfFebruary = `${ymd(weekdayFrom(2, 8, 3))}T17:00`;

const base = {
  timezone: 'America/New_York',
  durationMinutes: 90,
  free: true,
  source: 'test',
} satisfies Partial<EventInput>;

const events: EventInput[] = [
  {
    ...base,
    uid: 't-class',
    type: 'english-class',
    title: 'English conversation',
    description: 'Practice speaking. Ten weeks, one sign-up.',
    locationId: libraryId,
    languages: ['en', 'bn'],
    // Weekly across the March change to daylight time; one week left out.
    dtstart: classWeek(0),
    rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
    exdates: [classWeek(3)],
    capacity: 10,
    registrationMode: 'series',
    translations: { title: { bn: 'ইংরেজি কথোপকথন', es: 'Conversación en inglés' } },
  },
  {
    ...base,
    uid: 't-clinic',
    type: 'legal-clinic',
    title: 'Legal clinic',
    description: 'Free consultations, twice a month.',
    locationId: libraryId,
    languages: ['es', 'ht'],
    dtstart: `${Y}-02-01T17:00`,
    rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE',
    capacity: 8,
    registrationMode: 'per-session',
    translations: { title: { es: 'Clínica legal' } },
  },
  {
    ...base,
    uid: 't-forum',
    type: 'know-your-rights',
    title: 'Know your rights forum',
    description: 'Your rights at work; no sign-up.',
    locationText: 'Community Hall, 12 Main St',
    languages: ['ar'],
    dtstart: `${Y}-03-05T18:30`,
  },
];

describe(`events API (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    ({ database, get } = await seededTestApp());
    for (const event of events) await upsertEvent(database.db, event);
  });
  after(() => database.close());

  test('expands a weekly series in its own zone across the change to daylight time, leaving out EXDATEs', async () => {
    const { status, body } = await get(`/v1/events?from=${Y}-02-15&to=${Y}-04-30&type=english-class`);
    assert.equal(status, 200);
    assert.deepEqual(
      body.items.map((o: { local_start: string }) => o.local_start),
      [classWeek(0), classWeek(1), classWeek(2), classWeek(4), classWeek(5)],
    );
    const winter = body.items[0];
    const summer = body.items.at(-1);
    assert.equal(new Date(winter.start).getUTCHours(), 23, '18:00 EST is 23:00 UTC');
    assert.equal(new Date(summer.start).getUTCHours(), 22, '18:00 EDT is 22:00 UTC');
    assert.equal(body.items.at(-1).series.position, 5, 'the left-out week is not counted');
    assert.equal(body.items.at(-1).series.count, 5);
    assert.equal(winter.timezone, 'America/New_York');
    assert.equal(winter.location.name, 'Main Library');
  });

  test('filters by type, language, location and text, with facets counting the other filters', async () => {
    const window = `from=${Y}-02-01&to=${Y}-04-01`;
    const byLanguage = await get(`/v1/events?${window}&language=ar`);
    assert.deepEqual(
      new Set(byLanguage.body.items.map((o: { type: string }) => o.type)),
      new Set(['know-your-rights']),
    );
    assert.equal(byLanguage.body.facets.types['know-your-rights'], 1);
    assert.equal(byLanguage.body.facets.types['english-class'], undefined, 'no class is held in Arabic');
    const byType = await get(`/v1/events?${window}&type=legal-clinic`);
    assert.equal(byType.body.total, 4, 'second and fourth Wednesdays of February and March');
    assert.ok(byType.body.facets.types['english-class'] > 0, 'other types stay countable');
    const atLibrary = await get(`/v1/events?${window}&location_id=${libraryId}`);
    assert.ok(atLibrary.body.items.every((o: { location: { id: string } }) => o.location?.id === libraryId));
    assert.ok(!atLibrary.body.items.some((o: { type: string }) => o.type === 'know-your-rights'));
    const search = await get(`/v1/events?${window}&q=${encodeURIComponent('clinica')}`);
    assert.deepEqual(new Set(search.body.items.map((o: { type: string }) => o.type)), new Set(['legal-clinic']));
  });

  test('answers in the language asked for, saying when it falls back', async () => {
    const bn = await get(`/v1/events?from=${ymd(classStart)}&to=${Y}-03-01&lang=bn`);
    const lesson = bn.body.items.find((o: { type: string }) => o.type === 'english-class');
    assert.equal(lesson.title, 'ইংরেজি কথোপকথন');
    // The title is drafted in Bangla, the description is not: the answer says so.
    assert.deepEqual(lesson.content, {
      locale: 'bn',
      method: 'machine',
      fallback: false,
      fallback_fields: ['description'],
    });
    assert.equal(lesson.type_name, 'ইংরেজি ক্লাস');
    const ht = await get(`/v1/events?from=${ymd(classStart)}&to=${Y}-03-01&lang=ht`);
    const fallback = ht.body.items.find((o: { type: string }) => o.type === 'english-class');
    assert.equal(fallback.title, 'English conversation');
    assert.equal(fallback.content.fallback, true);
  });

  test('suggests the next occurrence when the window is empty', async () => {
    const { body } = await get(`/v1/events?from=${Y}-01-01&to=${Y}-01-10`);
    assert.equal(body.total, 0);
    assert.equal(body.next.local_start, secondWednesdayOfFebruary, 'the clinic on the second Wednesday of February');
  });

  test('rejects bad windows and parameters with problems naming the field', async () => {
    const reversed = await get(`/v1/events?from=${Y}-03-01&to=${Y}-02-01`);
    assert.equal(reversed.status, 400);
    assert.equal(reversed.headers.get('content-type'), 'application/problem+json');
    assert.equal(reversed.body.errors[0].path, 'to');
    const wide = await get(`/v1/events?from=${Y}-01-01&to=${Y + 2}-01-01`);
    assert.equal(wide.status, 400);
    const badType = await get('/v1/events?type=party');
    assert.equal(badType.status, 400);
    assert.match(badType.body.errors[0].path, /^type/);
    const badDate = await get('/v1/events?from=tomorrow');
    assert.equal(badDate.body.errors[0].path, 'from');
  });

  test('gives one event in full with every session and its places', async () => {
    const id = eventIdForUid('t-class');
    const { status, body, headers } = await get(`/v1/events/${id}?occurrence=${classWeek(2)}`);
    assert.equal(status, 200);
    assert.equal(headers.get('cache-control'), 'no-cache');
    assert.equal(body.local_start, classWeek(2));
    assert.equal(body.description, 'Practice speaking. Ten weeks, one sign-up.');
    assert.equal(body.occurrences.length, 5);
    assert.deepEqual(body.recurrence, { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exdates: [classWeek(3)] });
    assert.deepEqual(body.availability, { capacity: 10, taken: 0, available: 10, waitlisted: 0, full: false });
    assert.deepEqual(body.registration, { mode: 'series', open: true, url: null });
    assert.equal((await get(`/v1/events/${id}?occurrence=${classWeek(3)}`)).status, 404, 'a left-out week');
    assert.equal((await get(`/v1/events/${stableId('nothing')}`)).status, 404);
    assert.equal((await get('/v1/events/not-a-uuid')).status, 400);
  });

  test('writes an .ics for the whole series and for one session', async () => {
    const id = eventIdForUid('t-class');
    const series = await get(`/v1/events/${id}/event.ics?lang=es`);
    assert.equal(series.status, 200);
    assert.match(series.headers.get('content-type')!, /^text\/calendar/);
    assert.match(series.headers.get('content-disposition')!, /attachment; filename=".+\.ics"/);
    assert.match(series.text, /RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6/);
    assert.match(series.text, new RegExp(`EXDATE;TZID=America/New_York:${classWeek(3).replace(/[-:]/g, '')}00`));
    assert.match(series.text, /SUMMARY:Conversación en inglés/);
    assert.match(series.text, /BEGIN:VTIMEZONE\r\nTZID:America\/New_York/);
    const session = await get(`/v1/events/${id}/event.ics?occurrence=${classWeek(2)}`);
    assert.match(session.text, new RegExp(`DTSTART;TZID=America/New_York:${classWeek(2).replace(/[-:]/g, '')}00`));
    // The zone's daylight-saving rules are RRULEs too: the session itself has none.
    assert.doesNotMatch(session.text.slice(session.text.indexOf('BEGIN:VEVENT')), /RRULE/);
    assert.equal((await get(`/v1/events/${id}/event.ics?occurrence=${classWeek(3)}`)).status, 404);
  });

  test('serves a subscribable feed with the same filters', async () => {
    const feed = await get(`/v1/events.ics?from=${Y}-01-01&to=${Y}-06-01&type=legal-clinic,know-your-rights`);
    assert.equal(feed.status, 200);
    assert.equal(feed.text.match(/BEGIN:VEVENT/g)?.length, 2);
    assert.match(feed.text, /LOCATION:Community Hall\\, 12 Main St/);
    assert.ok(feed.text.split('\r\n').every((line: string) => new TextEncoder().encode(line).length <= 75));
  });

  test('numbers an open-ended series from its first session in a window years ahead, and reads an edited rule at once', async () => {
    const firstMonday = weekdayFrom(1, 1, 1);
    const open = { ...base, uid: 't-open', type: 'english-class' as const, title: 'Open class', languages: ['en'] };
    await upsertEvent(database.db, { ...open, dtstart: `${ymd(firstMonday)}T10:00`, rrule: 'FREQ=WEEKLY;BYDAY=MO' });
    const window = `from=${Y + 3}-03-01&to=${Y + 3}-03-15&type=english-class&q=Open`;
    const weekly = await get(`/v1/events?${window}`);
    assert.equal(weekly.status, 200);
    const weeksSinceFirst = (o: { local_start: string }) =>
      Math.round((Date.parse(`${o.local_start.slice(0, 10)}T00:00Z`) - firstMonday.getTime()) / (7 * DAY));
    assert.equal(weekly.body.items.length, 2);
    for (const item of weekly.body.items) {
      assert.deepEqual(item.series, { position: weeksSinceFirst(item) + 1, count: null });
    }
    // Every other week from now on: the listing must not keep the sessions it read before.
    await upsertEvent(database.db, {
      ...open,
      dtstart: `${ymd(firstMonday)}T10:00`,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
    });
    const fortnightly = await get(`/v1/events?${window}`);
    assert.equal(fortnightly.body.items.length, 1);
    const [item] = fortnightly.body.items;
    assert.equal(weeksSinceFirst(item) % 2, 0);
    assert.deepEqual(item.series, { position: weeksSinceFirst(item) / 2 + 1, count: null });
  });

  test('keeps the wall-clock name of a session the change to daylight time skips', async () => {
    // Second Sunday of March: 02:30 does not happen that night in New York; the session starts at 03:30 EDT.
    const change = weekdayFrom(3, 8, 0);
    await upsertEvent(database.db, {
      ...base,
      uid: 't-night-shift',
      type: 'other',
      title: 'Night shift drop-in',
      languages: ['en'],
      dtstart: `${ymd(new Date(change.getTime() - 2 * DAY))}T02:30`,
      rrule: 'FREQ=DAILY;COUNT=5',
    });
    const { body } = await get(`/v1/events?from=${Y}-03-01&to=${Y}-03-31&q=Night%20shift`);
    const skipped = body.items.find((o: { local_start: string }) => o.local_start === `${ymd(change)}T02:30`);
    assert.ok(skipped, 'the session is named by its wall-clock start');
    assert.equal(skipped.start, `${ymd(change)}T07:30:00.000Z`);
    assert.equal(body.items.length, 5);
  });

  test('lists a series too long to hold by expanding the window alone, unnumbered', async () => {
    // Daily since 1995: more sessions before the window than a series keeps in memory.
    await upsertEvent(database.db, {
      ...base,
      uid: 't-daily-since-1995',
      type: 'other',
      title: 'Morning coffee hour',
      languages: ['en'],
      dtstart: '1995-01-02T09:00',
      rrule: 'FREQ=DAILY',
    });
    const { status, body } = await get(`/v1/events?from=${Y}-06-01&to=${Y}-06-08&q=coffee`);
    assert.equal(status, 200);
    assert.deepEqual(
      body.items.map((o: { local_start: string }) => o.local_start),
      Array.from({ length: 7 }, (_, day) => `${Y}-06-0${day + 1}T09:00`),
    );
    assert.ok(body.items.every((o: { series: unknown }) => o.series === null));
  });

  test('keeps events idempotent by UID', async () => {
    const again = await upsertEvent(database.db, { ...events[2]!, title: 'Know your rights: work' });
    assert.equal(again.created, false);
    const { body } = await get(`/v1/events/${eventIdForUid('t-forum')}`);
    assert.equal(body.title, 'Know your rights: work');
    assert.equal(body.location_text, 'Community Hall, 12 Main St');
  });
});
