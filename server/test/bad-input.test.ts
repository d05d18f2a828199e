import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createStaffToken } from '../src/staff/tokens.js';
import { seededTestApp } from './helpers/app.js';

/** What an outside probe found answered 500 or accepted wrongly: each is a 400 naming its parameter. */
let app: Awaited<ReturnType<typeof seededTestApp>>;
let staff: Record<string, string>;

before(async () => {
  app = await seededTestApp();
  staff = { Authorization: `Bearer ${(await createStaffToken(app.database.db, 'probe', 'write')).token}` };
});
after(() => app.database.close());

async function refusedNaming(path: string, parameter: string, headers: Record<string, string> = {}) {
  const { status, headers: answer, body } = await app.get(path, headers);
  assert.equal(status, 400, `${path}: ${status}`);
  assert.equal(answer.get('content-type'), 'application/problem+json');
  assert.ok(
    body.errors.some((error: { path: string }) => error.path === parameter),
    `${path} names ${parameter}: ${JSON.stringify(body.errors)}`,
  );
}

describe(`bad input is a 400 naming the parameter (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  test('a NUL byte in a search', async () => {
    await refusedNaming('/v1/events?q=a%00b', 'q');
    await refusedNaming('/v1/services?q=%00', 'q');
  });

  test('years 0000 and 9999, and impossible dates, in events, stats and staff filters', async () => {
    for (const value of ['0000-01-01', '9999-12-31', '2026-02-30', '2026-04-31T10:00', '2026-01-01T24:00']) {
      await refusedNaming(`/v1/events?from=${value}`, 'from');
      await refusedNaming(`/v1/events.ics?to=${value}`, 'to');
      await refusedNaming(`/v1/staff/inquiries?from=${value}`, 'from', staff);
    }
    await refusedNaming('/v1/stats/inquiries?from=0000-01&to=0000-12', 'from');
    await refusedNaming('/v1/stats/inquiries?to=9999-12', 'to');
  });

  test('event windows far from today, which would expand every series for centuries', async () => {
    await refusedNaming('/v1/events?from=2500-01-01&to=2501-01-01', 'from');
    await refusedNaming('/v1/events.ics?from=2100-01-01', 'from');
    await refusedNaming('/v1/events?from=1990-01-01&to=1990-02-01', 'from');
    const soon = new Date().getUTCFullYear() + 9;
    await refusedNaming(`/v1/events?from=${soon}-06-01&to=${soon + 2}-01-01`, 'to');
    assert.equal((await app.get(`/v1/events?from=${soon}-06-01&to=${soon}-09-01`)).status, 200);
  });

  test('numbers in spellings other than digits', async () => {
    for (const value of ['0x10', '1e3', '1.0', '+2', ' 3']) {
      await refusedNaming(`/v1/services?page=${encodeURIComponent(value)}`, 'page');
      await refusedNaming(`/v1/staff/inquiries?page_size=${encodeURIComponent(value)}`, 'page_size', staff);
      await refusedNaming(`/hsds/services?per_page=${encodeURIComponent(value)}`, 'per_page');
    }
    await refusedNaming('/v1/services?near=40.7,-73.9&radius_km=1e2', 'radius_km');
    assert.equal((await app.get('/v1/services?page=2&page_size=5&near=40.7,-73.9&radius_km=2.5')).status, 200);
  });

  test('a hotline log dated year 0 (stored as 1 BC by PostgreSQL) or in the future', async () => {
    const log = (received_at: string) =>
      app.post(
        '/v1/staff/inquiries',
        { channel: 'hotline', topic: 'citizenship', preferred_language: 'es', received_at },
        staff,
      );
    for (const value of ['0000-01-01T10:00:00Z', '1999-12-31T23:00:00Z', '2999-01-01T10:00:00Z']) {
      const { status, body } = await log(value);
      assert.equal(status, 400, value);
      assert.equal(body.errors[0].path, 'received_at');
    }
    assert.equal((await log(new Date(Date.now() - 3_600_000).toISOString())).status, 201);
  });

  test('a NUL in a staff update names the field', async () => {
    const created = await app.post(
      '/v1/staff/inquiries',
      { channel: 'hotline', topic: 'other', preferred_language: 'en' },
      staff,
    );
    const { status, body } = await app.patch(`/v1/staff/inquiries/${created.body.id}`, { referral: 'a\u0000b' }, staff);
    assert.equal(status, 400);
    assert.equal(body.errors[0].path, 'referral');
  });
});
