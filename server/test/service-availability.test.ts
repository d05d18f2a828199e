import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import type { ServiceAvailability } from '../src/db/schema.js';
import { DEFAULT_VERIFICATION_POLICY, writeVerificationPolicy } from '../src/directory/verification-policy.js';
import { bumpDirectoryVersion } from '../src/directory/version.js';
import { dayIn } from '../src/lib/time-zone.js';
import { openPublicAnswers, type PublicAnswers } from '../src/routes/answer-caching.js';
import { seedDirectories } from '../src/seed/seed.js';
import { stableId } from '../src/seed/ids.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testDirectory } from './helpers/directory.js';

// Whether a service takes new clients and whether its listing is overdue for re-verification, in the public
// answers (through the record cache and the answer cache), on PGlite and on PostgreSQL.
const ZONE = 'America/New_York';
// t-legal has an accredited badge (doj-accredited-representative); t-english and t-directory have none.
const legalId = stableId('service:t-legal');
const englishId = stableId('service:t-english');
const directoryId = stableId('service:t-directory');

let database: OpenDatabase;
let answers: PublicAnswers;
let api: ReturnType<typeof testApp>;

/** The calendar day `days` before today in the office's zone, YYYY-MM-DD. */
const daysAgo = (days: number) => dayIn(new Date(Date.now() - days * 86_400_000), ZONE);

/** YYYY-MM-DD plus whole days, computed here without the server's code. */
function plusDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Changes services as an edit does: the rows and the directory version in one transaction. */
async function edit(
  id: string,
  values: {
    availability?: ServiceAvailability;
    availability_since?: string | null;
    availability_until?: string | null;
    last_verified?: string | null;
  },
) {
  await database.db.transaction().execute(async (trx) => {
    await trx.updateTable('services').set(values).where('id', '=', id).execute();
    await bumpDirectoryVersion(trx);
  });
}

const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id).sort();
const itemOf = (body: { items: { id: string }[] }, id: string) => body.items.find((item) => item.id === id) as any;

describe(`service availability and verification (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    await seedDirectories(database.db, [testDirectory]);
    answers = await openPublicAnswers(database);
    api = testApp(database, { answers, timeZone: ZONE });
  });
  after(async () => {
    await answers?.versions.close();
    await database?.close();
  });

  test('every service is accepting unless told otherwise, in the list and the detail', async () => {
    const list = await api.get('/v1/services');
    assert.equal(list.status, 200);
    for (const item of list.body.items) {
      assert.deepEqual(item.availability, { status: 'accepting', since: null, until: null }, item.name);
    }
    const detail = await api.get(`/v1/services/${legalId}`);
    assert.deepEqual(detail.body.availability, { status: 'accepting', since: null, until: null });
  });

  test('a listing is overdue after its interval: accredited providers sooner, and every badge says so', async () => {
    const verified = daysAgo(200);
    await edit(legalId, { last_verified: verified });
    await edit(englishId, { last_verified: verified });
    await edit(directoryId, { last_verified: null });
    const { body } = await api.get('/v1/services');
    const legal = itemOf(body, legalId);
    // 180 days for an accredited provider: 200 days ago is overdue.
    assert.deepEqual(legal.verification, {
      verified,
      due: plusDays(verified, DEFAULT_VERIFICATION_POLICY.accredited_interval_days),
      overdue: true,
    });
    assert.deepEqual(
      legal.badges.map((b: { code: string; overdue: boolean }) => [b.code, b.overdue]),
      [
        ['doj-accredited-representative', true],
        ['free', true],
      ],
    );
    // The badge keeps its own date: the finder says "not re-verified since" it.
    assert.equal(legal.badges[0].verified, '2026-09-15');
    // 365 days for others: the same day is not overdue.
    const english = itemOf(body, englishId);
    assert.deepEqual(english.verification, {
      verified,
      due: plusDays(verified, DEFAULT_VERIFICATION_POLICY.interval_days),
      overdue: false,
    });
    assert.ok(english.badges.every((b: { overdue: boolean }) => b.overdue === false));
    // Never verified: due now and overdue.
    assert.deepEqual(itemOf(body, directoryId).verification, { verified: null, due: daysAgo(0), overdue: true });

    const detail = await api.get(`/v1/services/${legalId}`);
    assert.deepEqual(detail.body.verification, legal.verification);
    assert.ok(detail.body.badges.every((b: { overdue: boolean }) => b.overdue));
  });

  test("the office's policy sets the intervals", async () => {
    const verified = daysAgo(200);
    await database.db.transaction().execute(async (trx) => {
      await writeVerificationPolicy(trx, { interval_days: 100, accredited_interval_days: 250, link_days: 14 }, 'test');
      // The settings route bumps the version with it, so answers computed earlier in the minute are not served.
      await bumpDirectoryVersion(trx);
    });
    try {
      const { body } = await api.get('/v1/services');
      assert.deepEqual(itemOf(body, legalId).verification, { verified, due: plusDays(verified, 250), overdue: false });
      assert.deepEqual(itemOf(body, englishId).verification, { verified, due: plusDays(verified, 100), overdue: true });
    } finally {
      await database.db.deleteFrom('office_settings').where('key', '=', 'verification').execute();
      await bumpDirectoryVersion(database.db);
    }
  });

  test('a change of availability is served at once, in the list, the filter and the detail', async () => {
    // Read first, so the records and answers of this version are in memory.
    const before = await api.get('/v1/services?accepting=true');
    assert.deepEqual(idsOf(before.body), [legalId, englishId, directoryId].sort());
    assert.equal((await api.get(`/v1/services/${englishId}`)).body.availability.status, 'accepting');

    await edit(englishId, { availability: 'waitlist', availability_since: '2026-11-02', availability_until: null });
    await edit(directoryId, {
      availability: 'paused',
      availability_since: '2026-11-20',
      availability_until: '2027-01-11',
    });

    const accepting = await api.get('/v1/services?accepting=true');
    assert.equal(accepting.headers.get('X-Cache'), 'miss');
    assert.deepEqual(idsOf(accepting.body), [legalId]);
    assert.equal(accepting.body.total, 1);
    const all = await api.get('/v1/services');
    assert.equal(all.body.total, 3, 'without the filter every service is listed');
    assert.deepEqual(itemOf(all.body, englishId).availability, {
      status: 'waitlist',
      since: '2026-11-02',
      until: null,
    });
    assert.deepEqual(itemOf(all.body, directoryId).availability, {
      status: 'paused',
      since: '2026-11-20',
      until: '2027-01-11',
    });
    const detail = await api.get(`/v1/services/${directoryId}`);
    assert.deepEqual(detail.body.availability, { status: 'paused', since: '2026-11-20', until: '2027-01-11' });
    // With words too (the index filters before the words are matched).
    assert.deepEqual(idsOf((await api.get('/v1/services?q=english&accepting=true')).body), []);
    assert.deepEqual(idsOf((await api.get('/v1/services?q=english')).body), [englishId]);
    assert.deepEqual(idsOf((await api.get('/v1/services?accepting=false')).body).length, 3);

    await edit(englishId, { availability: 'accepting', availability_since: null });
    await edit(directoryId, { availability: 'accepting', availability_since: null, availability_until: null });
    assert.deepEqual(
      idsOf((await api.get('/v1/services?accepting=true')).body),
      [legalId, englishId, directoryId].sort(),
    );
  });

  test('the badge filter keeps services with any of the badges asked for', async () => {
    assert.deepEqual(idsOf((await api.get('/v1/services?badge=walk-in')).body), [englishId]);
    assert.deepEqual(
      idsOf((await api.get('/v1/services?badge=doj-accredited-representative,walk-in')).body),
      [legalId, englishId].sort(),
    );
    assert.deepEqual(idsOf((await api.get('/v1/services?badge=attorney')).body), []);
    assert.deepEqual(idsOf((await api.get('/v1/services?badge=free')).body), [legalId, englishId].sort());
    await edit(englishId, { availability: 'full' });
    try {
      assert.deepEqual(idsOf((await api.get('/v1/services?badge=free&accepting=true')).body), [legalId]);
    } finally {
      await edit(englishId, { availability: 'accepting' });
    }
  });

  test('bad filters are refused as problems, never a 500', async () => {
    for (const query of ['badge=notario', 'badge=', 'accepting=yes', 'badge=free,,nope']) {
      const { status, headers, body } = await api.get(`/v1/services?${query}`);
      assert.equal(status, 400, query);
      assert.match(headers.get('Content-Type') ?? '', /problem\+json/);
      assert.ok(body.title, query);
    }
  });
});
