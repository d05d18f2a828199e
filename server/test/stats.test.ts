import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { eventIdForUid, upsertEvent, type EventInput } from '../src/events/store.js';
import { suppressGroup, suppressTable, type Cell } from '../src/stats/suppress.js';
import { seededTestApp, testApp } from './helpers/app.js';

let database: OpenDatabase;
let get: Awaited<ReturnType<typeof seededTestApp>>['get'];
let reference = 0;

/** `count` inquiries received at `at` (New York time), resolved `resolvedAfterDays` later when given. */
async function add(
  count: number,
  at: string,
  fields: {
    channel?: string;
    topic?: string;
    language?: string;
    status?: string;
    referral?: string | null;
    referral_code?: string;
  } = {},
  resolvedAfterDays?: number,
) {
  const received = new Date(/[+-]\d\d:\d\d$/.test(at) ? at : `${at}-05:00`);
  const rows = Array.from({ length: count }, () => ({
    id: randomUUID(),
    reference: `T${String(++reference).padStart(5, '0')}`,
    kind: 'inquiry' as const,
    channel: fields.channel ?? 'hotline',
    topic: fields.topic ?? 'municipal-id',
    preferred_language: fields.language ?? 'es',
    contact_method: 'phone',
    consent: true,
    name_enc: 'v1.secret',
    status: fields.status ?? (resolvedAfterDays === undefined ? 'new' : 'resolved'),
    referral: fields.referral ?? null,
    referral_code: fields.referral_code ?? null,
    received_at: received,
    updated_at: received,
    resolved_at: resolvedAfterDays === undefined ? null : new Date(received.getTime() + resolvedAfterDays * 86_400_000),
    postcode: null,
    origin: null,
    phone_enc: null,
    email_enc: null,
    message_enc: null,
    resolution_code: null,
    idempotency_key: null,
    logged_by: null,
    personal_purged_at: null,
  }));
  if (rows.length) await database.db.insertInto('inquiries').values(rows).execute();
}

const cells = (...counts: number[]): Cell[] => counts.map((count) => ({ count, suppressed: false }));
const hidden = (group: Cell[]) => group.map((c) => c.suppressed);

describe('suppression rules', () => {
  test('hides counts from 1 to 4, never 0 or 5, and a second cell where one hidden cell could be worked out', () => {
    const none = cells(0, 5, 12);
    suppressGroup(none);
    assert.deepEqual(hidden(none), [false, false, false]);
    const one = cells(3, 40, 9, 0);
    suppressGroup(one);
    assert.deepEqual(hidden(one), [true, false, true, false], 'the 9 goes too: total − 40 − 0 would give away the 3');
    const two = cells(3, 2, 50);
    suppressGroup(two);
    assert.deepEqual(hidden(two), [true, true, false]);
  });

  test('in a table, no row or column is left with exactly one hidden cell', () => {
    const table = [cells(2, 30, 40), cells(25, 35, 45), cells(20, 30, 50)];
    suppressTable(table);
    for (const group of [...table, ...[0, 1, 2].map((c) => table.map((row) => row[c]!))]) {
      assert.notEqual(group.filter((c) => c.suppressed).length, 1, JSON.stringify(group));
    }
    assert.equal(table[0]![0]!.suppressed, true);
  });
});

describe(`inquiry statistics (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    ({ database, get } = await seededTestApp());
    await sql`TRUNCATE inquiries CASCADE`.execute(database.db);
    // 2025: January busy on every channel; a small Wolof cell; February small; March across the month boundary.
    await add(40, '2025-01-10T10:00', { channel: 'hotline' }, 2);
    await add(12, '2025-01-11T10:00', { channel: 'email' }, 4);
    await add(8, '2025-01-12T10:00', { channel: 'web' });
    await add(6, '2025-01-13T10:00', { channel: '311' }, 1);
    await add(3, '2025-01-14T10:00', { channel: 'outreach', language: 'wo' });
    await add(2, '2025-02-03T10:00', { channel: 'hotline', referral: 'ActionNYC', status: 'referred' });
    // 23:30 in New York (daylight time) on 31 March is April in UTC: it counts in March.
    await add(7, '2025-03-31T23:30-04:00', { channel: 'hotline' }, 10);
    await add(9, '2026-01-05T10:00', { channel: 'hotline' });
  });
  after(() => database.close());

  test('counts by month and channel in the office zone, whole months, zeros shown', async () => {
    const { status, body, headers } = await get('/v1/stats/inquiries?from=2025-01&to=2025-03&group_by=month,channel');
    assert.equal(status, 200);
    assert.equal(headers.get('cache-control'), 'public, max-age=300');
    assert.equal(body.rows.length, 15, '3 months × 5 channels');
    const at = (month: string, channel: string) =>
      body.rows.find((r: { keys: Record<string, string> }) => r.keys.month === month && r.keys.channel === channel);
    assert.deepEqual([at('2025-01', 'hotline').count, at('2025-01', 'email').count], [40, 10], '12 rounds to 10');
    // February's 2 hotline calls are hidden, so the smallest other hotline count (March's 7) is hidden too.
    assert.deepEqual([at('2025-02', 'hotline').count, at('2025-03', 'hotline').suppressed], [null, true]);
    const march = await get('/v1/stats/inquiries?from=2025-03&to=2025-03');
    assert.equal(march.body.total.count, 5, 'late on 31 March in New York counts in March (7, rounded)');
    assert.equal(at('2025-03', 'email').count, 0, 'zero is shown');
    assert.equal(body.total.count, 80, '78, rounded');
    assert.equal(body.time_zone, 'America/New_York');
  });

  test('gives the first month with any inquiry of the kind, in the office zone, whatever the window', async () => {
    const { body } = await get('/v1/stats/inquiries?from=2025-06&to=2025-08');
    assert.equal(body.first_month, '2025-01');
    // 1 January at 3:00 UTC is still 31 December in New York.
    await add(1, '2025-01-01T03:00+00:00');
    try {
      assert.equal((await get('/v1/stats/inquiries?from=2026-01&to=2026-01')).body.first_month, '2024-12');
    } finally {
      await sql`DELETE FROM inquiries WHERE received_at < '2025-01-02'`.execute(database.db);
    }
    const volunteers = await get('/v1/stats/inquiries?kind=volunteer');
    assert.equal(volunteers.body.first_month, null, 'no sign-up at all');
  });

  test('publishes no count under 5 and none that subtraction would reveal', async () => {
    const { body } = await get('/v1/stats/inquiries?from=2025-01&to=2025-03&group_by=month,channel');
    const counts = body.rows.map((r: { count: number | null }) => r.count).filter((c: number | null) => c !== null);
    assert.ok(
      counts.every((c: number) => c === 0 || (c >= 5 && c % 5 === 0)),
      JSON.stringify(counts),
    );
    const outreach = body.rows.find(
      (r: { keys: Record<string, string> }) => r.keys.month === '2025-01' && r.keys.channel === 'outreach',
    );
    assert.deepEqual([outreach.count, outreach.suppressed], [null, true]);
    const january = body.rows.filter((r: { keys: Record<string, string> }) => r.keys.month === '2025-01');
    assert.ok(
      january.filter((r: { suppressed: boolean }) => r.suppressed).length >= 2,
      'a second January cell is hidden',
    );
    const byLanguage = await get('/v1/stats/inquiries?from=2025-01&to=2025-01&group_by=language');
    const languages = byLanguage.body.rows.map((r: { keys: Record<string, string> }) => r.keys.language);
    assert.deepEqual(languages, ['es', 'other'], 'three Wolof speakers count under other, not as a row of their own');
    assert.deepEqual(
      byLanguage.body.rows.map((r: { count: number | null }) => r.count),
      [null, null],
      'other (3) is hidden, and so is Spanish, or the total would give it away',
    );
    const february = await get('/v1/stats/inquiries?from=2025-02&to=2025-02');
    assert.deepEqual(february.body.total, { count: null, suppressed: true }, 'a month with 2 inquiries in all');
    assert.equal(february.body.resolution.rate, null);
  });

  test('gives the resolution rate and median days, hiding them when they would reveal a small count', async () => {
    const { body } = await get('/v1/stats/inquiries?from=2025-01&to=2025-03');
    // Resolved: 40 + 12 + 6 + 7 = 65 of 78, published as 65 of 80: the rate is of the published counts.
    assert.equal(body.resolution.resolved, 65);
    assert.equal(body.resolution.rate, Math.round((65 / 80) * 1000) / 1000);
    assert.equal(body.resolution.median_days, 2);
    const march = await get('/v1/stats/inquiries?from=2025-03&to=2025-03');
    assert.equal(march.body.resolution.rate, 1, 'all 7 resolved: nothing small to hide');
    const january2026 = await get('/v1/stats/inquiries?from=2026-01&to=2026-01');
    assert.deepEqual([january2026.body.resolution.resolved, january2026.body.resolution.rate], [0, 0]);
  });

  test('groups by topic, status and referral, with "none" for inquiries not referred', async () => {
    const { body } = await get('/v1/stats/inquiries?from=2025-01&to=2025-12&group_by=referral');
    const keys = body.rows.map((r: { keys: { referral: string } }) => r.keys.referral);
    assert.deepEqual(keys, ['other', 'none'], 'two referrals to ActionNYC: too few for a row of their own');
    assert.equal(body.rows[0].count, null, 'two referrals: suppressed');
    assert.equal(body.rows[1].suppressed, true, 'and the rest with it, or 78 − x would reveal it');
    const statuses = await get('/v1/stats/inquiries?from=2025-01&to=2025-12&group_by=status');
    assert.deepEqual(
      statuses.body.rows.map((r: { keys: { status: string } }) => r.keys.status),
      ['new', 'in-progress', 'referred', 'resolved', 'closed'],
    );
    const topics = await get('/v1/stats/inquiries?from=2025-01&to=2025-12&group_by=topic');
    assert.ok(topics.body.rows.some((r: { keys: { topic: string } }) => r.keys.topic === 'other'));
  });

  test('never returns personal data', async () => {
    const { text } = await get('/v1/stats/inquiries?from=2025-01&to=2025-12&group_by=month,language');
    assert.doesNotMatch(text, /secret|name_enc|phone|email"|T000/);
  });

  test('rejects bad parameters with problems naming the field', async () => {
    for (const [query, field] of [
      ['from=2025-13', 'from'],
      ['from=2025-05&to=2025-01', 'from'],
      ['from=2020-01&to=2025-12', 'to'],
      ['group_by=month,channel,topic', 'group_by'],
      ['group_by=month,month', 'group_by'],
      ['group_by=name', 'group_by'],
      // Whole months only: a window that starts or ends within a month is refused.
      ['from=2025-01-15', 'from'],
      ['from=2025-01-01T00:00', 'from'],
      ['to=2025-03-31', 'to'],
    ] as const) {
      const { status, body } = await get(`/v1/stats/inquiries?${query}`);
      assert.equal(status, 400, query);
      assert.match(body.errors[0].path, new RegExp(`^${field}`), query);
    }
  });

  describe('publishes nothing a subtraction or a typed text could give away', () => {
    const JANE = 'Jane Roe (tel 555-0100), cousin of the client';
    before(async () => {
      // 2027: 371 inquiries from January to March; in April one more, the only one of its kind.
      await add(120, '2027-01-10T10:00', { topic: 'immigration-legal', language: 'es' });
      await add(6, '2027-01-11T10:00', { topic: 'family', language: 'en', referral: JANE });
      await add(5, '2027-01-12T10:00', { topic: 'benefits', language: 'es-US', referral: 'ActionNYC' });
      await add(3, '2027-01-12T11:00', { topic: 'benefits', language: 'es', referral: 'legal aid' });
      await add(3, '2027-01-12T12:00', { topic: 'benefits', language: 'es', referral: '  Legal  Services PROVIDER ' });
      await add(6, '2027-02-03T10:00', { topic: 'housing', language: 'tlh' });
      await add(106, '2027-02-04T10:00', { topic: 'housing', language: 'zh-Hans' });
      await add(122, '2027-03-05T10:00', { topic: 'work', language: 'bn' });
      await add(1, '2027-04-06T10:00', { topic: 'family', language: 'wo', referral: JANE });
    });
    const stats = async (query: string) => (await get(`/v1/stats/inquiries?${query}`)).body;

    /** The true counts a published count allows: 0 itself, 1 to 4 when hidden, else within 2 of it (never 1 to 4). */
    const possible = (count: number | null): number[] => {
      if (count === null) return [1, 2, 3, 4];
      if (count === 0) return [0];
      return [-2, -1, 0, 1, 2].map((d) => count + d).filter((n) => n >= 5);
    };
    /** Every difference of true counts that two published counts allow. */
    const differences = (a: number | null, b: number | null) =>
      new Set(possible(a).flatMap((x) => possible(b).map((y) => y - x)));

    test('two overlapping windows do not reveal the inquiry between them, nor its topic or language', async () => {
      // The attack: January–March (371) against January–April (372).
      for (const group of ['topic', 'language', 'referral', 'channel']) {
        const without = await stats(`from=2027-01&to=2027-03&group_by=${group}`);
        const withIt = await stats(`from=2027-01&to=2027-04&group_by=${group}`);
        assert.deepEqual(without.total, withIt.total, 'the totals are the same: 370');
        assert.deepEqual(without.rows, withIt.rows, `${group}: every row is the same`);
      }
      // Every pair of windows that differ by April alone, whatever the months before: no count is pinned down.
      for (const from of ['2027-01', '2027-02', '2027-03']) {
        for (const group of ['topic', 'language', 'referral']) {
          const a = await stats(`from=${from}&to=2027-03&group_by=${group}`);
          const b = await stats(`from=${from}&to=2027-04&group_by=${group}`);
          const key = (row: { keys: Record<string, string> }) => row.keys[group];
          const pairs = [
            ['total', a.total.count, b.total.count],
            ...b.rows.map((row: { keys: Record<string, string>; count: number | null }) => [
              key(row),
              a.rows.find((r: { keys: Record<string, string> }) => key(r) === key(row))?.count ?? 0,
              row.count,
            ]),
          ] as [string, number | null, number | null][];
          for (const [name, before, after] of pairs) {
            const allowed = differences(before, after);
            assert.ok(
              allowed.size > 1 || (before === 0 && after === 0),
              `${from}–April by ${group}, ${name}: ${before} → ${after} allows only ${[...allowed]}`,
            );
          }
        }
      }
      // Where rounding does step (122 → 123 in March alone: 120 → 125), any count from 1 to 4 still fits.
      const march = await stats('from=2027-03&to=2027-03');
      const marchApril = await stats('from=2027-03&to=2027-04');
      assert.deepEqual([march.total.count, marchApril.total.count], [120, 125]);
      for (const d of [1, 2, 3, 4]) assert.ok(differences(120, 125).has(d), String(d));
    });

    test('referral text is published only as a destination code, never as typed', async () => {
      const body = await stats('from=2027-01&to=2027-04&group_by=referral');
      const text = JSON.stringify(body);
      assert.doesNotMatch(text, /Jane|555|cousin|legal aid/i);
      const keys = body.rows.map((r: { keys: { referral: string } }) => r.keys.referral);
      assert.deepEqual(keys, ['legal-services', 'actionnyc', 'other', 'none']);
      const count = (code: string) => body.rows.find((r: { keys: { referral: string } }) => r.keys.referral === code);
      assert.equal(count('legal-services').count, 5, '"legal aid" and "Legal Services Provider": 6, rounded');
      assert.equal(count('other').count, 5, 'the free text, 7 times, counts under other');
      assert.equal(body.referral_names['legal-services'], 'Legal services provider');
      assert.equal(body.referral_names.actionnyc, 'ActionNYC');
      const byMonth = await stats('from=2027-01&to=2027-04&group_by=month,referral');
      assert.doesNotMatch(JSON.stringify(byMonth), /Jane|555|cousin/i);
    });

    test('a language used once, or not on the list, counts under other', async () => {
      const body = await stats('from=2027-01&to=2027-04&group_by=language');
      const keys = body.rows.map((r: { keys: { language: string } }) => r.keys.language);
      assert.deepEqual(
        keys,
        ['en', 'es', 'zh-Hans', 'bn', 'other'],
        'es-US as es; no wo (once), no tlh (not a listed language)',
      );
      const other = body.rows.find((r: { keys: { language: string } }) => r.keys.language === 'other');
      assert.equal(other.count, 5, 'tlh (6) and wo (1): 7, rounded');
      const topics = await stats('from=2027-04&to=2027-04&group_by=topic');
      assert.deepEqual(
        topics.rows.map((r: { keys: { topic: string } }) => r.keys.topic),
        ['other'],
        'the one April topic has no row of its own',
      );
    });
  });

  describe('what the desk records: referral destinations, resolution within the response time, outreach', () => {
    before(async () => {
      // 2028: 1 January is a Saturday, 4 February a Friday.
      await add(20, '2028-01-03T10:00', {}, 1); // Monday → Tuesday: 1 business day
      await add(3, '2028-01-03T11:00', {}, 10); // Monday → Thursday of the next week: 8
      await add(10, '2028-02-04T10:00', {}, 4); // Friday → Tuesday: 2 business days, within
      await add(10, '2028-02-04T11:00', {}, 5); // Friday → Wednesday: 3, late
      // 23:00 on Friday in New York is Saturday in UTC: still Friday's inquiry, and Tuesday is still within 2.
      await add(5, '2028-02-04T23:00', {}, 4);
      await add(6, '2028-06-05T10:00', { referral_code: 'actionnyc', status: 'referred' });
      // The managed code counts, whatever older text says beside it.
      await add(5, '2028-06-06T10:00', { referral_code: 'idnyc', referral: 'ActionNYC', status: 'referred' });
      await add(5, '2028-06-07T10:00', { referral: 'action nyc', status: 'referred' });
      const event = async (heldOn: string, reach: [string, number][]) => {
        const id = randomUUID();
        await database.db
          .insertInto('outreach_events')
          .values({ id, held_on: heldOn, place: 'Flatbush Library', logged_by: 'test' })
          .execute();
        await database.db
          .insertInto('outreach_reach')
          .values(reach.map(([language, people]) => ({ outreach_id: id, language, topic: 'municipal-id', people })))
          .execute();
      };
      await event('2028-03-02', [
        ['es', 30],
        ['ht', 12],
        ['wo', 3],
      ]);
      await event('2028-03-20', [
        ['es-US', 10],
        ['fr', 2],
        ['tlh', 4],
      ]);
      await event('2028-04-01', [
        ['es', 20],
        ['ht', 3],
      ]);
      await event('2028-05-31', [['bn', 8]]);
      await event('2028-06-01', [['ko', 9]]);
    });
    const stats = async (query: string, app = get) => (await app(`/v1/stats/inquiries?${query}`)).body;

    test('counts referrals by the destination recorded, older text mapped where there is none', async () => {
      const body = await stats('from=2028-06&to=2028-06&group_by=referral');
      const count = (code: string) =>
        body.rows.find((r: { keys: { referral: string } }) => r.keys.referral === code)?.count;
      assert.equal(count('actionnyc'), 10, '6 by code and 5 by the text "action nyc": 11, rounded');
      assert.equal(count('idnyc'), 5, 'the code wins over the text beside it');
      assert.equal(body.referral_names.idnyc, 'IDNYC');
    });

    test('counts resolutions within WW_RESPONSE_DAYS business days, weekends not counted', async () => {
      const february = await stats('from=2028-02&to=2028-02');
      assert.deepEqual(february.resolution_within, {
        business_days: 2,
        resolved_within: 15,
        resolved: 25,
        share: 0.6,
        suppressed: false,
      });
      const longer = testApp(database, { responseDays: 3 });
      const withThree = await stats('from=2028-02&to=2028-02', longer.get);
      assert.deepEqual(
        [withThree.resolution_within.business_days, withThree.resolution_within.resolved_within],
        [3, 25],
      );
      assert.equal(withThree.resolution_within.share, 1);
    });

    test('hides resolution within when it or the late ones are from 1 to 4', async () => {
      const january = await stats('from=2028-01&to=2028-01');
      // 20 within and 3 late: publishing 20 of 25 would give the 3 away.
      assert.equal(january.resolution.resolved, 25, 'the resolved count itself is shown');
      assert.deepEqual(january.resolution_within, {
        business_days: 2,
        resolved_within: null,
        resolved: 25,
        share: null,
        suppressed: true,
      });
      const zero = testApp(database, { responseDays: 0 });
      const sameDay = await stats('from=2028-01&to=2028-01', zero.get);
      assert.equal(sameDay.resolution_within.resolved_within, 0, 'none within 0 days: zero is shown');
      const hiddenTotal = await stats('from=2025-02&to=2025-02');
      assert.equal(hiddenTotal.resolution_within.suppressed, true, 'a month whose counts are hidden hides this too');
    });

    test('publishes outreach reach by language, small cells hidden, events counted', async () => {
      const march = await stats('from=2028-03&to=2028-03');
      assert.deepEqual(march.outreach, {
        by_language: [
          { language: 'es', people: 40, suppressed: false },
          { language: 'ht', people: 10, suppressed: false },
          { language: 'other', people: 10, suppressed: false },
        ],
        people: 60,
        events: 2,
      });
      assert.doesNotMatch(
        JSON.stringify(march.outreach),
        /wo|fr|tlh|Flatbush/,
        'small and unlisted languages under other',
      );
      const april = await stats('from=2028-04&to=2028-04');
      assert.deepEqual(april.outreach, {
        by_language: [
          { language: 'es', people: null, suppressed: true },
          { language: 'other', people: null, suppressed: true },
        ],
        people: 25,
        events: 1,
      });
      const may = await stats('from=2028-05&to=2028-05');
      assert.deepEqual(
        [may.outreach.by_language, may.outreach.events],
        [[{ language: 'bn', people: 10, suppressed: false }], 1],
        'the last day of May counts in May, the first of June does not',
      );
      const none = await stats('from=2027-01&to=2027-02');
      assert.deepEqual(none.outreach, { by_language: [], people: 0, events: 0 });
    });
  });

  describe('attendance at event sessions, by type and language', () => {
    const NY = 'America/New_York';
    const event = (uid: string, fields: Partial<EventInput>): EventInput => ({
      uid,
      type: 'legal-clinic',
      title: uid,
      timezone: NY,
      dtstart: '2029-03-06T10:00',
      durationMinutes: 120,
      capacity: null,
      registrationMode: 'per-session',
      ...fields,
    });
    /** `count` people (one a party) for a session or the series, marked at `marks` (key → status). */
    async function people(
      uid: string,
      count: number,
      key: string,
      language: string,
      marks: Record<string, 'attended' | 'no-show' | null>,
      source: 'web' | 'walk-in' = 'web',
      status: 'confirmed' | 'cancelled' = 'confirmed',
    ) {
      for (let i = 0; i < count; i++) {
        const id = randomUUID();
        await database.db
          .insertInto('registrations')
          .values({
            id,
            event_id: eventIdForUid(uid),
            occurrence_key: key,
            scope: key === 'series' ? 'series' : 'session',
            status,
            party_size: 1,
            name: '',
            contact_method: 'none',
            email: null,
            phone: null,
            preferred_language: language,
            access_needs: null,
            idempotency_key: id,
            checkin_code: null,
            created_by: null,
            source,
            created_at: new Date(),
            updated_at: new Date(),
            purged_at: null,
            contact_bounced_at: null,
          })
          .execute();
        for (const [session, status] of Object.entries(marks)) {
          if (status) {
            await database.db
              .insertInto('attendance')
              .values({ registration_id: id, occurrence_key: session, status, marked_by: 'test' })
              .execute();
          }
        }
      }
    }
    const figures = async (from: string, to: string) =>
      (await get(`/v1/stats/inquiries?from=${from}&to=${to}`)).body.attendance;
    const zeroType = (key: string) => ({ key, registered: 0, attended: 0, no_show: 0, walk_ins: 0, suppressed: false });

    before(async () => {
      // March 2029: a clinic on the 6th (12 signed up in Spanish, 10 came, 2 did not, 6 walked in);
      // a class series from the 5th (8 in Chinese; 7 came to the first session, all 8 to the second).
      await upsertEvent(database.db, event('a-clinic', { rrule: 'FREQ=WEEKLY;COUNT=3' }));
      await people('a-clinic', 10, '2029-03-06T10:00', 'es', { '2029-03-06T10:00': 'attended' });
      await people('a-clinic', 2, '2029-03-06T10:00', 'es-US', { '2029-03-06T10:00': 'no-show' });
      await people('a-clinic', 6, '2029-03-06T10:00', 'es', { '2029-03-06T10:00': 'attended' }, 'walk-in');
      // The 13th was cancelled: what was marked there counts nothing.
      await people('a-clinic', 3, '2029-03-13T10:00', 'es', { '2029-03-13T10:00': 'attended' });
      await database.db
        .insertInto('event_session_changes')
        .values({
          event_id: eventIdForUid('a-clinic'),
          occurrence_key: '2029-03-13T10:00',
          status: 'cancelled',
          new_start: null,
          new_duration_minutes: null,
          changed_by: 'test',
        })
        .execute();
      await upsertEvent(
        database.db,
        event('a-class', {
          type: 'english-class',
          dtstart: '2029-03-05T18:00',
          rrule: 'FREQ=WEEKLY;COUNT=4',
          registrationMode: 'series',
        }),
      );
      await people('a-class', 7, 'series', 'zh-Hans', {
        '2029-03-05T18:00': 'attended',
        '2029-03-12T18:00': 'attended',
      });
      // One of them came to the first session, then cancelled: still counted at the first session only.
      await people('a-class', 1, 'series', 'zh-Hans', { '2029-03-05T18:00': 'attended' }, 'web', 'cancelled');
      await people('a-class', 1, 'series', 'zh-Hans', {
        '2029-03-05T18:00': 'no-show',
        '2029-03-12T18:00': 'attended',
      });
      // Late on 31 March, ending on 1 April: an April session. 7 came.
      await upsertEvent(database.db, event('a-late', { dtstart: '2029-03-31T23:00' }));
      await people('a-late', 7, '2029-03-31T23:00', 'es', { '2029-03-31T23:00': 'attended' });
      // April too: one Wolof speaker at a know-your-rights session, the only one of their kind.
      await upsertEvent(database.db, event('a-rights', { type: 'know-your-rights', dtstart: '2029-04-10T18:00' }));
      await people('a-rights', 1, '2029-04-10T18:00', 'wo', { '2029-04-10T18:00': 'attended' });
      // May: one person more, who signed up for a clinic in Spanish and did not come.
      await upsertEvent(database.db, event('a-may', { dtstart: '2029-05-08T18:00' }));
      await people('a-may', 1, '2029-05-08T18:00', 'es', { '2029-05-08T18:00': 'no-show' });
    });

    test('counts people registered, come, missing and walked in per session that ended in the window', async () => {
      const march = await figures('2029-03', '2029-03');
      const row = (key: string, registered: number, attended: number, walkIns: number) => ({
        key,
        registered,
        attended,
        no_show: null,
        walk_ins: walkIns,
        suppressed: true,
      });
      // Clinic: 12 registered → 10, 10 came, 6 walk-ins → 5; class: 8 × 2 sessions = 16 → 15, 15 came.
      // No-shows (2 and 1) are hidden, both.
      assert.deepEqual(march.by_type, [
        row('legal-clinic', 10, 10, 5),
        zeroType('citizenship'),
        row('english-class', 15, 15, 0),
        zeroType('know-your-rights'),
        zeroType('id-enrollment'),
        zeroType('workshop'),
        zeroType('other'),
      ]);
      assert.deepEqual(march.by_language, [row('es', 10, 10, 5), row('zh-Hans', 15, 15, 0)], 'es-US counts as es');
      const none = await figures('2029-01', '2029-02');
      assert.deepEqual(none, { by_type: [], by_language: [] });
    });

    test('small counts hidden in pairs; a rare language under other; the session ending in April is April', async () => {
      const april = await figures('2029-04', '2029-04');
      const hiddenPair = (key: string) => ({
        key,
        registered: null,
        attended: null,
        no_show: 0,
        walk_ins: 0,
        suppressed: true,
      });
      // 7 in Spanish and 1 in Wolof (under other): the 1 is hidden, and the 7 with it (a total would give it away).
      assert.deepEqual(april.by_language, [hiddenPair('es'), hiddenPair('other')]);
      assert.deepEqual(
        april.by_type.filter((cell: { registered: number | null }) => cell.registered !== 0),
        [hiddenPair('legal-clinic'), hiddenPair('know-your-rights')],
      );
      const spring = await figures('2029-03', '2029-05');
      for (const group of [spring.by_type, spring.by_language]) {
        for (const measure of ['registered', 'attended', 'no_show', 'walk_ins']) {
          const hidden = group.filter((cell: Record<string, unknown>) => cell[measure] === null).length;
          assert.notEqual(hidden, 1, `${measure}: never a single hidden cell beside published ones`);
        }
      }
      assert.doesNotMatch(JSON.stringify([april, spring]), /"wo"/, 'one Wolof speaker: under other');
    });

    test('two windows that differ by one person do not reveal them', async () => {
      const possible = (count: number | null): number[] =>
        count === null
          ? [1, 2, 3, 4]
          : count === 0
            ? [0]
            : [-2, -1, 0, 1, 2].map((d) => count + d).filter((n) => n >= 5);
      // The attack: March–April against March–May, May adding one person to the 19 Spanish speakers signed up.
      const marchApril = await figures('2029-03', '2029-04');
      const marchMay = await figures('2029-03', '2029-05');
      assert.deepEqual(
        marchApril,
        marchMay,
        'every cell the same (19 and 20 both publish as 20; no-shows 2 and 3 both hidden)',
      );
      // Every pair of windows that differ by May alone: no count is pinned down.
      for (const from of ['2029-03', '2029-04']) {
        const without = await figures(from, '2029-04');
        const withIt = await figures(from, '2029-05');
        for (const group of ['by_type', 'by_language'] as const) {
          for (const cell of withIt[group]) {
            const before = without[group].find((c: { key: string }) => c.key === cell.key);
            for (const measure of ['registered', 'attended', 'no_show', 'walk_ins']) {
              const a: number | null = before ? before[measure] : 0;
              const b: number | null = cell[measure];
              const differences = new Set(possible(a).flatMap((x) => possible(b).map((y) => y - x)));
              assert.ok(
                differences.size > 1 || (a === 0 && b === 0),
                `${from}: ${group} ${cell.key} ${measure}: ${a} → ${b} pins the difference to ${[...differences]}`,
              );
            }
          }
        }
      }
    });
  });
});
