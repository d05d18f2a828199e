import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { seededTestApp, TEST_ORIGIN, testApp } from './helpers/app.js';
import { cookieOf, makeAccount, PASSWORD, signIn } from './helpers/staff-session.js';

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let anaId: string;

const OWN_ORIGIN = 'http://localhost';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const sessionRows = () => database.db.selectFrom('staff_sessions').selectAll().execute();

function assertProblem(response: { status: number; body: { type: string } }, status: number, type: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.body.type, new RegExp(`/${type}$`));
}

describe(`staff security (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp();
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE staff_accounts, staff_sessions, staff_tokens, audit_log, inquiries CASCADE`.execute(database.db);
    anaId = await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'], name: 'Ana' });
    await makeAccount(database.db, { email: 'boss@office.example', roles: ['admin'], name: 'Boss' });
  });
  after(() => database.close());

  test('no session: 401 unauthorized; a cookie of no session: 401 session-expired, and it is cleared', async () => {
    assertProblem(await app.get('/v1/staff/me'), 401, 'unauthorized');
    assertProblem(await app.get('/v1/staff/inquiries'), 401, 'unauthorized');
    const made = await app.get('/v1/staff/me', { Cookie: `ww_staff=${'a'.repeat(43)}` });
    assertProblem(made, 401, 'session-expired');
    assert.match(made.headers.get('Set-Cookie')!, /^ww_staff=; Max-Age=0/);
  });

  test('a session idle past WW_STAFF_IDLE_MINUTES, or 12 hours old, is refused as session-expired', async () => {
    const idle = await signIn(app.post, 'ana@office.example');
    await database.db
      .updateTable('staff_sessions')
      .set({ last_seen_at: minutesAgo(31) })
      .execute();
    assertProblem(await app.get('/v1/staff/me', idle.read), 401, 'session-expired');
    assert.equal((await sessionRows()).length, 0, 'an ended session is deleted');

    const old = await signIn(app.post, 'ana@office.example');
    await database.db
      .updateTable('staff_sessions')
      .set({ expires_at: minutesAgo(1) })
      .execute();
    assertProblem(await app.get('/v1/staff/me', old.read), 401, 'session-expired');

    // A shorter idle timeout is honoured, and a session in use stays alive.
    const strict = testApp(database, { staffIdleMinutes: 5 });
    const busy = await signIn(strict.post, 'ana@office.example');
    await database.db
      .updateTable('staff_sessions')
      .set({ last_seen_at: minutesAgo(4) })
      .execute();
    assert.equal((await strict.get('/v1/staff/me', busy.read)).status, 200);
    const [touched] = await sessionRows();
    assert.ok(Date.now() - new Date(touched!.last_seen_at).getTime() < 10_000, 'use refreshes last_seen_at');
    await database.db
      .updateTable('staff_sessions')
      .set({ last_seen_at: minutesAgo(6) })
      .execute();
    assertProblem(await strict.get('/v1/staff/me', busy.read), 401, 'session-expired');
  });

  test('last_seen_at is written at most once a minute', async () => {
    const session = await signIn(app.post, 'ana@office.example');
    const recent = new Date(Date.now() - 20_000);
    await database.db.updateTable('staff_sessions').set({ last_seen_at: recent }).execute();
    assert.equal((await app.get('/v1/staff/me', session.read)).status, 200);
    const [row] = await sessionRows();
    assert.equal(new Date(row!.last_seen_at).getTime(), recent.getTime());
  });

  test('a role that does not allow it: 403 (a desk account on admin routes)', async () => {
    const desk = await signIn(app.post, 'ana@office.example');
    assertProblem(await app.get('/v1/staff/accounts', desk.read), 403, 'forbidden');
    assertProblem(await app.get('/v1/staff/audit', desk.read), 403, 'forbidden');
    const create = await app.post(
      '/v1/staff/accounts',
      { email: 'x@office.example', display_name: 'X', roles: ['admin'] },
      desk.write,
    );
    assertProblem(create, 403, 'forbidden');
    const promote = await app.patch(`/v1/staff/accounts/${anaId}`, { roles: ['admin'] }, desk.write);
    assertProblem(promote, 403, 'forbidden');
    assert.deepEqual((await app.get('/v1/staff/me', desk.read)).body.roles, ['desk']);
  });

  test('CSRF: a write with the cookie needs the session token and no foreign Origin', async () => {
    const admin = await signIn(app.post, 'boss@office.example');
    const path = `/v1/staff/accounts/${anaId}`;
    const change = { display_name: 'Ana M.' };
    assertProblem(await app.patch(path, change, admin.read), 403, 'csrf');
    assertProblem(await app.patch(path, change, { ...admin.read, 'X-CSRF-Token': 'x'.repeat(43) }), 403, 'csrf');
    const other = await signIn(app.post, 'ana@office.example');
    const crossed = { ...admin.read, 'X-CSRF-Token': other.me.csrf_token };
    assertProblem(await app.patch(path, change, crossed), 403, 'csrf');
    assertProblem(await app.patch(path, change, { ...admin.write, Origin: 'https://evil.example' }), 403, 'csrf');
    assertProblem(await app.patch(path, change, { ...admin.write, Origin: 'null' }), 403, 'csrf');
    // The desk's inquiries API is guarded the same way.
    const desk = await signIn(app.post, 'ana@office.example');
    const call = { channel: 'hotline', topic: 'work', preferred_language: 'ht' };
    assertProblem(await app.post('/v1/staff/inquiries', call, desk.read), 403, 'csrf');
    assert.equal((await database.db.selectFrom('inquiries').selectAll().execute()).length, 0);
    const name = await database.db.selectFrom('staff_accounts').select('display_name').where('id', '=', anaId);
    assert.equal((await name.executeTakeFirstOrThrow()).display_name, 'Ana');

    const ok = await app.patch(path, change, { ...admin.write, Origin: OWN_ORIGIN });
    assert.equal(ok.status, 200, ok.text);
    assert.equal((await app.post('/v1/staff/inquiries', call, desk.write)).status, 201);
    // Reads need no token.
    assert.equal((await app.get('/v1/staff/accounts', admin.read)).status, 200);
  });

  test('a sign-in posted from another site is refused (login CSRF)', async () => {
    const response = await app.post(
      '/staff/auth/login',
      { email: 'ana@office.example', password: PASSWORD },
      { Origin: 'https://evil.example' },
    );
    assertProblem(response, 403, 'csrf');
    assert.equal(response.headers.get('Set-Cookie'), null);
  });

  test('session fixation: a cookie sent before sign-in is never the session after it', async () => {
    const planted = `ww_staff=${'P'.repeat(43)}`;
    const response = await app.post(
      '/staff/auth/login',
      { email: 'ana@office.example', password: PASSWORD },
      { Cookie: planted },
    );
    assert.equal(response.status, 200);
    assert.notEqual(cookieOf(response), planted);
    assertProblem(await app.get('/v1/staff/me', { Cookie: planted }), 401, 'session-expired');

    // A real earlier session sent along with a new sign-in ends; only the new one works.
    const earlier = cookieOf(response);
    const again = await app.post(
      '/staff/auth/login',
      { email: 'boss@office.example', password: PASSWORD },
      { Cookie: earlier },
    );
    assert.notEqual(cookieOf(again), earlier);
    assertProblem(await app.get('/v1/staff/me', { Cookie: earlier }), 401, 'session-expired');
    const me = await app.get('/v1/staff/me', { Cookie: cookieOf(again) });
    assert.equal(me.body.display_name, 'Boss');
    assert.equal((await sessionRows()).length, 1);
  });

  test('brute force on an account: locked after 5 failures for 15 minutes, even for the right password', async () => {
    const fresh = testApp(database);
    const wrong = { email: 'ana@office.example', password: 'not the password' };
    for (let i = 1; i <= 4; i++) assertProblem(await fresh.post('/staff/auth/login', wrong), 401, 'sign-in-failed');
    const fifth = await fresh.post('/staff/auth/login', wrong);
    assertProblem(fifth, 429, 'locked');
    const retryAfter = Number(fifth.headers.get('Retry-After'));
    assert.ok(retryAfter > 14 * 60 && retryAfter <= 15 * 60, String(retryAfter));
    const right = await fresh.post('/staff/auth/login', { email: 'ana@office.example', password: PASSWORD });
    assertProblem(right, 429, 'locked');
    assert.equal(right.headers.get('Set-Cookie'), null);
    // Another account is not affected; when the lock ends, the right password works again.
    assert.equal(
      (await fresh.post('/staff/auth/login', { email: 'boss@office.example', password: PASSWORD })).status,
      200,
    );
    await database.db
      .updateTable('staff_accounts')
      .set({ locked_until: minutesAgo(1) })
      .execute();
    assert.equal(
      (await fresh.post('/staff/auth/login', { email: 'ana@office.example', password: PASSWORD })).status,
      200,
    );
    const [row] = await database.db
      .selectFrom('staff_accounts')
      .select('failed_attempts')
      .where('id', '=', anaId)
      .execute();
    assert.equal(row!.failed_attempts, 0);
  });

  test('brute force from one client: 20 failures a minute, then 429 even for a right password', async () => {
    const fresh = testApp(database);
    for (let i = 0; i < 20; i++) {
      const guess = await fresh.post('/staff/auth/login', {
        email: `guess${i}@office.example`,
        password: 'guess guess',
      });
      assertProblem(guess, 401, 'sign-in-failed');
    }
    const limited = await fresh.post('/staff/auth/login', { email: 'guess@office.example', password: 'guess guess' });
    assertProblem(limited, 429, 'locked');
    assert.ok(Number(limited.headers.get('Retry-After')) > 0);
    const right = await fresh.post('/staff/auth/login', { email: 'ana@office.example', password: PASSWORD });
    assertProblem(right, 429, 'locked');
  });

  test('sign out everywhere ends every session of the account, and only of that account', async () => {
    const laptop = await signIn(app.post, 'ana@office.example');
    const tablet = await signIn(app.post, 'ana@office.example');
    const boss = await signIn(app.post, 'boss@office.example');
    assertProblem(await app.post('/v1/staff/me/sign-out-everywhere', {}, tablet.read), 403, 'csrf');
    assert.equal((await app.post('/v1/staff/me/sign-out-everywhere', {}, tablet.write)).status, 204);
    assertProblem(await app.get('/v1/staff/me', laptop.read), 401, 'session-expired');
    assertProblem(await app.get('/v1/staff/me', tablet.read), 401, 'session-expired');
    assert.equal((await app.get('/v1/staff/me', boss.read)).status, 200);
  });

  test('a disabled account is refused at once, by an admin or straight in the database', async () => {
    const ana = await signIn(app.post, 'ana@office.example');
    const admin = await signIn(app.post, 'boss@office.example');
    assert.equal((await app.get('/v1/staff/me', ana.read)).status, 200);
    assert.equal((await app.patch(`/v1/staff/accounts/${anaId}`, { disabled: true }, admin.write)).status, 200);
    assertProblem(await app.get('/v1/staff/me', ana.read), 401, 'session-expired');

    // Even when a session row outlives the flag (set by hand), the account's state decides.
    await database.db.updateTable('staff_accounts').set({ disabled_at: null }).execute();
    const again = await signIn(app.post, 'ana@office.example');
    await database.db.updateTable('staff_accounts').set({ disabled_at: new Date() }).where('id', '=', anaId).execute();
    assertProblem(await app.get('/v1/staff/me', again.read), 401, 'session-expired');
  });

  test('the public routes set no cookie, with or without a session cookie sent', async () => {
    const session = await signIn(app.post, 'ana@office.example');
    for (const headers of [{}, session.read]) {
      const services = await app.get('/v1/services', { Origin: TEST_ORIGIN, ...headers });
      assert.equal(services.status, 200);
      assert.equal(services.headers.get('Set-Cookie'), null);
      const inquiry = await app.post(
        '/v1/inquiries',
        {
          topic: 'municipal-id',
          message: 'Necesito una cita para IDNYC',
          preferred_language: 'es',
          contact_method: 'none',
          consent: false,
          channel: 'web',
          idempotency_key: `security-${Date.now()}-${Object.keys(headers).length}`,
        },
        { Origin: TEST_ORIGIN, ...headers },
      );
      assert.equal(inquiry.status, 201, inquiry.text);
      assert.equal(inquiry.headers.get('Set-Cookie'), null);
      assert.notEqual(inquiry.headers.get('Access-Control-Allow-Credentials'), 'true');
    }
  });
});
