import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { testApp } from './helpers/app.js';

const run = promisify(execFile);
const SERVER = resolve(import.meta.dirname, '..');
const CLI = join(SERVER, 'src/cli/staff-account.ts');
let dataDir: string;
let env: NodeJS.ProcessEnv;

/** The command as an operator runs it; resolves with its output and exit code, whatever the code. */
async function staffAccount(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { env, cwd: SERVER });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Opens the command's PGlite folder in this process (the command must not be running). */
async function withDatabase<T>(use: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

describe('npm run staff:account (PGlite data folder)', () => {
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ww-staff-account-'));
    env = { ...process.env, DATABASE_URL: '', WW_DATA_DIR: dataDir, WW_PUBLIC_URL: 'https://desk.example.gov' };
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('create prints a set-up link that signs in once; list, setup-link and disable work on the same data', async () => {
    const created = await staffAccount(
      'create',
      '--email',
      'Ana@Office.example',
      '--name',
      'Ana M.',
      '--roles',
      'desk,admin',
    );
    assert.equal(created.code, 0, created.stderr);
    const link = created.stdout.trim();
    assert.match(link, /^https:\/\/desk\.example\.gov\/staff\/#setup=[\w-]{43}$/);
    const token = link.split('#setup=')[1]!;

    const taken = await staffAccount('create', '--email', 'ana@office.example', '--name', 'Ana', '--roles', 'desk');
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, /exists/);
    const badRole = await staffAccount('create', '--email', 'x@office.example', '--name', 'X', '--roles', 'root');
    assert.equal(badRole.code, 2);
    assert.match(badRole.stderr, /--roles takes/);
    assert.equal((await staffAccount('frobnicate')).code, 2);

    // Through npm, as the README says.
    const listed = await run('npm', ['run', '--silent', 'staff:account', '--', 'list'], { env, cwd: SERVER });
    assert.equal(listed.stdout.trim(), 'ana@office.example\tAna M.\tdesk,admin\tnot set up');

    await withDatabase(async (database) => {
      const app = testApp(database, { publicUrl: 'https://desk.example.gov' });
      const setup = await app.post('/staff/auth/setup', { token, password: 'a long enough passphrase' });
      assert.equal(setup.status, 200, setup.text);
      assert.deepEqual(setup.body.roles, ['desk', 'admin']);
    });
    assert.match((await staffAccount('list')).stdout, /\tactive$/m);

    const renewed = await staffAccount('setup-link', '--email', 'ana@office.example');
    assert.equal(renewed.code, 0, renewed.stderr);
    assert.notEqual(renewed.stdout.trim(), link);
    assert.equal((await staffAccount('setup-link', '--email', 'nobody@office.example')).code, 1);

    const disabled = await staffAccount('disable', '--email', 'ana@office.example');
    assert.equal(disabled.code, 0, disabled.stderr);
    await withDatabase(async (database) => {
      const account = await database.db.selectFrom('staff_accounts').selectAll().executeTakeFirstOrThrow();
      assert.ok(account.disabled_at);
      assert.equal((await database.db.selectFrom('staff_sessions').selectAll().execute()).length, 0);
      const audit = await database.db
        .selectFrom('audit_log')
        .select(['actor', 'action', 'fields'])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.filter((row) => row.actor === 'command line').map((row) => `${row.action} ${row.fields.join(',')}`),
        ['create ', 'account setup_link', 'account disabled'],
      );
    });
    assert.match((await staffAccount('list')).stdout, /\tdisabled$/m);
  });

  test('locations grants an organizer the locations whose events they run', async () => {
    const locationId = '7d9c3c1e-5a4b-4c3d-8e2f-1a2b3c4d5e6f';
    await withDatabase((database) =>
      sql`INSERT INTO locations (id, name) VALUES (${locationId}, 'Main library')`.execute(database.db),
    );
    const created = await staffAccount(
      'create',
      '--email',
      'olu@office.example',
      '--name',
      'Olu',
      '--roles',
      'organizer',
    );
    assert.equal(created.code, 0, created.stderr);
    const unknown = await staffAccount('locations', '--email', 'olu@office.example', '--locations', 'nowhere');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No location has the id nowhere/);
    assert.equal((await staffAccount('locations', '--email', 'olu@office.example')).code, 2);
    const granted = await staffAccount('locations', '--email', 'olu@office.example', '--locations', locationId);
    assert.equal(granted.code, 0, granted.stderr);
    assert.match(
      (await staffAccount('list')).stdout,
      new RegExp(`^olu@office.example\tOlu\torganizer\tnot set up\t${locationId}$`, 'm'),
    );
    await withDatabase(async (database) => {
      const account = await database.db
        .selectFrom('staff_accounts')
        .select('location_ids')
        .where('email', '=', 'olu@office.example')
        .executeTakeFirstOrThrow();
      assert.deepEqual(account.location_ids, [locationId]);
    });
    assert.equal((await staffAccount('locations', '--email', 'olu@office.example', '--locations', '')).code, 0);
    assert.match((await staffAccount('list')).stdout, /^olu@office.example\tOlu\torganizer\tnot set up$/m);
  });
});
