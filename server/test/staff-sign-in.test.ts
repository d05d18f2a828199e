import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import type { OpenDatabase } from '../src/db/database.js';
import { DEMO_EMAIL, prepareDemoSignIn } from '../src/staff/demo-sign-in.js';
import { hashPassword, verifyPassword } from '../src/staff/passwords.js';
import { signInConfig } from '../src/staff/sign-in-config.js';
import { deleteEndedSessions, hashSessionId } from '../src/staff/sessions.js';
import { createStaffToken } from '../src/staff/tokens.js';
import { seededTestApp, testApp } from './helpers/app.js';
import { cookieOf, makeAccount, PASSWORD, signIn } from './helpers/staff-session.js';

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;

const codeAt = (secret: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });

async function auditOf(action: string) {
  return database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

describe(`staff sign-in (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp();
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE staff_accounts, staff_sessions, staff_tokens, audit_log, staff_login_flows CASCADE`.execute(
      database.db,
    );
  });
  after(() => database.close());

  test('passwords: scrypt with a salt each, compared right, and an unknown hash answers false', async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    assert.match(first, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.notEqual(first, second, 'a new salt each time');
    assert.equal(await verifyPassword(PASSWORD, first), true);
    assert.equal(await verifyPassword(`${PASSWORD}!`, first), false);
    assert.equal(await verifyPassword(PASSWORD, null), false);
    assert.equal(await verifyPassword(PASSWORD, 'not a hash'), false);
  });

  test('the config says what sign-in offers', async () => {
    const response = await app.get('/staff/auth/config');
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { oidc: false, local: true, idle_minutes: 30 });
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
  });

  test('a sign-in sets an HttpOnly, SameSite=Strict cookie whose hash alone is stored; /v1/staff/me reads it', async () => {
    const id = await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'], name: 'Ana' });
    const response = await app.post('/staff/auth/login', { email: ' ANA@office.example ', password: PASSWORD });
    assert.equal(response.status, 200, response.text);
    const setCookie = response.headers.get('Set-Cookie')!;
    assert.match(setCookie, /^ww_staff=[\w-]{43};/);
    assert.match(setCookie, /; HttpOnly/);
    assert.match(setCookie, /; SameSite=Strict/);
    assert.match(setCookie, /; Path=\//);
    assert.doesNotMatch(setCookie, /Secure|Max-Age|Domain/i, 'plain HTTP: not Secure; ends with the browser');
    assert.equal(response.body.id, id);
    assert.equal(response.body.via, 'session');
    assert.deepEqual(response.body.roles, ['desk']);
    assert.equal(response.body.totp, false);
    assert.equal(response.body.idle_minutes, 30);
    assert.match(response.body.csrf_token, /^[\w-]{43}$/);

    const value = cookieOf(response).split('=')[1]!;
    const rows = await database.db.selectFrom('staff_sessions').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.id_hash, hashSessionId(value));
    assert.ok(!JSON.stringify(rows).includes(value), 'the cookie value is not stored');
    assert.equal(new Date(rows[0]!.expires_at).getTime() - new Date(rows[0]!.created_at).getTime(), 12 * 3600_000);

    const me = await app.get('/v1/staff/me', { Cookie: cookieOf(response) });
    assert.equal(me.status, 200, me.text);
    assert.deepEqual(me.body, response.body);
    assert.equal(me.headers.get('Cache-Control'), 'no-store');
    const [audit] = await auditOf('sign-in');
    assert.deepEqual(
      [audit!.actor, audit!.actor_account_id, audit!.record_type, audit!.record_id, audit!.fields],
      ['Ana', id, 'account', id, ['password']],
    );
  });

  test('over HTTPS the cookie is Secure with the __Host- prefix', async () => {
    const https = testApp(database, { publicUrl: 'https://desk.example.gov' });
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const response = await https.post('/staff/auth/login', { email: 'ana@office.example', password: PASSWORD });
    const setCookie = response.headers.get('Set-Cookie')!;
    assert.match(setCookie, /^__Host-ww_staff=[\w-]{43};/);
    assert.match(setCookie, /; Secure/);
    assert.match(setCookie, /; Path=\//);
    assert.doesNotMatch(setCookie, /Domain/i);
    assert.equal((await https.get('/v1/staff/me', { Cookie: cookieOf(response) })).status, 200);
    // The plain name is not read over HTTPS: a subdomain could have set it.
    const plain = cookieOf(response).replace('__Host-', '');
    assert.equal((await https.get('/v1/staff/me', { Cookie: plain })).status, 401);
  });

  test('behind a trusted proxy, X-Forwarded-Proto: https makes the cookie Secure; from anyone else it is ignored', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const login = () =>
      app.post(
        '/staff/auth/login',
        { email: 'ana@office.example', password: PASSWORD },
        { 'X-Forwarded-Proto': 'https' },
      );
    assert.match((await login()).headers.get('Set-Cookie')!, /^ww_staff=/);
    process.env.WW_TRUST_PROXY = '1';
    try {
      const behindProxy = await login();
      assert.match(behindProxy.headers.get('Set-Cookie')!, /^__Host-ww_staff=.*; Secure/);
      // The origin writes must come from is then https too.
      const session = { Cookie: cookieOf(behindProxy), 'X-CSRF-Token': behindProxy.body.csrf_token };
      const headers = { ...session, 'X-Forwarded-Proto': 'https' };
      const wrongScheme = await app.post(
        '/v1/staff/me/sign-out-everywhere',
        {},
        { ...headers, Origin: 'http://localhost' },
      );
      assert.equal(wrongScheme.status, 403);
      const ok = await app.post('/v1/staff/me/sign-out-everywhere', {}, { ...headers, Origin: 'https://localhost' });
      assert.equal(ok.status, 204);
      assert.match(ok.headers.get('Set-Cookie')!, /^__Host-ww_staff=; Max-Age=0/);
    } finally {
      delete process.env.WW_TRUST_PROXY;
    }
  });

  test('ended sessions are swept: idle or past 12 hours', async () => {
    const id = await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const now = Date.now();
    const row = (hash: string, lastSeenMinutesAgo: number, expiresInMinutes: number) => ({
      id_hash: hash,
      account_id: id,
      csrf_token: 'x',
      last_seen_at: new Date(now - lastSeenMinutesAgo * 60_000),
      expires_at: new Date(now + expiresInMinutes * 60_000),
    });
    await database.db
      .insertInto('staff_sessions')
      .values([row('live', 1, 60), row('idle', 31, 60), row('old', 1, -1)])
      .execute();
    await deleteEndedSessions(database.db, 30);
    const left = await database.db.selectFrom('staff_sessions').select('id_hash').execute();
    assert.deepEqual(left, [{ id_hash: 'live' }]);
  });

  test('an unknown email and a wrong password get the same answer; both are audited', async () => {
    const id = await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const unknown = await app.post('/staff/auth/login', { email: 'nobody@office.example', password: PASSWORD });
    const wrong = await app.post('/staff/auth/login', { email: 'ana@office.example', password: 'wrong password!' });
    for (const response of [unknown, wrong]) {
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('Set-Cookie'), null);
      assert.match(response.headers.get('Content-Type')!, /application\/problem\+json/);
    }
    assert.deepEqual(unknown.body, wrong.body);
    assert.match(wrong.body.type, /\/sign-in-failed$/);
    const failures = await auditOf('sign-in-failed');
    assert.deepEqual(
      failures.map((row) => [row.actor, row.record_type, row.record_id]),
      [
        ['anonymous', 'account', null],
        ['anonymous', 'account', id],
      ],
    );
  });

  test('a set-up link sets a password once, signs in, and expires', async () => {
    const admin = await makeAccount(database.db, { email: 'boss@office.example', roles: ['admin'] });
    const session = await signIn(app.post, 'boss@office.example');
    const created = await app.post(
      '/v1/staff/accounts',
      { email: 'Li@Office.example', display_name: 'Li Wei', roles: ['desk', 'organizer'], location_ids: ['loc-1'] },
      session.write,
    );
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.account.email, 'li@office.example');
    assert.deepEqual(created.body.account.roles, ['desk', 'organizer']);
    const url = new URL(created.body.setup_url);
    assert.equal(url.origin + url.pathname, 'http://localhost/staff/');
    const token = url.hash.replace('#setup=', '');
    assert.match(token, /^[\w-]{43}$/);

    const short = await app.post('/staff/auth/setup', { token, password: 'short' });
    assert.equal(short.status, 400);
    assert.equal(short.body.errors[0].path, 'password');
    const done = await app.post('/staff/auth/setup', { token, password: 'a long enough passphrase' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.display_name, 'Li Wei');
    assert.ok(done.headers.get('Set-Cookie'));
    const again = await app.post('/staff/auth/setup', { token, password: 'another long passphrase' });
    assert.equal(again.status, 400);
    assert.match(again.body.type, /\/setup-link-invalid$/);
    const login = await app.post('/staff/auth/login', {
      email: 'li@office.example',
      password: 'a long enough passphrase',
    });
    assert.equal(login.status, 200);

    // A renewed link replaces the old one; an expired one is refused.
    const first = await app.post(`/v1/staff/accounts/${created.body.account.id}/setup-link`, {}, session.write);
    const second = await app.post(`/v1/staff/accounts/${created.body.account.id}/setup-link`, {}, session.write);
    const tokenOf = (response: { body: { setup_url: string } }) => response.body.setup_url.split('#setup=')[1]!;
    const stale = await app.post('/staff/auth/setup', { token: tokenOf(first), password: 'yet another passphrase' });
    assert.equal(stale.status, 400);
    await database.db
      .updateTable('staff_accounts')
      .set({ setup_expires_at: new Date(Date.now() - 1000) })
      .execute();
    const expired = await app.post('/staff/auth/setup', { token: tokenOf(second), password: 'yet another passphrase' });
    assert.equal(expired.status, 400);
    assert.match(expired.body.type, /\/setup-link-invalid$/);

    const audit = await app.get('/v1/staff/audit?record_type=account&page_size=50', session.read);
    assert.equal(audit.status, 200, audit.text);
    const actions = audit.body.items.map((item: { action: string; actor: string; fields: string[] }) =>
      [item.action, item.actor, item.fields.join(',')].join(' '),
    );
    assert.ok(actions.includes('create boss email,display_name,roles,location_ids'), actions.join('\n'));
    assert.ok(actions.includes('account Li Wei password'));
    assert.ok(actions.includes('account boss setup_link'));
    assert.ok(audit.body.items.every((item: { record_id: string }) => item.record_id !== 'li@office.example'));
    void admin;
  });

  test('TOTP: enrol, confirm, then sign-in needs a code, and a code works once', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const session = await signIn(app.post, 'ana@office.example');
    const enrolment = await app.post('/v1/staff/me/totp', {}, session.write);
    assert.equal(enrolment.status, 200, enrolment.text);
    assert.match(enrolment.body.uri, /^otpauth:\/\/totp\//);
    const secret = enrolment.body.secret as string;
    const stored = await database.db.selectFrom('staff_accounts').select('totp_pending_enc').executeTakeFirstOrThrow();
    assert.ok(stored.totp_pending_enc && !stored.totp_pending_enc.includes(secret), 'encrypted at rest');

    const wrongConfirm = await app.post('/v1/staff/me/totp/confirm', { code: '000000' }, session.write);
    assert.equal(wrongConfirm.status, 400);
    // Kept, not computed again below: a 30-second boundary between the two would make it another step's code.
    const confirming = codeAt(secret);
    assert.equal((await app.post('/v1/staff/me/totp/confirm', { code: confirming }, session.write)).status, 204);
    assert.equal((await app.get('/v1/staff/me', session.read)).body.totp, true);

    const credentials = { email: 'ana@office.example', password: PASSWORD };
    const noCode = await app.post('/staff/auth/login', credentials);
    assert.equal(noCode.status, 401);
    assert.match(noCode.body.type, /\/code-required$/);
    const wrongCode = await app.post('/staff/auth/login', { ...credentials, code: '12345x' });
    assert.equal(wrongCode.status, 401);
    assert.match(wrongCode.body.type, /\/sign-in-failed$/);
    assert.equal(wrongCode.body.field, 'code');
    // The confirming code's time step is used: it cannot sign in.
    const replayConfirm = await app.post('/staff/auth/login', { ...credentials, code: confirming });
    assert.equal(replayConfirm.status, 401);
    assert.equal(replayConfirm.body.field, 'code');
    const next = codeAt(secret, 30);
    const withCode = await app.post('/staff/auth/login', { ...credentials, code: next });
    assert.equal(withCode.status, 200, withCode.text);
    const replay = await app.post('/staff/auth/login', { ...credentials, code: next });
    assert.equal(replay.status, 401, 'the same code twice');
    assert.equal(replay.body.field, 'code');

    const removeWrong = await app.send('DELETE', '/v1/staff/me/totp', { code: '000000' }, session.write);
    assert.equal(removeWrong.status, 400);
    await database.db.updateTable('staff_accounts').set({ totp_last_step: null }).execute();
    const removed = await app.send('DELETE', '/v1/staff/me/totp', { code: codeAt(secret) }, session.write);
    assert.equal(removed.status, 204, removed.text);
    assert.equal((await app.post('/staff/auth/login', credentials)).status, 200);
  });

  test('sign-out ends the session and clears the cookie; it needs the CSRF token', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const session = await signIn(app.post, 'ana@office.example');
    const forged = await app.post('/staff/auth/logout', {}, session.read);
    assert.equal(forged.status, 403);
    assert.match(forged.body.type, /\/csrf$/);
    const out = await app.post('/staff/auth/logout', {}, session.write);
    assert.equal(out.status, 204);
    assert.match(out.headers.get('Set-Cookie')!, /^ww_staff=; Max-Age=0/);
    assert.equal((await database.db.selectFrom('staff_sessions').selectAll().execute()).length, 0);
    const me = await app.get('/v1/staff/me', session.read);
    assert.equal(me.status, 401);
    assert.match(me.body.type, /\/session-expired$/);
    assert.equal((await auditOf('sign-out')).length, 1);
  });

  test('a bearer token is shown as a token on /v1/staff/me', async () => {
    const { token } = await createStaffToken(database.db, 'script', 'read');
    const me = await app.get('/v1/staff/me', { Authorization: `Bearer ${token}` });
    assert.equal(me.status, 200);
    assert.deepEqual(
      [me.body.id, me.body.email, me.body.display_name, me.body.roles, me.body.via, me.body.csrf_token],
      [null, null, 'script', ['desk'], 'token', null],
    );
  });

  test('admins manage accounts: list, change, refuse a taken email; disabling ends sessions', async () => {
    await makeAccount(database.db, { email: 'boss@office.example', roles: ['admin'], name: 'Boss' });
    const ana = await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'], name: 'Ana' });
    const admin = await signIn(app.post, 'boss@office.example');
    const anaSession = await signIn(app.post, 'ana@office.example');

    const list = await app.get('/v1/staff/accounts', admin.read);
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.items.map((a: { display_name: string }) => a.display_name),
      ['Ana', 'Boss'],
    );
    assert.ok(!list.text.includes('scrypt'), 'no hash in the answer');
    const taken = await app.post(
      '/v1/staff/accounts',
      { email: 'ANA@office.example', display_name: 'Ana 2', roles: ['desk'] },
      admin.write,
    );
    assert.equal(taken.status, 409);
    assert.match(taken.body.type, /\/account-exists$/);
    const badRole = await app.post(
      '/v1/staff/accounts',
      { email: 'x@office.example', display_name: 'X', roles: ['root'] },
      admin.write,
    );
    assert.equal(badRole.status, 400);

    const changed = await app.patch(`/v1/staff/accounts/${ana}`, { roles: ['desk', 'editor'] }, admin.write);
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual(changed.body.roles, ['desk', 'editor']);
    assert.deepEqual((await app.get('/v1/staff/me', anaSession.read)).body.roles, ['desk', 'editor']);

    const disabled = await app.patch(`/v1/staff/accounts/${ana}`, { disabled: true }, admin.write);
    assert.equal(disabled.status, 200);
    assert.ok(disabled.body.disabled_at);
    assert.equal((await app.get('/v1/staff/me', anaSession.read)).status, 401);
    const login = await app.post('/staff/auth/login', { email: 'ana@office.example', password: PASSWORD });
    assert.equal(login.status, 401, 'a disabled account cannot sign in');
    assert.match(login.body.type, /\/sign-in-failed$/);
    const missing = await app.patch('/v1/staff/accounts/00000000-0000-4000-8000-000000000000', {}, admin.write);
    assert.equal(missing.status, 404);
  });

  test('the audit log pages newest first and filters', async () => {
    await makeAccount(database.db, { email: 'boss@office.example', roles: ['admin'], name: 'Boss' });
    const admin = await signIn(app.post, 'boss@office.example');
    for (let i = 0; i < 5; i++) {
      await database.db
        .insertInto('audit_log')
        .values({ actor: 'Ana', action: 'view', record_type: 'inquiry', record_id: `r${i}`, fields: ['name'] })
        .execute();
    }
    const page = await app.get('/v1/staff/audit?record_type=inquiry&page=2&page_size=2', admin.read);
    assert.equal(page.status, 200, page.text);
    assert.equal(page.body.total, 5);
    assert.deepEqual(
      page.body.items.map((item: { record_id: string }) => item.record_id),
      ['r2', 'r1'],
    );
    const one = await app.get('/v1/staff/audit?record_id=r4&actor=Ana', admin.read);
    assert.equal(one.body.total, 1);
    assert.deepEqual(one.body.items[0].fields, ['name']);
    assert.equal((await app.get('/v1/staff/audit?page_size=1000', admin.read)).status, 400);
  });

  test('demo sign-in: one-time, all four roles, and absent without --demo', async () => {
    const demo = testApp(database, { demoSignIn: true });
    const token = await prepareDemoSignIn(database.db);
    assert.equal(
      (await app.post('/staff/auth/demo', { token })).status,
      404,
      'a server started without a demo sign-in has none',
    );
    const response = await demo.post('/staff/auth/demo', { token });
    assert.equal(response.status, 200, response.text);
    assert.equal(response.body.email, DEMO_EMAIL);
    assert.equal(response.body.display_name, 'Demo staff');
    assert.deepEqual([...response.body.roles].sort(), ['admin', 'desk', 'editor', 'organizer']);
    assert.equal((await demo.get('/v1/staff/me', { Cookie: cookieOf(response) })).status, 200);
    const again = await demo.post('/staff/auth/demo', { token });
    assert.equal(again.status, 400);
    assert.match(again.body.type, /\/demo-link-invalid$/);
    // A second start keeps one demo account.
    await prepareDemoSignIn(database.db);
    const accounts = await database.db.selectFrom('staff_accounts').select('email').execute();
    assert.deepEqual(accounts, [{ email: DEMO_EMAIL }]);
    const tokens = await database.db.selectFrom('staff_demo_tokens').selectAll().execute();
    assert.ok(!JSON.stringify(tokens).includes(token), 'only a hash is stored');
  });
});

describe('sign-in settings from the environment', () => {
  test('read, with the redirect URI on the public URL; a malformed value stops the start', () => {
    assert.deepEqual(signInConfig({}, 'http://127.0.0.1:8080'), {
      publicUrl: undefined,
      oidc: undefined,
      idleMinutes: 30,
    });
    const full = signInConfig(
      {
        WW_PUBLIC_URL: 'https://Office.example.gov/',
        WW_STAFF_IDLE_MINUTES: '15',
        WW_OIDC_ISSUER: 'https://login.example.gov/realms/office',
        WW_OIDC_CLIENT_ID: 'desk',
        WW_OIDC_CLIENT_SECRET: 's3cret',
      },
      'http://127.0.0.1:8080',
    );
    assert.deepEqual(full, {
      publicUrl: 'https://office.example.gov',
      idleMinutes: 15,
      oidc: {
        issuer: 'https://login.example.gov/realms/office',
        clientId: 'desk',
        clientSecret: 's3cret',
        redirectUri: 'https://office.example.gov/staff/auth/callback',
      },
    });
    assert.equal(
      signInConfig({ WW_OIDC_ISSUER: 'http://127.0.0.1:9000', WW_OIDC_CLIENT_ID: 'd' }, 'http://127.0.0.1:8080').oidc
        ?.redirectUri,
      'http://127.0.0.1:8080/staff/auth/callback',
    );
    for (const env of [
      { WW_PUBLIC_URL: 'office.example.gov' },
      { WW_PUBLIC_URL: 'https://office.example.gov/desk' },
      { WW_PUBLIC_URL: 'ftp://office.example.gov' },
      { WW_STAFF_IDLE_MINUTES: '0' },
      { WW_STAFF_IDLE_MINUTES: '30m' },
      { WW_STAFF_IDLE_MINUTES: '1000' },
      { WW_OIDC_ISSUER: 'https://login.example.gov' },
      { WW_OIDC_ISSUER: 'not a url', WW_OIDC_CLIENT_ID: 'desk' },
    ]) {
      assert.throws(() => signInConfig(env, 'http://127.0.0.1:8080'), /WW_/, JSON.stringify(env));
    }
  });
});
