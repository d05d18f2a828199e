import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { IcsSyntaxError, parseDuration, parseIcs, resolveTimezone, unfold } from '../src/events/ics-parse.js';
import { recurrenceOf } from '../src/events/event-view.js';
import { eventTypeFor, importIcs, plainText } from '../src/events/import-ics.js';
import { expandOccurrences } from '../src/events/recurrence.js';
import { seedDirectories } from '../src/seed/seed.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testDirectory } from './helpers/directory.js';

const SERVER = resolve(import.meta.dirname, '..');
const FIXTURES = join(SERVER, 'test/fixtures/ics');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const NY = 'America/New_York';

/** A calendar around some VEVENT lines, with CRLF line ends. */
const calendar = (events: string[][], header: string[] = []) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    ...header,
    ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n') + '\r\n';
const event = (uid: string, ...lines: string[]) => [
  `UID:${uid}`,
  'SUMMARY:Test',
  'DTSTART;TZID=America/New_York:20260310T180000',
  'DTEND;TZID=America/New_York:20260310T193000',
  ...lines,
];
const parseOne = (lines: string[], header: string[] = [], defaultTimezone = NY) => {
  const parsed = parseIcs(calendar([lines], header), { defaultTimezone });
  return { ...parsed, event: parsed.events[0] };
};

describe('reading iCalendar lines', () => {
  test('unfolds CRLF and LF lines continued by a space or a tab', () => {
    assert.deepEqual(unfold('A:one\r\n  two\r\n\tthree\nB:x\n y\r\n'), ['A:one twothree', 'B:xy']);
  });

  test('given bytes, restores a character folded in the middle of its UTF-8 sequence', () => {
    const bytes = new TextEncoder().encode('SUMMARY:বাংলা');
    const folded = new Uint8Array([...bytes.subarray(0, 10), 0x0d, 0x0a, 0x20, ...bytes.subarray(10)]);
    assert.deepEqual(unfold(folded), ['SUMMARY:বাংলা']);
  });

  test('reads parameters (quoted, with ; : and , inside), escaped TEXT and lists through ical.js', () => {
    const { event: parsed } = parseOne([
      'UID:p',
      'SUMMARY;LANGUAGE=en;X-NOTE="say ^\'hi^\', ok":a\\, b\\; c\\nd\\Ne\\\\f',
      'DTSTART;TZID="Eastern Standard Time":20260310T180000',
      'dtend;tzid=America/New_York:20260310T193000',
      'CATEGORIES:Legal\\, Immigration,ESOL',
      'ATTENDEE;CN="Doe, Jane: Esq.";DELEGATED-FROM="mailto:a@x.org","mailto:b@x.org":mailto:jane@x.org',
    ]);
    assert.equal(parsed?.summary, 'a, b; c\nd\ne\\f');
    assert.deepEqual(parsed?.categories, ['Legal, Immigration', 'ESOL']);
    assert.deepEqual([parsed?.dtstart, parsed?.durationMinutes], [{ local: '2026-03-10T18:00', timezone: NY }, 90]);
  });

  test('reads durations in minutes', () => {
    assert.equal(parseDuration('PT1H30M'), 90);
    assert.equal(parseDuration('PT3H0M'), 180);
    assert.equal(parseDuration('P1DT2H'), 1560);
    assert.equal(parseDuration('P1W'), 10080);
    assert.equal(parseDuration('PT90S'), 2);
    for (const bad of ['-PT1H', 'P', 'PT', '1H', 'PT1.5H']) assert.throws(() => parseDuration(bad), bad);
  });
});

describe('reading iCalendar events', () => {
  test('a LibCal export: zones, rules, exceptions, folded escaped text, cancellation, an all-day closure', () => {
    const parsed = parseIcs(fixture('libcal-branches.ics'), { defaultTimezone: 'America/Chicago' });
    assert.equal(parsed.defaultTimezone, NY, 'X-WR-TIMEZONE wins over the default given');
    assert.equal(parsed.name, 'Immigrant Services at the Library (sample)');
    assert.deepEqual(parsed.problems, []);
    const [esol, clinic, kyr, citizenship, closed] = parsed.events;
    assert.deepEqual(
      { ...esol, lastModified: esol?.lastModified?.toISOString() },
      {
        uid: 'LibCal-4821-15093377',
        summary: 'ESOL Conversation Circle (Intermediate)',
        description:
          'Practice speaking English in a friendly small group. No registration needed, just come. Spring break: no class on March 17.',
        location: 'Flushing Center, Meeting Room B',
        url: 'https://nycbranches-sample.libcal.com/event/15093377',
        categories: ['Adults', 'English Language Learners (ESOL)'],
        dtstart: { local: '2026-02-24T18:00', timezone: NY },
        allDay: false,
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;COUNT=10',
        exdates: ['2026-03-17T18:00'],
        status: 'scheduled',
        lastModified: '2026-01-28T09:30:00.000Z',
      },
    );
    assert.equal(clinic?.rrule, 'FREQ=MONTHLY;BYDAY=2TU,4TU;UNTIL=20260630T235959Z');
    assert.equal(clinic?.durationMinutes, 180);
    assert.match(
      clinic!.description!,
      /^Meet one-on-one .* partner, the Five Boroughs .*\nWalk-ins welcome; first come, first served\./s,
    );
    assert.equal(clinic?.location, 'Main Library, 476 Fifth Ave, New York, NY 10018');
    assert.equal(kyr?.status, 'cancelled');
    assert.equal(citizenship?.rrule, undefined);
    assert.deepEqual(
      [closed?.allDay, closed?.dtstart.local, closed?.durationMinutes],
      [true, '2026-05-25T00:00', 1440],
    );
  });

  test('UTC times become local times of the default zone, in winter and in summer', () => {
    const google = parseIcs(fixture('google-community.ics'), { defaultTimezone: NY });
    const byUid = new Map(google.events.filter((e) => !e.recurrenceId).map((e) => [e.uid, e]));
    const idnyc = byUid.get('0k3n5d7f9h1j3l5n7p9r1t3v5x@google.com');
    assert.deepEqual([idnyc?.dtstart, idnyc?.durationMinutes], [{ local: '2026-04-18T10:00', timezone: NY }, 360]);
    const kyr = byUid.get('2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com');
    assert.deepEqual(kyr?.dtstart, { local: '2026-01-15T18:30', timezone: NY });
    // Without X-WR-TIMEZONE, the default zone given.
    const { event: chicago } = parseOne(['UID:z', 'DTSTART:20260115T233000Z', 'DURATION:PT1H'], [], 'America/Chicago');
    assert.deepEqual(chicago?.dtstart, { local: '2026-01-15T17:30', timezone: 'America/Chicago' });
    const { event: floating } = parseOne(
      ['UID:f', 'DTSTART:20260115T090000', 'DURATION:PT1H'],
      ['X-WR-TIMEZONE:America/Los_Angeles'],
    );
    assert.deepEqual(floating?.dtstart, { local: '2026-01-15T09:00', timezone: 'America/Los_Angeles' });
  });

  test('EXDATE on several lines, in comma lists, in UTC, in another zone and as dates', () => {
    const { event: parsed } = parseOne(
      event(
        'ex',
        'RRULE:FREQ=WEEKLY;COUNT=20',
        'EXDATE;TZID=America/New_York:20260317T180000,20260324T180000',
        'EXDATE:20260331T220000Z',
        'EXDATE;TZID=America/Los_Angeles:20260407T150000',
        'EXDATE;VALUE=DATE:20260414,20260421',
        'EXDATE;TZID=America/New_York:20260317T180000',
      ),
    );
    assert.deepEqual(parsed?.exdates, [
      '2026-03-17T18:00',
      '2026-03-24T18:00',
      '2026-03-31T18:00',
      '2026-04-07T18:00',
      '2026-04-14T18:00',
      '2026-04-21T18:00',
    ]);
  });

  test('maps Windows and prefixed zone names, and VTIMEZONE locations, to IANA zones', () => {
    assert.equal(resolveTimezone('Eastern Standard Time'), NY);
    assert.equal(resolveTimezone('Pacific Standard Time'), 'America/Los_Angeles');
    assert.equal(resolveTimezone('US Mountain Standard Time'), 'America/Phoenix');
    assert.equal(resolveTimezone('(UTC-06:00) Central Time (US & Canada)'), 'America/Chicago');
    assert.equal(resolveTimezone('/mozilla.org/20050126_1/America/New_York'), NY);
    assert.equal(resolveTimezone('america/new_york'), NY);
    assert.equal(resolveTimezone('Office time', new Map([['Office time', 'America/Denver']])), 'America/Denver');
    assert.equal(resolveTimezone('Customized Time Zone'), undefined);

    const outlook = parseIcs(fixture('outlook-outreach.ics'), { defaultTimezone: NY });
    assert.deepEqual(
      outlook.events.map((e) => [e.summary, e.dtstart.local, e.dtstart.timezone, e.durationMinutes]),
      [
        ['Know Your Rights: Workplace Protections for Immigrant Workers', '2026-05-21T17:30', NY, 90],
        ['Webinar: Fee Waivers for Naturalization', '2026-06-02T15:00', 'America/Los_Angeles', 60],
        ['Citizenship Application Assistance', '2026-06-16T17:00', NY, 120],
      ],
    );
    // Outlook's "third Tuesday" is BYDAY=TU;BYSETPOS=3.
    assert.equal(outlook.events[2]?.rrule, 'FREQ=MONTHLY;COUNT=6;BYDAY=TU;BYSETPOS=3');
    // The reminder's DESCRIPTION (VALARM) does not replace the event's.
    assert.match(outlook.events[0]!.description!, /^Learn what protections/);
  });

  test('reports a bad event with its reason and reads the others', () => {
    const parsed = parseIcs(
      calendar([
        event('good'),
        ['UID:zone', 'SUMMARY:x', 'DTSTART;TZID=Mars/Olympus_Mons:20260310T180000', 'DURATION:PT1H'],
        event('setpos', 'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'),
        event('hourly', 'RRULE:FREQ=HOURLY;COUNT=3'),
        event('rdate', 'RDATE;TZID=America/New_York:20260320T180000'),
        event('two-rules', 'RRULE:FREQ=WEEKLY;COUNT=3', 'RRULE:FREQ=MONTHLY;COUNT=3'),
        event('exrule', 'RRULE:FREQ=WEEKLY;COUNT=3', 'EXRULE:FREQ=MONTHLY;COUNT=1'),
        ['UID:huge', 'SUMMARY:x', 'DTSTART;TZID=America/New_York:20260310T180000', 'DURATION:P999999999999999999W'],
        ['UID:no-end', 'SUMMARY:x', 'DTSTART;TZID=America/New_York:20260310T180000'],
        ['UID:backwards', 'DTSTART:20260310T180000', 'DTEND:20260310T170000'],
        ['UID:bad-date', 'DTSTART:20261310T180000', 'DURATION:PT1H'],
        ['SUMMARY:Nameless', 'DTSTART:20260310T180000', 'DURATION:PT1H'],
      ]),
      { defaultTimezone: NY },
    );
    assert.deepEqual(
      parsed.events.map((e) => e.uid),
      ['good'],
    );
    assert.deepEqual(parsed.problems, [
      { uid: 'zone', reason: 'Unknown time zone "Mars/Olympus_Mons" in DTSTART' },
      {
        uid: 'setpos',
        reason: 'RRULE BYSETPOS is supported only for the nth of one weekday in a month (BYDAY=TU;BYSETPOS=3)',
      },
      { uid: 'hourly', reason: 'RRULE FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY' },
      { uid: 'rdate', reason: 'RDATE (extra dates outside the rule) is not supported' },
      { uid: 'two-rules', reason: 'More than one RRULE is not supported' },
      { uid: 'exrule', reason: 'EXRULE (a rule of dates to leave out) is not supported' },
      { uid: 'huge', reason: 'DURATION P999999999999999999W makes the event longer than 31 days: not a session' },
      { uid: 'no-end', reason: 'No DTEND or DURATION: the event has no length' },
      { uid: 'backwards', reason: 'The event ends before it starts' },
      { uid: 'bad-date', reason: 'DTSTART "20261310T180000" is not a valid date' },
      { uid: '', reason: 'Event "Nameless" has no UID' },
    ]);
  });

  test('a series written in UTC keeps its rule in UTC; its EXDATEs and overrides are named in the local zone', () => {
    // 8 pm on Tuesdays in New York winter is 01:00 UTC on Wednesdays: the rule's Wednesdays are UTC Wednesdays.
    const parsed = parseIcs(
      calendar([
        [
          'UID:utc-rule',
          'SUMMARY:x',
          'DTSTART:20260311T010000Z',
          'DURATION:PT1H',
          'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4',
          'EXDATE:20260318T010000Z',
          'EXDATE;VALUE=DATE:20260325',
        ],
        ['UID:utc-rule', 'SUMMARY:x', 'RECURRENCE-ID:20260401T010000Z', 'DTSTART:20260401T020000Z', 'DURATION:PT1H'],
      ]),
      { defaultTimezone: NY },
    );
    const [series, moved] = parsed.events;
    assert.deepEqual(series?.dtstart, { local: '2026-03-11T01:00Z', timezone: NY });
    // 01:00 UTC on 18 and 25 March is 21:00 on the Tuesday before, in daylight time.
    assert.deepEqual(series?.exdates, ['2026-03-17T21:00', '2026-03-24T21:00']);
    assert.deepEqual(moved?.recurrenceId, { local: '2026-03-31T21:00', timezone: NY });
  });

  test('throws on a file that is not iCalendar or whose components do not close', () => {
    assert.throws(() => parseIcs('<html>Not found</html>', { defaultTimezone: NY }), IcsSyntaxError);
    assert.throws(
      () => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n', { defaultTimezone: NY }),
      (error) => error instanceof IcsSyntaxError && error.message === 'END:VCALENDAR does not close BEGIN:VEVENT',
    );
    assert.throws(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', { defaultTimezone: NY }), IcsSyntaxError);
    assert.throws(() => parseIcs(calendar([]), { defaultTimezone: 'Nowhere/Else' }), IcsSyntaxError);
    const warned = parseIcs(calendar([event('w')]).replace('SUMMARY:Test', 'SUMMARY:Test\r\nstray text'), {
      defaultTimezone: NY,
    });
    assert.equal(warned.events.length, 1);
    assert.deepEqual(warned.warnings, ['ignored a line that is not a content line: stray text']);
  });
});

describe('choosing an event type', () => {
  test('from categories and title keywords, the most specific first', () => {
    const cases: [string[], string, string][] = [
      [[], 'ESOL Level 2', 'english-class'],
      [[], 'English Conversation Group', 'english-class'],
      [['English Language Learners (ESOL)'], 'Conversation Circle', 'english-class'],
      [['Legal Services'], 'Free clinic', 'legal-clinic'],
      [[], 'Immigration Clinic at the library', 'legal-clinic'],
      [[], 'Citizenship Interview Practice', 'citizenship'],
      [[], 'Webinar: Fee Waivers for Naturalization', 'citizenship'],
      [[], 'Taller de ciudadanía', 'citizenship'],
      [['Legal', 'Workshops'], 'Know Your Rights at Work', 'know-your-rights'],
      [[], 'IDNYC Pop-Up Enrollment', 'id-enrollment'],
      [[], 'Municipal ID sign-up day', 'id-enrollment'],
      [['Workshops'], 'Resume writing', 'workshop'],
      [[], 'Wesley Hall book club', 'other'],
    ];
    for (const [categories, summary, type] of cases) assert.equal(eventTypeFor(categories, summary), type, summary);
  });

  test('turns an HTML description into plain text', () => {
    assert.equal(
      plainText('Bring ID.<br><br>Details: <a href="https://www.nyc.gov/idnyc">IDNYC</a> &amp; more'),
      'Bring ID.\n\nDetails: IDNYC (https://www.nyc.gov/idnyc) & more',
    );
    assert.equal(plainText('No tags, 3 < 5.'), 'No tags, 3 < 5.');
  });
});

describe('importing iCalendar into the database', () => {
  let database: OpenDatabase;
  const locationId = async (name: string) =>
    (await database.db.selectFrom('locations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const events = () => database.db.selectFrom('events').selectAll().orderBy('uid').execute();
  const byUid = async (uid: string) =>
    database.db.selectFrom('events').selectAll().where('uid', '=', uid).executeTakeFirstOrThrow();

  before(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await emptyDatabase(database.db);
    await seedDirectories(database.db, [testDirectory]);
  });
  after(async () => {
    await database.close();
  });

  test('imports a LibCal export: types, known locations, sign-up links, cancellation, skipped closure', async () => {
    const result = await importIcs(database.db, fixture('libcal-branches.ics'), {
      defaultTimezone: NY,
      source: 'ics:libcal',
    });
    assert.deepEqual(result, {
      created: 4,
      updated: 0,
      unchanged: 0,
      skipped: [{ uid: 'LibCal-4821-15140001', reason: 'All-day event: no start time (closures, exhibits)' }],
      warnings: [],
    });
    const esol = await byUid('LibCal-4821-15093377');
    assert.equal(esol.type, 'english-class');
    assert.equal(esol.location_id, await locationId('Flushing Center'));
    assert.equal(esol.location_text, null);
    assert.deepEqual([esol.timezone, esol.dtstart, esol.duration_minutes], [NY, '2026-02-24T18:00', 90]);
    assert.deepEqual([esol.rrule, esol.exdates], ['FREQ=WEEKLY;COUNT=10', ['2026-03-17T18:00']]);
    assert.deepEqual(
      [esol.registration_mode, esol.registration_url],
      ['none', 'https://nycbranches-sample.libcal.com/event/15093377'],
    );
    assert.equal(esol.source, 'ics:libcal');
    assert.equal(new Date(esol.first_start).toISOString(), '2026-02-24T23:00:00.000Z');
    // Ten weeks from 24 February, after the change to daylight time: 28 April, 18:00 to 19:30 EDT.
    assert.equal(new Date(esol.last_end!).toISOString(), '2026-04-28T23:30:00.000Z');

    const clinic = await byUid('LibCal-4821-15100412');
    assert.equal(clinic.type, 'legal-clinic');
    assert.equal(clinic.location_id, await locationId('Main Library'));
    assert.match(clinic.description, /partner, the Five Boroughs/);
    assert.equal(new Date(clinic.last_end!).toISOString(), '2026-06-23T20:00:00.000Z');

    const kyr = await byUid('LibCal-4821-15122090');
    assert.deepEqual([kyr.type, kyr.status], ['know-your-rights', 'cancelled']);
    assert.equal(kyr.location_id, null);
    assert.equal(kyr.location_text, 'Jackson Heights Branch, 35-51 81st St, Jackson Heights, NY 11372');
    assert.equal((await byUid('LibCal-4821-15131155')).type, 'citizenship');
  });

  test('importing the same file again changes nothing; an edited title updates that event only', async () => {
    const text = fixture('libcal-branches.ics').toString('utf8');
    await importIcs(database.db, text, { defaultTimezone: NY });
    const before = await events();
    const again = await importIcs(database.db, text, { defaultTimezone: NY });
    assert.deepEqual([again.created, again.updated, again.unchanged, again.skipped.length], [0, 0, 4, 1]);
    assert.deepEqual(await events(), before, 'not even last_modified moves');

    const edited = text.replace(
      'SUMMARY:Citizenship Interview Practice',
      'SUMMARY:Citizenship Interview Practice (Spanish)',
    );
    const third = await importIcs(database.db, edited, { defaultTimezone: NY });
    assert.deepEqual([third.created, third.updated, third.unchanged], [0, 1, 3]);
    const after = await events();
    assert.equal(after.length, 4);
    assert.equal(
      after.find((e) => e.uid === 'LibCal-4821-15131155')?.title,
      'Citizenship Interview Practice (Spanish)',
    );
  });

  test('keeps an event’s URL only when it is a web address', async () => {
    const text = calendar([
      event('url-script', 'URL:javascript:alert(document.domain)'),
      event('url-web', 'URL:https://library.example/events/42'),
    ]);
    await importIcs(database.db, Buffer.from(text), { defaultTimezone: NY });
    assert.equal((await byUid('url-script')).registration_url, null);
    assert.equal((await byUid('url-web')).registration_url, 'https://library.example/events/42');
  });

  test('keeps what an editor added that the export does not carry', async () => {
    const text = fixture('libcal-branches.ics');
    await importIcs(database.db, text, { defaultTimezone: NY });
    await database.db
      .updateTable('events')
      .set({ language_codes: ['es', 'bn'], capacity: 12, registration_mode: 'per-session' })
      .where('uid', '=', 'LibCal-4821-15100412')
      .execute();
    const edited = text.toString('utf8').replace('SUMMARY:Free Immigration Legal Clinic', 'SUMMARY:Free Legal Clinic');
    assert.equal((await importIcs(database.db, edited, { defaultTimezone: NY })).updated, 1);
    const clinic = await byUid('LibCal-4821-15100412');
    assert.deepEqual(
      [clinic.title, clinic.language_codes, clinic.capacity, clinic.registration_mode],
      ['Free Legal Clinic', ['es', 'bn'], 12, 'per-session'],
    );
  });

  test('imports a Google Calendar export: UTC times, HTML descriptions, moved and cancelled occurrences', async () => {
    const result = await importIcs(database.db, fixture('google-community.ics'), {
      defaultTimezone: 'America/Chicago',
    });
    assert.deepEqual([result.created, result.skipped], [4, []]);
    const idnyc = await byUid('0k3n5d7f9h1j3l5n7p9r1t3v5x@google.com');
    assert.deepEqual([idnyc.type, idnyc.timezone, idnyc.dtstart], ['id-enrollment', NY, '2026-04-18T10:00']);
    assert.equal(idnyc.location_id, await locationId('Flushing Center'));
    assert.equal(
      idnyc.description,
      'Get your free IDNYC card. Bring proof of identity and proof of residency.\n\nDetails: IDNYC (https://www.nyc.gov/idnyc)',
    );
    const series = await byUid('7c9e1g3i5k7m9o1q3s5u7w9y1a@google.com');
    assert.equal(series.type, 'english-class');
    assert.deepEqual(series.exdates, ['2026-04-02T10:00', '2026-04-09T10:00', '2026-04-23T10:00', '2026-05-07T10:00']);
    const moved = await byUid('7c9e1g3i5k7m9o1q3s5u7w9y1a@google.com/2026-04-23T10:00');
    assert.deepEqual(
      [moved.dtstart, moved.rrule, moved.title],
      ['2026-04-24T10:00', null, 'English Conversation Group (Friday this week)'],
    );
    assert.equal((await byUid('2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com')).type, 'know-your-rights');
  });

  test('imports an Outlook export with Windows zone names and says why events were skipped', async () => {
    const result = await importIcs(database.db, fixture('outlook-outreach.ics'), { defaultTimezone: NY });
    assert.equal(result.created, 3);
    assert.deepEqual(
      result.skipped.map((s) => s.reason),
      ['Unknown time zone "Customized Time Zone" in DTSTART'],
    );
    const rows = await events();
    assert.deepEqual(
      rows.map((e) => [e.type, e.timezone, e.dtstart]),
      [
        ['know-your-rights', NY, '2026-05-21T17:30'],
        ['citizenship', 'America/Los_Angeles', '2026-06-02T15:00'],
        ['citizenship', NY, '2026-06-16T17:00'],
      ],
    );
    // The third Tuesday of six months, the last on 17 November: 17:00 to 19:00 EST.
    const assistance = rows.find((e) => e.dtstart === '2026-06-16T17:00')!;
    assert.equal(new Date(assistance.last_end!).toISOString(), '2026-11-18T00:00:00.000Z');
  });

  test('matches locations ignoring case and accents, only up to a separator, and never ambiguously', async () => {
    const insertLocation = (name: string) =>
      database.db
        .insertInto('locations')
        .values({
          id: randomUUID(),
          organization_id: null,
          name,
          description: null,
          transportation: null,
          accessibility: null,
          latitude: null,
          longitude: null,
          corner_description: null,
        })
        .execute();
    await insertLocation('Centro Comunitario Peña');
    await insertLocation('Main Library Annex');
    await insertLocation('Twin Branch');
    await insertLocation('Twin Branch');
    const locations = [
      'CENTRO COMUNITARIO PENA (2nd floor)',
      'main library - Room 2',
      'Main Library Annex, 10 Side St',
      'Main Library Annexe',
      'Twin Branch',
    ];
    await importIcs(database.db, calendar(locations.map((location, i) => event(`loc-${i}`, `LOCATION:${location}`))), {
      defaultTimezone: NY,
    });
    const rows = await database.db
      .selectFrom('events')
      .leftJoin('locations', 'locations.id', 'events.location_id')
      .select(['events.uid', 'locations.name', 'events.location_text'])
      .orderBy('events.uid')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.name, r.location_text]),
      [
        ['Centro Comunitario Peña', null],
        ['Main Library', null],
        ['Main Library Annex', null],
        [null, 'Main Library Annexe'],
        [null, 'Twin Branch'],
      ],
    );
  });

  test('skips an event whose DURATION no date can hold, with the reason, and imports the rest of the file', async () => {
    const result = await importIcs(
      database.db,
      calendar([
        event('before'),
        ['UID:huge', 'SUMMARY:x', 'DTSTART;TZID=America/New_York:20260310T180000', 'DURATION:P999999999999999999W'],
        event('after'),
      ]),
      { defaultTimezone: NY },
    );
    assert.equal(result.created, 2);
    assert.deepEqual(result.skipped, [
      { uid: 'huge', reason: 'DURATION P999999999999999999W makes the event longer than 31 days: not a session' },
    ]);
    assert.deepEqual(
      (await events()).map((e) => e.uid),
      ['after', 'before'],
    );
  });

  test('skips a change to one session when its series is skipped or missing, instead of importing it alone', async () => {
    const result = await importIcs(
      database.db,
      calendar([
        // An all-day weekly series (skipped) and its moved session.
        ['UID:closed', 'SUMMARY:Closed', 'DTSTART;VALUE=DATE:20260310', 'RRULE:FREQ=WEEKLY;COUNT=4'],
        [
          'UID:closed',
          'SUMMARY:Closed',
          'RECURRENCE-ID;VALUE=DATE:20260317',
          'DTSTART;VALUE=DATE:20260318',
          'DURATION:P1D',
        ],
        // A series with RDATE (refused by name) and its moved session.
        event('rdate', 'RRULE:FREQ=WEEKLY;COUNT=4', 'RDATE;TZID=America/New_York:20260320T180000'),
        event('rdate', 'RECURRENCE-ID;TZID=America/New_York:20260317T180000'),
        // A moved session whose series is not in the file.
        event('orphan', 'RECURRENCE-ID;TZID=America/New_York:20260317T180000'),
        event('kept', 'RRULE:FREQ=WEEKLY;COUNT=4'),
        event('kept', 'RECURRENCE-ID;TZID=America/New_York:20260317T180000', 'SUMMARY:Moved'),
      ]),
      { defaultTimezone: NY },
    );
    assert.deepEqual(result.skipped, [
      { uid: 'rdate', reason: 'RDATE (extra dates outside the rule) is not supported' },
      { uid: 'closed', reason: 'All-day event: no start time (closures, exhibits)' },
      {
        uid: 'closed',
        reason:
          'A change to one session of a series that is not imported (All-day event: no start time (closures, exhibits))',
      },
      {
        uid: 'rdate',
        reason:
          'A change to one session of a series that is not imported (RDATE (extra dates outside the rule) is not supported)',
      },
      { uid: 'orphan', reason: 'A change to one session (RECURRENCE-ID) of a series that is not in this file' },
    ]);
    assert.deepEqual(
      (await events()).map((e) => [e.uid, e.exdates]),
      [
        ['kept', ['2026-03-17T18:00']],
        ['kept/2026-03-17T18:00', []],
      ],
    );
  });

  test('imports a series written in UTC with its instants fixed across daylight-saving time', async () => {
    await importIcs(
      database.db,
      calendar([['UID:utc', 'SUMMARY:x', 'DTSTART:20260304T010000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3']]),
      { defaultTimezone: NY },
    );
    const row = await byUid('utc');
    assert.deepEqual([row.dtstart, row.timezone], ['2026-03-04T01:00Z', NY]);
    assert.equal(new Date(row.last_end!).toISOString(), '2026-03-18T02:00:00.000Z');
    assert.deepEqual(
      expandOccurrences(recurrenceOf(row), new Date('2026-03-01'), new Date('2026-04-01')).map((o) => [
        o.localStart,
        o.start.toISOString(),
      ]),
      [
        ['2026-03-03T20:00', '2026-03-04T01:00:00.000Z'],
        ['2026-03-10T21:00', '2026-03-11T01:00:00.000Z'],
        ['2026-03-17T21:00', '2026-03-18T01:00:00.000Z'],
      ],
    );
  });

  test('writes nothing when the input is not iCalendar', async () => {
    await assert.rejects(importIcs(database.db, 'hello', { defaultTimezone: NY }), IcsSyntaxError);
    assert.equal((await events()).length, 0);
  });
});

describe('the import:ics command', () => {
  const run = (args: string[], dataDir: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, WW_DATA_DIR: dataDir };
    delete env.DATABASE_URL; // its own PGlite folder, never the test database
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-ics.ts', ...args], {
      cwd: SERVER,
      env,
      encoding: 'utf8',
    });
  };

  test('imports every .ics file of a folder, prints a line per file and the skipped reasons', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ww-ics-'));
    try {
      const first = run([FIXTURES], dataDir);
      assert.equal(first.status, 0, first.stderr);
      assert.deepEqual(first.stdout.trim().split('\n'), [
        'google-community.ics: 4 created, 0 updated, 0 unchanged, 0 skipped',
        'libcal-branches.ics: 4 created, 0 updated, 0 unchanged, 1 skipped',
        'outlook-outreach.ics: 3 created, 0 updated, 0 unchanged, 1 skipped',
      ]);
      assert.match(first.stderr, /skipped LibCal-4821-15140001: All-day event/);
      assert.match(first.stderr, /Unknown time zone "Customized Time Zone"/);
      const second = run([join(FIXTURES, 'libcal-branches.ics'), '--timezone', 'America/Chicago'], dataDir);
      assert.equal(second.status, 0, second.stderr);
      assert.equal(second.stdout.trim(), 'libcal-branches.ics: 0 created, 0 updated, 4 unchanged, 1 skipped');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('reports a file or an event it cannot import, and imports the rest of the folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ww-ics-'));
    const inputDir = mkdtempSync(join(tmpdir(), 'ww-ics-input-'));
    try {
      writeFileSync(
        join(inputDir, 'a-huge.ics'),
        calendar([
          ['UID:huge', 'SUMMARY:x', 'DTSTART;TZID=America/New_York:20260310T180000', 'DURATION:P999999999999999999W'],
          event('fine'),
        ]),
      );
      writeFileSync(join(inputDir, 'b-page.ics'), '<html>Not found</html>');
      writeFileSync(join(inputDir, 'c-libcal.ics'), fixture('libcal-branches.ics'));
      const result = run([inputDir], dataDir);
      assert.equal(result.status, 1, result.stderr);
      assert.deepEqual(result.stdout.trim().split('\n'), [
        'a-huge.ics: 1 created, 0 updated, 0 unchanged, 1 skipped',
        'c-libcal.ics: 4 created, 0 updated, 0 unchanged, 1 skipped',
      ]);
      assert.match(result.stderr, /skipped huge: DURATION P999999999999999999W makes the event longer than 31 days/);
      assert.match(result.stderr, /b-page\.ics: not imported: /);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(inputDir, { recursive: true, force: true });
    }
  });

  test('exits 1 on input it cannot read, 2 on bad arguments', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ww-ics-'));
    try {
      assert.equal(run([join(FIXTURES, 'missing.ics')], dataDir).status, 1);
      const inputDir = mkdtempSync(join(tmpdir(), 'ww-ics-input-'));
      writeFileSync(join(inputDir, 'page.ics'), '<html>Not found</html>');
      const bad = run([join(inputDir, 'page.ics')], dataDir);
      rmSync(inputDir, { recursive: true, force: true });
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /page\.ics: not imported: No BEGIN:VCALENDAR/);
      assert.equal(run([], dataDir).status, 2);
      assert.equal(run([FIXTURES, '--timezone', 'Eastern'], dataDir).status, 2);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
