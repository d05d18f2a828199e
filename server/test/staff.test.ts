import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { parseCsvRecords } from '../src/hsds/csv.js';
import { createInquiry, type NewInquiry } from '../src/inquiries/store.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { EXPORT_COLUMNS } from '../src/staff/export.js';
import {
  createStaffToken,
  hashToken,
  parseStaffTokens,
  revokeStaffToken,
  StaffTokenError,
} from '../src/staff/tokens.js';
import { seededTestApp, TEST_ORIGIN, testApp } from './helpers/app.js';

const ENV_READ = 'env-read-token-0123456789abcdef';
const ENV_WRITE = 'env-write-token-0123456789abcdef';
const fieldCrypto = FieldCrypto.ephemeral();

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let writeToken: string;
let readToken: string;
let revokedToken: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** One inquiry per channel, months and languages apart, so every filter has something to tell apart. */
const SAMPLE: (Partial<NewInquiry> & { received_at: Date })[] = [
  {
    channel: 'web',
    topic: 'housing',
    preferred_language: 'es',
    contact_method: 'email',
    consent: true,
    name: 'Ana Pérez',
    email: 'ana@example.org',
    message: 'Necesito ayuda con mi contrato',
    postcode: '10018',
    received_at: new Date('2026-01-15T14:00:00Z'),
  },
  {
    channel: 'hotline',
    topic: 'health',
    preferred_language: 'zh-Hans',
    status: 'in-progress',
    received_at: new Date('2026-02-03T09:30:00Z'),
  },
  {
    channel: 'email',
    topic: 'housing',
    preferred_language: 'bn',
    status: 'referred',
    referral: 'Legal Aid Society',
    received_at: new Date('2026-02-20T16:00:00Z'),
  },
  {
    channel: '311',
    topic: 'benefits',
    preferred_language: 'es-419',
    received_at: new Date('2026-03-01T12:00:00Z'),
  },
  {
    channel: 'outreach',
    topic: 'family',
    preferred_language: 'ar',
    status: 'resolved',
    resolution_code: 'info-given',
    received_at: new Date('2026-03-10T10:00:00Z'),
  },
  {
    kind: 'volunteer',
    channel: 'web',
    topic: 'volunteer',
    preferred_language: 'en',
    contact_method: 'phone',
    consent: true,
    phone: '+1 212 555 0100',
    interests: ['interpreter'],
    received_at: new Date('2026-03-11T18:00:00Z'),
  },
];

async function seedInquiries() {
  const rows = [];
  for (const sample of SAMPLE) {
    const { row } = await createInquiry(database.db, fieldCrypto, {
      kind: 'inquiry',
      contact_method: 'none',
      consent: false,
      ...sample,
    } as NewInquiry);
    rows.push(row);
  }
  return rows;
}

async function list(query: string, token = readToken) {
  const response = await app.get(`/v1/staff/inquiries${query}`, bearer(token));
  assert.equal(response.status, 200, response.text);
  return response.body as { total: number; page: number; page_size: number; items: Record<string, unknown>[] };
}

describe(`staff API (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({
      crypto: fieldCrypto,
      staffTokens: [
        { name: 'env-reader', scope: 'read', hash: hashToken(ENV_READ) },
        { name: 'env-writer', scope: 'write', hash: hashToken(ENV_WRITE) },
      ],
    });
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE inquiries, staff_tokens CASCADE`.execute(database.db);
    writeToken = (await createStaffToken(database.db, 'desk', 'write')).token;
    readToken = (await createStaffToken(database.db, 'council-analyst', 'read')).token;
    revokedToken = (await createStaffToken(database.db, 'former', 'write')).token;
    await revokeStaffToken(database.db, 'former');
  });
  after(() => database.close());

  describe('401 and 403', () => {
    for (const [label, headers] of [
      ['no Authorization header', {}],
      ['another scheme', { Authorization: `Basic ${Buffer.from('desk:secret').toString('base64')}` }],
      ['a bearer token with nothing after it', { Authorization: 'Bearer ' }],
      ['an unknown token', bearer('not-a-token-anyone-was-given')],
      ['a revoked token', { revoked: 'yes' }],
    ] as const) {
      test(`401 with ${label}`, async () => {
        // Its own app: failed attempts count against the client, and every test here comes from one.
        const gate = testApp(database);
        const sent = 'revoked' in headers ? bearer(revokedToken) : (headers as Record<string, string>);
        for (const path of ['/v1/staff/inquiries', '/v1/staff/inquiries.csv', '/v1/staff/nothing-here']) {
          const response = await gate.get(path, sent);
          assert.equal(response.status, 401, path);
          assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
          assert.match(response.headers.get('WWW-Authenticate') ?? '', /^Bearer realm="staff"/);
          assert.equal(response.headers.get('Cache-Control'), 'no-store');
          assert.equal(response.body.status, 401);
          assert.match(response.body.type, /\/unauthorized$/);
        }
        const write = await gate.post('/v1/staff/inquiries', { channel: 'hotline' }, sent);
        assert.equal(write.status, 401, 'authentication comes before validation');
      });
    }

    test('a browser preflight from an allowed origin needs no token', async () => {
      const response = await app.app.request('/v1/staff/inquiries/00000000-0000-4000-8000-000000000000', {
        method: 'OPTIONS',
        headers: {
          Origin: TEST_ORIGIN,
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      });
      assert.equal(response.status, 204);
      assert.match(response.headers.get('Access-Control-Allow-Headers')!, /Authorization/);
    });

    test('a token sent says invalid_token; none sent says no error (RFC 6750)', async () => {
      const unknown = await app.get('/v1/staff/inquiries', bearer('nope-nope-nope'));
      assert.match(unknown.headers.get('WWW-Authenticate')!, /error="invalid_token"/);
      const none = await app.get('/v1/staff/inquiries');
      assert.doesNotMatch(none.headers.get('WWW-Authenticate')!, /error=/);
    });

    test('a read token may read but gets 403 on PATCH and POST, and nothing changes', async () => {
      const [first] = await seedInquiries();
      assert.equal((await app.get(`/v1/staff/inquiries/${first!.id}`, bearer(readToken))).status, 200);
      const patch = await app.patch(`/v1/staff/inquiries/${first!.id}`, { status: 'closed' }, bearer(readToken));
      assert.equal(patch.status, 403);
      assert.equal(patch.headers.get('Content-Type'), 'application/problem+json');
      assert.match(patch.headers.get('WWW-Authenticate')!, /insufficient_scope/);
      const post = await app.post(
        '/v1/staff/inquiries',
        { channel: 'hotline', topic: 'housing', preferred_language: 'es' },
        bearer(readToken),
      );
      assert.equal(post.status, 403);
      // Scope is checked before the body: a read token learns nothing from validation errors.
      assert.equal((await app.post('/v1/staff/inquiries', {}, bearer(readToken))).status, 403);
      const row = await database.db.selectFrom('inquiries').selectAll().where('id', '=', first!.id).executeTakeFirst();
      assert.equal(row!.status, 'new');
      assert.equal((await database.db.selectFrom('inquiries').select('id').execute()).length, SAMPLE.length);
    });

    test('tokens configured by environment work with their scopes', async () => {
      assert.equal((await app.get('/v1/staff/inquiries', bearer(ENV_READ))).status, 200);
      const body = { channel: 'hotline', topic: 'work', preferred_language: 'ht' };
      assert.equal((await app.post('/v1/staff/inquiries', body, bearer(ENV_READ))).status, 403);
      const logged = await app.post('/v1/staff/inquiries', body, bearer(ENV_WRITE));
      assert.equal(logged.status, 201, logged.text);
      assert.equal(logged.body.logged_by, 'env-writer');
    });

    test('the scheme name is case-insensitive; the token is not', async () => {
      assert.equal((await app.get('/v1/staff/inquiries', { Authorization: `bearer ${readToken}` })).status, 200);
      assert.equal((await app.get('/v1/staff/inquiries', bearer(readToken.toUpperCase()))).status, 401);
    });

    test('failed attempts are rate limited per client, then even a right token waits', async () => {
      const fresh = testApp(database, { staffTokens: [] });
      for (let i = 0; i < 20; i++) {
        assert.equal((await fresh.get('/v1/staff/inquiries', bearer(`guess-${i}`))).status, 401);
      }
      const limited = await fresh.get('/v1/staff/inquiries', bearer('guess-21'));
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('Retry-After')) > 0);
      assert.equal((await fresh.get('/v1/staff/inquiries', bearer(writeToken))).status, 429);
      // Successful requests do not count against the limit.
      const other = testApp(database);
      for (let i = 0; i < 30; i++)
        assert.equal((await other.get('/v1/staff/inquiries', bearer(readToken))).status, 200);
    });

    test('requests with no credential at all are not failed attempts (a signed-out desk asking who is there)', async () => {
      const fresh = testApp(database, { staffTokens: [] });
      for (let i = 0; i < 30; i++) assert.equal((await fresh.get('/v1/staff/me')).status, 401);
      assert.equal((await fresh.get('/v1/staff/inquiries', bearer(writeToken))).status, 200);
    });
  });

  describe('list and read', () => {
    test('newest first, with the total; every answer is no-store', async () => {
      await seedInquiries();
      const response = await app.get('/v1/staff/inquiries', bearer(readToken));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      assert.equal(response.body.total, SAMPLE.length);
      assert.equal(response.body.page, 1);
      assert.equal(response.body.page_size, 25);
      const received = response.body.items.map((i: { received_at: string }) => i.received_at);
      assert.deepEqual(received, [...received].sort().reverse());
    });

    test('each filter, alone and together', async () => {
      await seedInquiries();
      const topics = async (query: string) => (await list(query)).items.map((i) => `${i.channel}/${i.topic}`).sort();
      assert.deepEqual(await topics('?status=referred,resolved'), ['email/housing', 'outreach/family']);
      assert.deepEqual(await topics('?topic=housing'), ['email/housing', 'web/housing']);
      assert.deepEqual(await topics('?channel=hotline,311'), ['311/benefits', 'hotline/health']);
      // A bare language matches its regional variants; case does not matter.
      assert.deepEqual(await topics('?language=es'), ['311/benefits', 'web/housing']);
      assert.deepEqual(await topics('?language=zh'), ['hotline/health']);
      assert.deepEqual(await topics('?language=ZH-hans,ar'), ['hotline/health', 'outreach/family']);
      assert.deepEqual(await topics('?kind=volunteer'), ['web/volunteer']);
      assert.deepEqual(await topics('?from=2026-02-01&to=2026-03-01'), ['email/housing', 'hotline/health']);
      assert.deepEqual(await topics('?from=2026-03-01T12:00:00Z'), [
        '311/benefits',
        'outreach/family',
        'web/volunteer',
      ]);
      assert.deepEqual(await topics('?topic=housing&channel=email&language=bn&status=referred'), ['email/housing']);
      assert.deepEqual(await topics('?topic=housing&channel=hotline'), []);
    });

    test('q finds a reference in any case and with any separator, and nothing else', async () => {
      const rows = await seedInquiries();
      const reference = rows[2]!.reference;
      for (const typed of [reference, reference.toLowerCase().replace('-', ''), reference.replace('-', ' ')]) {
        const found = await list(`?q=${encodeURIComponent(typed)}`);
        assert.deepEqual(
          found.items.map((i) => i.reference),
          [reference],
          typed,
        );
      }
      const byName = await app.get('/v1/staff/inquiries?q=Ana', bearer(readToken));
      assert.equal(byName.status, 400);
      assert.equal(byName.body.errors[0].path, 'q');
    });

    test('paging', async () => {
      await seedInquiries();
      const pages = [];
      for (const page of [1, 2, 3, 4]) pages.push(await list(`?page=${page}&page_size=2`));
      assert.deepEqual(
        pages.map((p) => p.items.length),
        [2, 2, 2, 0],
      );
      assert.ok(pages.every((p) => p.total === SAMPLE.length && p.page_size === 2));
      const ids = pages.flatMap((p) => p.items.map((i) => i.id));
      assert.equal(new Set(ids).size, SAMPLE.length);
      const filtered = await list('?topic=housing&page=2&page_size=1');
      assert.equal(filtered.total, 2);
      assert.equal(filtered.items.length, 1);
    });

    test('parameters that are not valid are 400 problems naming the field', async () => {
      for (const [query, field] of [
        ['?status=open', 'status'],
        ['?channel=fax', 'channel'],
        ['?from=2026-03-01&to=2026-02-01', 'to'],
        ['?from=yesterday', 'from'],
        ['?page_size=1000', 'page_size'],
        ['?language=español', 'language'],
      ]) {
        const response = await app.get(`/v1/staff/inquiries${query}`, bearer(readToken));
        assert.equal(response.status, 400, query);
        // A list names the item at fault (status.0).
        assert.equal(response.body.errors[0].path.split('.')[0], field, query);
      }
    });

    test('one inquiry by id and by reference, personal fields decrypted for staff', async () => {
      const [web] = await seedInquiries();
      const byId = await app.get(`/v1/staff/inquiries/${web!.id}`, bearer(readToken));
      assert.equal(byId.status, 200);
      assert.equal(byId.headers.get('Cache-Control'), 'no-store');
      assert.equal(byId.body.name, 'Ana Pérez');
      assert.equal(byId.body.email, 'ana@example.org');
      assert.equal(byId.body.message, 'Necesito ayuda con mi contrato');
      const typed = web!.reference.toLowerCase().replace('-', '');
      const byReference = await app.get(`/v1/staff/inquiries/by-reference/${typed}`, bearer(readToken));
      assert.equal(byReference.status, 200);
      assert.deepEqual(byReference.body, byId.body);

      // The database itself holds ciphertext only.
      const raw = await database.db
        .selectFrom('inquiries')
        .selectAll()
        .where('id', '=', web!.id)
        .executeTakeFirstOrThrow();
      for (const column of ['name_enc', 'email_enc', 'message_enc'] as const) {
        assert.match(raw[column]!, /^v1\./);
      }
      assert.doesNotMatch(JSON.stringify(raw), /Ana|ana@example|contrato/);
    });

    test('an inquiry sent through the web form comes back to staff decrypted', async () => {
      const sent = await app.post('/v1/inquiries', {
        topic: 'citizenship',
        message: 'How do I apply?',
        preferred_language: 'en',
        contact_method: 'phone',
        phone: '+1 718 555 0199',
        name: 'Sam',
        consent: true,
        idempotency_key: 'web-form-key-0001',
      });
      assert.equal(sent.status, 201, sent.text);
      const found = await app.get(`/v1/staff/inquiries/by-reference/${sent.body.reference}`, bearer(readToken));
      assert.equal(found.body.phone, '+1 718 555 0199');
      assert.equal(found.body.channel, 'web');
      assert.equal(found.body.logged_by, null);
    });

    test('unknown ids and references are 404; malformed ones 400', async () => {
      await seedInquiries();
      const missing = await app.get('/v1/staff/inquiries/00000000-0000-4000-8000-000000000000', bearer(readToken));
      assert.equal(missing.status, 404);
      assert.equal(missing.headers.get('Cache-Control'), 'no-store');
      assert.equal((await app.get('/v1/staff/inquiries/not-a-uuid', bearer(readToken))).status, 400);
      assert.equal((await app.get('/v1/staff/inquiries/by-reference/AAA-AAA', bearer(readToken))).status, 404);
      // 0, O, 1 and I are never used: this cannot be a code.
      assert.equal((await app.get('/v1/staff/inquiries/by-reference/O01-I00', bearer(readToken))).status, 400);
    });
  });

  describe('PATCH', () => {
    test('status transitions set and clear resolved_at; referral and resolution code', async () => {
      const [first] = await seedInquiries();
      const path = `/v1/staff/inquiries/${first!.id}`;
      const update = async (body: unknown) => {
        const response = await app.patch(path, body, bearer(writeToken));
        assert.equal(response.status, 200, response.text);
        assert.equal(response.headers.get('Cache-Control'), 'no-store');
        return response.body;
      };

      const started = await update({ status: 'in-progress' });
      assert.equal(started.status, 'in-progress');
      assert.equal(started.resolved_at, null);
      assert.ok(started.updated_at > new Date(first!.updated_at).toISOString());

      const noReferral = await app.patch(path, { status: 'referred' }, bearer(writeToken));
      assert.equal(noReferral.status, 400);
      assert.equal(noReferral.body.errors[0].path, 'referral_code');

      const referred = await update({ status: 'referred', referral: 'NYLAG' });
      assert.equal(referred.referral, 'NYLAG');
      assert.equal(referred.resolved_at, null);

      const resolved = await update({ status: 'resolved', resolution_code: 'referred-out' });
      assert.ok(resolved.resolved_at);
      assert.equal(resolved.referral, 'NYLAG', 'fields not sent are kept');
      assert.equal(resolved.resolution_code, 'referred-out');

      const closed = await update({ status: 'closed' });
      assert.equal(closed.resolved_at, resolved.resolved_at, 'closing a resolved inquiry keeps when it was resolved');

      const reopened = await update({ status: 'in-progress', referral: null, resolution_code: null });
      assert.equal(reopened.resolved_at, null);
      assert.equal(reopened.referral, null);
      assert.equal(reopened.resolution_code, null);

      const closedDirectly = await update({ status: 'closed' });
      assert.ok(closedDirectly.resolved_at > resolved.resolved_at);

      // The personal fields are untouched by updates.
      assert.equal(closedDirectly.name, 'Ana Pérez');
    });

    test('an empty or unknown update is 400; an unknown inquiry 404', async () => {
      const [first] = await seedInquiries();
      const empty = await app.patch(`/v1/staff/inquiries/${first!.id}`, {}, bearer(writeToken));
      assert.equal(empty.status, 400);
      const bad = await app.patch(`/v1/staff/inquiries/${first!.id}`, { status: 'done' }, bearer(writeToken));
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].path, 'status');
      const missing = await app.patch(
        '/v1/staff/inquiries/00000000-0000-4000-8000-000000000000',
        { status: 'closed' },
        bearer(writeToken),
      );
      assert.equal(missing.status, 404);
    });
  });

  describe('logging other channels', () => {
    for (const channel of ['hotline', 'email', '311', 'outreach'] as const) {
      test(`logs a ${channel} inquiry, counted with the rest`, async () => {
        const response = await app.post(
          '/v1/staff/inquiries',
          { channel, topic: 'immigration-legal', preferred_language: 'ht', postcode: '11226' },
          bearer(writeToken),
        );
        assert.equal(response.status, 201, response.text);
        assert.equal(response.headers.get('Cache-Control'), 'no-store');
        assert.equal(response.body.channel, channel);
        assert.equal(response.body.kind, 'inquiry');
        assert.equal(response.body.status, 'new');
        assert.equal(response.body.logged_by, 'desk');
        assert.equal(response.body.contact_method, 'none');
        assert.equal(response.body.consent, false);
        assert.match(response.body.reference, /^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
        const counted = await list(`?channel=${channel}&topic=immigration-legal&language=ht`);
        assert.equal(counted.total, 1);
      });
    }

    test('a contact method means consent; only its detail is kept, encrypted', async () => {
      const response = await app.post(
        '/v1/staff/inquiries',
        {
          channel: 'hotline',
          topic: 'housing',
          preferred_language: 'es',
          contact_method: 'phone',
          phone: '+1 347 555 0123',
          email: 'kept-nowhere@example.org',
          name: 'Luis',
          message: 'Called about an eviction notice',
        },
        bearer(writeToken),
      );
      assert.equal(response.status, 201, response.text);
      assert.equal(response.body.consent, true);
      assert.equal(response.body.phone, '+1 347 555 0123');
      assert.equal(response.body.email, null);
      const raw = await database.db
        .selectFrom('inquiries')
        .selectAll()
        .where('id', '=', response.body.id)
        .executeTakeFirstOrThrow();
      assert.match(raw.phone_enc!, /^v1\./);
      assert.doesNotMatch(JSON.stringify(raw), /Luis|eviction|555 0123/);
    });

    test('an inquiry logged as resolved, dated when it came in', async () => {
      const response = await app.post(
        '/v1/staff/inquiries',
        {
          channel: 'outreach',
          topic: 'municipal-id',
          preferred_language: 'bn',
          received_at: '2026-06-05T15:00:00-04:00',
          status: 'resolved',
          resolution_code: 'info-given',
        },
        bearer(writeToken),
      );
      assert.equal(response.status, 201, response.text);
      assert.equal(response.body.received_at, '2026-06-05T19:00:00.000Z');
      assert.equal(response.body.resolved_at, '2026-06-05T19:00:00.000Z');
    });

    test('refuses web as a channel, a future date, and referred without a referral', async () => {
      const base = { topic: 'housing', preferred_language: 'es' };
      const refused = [
        [{ ...base, channel: 'web' }, 'channel'],
        [{ ...base, channel: 'hotline', received_at: new Date(Date.now() + 86_400_000).toISOString() }, 'received_at'],
        [{ ...base, channel: 'hotline', status: 'referred' }, 'referral_code'],
        [{ ...base, channel: 'hotline', contact_method: 'email' }, 'email'],
      ] as const;
      for (const [body, field] of refused) {
        const response = await app.post('/v1/staff/inquiries', body, bearer(writeToken));
        assert.equal(response.status, 400, field);
        assert.equal(response.body.errors[0].path, field);
      }
      assert.equal((await list('')).total, 0);
    });

    test('an Idempotency-Key makes a retry return the first inquiry', async () => {
      const body = { channel: '311', topic: 'benefits', preferred_language: 'es' };
      const headers = { ...bearer(writeToken), 'Idempotency-Key': 'desk-retry-0001' };
      const first = await app.post('/v1/staff/inquiries', body, headers);
      const again = await app.post('/v1/staff/inquiries', body, headers);
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.equal(again.body.id, first.body.id);
      assert.equal((await list('')).total, 1);
    });
  });

  describe('CSV export', () => {
    async function exportCsv(query = '') {
      const response = await app.app.request(`/v1/staff/inquiries.csv${query}`, { headers: bearer(readToken) });
      assert.equal(response.status, 200);
      const bytes = Buffer.from(await response.arrayBuffer());
      return { response, bytes, text: bytes.toString('utf8'), records: parseCsvRecords(bytes.toString('utf8')) };
    }

    test('UTF-8 with BOM, a header row, one row per inquiry, no personal data', async () => {
      const rows = await seedInquiries();
      const { response, bytes, text, records } = await exportCsv();
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.match(response.headers.get('Content-Type')!, /^text\/csv; charset=utf-8/);
      assert.match(
        response.headers.get('Content-Disposition')!,
        /^attachment; filename="inquiries-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      assert.ok(text.endsWith('\r\n'));
      const [header, ...data] = records;
      assert.deepEqual(header, [...EXPORT_COLUMNS]);
      assert.equal(data.length, SAMPLE.length);
      assert.ok(data.every((record) => record.length === EXPORT_COLUMNS.length));
      // Oldest first.
      assert.deepEqual(
        data.map((r) => r[0]),
        rows.map((r) => r.reference),
      );
      for (const secret of ['Ana', 'ana@example.org', 'contrato', '555 0100', 'v1.']) {
        assert.ok(!text.includes(secret), secret);
      }
      const web = Object.fromEntries(header!.map((name, i) => [name, data[0]![i]]));
      assert.deepEqual(web, {
        reference: rows[0]!.reference,
        received_at: '2026-01-15T14:00:00.000Z',
        channel: 'web',
        kind: 'inquiry',
        topic: 'housing',
        preferred_language: 'es',
        status: 'new',
        referral: '',
        referral_code: '',
        resolution_code: '',
        resolved_at: '',
        days_to_resolution: '',
        postcode: '10018',
      });
    });

    test('non-Latin text survives; days_to_resolution counts elapsed days', async () => {
      const [first] = await seedInquiries();
      await database.db
        .updateTable('inquiries')
        .set({ status: 'resolved', referral: 'মহিলা সহায়তা কেন্দ্র', resolved_at: new Date('2026-01-18T02:00:00Z') })
        .where('id', '=', first!.id)
        .execute();
      const { records } = await exportCsv(`?q=${first!.reference}`);
      const header = records[0]!;
      const row = records[1]!;
      assert.equal(row[header.indexOf('referral')], 'মহিলা সহায়তা কেন্দ্র');
      assert.equal(row[header.indexOf('days_to_resolution')], '2.5');
      assert.equal(row[header.indexOf('resolved_at')], '2026-01-18T02:00:00.000Z');
    });

    test('commas, quotes and line breaks are quoted; formulas are defused', async () => {
      const [first, second, third, fourth] = await seedInquiries();
      const tricky = 'Legal Aid, Inc. "Brooklyn"\r\nsecond line';
      const set = (id: string, referral: string, resolution_code: string) =>
        database.db.updateTable('inquiries').set({ referral, resolution_code }).where('id', '=', id).execute();
      await set(first!.id, tricky, 'plain');
      await set(second!.id, '=HYPERLINK("http://evil.example","click")', '+1+1');
      await set(third!.id, '-2+3', '@SUM(A1:A2)');
      await set(fourth!.id, '\t=cmd', 'a=b');
      const { text, records } = await exportCsv();
      assert.ok(text.includes('"Legal Aid, Inc. ""Brooklyn""\r\nsecond line"'));
      const header = records[0]!;
      const byReference = new Map(records.slice(1).map((r) => [r[0], r]));
      const cell = (id: { reference: string }, column: string) =>
        byReference.get(id.reference)![header.indexOf(column)];
      assert.equal(cell(first!, 'referral'), tricky);
      assert.equal(cell(first!, 'resolution_code'), 'plain');
      assert.equal(cell(second!, 'referral'), `'=HYPERLINK("http://evil.example","click")`);
      assert.equal(cell(second!, 'resolution_code'), "'+1+1");
      assert.equal(cell(third!, 'referral'), "'-2+3");
      assert.equal(cell(third!, 'resolution_code'), "'@SUM(A1:A2)");
      assert.equal(cell(fourth!, 'referral'), "'\t=cmd");
      assert.equal(cell(fourth!, 'resolution_code'), 'a=b', 'only a leading character is a formula');
      assert.equal(records.length, SAMPLE.length + 1, 'the line break stayed inside its field');
    });

    test('the list filters apply; no paging', async () => {
      await seedInquiries();
      const { records } = await exportCsv('?topic=housing&from=2026-02-01');
      assert.equal(records.length, 2);
      assert.equal(records[1]![records[0]!.indexOf('channel')], 'email');
      const empty = await exportCsv('?channel=311&status=closed');
      assert.deepEqual(empty.records, [[...EXPORT_COLUMNS]]);
      const bad = await app.get('/v1/staff/inquiries.csv?to=soon', bearer(readToken));
      assert.equal(bad.status, 400);
    });
  });

  test('one live token per name; revoking frees the name; only hashes are stored', async () => {
    const db = database.db;
    await sql`TRUNCATE staff_tokens`.execute(db);
    const { token } = await createStaffToken(db, 'hotline-desk', 'write');
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    await assert.rejects(createStaffToken(db, 'hotline-desk', 'read'), StaffTokenError);
    await assert.rejects(createStaffToken(db, 'has space', 'read'), StaffTokenError);
    const stored = await db.selectFrom('staff_tokens').selectAll().execute();
    assert.equal(stored[0]!.token_hash, hashToken(token));
    assert.ok(!JSON.stringify(stored).includes(token));
    assert.equal(await revokeStaffToken(db, 'hotline-desk'), 1);
    assert.equal(await revokeStaffToken(db, 'hotline-desk'), 0);
    await createStaffToken(db, 'hotline-desk', 'read');
  });

  test('the OpenAPI document declares the bearer or session scheme on every staff route', async () => {
    const document = (await app.get('/v1/openapi.json')).body;
    assert.deepEqual(
      { type: document.components.securitySchemes.staffToken.type, scheme: 'bearer' },
      { type: 'http', scheme: document.components.securitySchemes.staffToken.scheme },
    );
    assert.deepEqual(
      { type: document.components.securitySchemes.staffSession.type, in: 'cookie' },
      { type: 'apiKey', in: document.components.securitySchemes.staffSession.in },
    );
    const staffPaths = Object.entries(document.paths).filter(([path]) => path.startsWith('/v1/staff/'));
    assert.ok(staffPaths.length >= 4);
    for (const [path, operations] of staffPaths) {
      for (const [method, operation] of Object.entries(operations as Record<string, { security?: object[] }>)) {
        const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
        assert.ok(schemes.includes('staffToken') || schemes.includes('staffSession'), `${method} ${path}`);
      }
    }
  });
});

describe('staff tokens', () => {
  test('parseStaffTokens reads name:scope:hash and refuses anything else', () => {
    const hash = hashToken('x');
    assert.deepEqual(parseStaffTokens(` desk:write:${hash.toUpperCase()} , council:read:${hash}`), [
      { name: 'desk', scope: 'write', hash },
      { name: 'council', scope: 'read', hash },
    ]);
    assert.deepEqual(parseStaffTokens(undefined), []);
    assert.deepEqual(parseStaffTokens(''), []);
    for (const bad of [`desk:admin:${hash}`, 'desk:read:abc', `desk:read:${hash}:extra`, `:read:${hash}`]) {
      assert.throws(() => parseStaffTokens(bad), /WW_STAFF_TOKENS entry 1/, bad);
    }
  });

  test('hashToken is SHA-256 hex', () => {
    assert.equal(hashToken('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('the CLI prints the hash for WW_STAFF_TOKENS, from an argument or stdin', async () => {
    const cli = resolve(import.meta.dirname, '../src/cli/staff-token.ts');
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, 'hash', 'abc']);
    assert.equal(stdout.trim(), hashToken('abc'));
    const child = execFile(process.execPath, ['--import', 'tsx', cli, 'hash', '-']);
    child.stdin!.end('abc\n');
    let piped = '';
    child.stdout!.on('data', (chunk: Buffer) => (piped += chunk.toString()));
    await new Promise((done) => child.on('close', done));
    assert.equal(piped.trim(), hashToken('abc'));
    await assert.rejects(run(process.execPath, ['--import', 'tsx', cli, 'frobnicate']), /Usage/);
  });
});
