import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { REFERENCE_ALPHABET, normalizeReference } from '../src/inquiries/reference.js';
import { purgeInquiryDetails } from '../src/inquiries/store.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { seededTestApp, testApp, TEST_ORIGIN } from './helpers/app.js';

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
const crypto = FieldCrypto.fromKeyText('k'.repeat(43) + '=');

let counter = 0;
/** A valid inquiry with its own idempotency key; `change` overrides or (with undefined) removes fields. */
const inquiry = (change: Record<string, unknown> = {}) => {
  const body: Record<string, unknown> = {
    topic: 'municipal-id',
    message: 'Mbaa man naa am IDNYC? Amuma passport.',
    preferred_language: 'wo',
    contact_method: 'phone',
    name: 'Awa Ndiaye',
    phone: '+1 718 555 0142',
    postcode: '11226',
    consent: true,
    channel: 'web',
    idempotency_key: `inquiry-key-${++counter}-${Date.now()}`,
    ...change,
  };
  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key];
  return body;
};

const rows = () => database.db.selectFrom('inquiries').selectAll().execute();

describe(`inquiries (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ writesPerMinute: 10_000, crypto, responseDays: 3 });
    database = app.database;
  });
  beforeEach(() => sql`TRUNCATE inquiries CASCADE`.execute(database.db));
  after(() => database.close());

  test('stores an inquiry and answers with a reference a person can read over the phone', async () => {
    const { status, body, headers } = await app.post('/v1/inquiries', inquiry(), { Origin: TEST_ORIGIN });
    assert.equal(status, 201);
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.match(body.reference, new RegExp(`^[${REFERENCE_ALPHABET}]{3}-[${REFERENCE_ALPHABET}]{3}$`));
    assert.doesNotMatch(body.reference, /[0O1IL25SZ8BUV]/, 'no characters that sound or look alike');
    assert.equal(body.response_days, 3);
    const [row] = await rows();
    assert.deepEqual(
      [row!.channel, row!.kind, row!.topic, row!.preferred_language, row!.status, row!.origin, row!.postcode],
      ['web', 'inquiry', 'municipal-id', 'wo', 'new', TEST_ORIGIN, '11226'],
    );
    assert.equal(normalizeReference(body.reference.toLowerCase().replace('-', ' ')), body.reference);
  });

  test('keeps only a well-formed page origin: a non-browser client can write any Origin header', async () => {
    const cases: [string | undefined, string | undefined, string | null][] = [
      ['https://Library.Example:443', undefined, 'https://library.example'],
      ['javascript:alert(1)', undefined, null],
      ['https://x.example/<img src=x onerror=alert(1)>', undefined, null],
      ['https://user:pass@x.example', undefined, null],
      ['null', 'https://branch.example', 'https://branch.example'],
      [undefined, 'http://<b>', null],
    ];
    for (const [header, field, stored] of cases) {
      await sql`TRUNCATE inquiries CASCADE`.execute(database.db);
      const response = await app.post(
        '/v1/inquiries',
        inquiry(field ? { origin: field } : {}),
        header ? { Origin: header } : {},
      );
      assert.equal(response.status, 201, `${header}: ${response.text}`);
      const [row] = await rows();
      assert.equal(row!.origin, stored, `Origin ${header}, origin field ${field}`);
    }
  });

  test('holds no plaintext personal data in the raw row; the key decrypts it', async () => {
    await app.post('/v1/inquiries', inquiry({ contact_method: 'email', phone: undefined, email: 'awa@example.org' }));
    const raw = await sql<Record<string, unknown>>`SELECT * FROM inquiries`.execute(database.db);
    const text = JSON.stringify(raw.rows);
    for (const secret of ['Awa', 'Ndiaye', 'awa@example.org', 'IDNYC', 'passport']) {
      assert.ok(!text.includes(secret), `the raw row shows "${secret}"`);
    }
    const row = raw.rows[0] as { name_enc: string; email_enc: string; message_enc: string; phone_enc: string | null };
    assert.equal(crypto.decrypt(row.name_enc), 'Awa Ndiaye');
    assert.equal(crypto.decrypt(row.email_enc), 'awa@example.org');
    assert.equal(row.phone_enc, null, 'a phone number typed before choosing email is not kept');
    assert.throws(() => FieldCrypto.ephemeral().decrypt(row.message_enc), 'another key cannot read it');
  });

  test('the same idempotency key never creates a second inquiry, even sent 20 times at once', async () => {
    const body = inquiry();
    const answers = await Promise.all(Array.from({ length: 20 }, () => app.post('/v1/inquiries', body)));
    assert.equal(answers.filter((a) => a.status === 201).length, 1);
    assert.equal(answers.filter((a) => a.status === 200).length, 19);
    assert.equal(new Set(answers.map((a) => a.body.reference)).size, 1);
    assert.equal((await rows()).length, 1);
    const later = await app.post('/v1/inquiries', body);
    assert.deepEqual([later.status, later.body.reference], [200, answers[0]!.body.reference]);
  });

  test('validates every field and names it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ topic: 'lottery' }, 'topic'],
      [{ topic: 'volunteer' }, 'topic'],
      [{ message: undefined }, 'message'],
      [{ message: 'x'.repeat(2001) }, 'message'],
      [{ preferred_language: 'Wolof!' }, 'preferred_language'],
      [{ contact_method: 'pigeon' }, 'contact_method'],
      [{ phone: undefined }, 'phone'],
      [{ contact_method: 'text', phone: '12' }, 'phone'],
      [{ contact_method: 'email', email: undefined }, 'email'],
      [{ contact_method: 'email', email: 'awa@' }, 'email'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ postcode: '<script>' }, 'postcode'],
      [{ consent: false }, 'consent'],
      [{ consent: undefined }, 'consent'],
      [{ channel: 'hotline' }, 'channel'],
      [{ origin: 'https://library.example/page?x=1' }, 'origin'],
      [{ idempotency_key: 'short' }, 'idempotency_key'],
      [{ idempotency_key: undefined }, 'idempotency_key'],
      // Shaped like the keys the server makes for staff logs: it could swallow a later hotline log.
      [{ idempotency_key: 'staff:alice:call-0001' }, 'idempotency_key'],
      [{ kind: 'complaint' }, 'kind'],
      [{ kind: 'volunteer', topic: 'volunteer', interests: [] }, 'interests'],
      [{ kind: 'volunteer', topic: 'volunteer', interests: ['juggler'] }, 'interests.0'],
      [{ kind: 'volunteer', topic: 'volunteer', interests: ['interpreter'], contact_method: 'none' }, 'contact_method'],
      [
        { kind: 'volunteer', topic: 'volunteer', interests: ['interpreter'], availability: ['midnight'] },
        'availability.0',
      ],
      [
        { kind: 'volunteer', topic: 'volunteer', interests: ['interpreter'], languages_spoken: ['Wolof!'] },
        'languages_spoken.0',
      ],
    ];
    for (const [change, field] of cases) {
      const { status, body, headers } = await app.post('/v1/inquiries', inquiry(change));
      assert.equal(status, 400, `${field}: ${JSON.stringify(change)}`);
      assert.equal(headers.get('content-type'), 'application/problem+json');
      assert.ok(
        body.errors.some((e: { path: string }) => e.path === field),
        `${field}: ${JSON.stringify(body.errors)}`,
      );
    }
    assert.equal((await rows()).length, 0, 'nothing was stored');
  });

  test('accepts anonymous inquiries and "no contact", keeping nothing it does not need', async () => {
    const { status } = await app.post(
      '/v1/inquiries',
      inquiry({ name: undefined, contact_method: 'none', phone: '718 555 0100', consent: false, postcode: undefined }),
    );
    assert.equal(status, 201);
    const [row] = await rows();
    assert.deepEqual([row!.name_enc, row!.phone_enc, row!.email_enc, row!.postcode], [null, null, null, null]);
    assert.ok(row!.message_enc);
  });

  test('stores a volunteer sign-up, counted like an inquiry', async () => {
    const { status } = await app.post(
      '/v1/inquiries',
      inquiry({
        kind: 'volunteer',
        topic: 'volunteer',
        message: undefined,
        interests: ['interpreter', 'english-conversation'],
        languages_spoken: ['wo', 'ff', 'fr'],
        availability: ['weekend'],
      }),
    );
    assert.equal(status, 201);
    const [row] = await rows();
    assert.deepEqual(
      [row!.kind, row!.topic, row!.interests, row!.languages_spoken, row!.availability],
      ['volunteer', 'volunteer', ['interpreter', 'english-conversation'], ['wo', 'ff', 'fr'], ['weekend']],
    );
  });

  test('refuses a filled honeypot, and stores nothing', async () => {
    const { status, body } = await app.post('/v1/inquiries', inquiry({ website: 'http://cheap-pills.example' }));
    assert.equal(status, 400);
    assert.equal(body.errors[0].path, 'website');
    assert.equal((await rows()).length, 0);
  });

  test('limits inquiries per client with 429 and Retry-After', async () => {
    const limited = testApp(database, { writesPerMinute: 2, crypto });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.post('/v1/inquiries', inquiry())).status);
    assert.deepEqual(statuses, [201, 201, 429, 429]);
    assert.equal((await rows()).length, 2);
  });

  test('refuses bodies over the size limit with 413', async () => {
    const small = testApp(database, { bodyLimitBytes: 1024, crypto });
    const { status, headers } = await small.post('/v1/inquiries', inquiry({ message: 'x'.repeat(1500) }));
    assert.equal(status, 413);
    assert.equal(headers.get('content-type'), 'application/problem+json');
  });

  test('answers browsers only from allowed origins', async () => {
    const allowed = await app.app.request('/v1/inquiries', {
      method: 'OPTIONS',
      headers: { Origin: TEST_ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(allowed.headers.get('access-control-allow-origin'), TEST_ORIGIN);
    const other = await app.app.request('/v1/inquiries', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  test('erases personal fields after the retention period and keeps the counts', async () => {
    await app.post('/v1/inquiries', inquiry());
    const now = new Date();
    assert.equal(await purgeInquiryDetails(database.db, 365, now), 0, 'a new inquiry is kept');
    const later = new Date(now.getTime() + 366 * 86_400_000);
    assert.equal(await purgeInquiryDetails(database.db, 365, later), 1);
    const [row] = await rows();
    assert.deepEqual([row!.name_enc, row!.phone_enc, row!.email_enc, row!.message_enc], [null, null, null, null]);
    assert.deepEqual(
      [row!.topic, row!.preferred_language, row!.channel, row!.status],
      ['municipal-id', 'wo', 'web', 'new'],
    );
    assert.ok(row!.personal_purged_at);
    assert.equal(await purgeInquiryDetails(database.db, 365, later), 0);
  });

  test('lists the topics in the language asked for, "something else" last', async () => {
    const { body } = await app.get('/v1/inquiries/topics?lang=es');
    assert.equal(body.items.at(-1).code, 'other');
    assert.equal(body.items.at(-1).name, 'Otra cosa');
    assert.equal(body.response_days, 3);
    assert.ok(body.items.some((t: { code: string }) => t.code === 'municipal-id'));
  });
});
