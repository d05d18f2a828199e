import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { mountStaffSite, STAFF_CSP } from '../src/staff-site.js';
import { DEMO_CSP } from '../src/static-site.js';
import { testApp } from './helpers/app.js';
import { openTestDatabase } from './helpers/database.js';

const PAGE = '<!doctype html><html lang="en"><title>Desk</title><ww-staff-desk own-page></ww-staff-desk></html>';

/** The desk app at /staff/, from a built dist/staff-app in a repository (here a scratch one). */
describe('the desk app at /staff/', () => {
  let database: OpenDatabase;
  let root: string;
  let built: ReturnType<typeof testApp>;
  let unbuilt: ReturnType<typeof testApp>;
  before(async () => {
    database = await openTestDatabase();
    root = mkdtempSync(join(tmpdir(), 'ww-staff-site-'));
    mkdirSync(join(root, 'built/dist/staff-app/assets'), { recursive: true });
    writeFileSync(join(root, 'built/dist/staff-app/index.html'), PAGE);
    writeFileSync(join(root, 'built/dist/staff-app/assets/index-Ab12Cd.js'), 'export {};\n');
    built = testApp(database);
    mountStaffSite(built.app, join(root, 'built'));
    unbuilt = testApp(database);
    mountStaffSite(unbuilt.app, join(root, 'nothing-built-here'));
  });
  after(async () => {
    rmSync(root, { recursive: true, force: true });
    await database.close();
  });

  test('serves the page under a CSP at least as strict as the demo pages, revalidated on every load', async () => {
    for (const path of ['/staff/', '/staff/index.html']) {
      const page = await built.get(path);
      assert.equal(page.status, 200, path);
      assert.equal(page.text, PAGE);
      assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
      assert.equal(page.headers.get('Cache-Control'), 'no-cache');
      const csp = page.headers.get('Content-Security-Policy')!;
      assert.equal(csp, STAFF_CSP);
      for (const directive of DEMO_CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors'))) {
        assert.ok(csp.includes(directive), `keeps ${directive}`);
      }
      assert.ok(csp.includes("frame-ancestors 'none'"), 'never framed');
      assert.ok(csp.includes('trusted-types lit-html'), "Lit's policy only");
    }
  });

  test('redirects /staff to /staff/, and serves hashed assets for a year', async () => {
    const redirect = await built.get('/staff');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('Location'), '/staff/');
    const asset = await built.get('/staff/assets/index-Ab12Cd.js');
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
    assert.equal((await built.get('/staff/assets/missing.js')).status, 404);
    writeFileSync(join(root, 'built/secret.txt'), 'not for the web');
    for (const path of ['/staff/assets/..%2f..%2f..%2fsecret.txt', '/staff/assets/%2e%2e/%2e%2e/%2e%2e/secret.txt']) {
      const outside = await built.get(path);
      assert.notEqual(outside.text, 'not for the web', `${path} stays inside dist/staff-app/assets`);
      assert.equal(outside.status, 404, path);
    }
  });

  test('leaves the sign-in API alone', async () => {
    const config = await built.get('/staff/auth/config');
    assert.equal(config.status, 200);
    assert.equal(typeof config.body.oidc, 'boolean');
  });

  test('says plainly when the desk is not built, as a problem', async () => {
    const page = await unbuilt.get('/staff/');
    assert.equal(page.status, 503);
    assert.match(page.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    assert.equal(page.body.type, 'https://welcome-widgets.org/problems/desk-not-built');
    assert.match(page.body.detail, /npm run build/);
  });
});
