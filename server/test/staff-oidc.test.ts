import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { safeReturnTo } from '../src/staff/oidc.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { Browser, startOidcProvider, type TestProvider } from './helpers/oidc-provider.js';
import { freePort } from './helpers/server-process.js';
import { makeAccount } from './helpers/staff-session.js';

let database: OpenDatabase;
let provider: TestProvider;
let server: Server;
let base: string;

const PEOPLE = {
  'ana-at-provider': { email: 'Ana@Office.example', email_verified: true, name: 'Ana' },
  stranger: { email: 'stranger@elsewhere.example', email_verified: true },
  'claims-boss-email': { email: 'boss@office.example', email_verified: false },
  'disabled-person': { email: 'gone@office.example', email_verified: true },
};

const isCallback = (url: URL) => url.href.startsWith(`${base}/staff/auth/callback`);

/** Signs in through the provider as `login`; returns where the server sent the browser in the end. */
async function signInAs(browser: Browser, login: string, returnTo = '/staff/') {
  const start = `${base}/staff/auth/oidc?return_to=${encodeURIComponent(returnTo)}`;
  const callback = await browser.follow(start, login, isCallback);
  const answer = await browser.request(callback.url);
  assert.equal(answer.status, 302);
  return { callback: callback.url, location: answer.headers.get('Location')! };
}

describe(`staff sign-in through OpenID Connect (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const redirectUri = `${base}/staff/auth/callback`;
    provider = await startOidcProvider(redirectUri, PEOPLE);
    const { app } = testApp(database, {
      publicUrl: base,
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, redirectUri },
    });
    server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }) as Server;
    await new Promise((resolve) => server.once('listening', resolve));
  });
  beforeEach(async () => {
    await sql`TRUNCATE staff_accounts, staff_sessions, staff_login_flows, audit_log CASCADE`.execute(database.db);
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await provider.close();
    await database.close();
  });

  test('the config offers it', async () => {
    const config = (await (await fetch(`${base}/staff/auth/config`)).json()) as { oidc: boolean };
    assert.equal(config.oidc, true);
  });

  test('signs in end to end: PKCE S256, state and nonce; a session cookie that works on /v1/staff/me', async () => {
    const id = await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'], name: 'Ana M.' });
    const browser = new Browser();
    const start = await browser.request(`${base}/staff/auth/oidc?return_to=${encodeURIComponent('/staff/#queue')}`);
    assert.equal(start.status, 302);
    const authorize = new URL(start.headers.get('Location')!);
    assert.equal(authorize.origin, provider.issuer);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.match(authorize.searchParams.get('code_challenge')!, /^[\w-]{43}$/);
    assert.ok(authorize.searchParams.get('state'));
    assert.ok(authorize.searchParams.get('nonce'));
    assert.equal(authorize.searchParams.get('redirect_uri'), `${base}/staff/auth/callback`);
    const [flow] = await database.db.selectFrom('staff_login_flows').selectAll().execute();
    assert.equal(flow!.state, authorize.searchParams.get('state'));
    assert.equal(flow!.return_to, '/staff/#queue');

    const callback = await browser.follow(authorize.href, 'ana-at-provider', isCallback);
    const answer = await browser.request(callback.url);
    assert.equal(answer.status, 302);
    assert.equal(answer.headers.get('Location'), '/staff/#queue');
    assert.ok(browser.cookies(base).get('ww_staff'), 'the session cookie');
    assert.equal((await database.db.selectFrom('staff_login_flows').selectAll().execute()).length, 0, 'flow used up');

    const me = await browser.request(`${base}/v1/staff/me`);
    assert.equal(me.status, 200);
    const body = (await me.json()) as Record<string, unknown>;
    assert.deepEqual([body.id, body.display_name, body.via, body.roles], [id, 'Ana M.', 'session', ['desk']]);
    const account = await database.db.selectFrom('staff_accounts').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([account.oidc_issuer, account.oidc_subject], [provider.issuer, 'ana-at-provider']);
    const audit = await database.db.selectFrom('audit_log').selectAll().where('action', '=', 'sign-in').execute();
    assert.deepEqual(audit[0]!.fields, ['oidc']);

    // Linked: the next sign-in matches by subject, whatever the email says now.
    await database.db.updateTable('staff_accounts').set({ email: 'ana.m@office.example' }).execute();
    const again = await signInAs(new Browser(), 'ana-at-provider');
    assert.equal(again.location, '/staff/');
  });

  test('a wrong state is refused and signs nobody in', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const browser = new Browser();
    const callback = await browser.follow(`${base}/staff/auth/oidc`, 'ana-at-provider', isCallback);
    const forged = new URL(callback.url);
    forged.searchParams.set('state', 'a-state-this-server-never-made');
    const answer = await browser.request(forged.href);
    assert.equal(answer.headers.get('Location'), '/staff/#sign-in-error=failed');
    assert.equal(browser.cookies(base).get('ww_staff'), undefined);
    // A callback with no state at all is refused the same way.
    const bare = new URL(callback.url);
    bare.searchParams.delete('state');
    assert.equal((await browser.request(bare.href)).headers.get('Location'), '/staff/#sign-in-error=failed');
    assert.equal((await database.db.selectFrom('staff_sessions').selectAll().execute()).length, 0);
  });

  test('a replayed code is refused: the flow is used up, and the provider will not take the code twice', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const browser = new Browser();
    const callback = await browser.follow(`${base}/staff/auth/oidc`, 'ana-at-provider', isCallback);
    const flow = await database.db.selectFrom('staff_login_flows').selectAll().executeTakeFirstOrThrow();
    assert.equal((await browser.request(callback.url)).headers.get('Location'), '/staff/');
    const attacker = new Browser();
    assert.equal((await attacker.request(callback.url)).headers.get('Location'), '/staff/#sign-in-error=failed');
    // Even with the flow put back, the code itself was used.
    await database.db.insertInto('staff_login_flows').values(flow).execute();
    assert.equal((await attacker.request(callback.url)).headers.get('Location'), '/staff/#sign-in-error=failed');
    assert.equal(attacker.cookies(base).get('ww_staff'), undefined);
    assert.equal((await database.db.selectFrom('staff_sessions').selectAll().execute()).length, 1);
  });

  test('the PKCE verifier is what the provider checks: the wrong one fails', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const browser = new Browser();
    const callback = await browser.follow(`${base}/staff/auth/oidc`, 'ana-at-provider', isCallback);
    await database.db
      .updateTable('staff_login_flows')
      .set({ code_verifier: 'x'.repeat(43) })
      .execute();
    assert.equal((await browser.request(callback.url)).headers.get('Location'), '/staff/#sign-in-error=failed');
    // The provider refuses an authorization request without a challenge at all.
    const bare = new URL(`${provider.issuer}/auth`);
    bare.search = new URLSearchParams({
      client_id: provider.clientId,
      redirect_uri: `${base}/staff/auth/callback`,
      response_type: 'code',
      scope: 'openid email',
      state: 's',
      nonce: 'n',
    }).toString();
    const refused = await fetch(bare, { redirect: 'manual' });
    const location = new URL(refused.headers.get('Location')!);
    assert.equal(location.searchParams.get('error'), 'invalid_request');
    assert.match(location.searchParams.get('error_description')!, /PKCE/);
  });

  test('an expired flow is refused', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const browser = new Browser();
    const callback = await browser.follow(`${base}/staff/auth/oidc`, 'ana-at-provider', isCallback);
    await database.db
      .updateTable('staff_login_flows')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    assert.equal((await browser.request(callback.url)).headers.get('Location'), '/staff/#sign-in-error=failed');
  });

  test('nobody registers themselves: an unknown person, or an unverified email, gets no-account', async () => {
    await makeAccount(database.db, { email: 'boss@office.example', roles: ['admin'] });
    assert.equal((await signInAs(new Browser(), 'stranger')).location, '/staff/#sign-in-error=no-account');
    assert.equal((await signInAs(new Browser(), 'claims-boss-email')).location, '/staff/#sign-in-error=no-account');
    const boss = await database.db.selectFrom('staff_accounts').selectAll().executeTakeFirstOrThrow();
    assert.equal(boss.oidc_subject, null, 'not linked by an unverified email');
    const failures = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'sign-in-failed')
      .execute();
    assert.equal(failures.length, 2);
  });

  test('a disabled account gets disabled', async () => {
    const id = await makeAccount(database.db, { email: 'gone@office.example', roles: ['desk'] });
    await database.db.updateTable('staff_accounts').set({ disabled_at: new Date() }).where('id', '=', id).execute();
    assert.equal((await signInAs(new Browser(), 'disabled-person')).location, '/staff/#sign-in-error=disabled');
  });

  test('return_to stays on the desk', async () => {
    await makeAccount(database.db, { email: 'ana@office.example', roles: ['desk'] });
    const result = await signInAs(new Browser(), 'ana-at-provider', 'https://evil.example/staff/');
    assert.equal(result.location, '/staff/');
    for (const bad of [
      '//evil.example/',
      '/staff//evil.example',
      '/v1/staff/me',
      '/staff/\\evil',
      'javascript:alert(1)',
    ]) {
      assert.equal(safeReturnTo(bad), '/staff/', bad);
    }
    assert.equal(safeReturnTo('/staff/#inquiry/123'), '/staff/#inquiry/123');
  });
});
