import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { REFERENCE_ALPHABET } from '../src/inquiries/reference.js';
import { normalizeStatusToken } from '../src/inquiries/status-token.js';
import { purgeInquiryDetails } from '../src/inquiries/store.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { seedReferralNames } from '../src/seed/seed.js';
import { seededTestApp, testApp } from './helpers/app.js';

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
const crypto = FieldCrypto.fromKeyText('s'.repeat(43) + '=');
const trustSetting = process.env.WW_TRUST_PROXY;

let counter = 0;
const inquiry = (change: Record<string, unknown> = {}) => ({
  topic: 'immigration-legal',
  message: 'Mwen bezwen èd pou yon avoka.',
  preferred_language: 'ht',
  contact_method: 'phone',
  name: 'Jean Baptiste',
  phone: '+1 (617) 555-0187',
  consent: true,
  idempotency_key: `status-key-${++counter}-${Date.now()}`,
  ...change,
});

/** Each test reads from its own addresses, so that one test's failures never limit another's lookups. */
let clientBase = 0;
const newClient = () => `198.51.100.${++clientBase % 250}`;

async function submit(change: Record<string, unknown> = {}) {
  const answer = await app.post('/v1/inquiries', inquiry(change));
  assert.equal(answer.status, 201, answer.text);
  return answer.body as { reference: string; status_token: string };
}

const lookup = (
  server: { get: typeof app.get },
  reference: string,
  check: string,
  client: string,
  query = '',
  headers: Record<string, string> = {},
) =>
  server.get(`/v1/inquiries/status/${encodeURIComponent(reference)}?check=${encodeURIComponent(check)}${query}`, {
    'X-Forwarded-For': client,
    ...headers,
  });

describe(`inquiry status lookup (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    process.env.WW_TRUST_PROXY = '1';
    app = await seededTestApp({ writesPerMinute: 10_000, crypto, timeZone: 'America/New_York' });
    database = app.database;
    await seedReferralNames(database.db);
  });
  beforeEach(() => sql`TRUNCATE inquiries CASCADE`.execute(database.db));
  after(async () => {
    if (trustSetting === undefined) delete process.env.WW_TRUST_PROXY;
    else process.env.WW_TRUST_PROXY = trustSetting;
    await database.close();
  });

  test('a submission answers a status token, the same for a repeat with the same idempotency key', async () => {
    const body = inquiry();
    const first = await app.post('/v1/inquiries', body);
    assert.equal(first.status, 201);
    assert.match(first.body.status_token, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const repeat = await app.post('/v1/inquiries', body);
    assert.equal(repeat.status, 200);
    assert.equal(repeat.body.status_token, first.body.status_token);
    const other = await submit();
    assert.notEqual(other.status_token, first.body.status_token);
    const [row] = await database.db.selectFrom('inquiries').select('status_token_hash').execute();
    assert.equal(row!.status_token_hash, null, 'derived, so nothing is stored');
  });

  test('reads tokens as people type them', () => {
    assert.equal(normalizeStatusToken('7kqm3d9x'), '7KQM-3D9X');
    assert.equal(normalizeStatusToken(' 7KQM - 3D9X '), '7KQM-3D9X');
    assert.equal(normalizeStatusToken('OILQ-3D9X'), '011Q-3D9X', 'O as 0, I and L as 1');
    assert.equal(normalizeStatusToken('7KQM-3D9U'), null, 'U is not a symbol');
    assert.equal(normalizeStatusToken('7KQM-3D9'), null);
  });

  test('the token (any case, with or without the dash) shows the status, and nothing personal', async () => {
    const { reference, status_token: token } = await submit();
    const client = newClient();
    for (const check of [token, token.toLowerCase(), token.replace('-', ''), ` ${token.toLowerCase()} `]) {
      const answer = await lookup(app, reference.toLowerCase(), check, client);
      assert.equal(answer.status, 200, `${check}: ${answer.text}`);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.deepEqual(Object.keys(answer.body).sort(), [
        'content',
        'reference',
        'referred_to',
        'status',
        'updated_on',
      ]);
      assert.equal(answer.body.reference, reference);
      assert.equal(answer.body.status, 'received');
      assert.equal(answer.body.referred_to, null);
      assert.match(answer.body.updated_on, /^\d{4}-\d{2}-\d{2}$/);
      for (const personal of ['Jean', 'Baptiste', '555', '0187', 'avoka', 'immigration', 'ht"']) {
        assert.ok(!answer.text.includes(personal), `the answer shows "${personal}"`);
      }
    }
  });

  test('the last four digits of the phone, or the email in any case, show it too', async () => {
    const byPhone = await submit();
    const byEmail = await submit({ contact_method: 'email', phone: undefined, email: 'Jean.B@Example.org' });
    const client = newClient();
    assert.equal((await lookup(app, byPhone.reference, '0187', client)).status, 200);
    assert.equal((await lookup(app, byEmail.reference, 'jean.b@example.ORG', client)).status, 200);
    assert.equal((await lookup(app, byEmail.reference, ' Jean.B@Example.org ', client)).status, 200);
    // Facts the other inquiry has, or almost right, are wrong.
    for (const [reference, check] of [
      [byPhone.reference, '5550'],
      [byPhone.reference, '187'],
      [byPhone.reference, byEmail.status_token],
      [byEmail.reference, '0187'],
      [byEmail.reference, 'jean.b@example.org.'],
    ] as const) {
      const answer = await lookup(app, reference, check, newClient());
      assert.equal(answer.status, 404, `${reference} ${check}`);
    }
  });

  test('an unknown reference and a wrong check get the same answer', async () => {
    const { reference } = await submit();
    const wrong = await lookup(app, reference, 'ZZZZ-ZZZZ', newClient());
    const unknown = await lookup(app, reference === 'AAA-AAA' ? 'CCC-CCC' : 'AAA-AAA', 'ZZZZ-ZZZZ', newClient());
    const malformed = await lookup(app, 'not-a-ref', 'ZZZZ-ZZZZ', newClient());
    for (const answer of [wrong, unknown, malformed]) {
      assert.equal(answer.status, 404);
      assert.equal(answer.headers.get('content-type'), 'application/problem+json');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    }
    const shape = (a: typeof wrong) => ({ ...a.body });
    assert.deepEqual(shape(wrong), shape(unknown));
    assert.deepEqual(shape(wrong), shape(malformed));
    assert.equal(wrong.body.type, 'https://welcome-widgets.org/problems/status-not-found');
    const missing = await app.get(`/v1/inquiries/status/${reference}`, { 'X-Forwarded-For': newClient() });
    assert.equal(missing.status, 400, 'no check at all is a bad request');
  });

  test('answers each stage, the referral destination in the visitor’s language, and the day', async () => {
    const { reference, status_token: token } = await submit();
    const client = newClient();
    const set = (values: Record<string, unknown>) =>
      database.db.updateTable('inquiries').set(values).where('reference', '=', reference).execute();

    await set({ status: 'in-progress', updated_at: new Date('2026-03-02T03:00:00Z') });
    let answer = await lookup(app, reference, token, client);
    // 3 am UTC is still the evening before in New York.
    assert.deepEqual([answer.body.status, answer.body.updated_on], ['in-progress', '2026-03-01']);

    await set({ status: 'referred', referral_code: 'legal-services' });
    answer = await lookup(app, reference, token, client, '&lang=es');
    assert.equal(answer.body.status, 'referred');
    assert.deepEqual(answer.body.referred_to, { code: 'legal-services', name: 'Proveedor de servicios legales' });
    assert.deepEqual(answer.body.content, { locale: 'es', fallback: false });
    answer = await lookup(app, reference, token, client, '', { 'Accept-Language': 'ht, fr;q=0.5' });
    assert.deepEqual(answer.body.referred_to, { code: 'legal-services', name: 'Founisè sèvis legal' });
    answer = await lookup(app, reference, token, client, '&lang=tlh');
    assert.deepEqual(answer.body.referred_to.name, 'Legal services provider');
    assert.deepEqual(answer.body.content, { locale: 'en', fallback: true });

    // Older free text without a code: mapped as the statistics map it; free text naming nobody is not shown.
    await set({ referral_code: null, referral: '  Legal   AID ' });
    answer = await lookup(app, reference, token, client);
    assert.equal(answer.body.referred_to.code, 'legal-services');
    await set({ referral: 'Jane Roe (tel 555-0100), cousin' });
    answer = await lookup(app, reference, token, client);
    assert.equal(answer.body.referred_to, null);
    assert.ok(!answer.text.includes('Jane'));

    await set({ status: 'closed', referral: null, resolved_at: new Date('2026-03-04T15:00:00Z') });
    answer = await lookup(app, reference, token, client);
    assert.deepEqual([answer.body.status, answer.body.updated_on], ['resolved', '2026-03-04']);
  });

  test('once retention erased the personal fields, only the token works', async () => {
    const { reference, status_token: token } = await submit();
    const client = newClient();
    assert.equal((await lookup(app, reference, '0187', client)).status, 200);
    await database.db
      .updateTable('inquiries')
      .set({ received_at: new Date('2020-01-01T00:00:00Z') })
      .execute();
    assert.equal(await purgeInquiryDetails(database.db, 365), 1);
    assert.equal((await lookup(app, reference, '0187', client)).status, 404);
    assert.equal((await lookup(app, reference, token, client)).status, 200);
  });

  test('enumeration from one client: 429 after 10 failed lookups, for 15 minutes, right checks included', async () => {
    const { reference, status_token: token } = await submit();
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const guess = Array.from({ length: 6 }, (_, j) => REFERENCE_ALPHABET[(i * 7 + j * 3) % 22]).join('');
      const answer = await lookup(app, `${guess.slice(0, 3)}-${guess.slice(3)}`, 'ABCD-EFGH', client);
      statuses.push(answer.status);
      if (answer.status === 429) {
        assert.equal(answer.body.type, 'https://welcome-widgets.org/problems/rate-limited');
        const wait = Number(answer.headers.get('retry-after'));
        assert.ok(wait > 14 * 60 && wait <= 15 * 60, `Retry-After ${wait}`);
      }
    }
    assert.deepEqual(statuses, [...Array(10).fill(404), ...Array(20).fill(429)]);
    assert.equal((await lookup(app, reference, token, client)).status, 429, 'this client waits');
    assert.equal((await lookup(app, reference, token, newClient())).status, 200, 'another client does not');
  });

  test('successful lookups do not count against the client', async () => {
    const { reference, status_token: token } = await submit();
    const client = newClient();
    for (let i = 0; i < 15; i++) assert.equal((await lookup(app, reference, token, client)).status, 200);
    for (let i = 0; i < 10; i++) assert.equal((await lookup(app, reference, 'nope', client)).status, 404);
    assert.equal((await lookup(app, reference, token, client)).status, 429);
  });

  test('20 wrong checks on one reference from many clients and two servers lock it for an hour', async () => {
    const { reference, status_token: token } = await submit();
    // A second server process on the same database: the count must be shared, not per process.
    const other = testApp(database, { crypto });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const answer = await lookup(i % 2 ? other : app, reference, `WRNG-${String(i).padStart(4, '0')}`, newClient());
      statuses.push(answer.status);
    }
    assert.deepEqual(statuses, [...Array(19).fill(404), ...Array(6).fill(429)]);
    const locked = await lookup(app, reference, token, newClient());
    assert.equal(locked.status, 429, 'the right check is refused while locked');
    assert.equal(locked.body.type, 'https://welcome-widgets.org/problems/reference-locked');
    const wait = Number(locked.headers.get('retry-after'));
    assert.ok(wait > 59 * 60 && wait <= 3600, `Retry-After ${wait}`);
    assert.equal((await lookup(other, reference, '0187', newClient())).status, 429, 'on the other server too');
    const [row] = await database.db.selectFrom('inquiries').select(['status_locked_until']).execute();
    assert.ok(new Date(row!.status_locked_until!).getTime() > Date.now() + 59 * 60_000);

    // An hour later the right check works, and the count starts again.
    await database.db
      .updateTable('inquiries')
      .set({ status_locked_until: new Date(Date.now() - 1000) })
      .execute();
    assert.equal((await lookup(app, reference, token, newClient())).status, 200);
    for (let i = 0; i < 19; i++) await lookup(app, reference, 'nope', newClient());
    assert.equal((await lookup(app, reference, token, newClient())).status, 200, '19 more wrong checks do not lock');
    const [after] = await database.db.selectFrom('inquiries').select(['status_failures']).execute();
    assert.equal(after!.status_failures, 0, 'a right check resets the count');
  });

  test('wrong checks sent at once all count', async () => {
    const { reference } = await submit();
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) => lookup(app, reference, `WRNG-${String(i).padStart(4, '0')}`, newClient())),
    );
    assert.equal(answers.filter((a) => a.status === 404).length, 19);
    assert.equal(answers.filter((a) => a.status === 429).length, 5);
  });
});
