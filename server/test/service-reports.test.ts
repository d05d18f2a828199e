import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { seededTestApp, testApp, TEST_ORIGIN } from './helpers/app.js';
import { makeAccount, signIn } from './helpers/staff-session.js';

const STAFF_PATH = '/v1/staff/directory/reports';
const crypto = FieldCrypto.ephemeral();

let database: OpenDatabase;
/** A fresh app per test: the reports' limit per client starts again with it. */
let app: ReturnType<typeof testApp>;
let serviceId: string;
let editor: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
let desk: Awaited<ReturnType<typeof signIn>>;

const reportPath = (id = serviceId) => `/v1/services/${id}/reports`;
const report = (extra: Record<string, unknown> = {}) => ({ kind: 'wrong-phone', lang: 'ht', ...extra });

function assertProblem(response: { status: number; body: any }, status: number, type: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.body.type, new RegExp(`/${type}$`));
}

const reportAudit = () =>
  database.db.selectFrom('audit_log').selectAll().where('record_type', '=', 'service-report').execute();
const rows = () => database.db.selectFrom('service_reports').selectAll().orderBy('created_at').execute();

describe(`service reports (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    ({ database } = await seededTestApp());
    const service = await database.db
      .selectFrom('services')
      .select('id')
      .where('status', '=', 'active')
      .orderBy('name')
      .executeTakeFirstOrThrow();
    serviceId = service.id;
  });
  beforeEach(async () => {
    await sql`TRUNCATE service_reports, staff_accounts, staff_sessions, audit_log CASCADE`.execute(database.db);
    app = testApp(database, { crypto, writesPerMinute: 10_000 });
    await makeAccount(database.db, { email: 'eve@office.example', roles: ['editor'], name: 'Eve Editor' });
    await makeAccount(database.db, { email: 'ada@office.example', roles: ['admin'], name: 'Ada Admin' });
    await makeAccount(database.db, { email: 'dev@office.example', roles: ['desk', 'organizer'], name: 'Dev Desk' });
    editor = await signIn(app.post, 'eve@office.example');
    admin = await signIn(app.post, 'ada@office.example');
    desk = await signIn(app.post, 'dev@office.example');
  });
  after(() => database.close());

  test('a report is received (201) with CORS for a partner page, and kept open with its language', async () => {
    const response = await app.post(reportPath(), report({ note: '  The number rings a laundromat.  ' }), {
      Origin: TEST_ORIGIN,
    });
    assert.equal(response.status, 201, response.text);
    assert.deepEqual(Object.keys(response.body).sort(), ['id', 'status']);
    assert.equal(response.body.status, 'received');
    assert.equal(response.headers.get('access-control-allow-origin'), TEST_ORIGIN);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const [row] = await rows();
    assert.equal(row!.id, response.body.id);
    assert.equal(row!.service_id, serviceId);
    assert.deepEqual([row!.kind, row!.locale, row!.status, row!.source], ['wrong-phone', 'ht', 'open', 'visitor']);
  });

  test('the note is encrypted at rest; no note is stored as null', async () => {
    const note = 'Se pa bon nimewo a';
    await app.post(reportPath(), report({ note }));
    await app.post(reportPath(), report({ kind: 'closed', note: '   ' }));
    const [withNote, withoutNote] = await rows();
    assert.ok(withNote!.note, 'stored');
    assert.ok(!withNote!.note.includes('nimewo'), 'not in clear');
    assert.match(withNote!.note, /^v1\./);
    assert.equal(crypto.decrypt(withNote!.note), note);
    assert.equal(withoutNote!.note, null);
  });

  test('the same idempotency key answers 200 with the same id and writes nothing more', async () => {
    const key = randomUUID();
    const first = await app.post(reportPath(), report({ idempotency_key: key }));
    assert.equal(first.status, 201);
    const again = await app.post(reportPath(), report({ idempotency_key: key }), { 'Idempotency-Key': key });
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.id, first.body.id);
    assert.equal((await rows()).length, 1);
    // The key used on another service is refused, naming it.
    const other = await database.db
      .selectFrom('services')
      .select('id')
      .where('id', '!=', serviceId)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    const elsewhere = await app.post(reportPath(other.id), report({ idempotency_key: key }));
    assertProblem(elsewhere, 400, 'invalid-parameters');
    assert.deepEqual(
      elsewhere.body.errors.map((e: { path: string }) => e.path),
      ['idempotency_key'],
    );
  });

  test('an unknown service is a 404; a malformed id a 400', async () => {
    assertProblem(await app.post(reportPath(randomUUID()), report()), 404, 'not-found');
    assertProblem(await app.post(reportPath('not-a-uuid'), report()), 400, 'invalid-parameters');
    assert.equal((await rows()).length, 0);
  });

  test('each invalid field is a 400 naming it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'provider-correction' }, 'kind'],
      [{ kind: 'rude' }, 'kind'],
      [{ kind: undefined }, 'kind'],
      [{ note: 'x'.repeat(1001) }, 'note'],
      [{ note: 42 }, 'note'],
      [{ lang: 'xx' }, 'lang'],
      [{ lang: undefined }, 'lang'],
      [{ idempotency_key: 'short' }, 'idempotency_key'],
      [{ idempotency_key: 'has:colon:inside' }, 'idempotency_key'],
    ];
    for (const [change, field] of cases) {
      const response = await app.post(reportPath(), report(change));
      assertProblem(response, 400, 'invalid-parameters');
      assert.deepEqual(
        response.body.errors.map((e: { path: string }) => e.path),
        [field],
        JSON.stringify(change),
      );
    }
    const differing = await app.post(reportPath(), report({ idempotency_key: 'abcdefgh1' }), {
      'Idempotency-Key': 'abcdefgh2',
    });
    assert.deepEqual(
      differing.body.errors.map((e: { path: string }) => e.path),
      ['idempotency_key'],
    );
    // The longest note is allowed.
    assert.equal((await app.post(reportPath(), report({ note: 'n'.repeat(1000) }))).status, 201);
    assert.equal((await rows()).length, 1);
  });

  test('a client gets 5 reports per 10 minutes, then 429 report-rate-limited with Retry-After', async () => {
    const key = randomUUID();
    const statuses = [(await app.post(reportPath(), report({ idempotency_key: key }))).status];
    // A repeat of a report made is not a new one: it does not count; nor does a refused one.
    statuses.push((await app.post(reportPath(), report({ idempotency_key: key }))).status);
    statuses.push((await app.post(reportPath(), report({ kind: 'nonsense' }))).status);
    for (let i = 0; i < 4; i++) statuses.push((await app.post(reportPath(), report())).status);
    assert.deepEqual(statuses, [201, 200, 400, 201, 201, 201, 201]);
    const refused = await app.post(reportPath(), report());
    assertProblem(refused, 429, 'report-rate-limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 500 && retryAfter <= 600, `Retry-After ${retryAfter}`);
    assert.equal((await rows()).length, 5);
  });

  test('editors and admins list open reports with notes decrypted; the view is audited', async () => {
    const made = await app.post(reportPath(), report({ note: 'Nimewo a pa mache' }));
    await app.post(reportPath(), report({ kind: 'unsafe-or-scam' }));
    const list = await app.get(STAFF_PATH, editor.read);
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.total, 2);
    const [first] = list.body.items;
    assert.equal(first.id, made.body.id);
    assert.equal(first.note, 'Nimewo a pa mache');
    assert.equal(first.kind, 'wrong-phone');
    assert.equal(first.locale, 'ht');
    assert.equal(first.source, 'visitor');
    assert.equal(first.status, 'open');
    assert.equal(first.proposed, null);
    assert.equal(first.service_id, serviceId);
    assert.ok(first.service_name);
    assert.equal((await app.get(`${STAFF_PATH}?status=closed`, admin.read)).body.total, 0);
    assert.equal((await app.get(`${STAFF_PATH}?service_id=${randomUUID()}`, admin.read)).body.total, 0);
    assertProblem(await app.get(`${STAFF_PATH}?status=maybe`, admin.read), 400, 'invalid-parameters');
    const audit = await reportAudit();
    assert.deepEqual(audit.map((entry) => [entry.actor, entry.action, entry.record_type, entry.fields]).sort(), [
      ['Ada Admin', 'view', 'service-report', ['note']],
      ['Ada Admin', 'view', 'service-report', ['note']],
      ['Eve Editor', 'view', 'service-report', ['note']],
    ]);
  });

  test('closing without change: 200, off the open list, who and when kept, audited; twice is a 409', async () => {
    const made = await app.post(reportPath(), report());
    const path = `${STAFF_PATH}/${made.body.id}/close`;
    const closed = await app.post(path, { resolution: 'no-change' }, editor.write);
    assert.equal(closed.status, 200, closed.text);
    assert.equal(closed.body.status, 'closed');
    assert.equal(closed.body.resolution, 'no-change');
    assert.equal(closed.body.closed_by, 'Eve Editor');
    assert.ok(Math.abs(Date.parse(closed.body.closed_at) - Date.now()) < 60_000);
    assert.equal((await app.get(STAFF_PATH, editor.read)).body.total, 0);
    assert.equal((await app.get(`${STAFF_PATH}?status=closed`, editor.read)).body.items[0].id, made.body.id);
    const change = (await reportAudit()).find((entry) => entry.action === 'change')!;
    assert.deepEqual(
      [change.actor, change.record_type, change.record_id, change.fields],
      ['Eve Editor', 'service-report', made.body.id, ['status', 'resolution']],
    );
    assertProblem(await app.post(path, { resolution: 'no-change' }, admin.write), 409, 'report-closed');
    assertProblem(
      await app.post(`${STAFF_PATH}/${randomUUID()}/close`, { resolution: 'no-change' }, admin.write),
      404,
      'not-found',
    );
    assertProblem(await app.post(path, { resolution: 'fixed' }, admin.write), 400, 'invalid-parameters');
  });

  test('a desk-only account gets 403, no session 401, and a write without the CSRF token is refused', async () => {
    const made = await app.post(reportPath(), report());
    const path = `${STAFF_PATH}/${made.body.id}/close`;
    assertProblem(await app.get(STAFF_PATH), 401, 'unauthorized');
    assertProblem(await app.get(STAFF_PATH, desk.read), 403, 'forbidden');
    assertProblem(await app.post(path, { resolution: 'no-change' }, desk.write), 403, 'forbidden');
    assert.equal((await app.post(path, { resolution: 'no-change' }, editor.read)).status, 403);
    assert.equal((await rows())[0]!.status, 'open');
    assert.deepEqual(await reportAudit(), [], 'nothing shown, nothing audited');
  });
});
