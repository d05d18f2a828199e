import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { openDatabase, type OpenDatabase } from '../src/db/database.js';
import type { Database } from '../src/db/schema.js';
import { ImportError, importHsds, readHsds, UnsupportedInputError } from '../src/hsds/import.js';
import { olderHsds } from '../src/hsds/older-version.js';
import { officeTimeZone } from '../src/lib/time-zone.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';

const SERVER = resolve(import.meta.dirname, '..');
/** Written for these tests: a few rows in the shape of HSDS 1.1. */
const HSDS_1X = resolve(import.meta.dirname, 'fixtures/hsds-1.x');
const ON_POSTGRES = Boolean(process.env.DATABASE_URL);

const organization = { id: 'org-1', name: 'Harbor Immigrant Legal Aid', description: 'Free legal help.' };
/** A service whose schedules name no usable zone, at a location none of whose schedules names one. */
const zonelessService = {
  id: 'svc-1',
  name: 'Citizenship clinic',
  status: 'active',
  organization,
  schedules: [
    { id: 'sch-1', freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '17:00' },
    { id: 'sch-2', freq: 'WEEKLY', byday: 'TH', opens_at: '18:00', closes_at: '20:00', timezone: 'Eastern' },
  ],
  service_at_locations: [
    { id: 'sal-1', location: { id: 'loc-1', name: 'Harbor Street office', location_type: 'physical' } },
  ],
};

function unsupported(pattern: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof UnsupportedInputError, String(error));
    assert.match(error.message, pattern);
    return true;
  };
}

describe('which HSDS version a datapackage is', () => {
  test('knows 1.x and 2.x by their tables, a declared version or the language column', () => {
    const threeZero = ['organizations.csv', 'services.csv', 'schedules.csv', 'addresses.csv', 'taxonomies.csv'];
    assert.equal(olderHsds({ tables: threeZero, languageColumns: ['id', 'service_id', 'name', 'code'] }), undefined);
    assert.equal(olderHsds({ tables: threeZero, declaredVersion: '3.0.0' }), undefined);
    assert.deepEqual(olderHsds({ tables: [...threeZero, 'regular_schedules.csv', 'holiday_schedules.csv'] }), {
      version: '1.x',
      evidence: 'regular_schedules.csv, holiday_schedules.csv are HSDS 1.x tables',
    });
    assert.equal(olderHsds({ tables: ['services.csv', 'service_attributes.csv'] })?.version, '2.x');
    assert.deepEqual(olderHsds({ tables: ['services.csv'], declaredVersion: '2.0.1' }), {
      version: '2.x',
      evidence: 'datapackage.json says version 2.0.1',
    });
    assert.equal(olderHsds({ tables: ['physical_addresses.csv'] })?.version, '1.x or 2.x');
    assert.equal(olderHsds({ tables: threeZero, languageColumns: ['id', 'language'] })?.version, '1.x or 2.x');
  });

  test('the office zone is WW_TIME_ZONE, else New York', () => {
    assert.equal(officeTimeZone({ WW_TIME_ZONE: 'America/Chicago' }), 'America/Chicago');
    assert.equal(officeTimeZone({}), 'America/New_York');
  });
});

describe(`HSDS import: what it refuses and the zone it gives (${ON_POSTGRES ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: OpenDatabase;
  let work: string;
  /** Where the command keeps its PGlite database (on PostgreSQL it writes to the test database). */
  let dataDir: string;

  before(async () => {
    database = await openTestDatabase();
    work = mkdtempSync(join(tmpdir(), 'ww-hsds-import-'));
    dataDir = join(work, 'data');
  });
  beforeEach(() => emptyDatabase(database.db));
  after(async () => {
    rmSync(work, { recursive: true, force: true });
    await database.close();
  });

  /** Runs `import:hsds` as a person would. */
  function importCommand(args: string[], env: NodeJS.ProcessEnv = {}) {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, WW_DATA_DIR: dataDir, ...env };
    if (!ON_POSTGRES) delete childEnv.DATABASE_URL;
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-hsds.ts', ...args], {
      cwd: SERVER,
      env: childEnv,
      encoding: 'utf8',
    });
  }

  /** Reads the database the command wrote to. */
  async function commandDatabase<T>(read: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (ON_POSTGRES) return read(database.db);
    const opened = await openDatabase({ dataDir });
    try {
      return await read(opened.db);
    } finally {
      await opened.close();
    }
  }

  const writeJson = (name: string, value: unknown) => {
    const path = join(work, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  test('refuses an HSDS 1.x datapackage and writes nothing', async () => {
    const run = importCommand([HSDS_1X]);
    assert.equal(run.status, 1, run.stdout);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      'hsds-1.x: this is HSDS 1.x; 3.0 expected (regular_schedules.csv is an HSDS 1.x table). ' +
        'Convert it to HSDS 3.0 first.',
      'Nothing was imported.',
    ]);
    assert.equal(run.stdout, '');
    if (ON_POSTGRES) {
      const services = await database.db.selectFrom('services').select('id').execute();
      assert.deepEqual(services, [], 'nothing was written');
    } else {
      assert.equal(existsSync(dataDir), false, 'the database was not even opened');
    }

    // The same tables without their datapackage.json, and without the tables only 1.x has.
    const bare = join(work, 'bare');
    cpSync(HSDS_1X, bare, { recursive: true });
    rmSync(join(bare, 'datapackage.json'));
    assert.throws(() => readHsds(bare), unsupported(/^bare: this is HSDS 1\.x; 3\.0 expected \(regular_schedules/));
    rmSync(join(bare, 'regular_schedules.csv'));
    assert.throws(
      () => readHsds(bare),
      unsupported(/this is HSDS 1\.x or 2\.x; 3\.0 expected \(services_at_location\.csv, physical_addresses\.csv are/),
    );
  });

  test('says when JSON is not an HSDS 3.0 service, organization or list, instead of naming fields', async () => {
    const locations = writeJson('locations.json', [
      { id: 'loc-1', location_type: 'physical', name: 'Harbor Street office', addresses: [] },
    ]);
    const run = importCommand([locations]);
    assert.equal(run.status, 1, run.stdout);
    const [message, last] = run.stderr.trim().split('\n');
    assert.match(
      message!,
      /^locations\.json: not an HSDS 3\.0 service, organization or list of them: a list whose first item is an object with the fields id, location_type, name, addresses\. Expected a service or an organization/,
    );
    assert.equal(last, 'Nothing was imported.');
    assert.doesNotMatch(run.stderr, /is empty/);

    const terms = writeJson('terms.json', { total_items: 1, contents: [{ id: 't-1', code: 'legal', name: 'Legal' }] });
    assert.throws(() => readHsds(terms), unsupported(/a page whose first item is an object with the fields id, code/));
    assert.throws(() => readHsds(writeJson('number.json', 42)), unsupported(/list of them: a number\./));
    assert.throws(() => readHsds(writeJson('empty.json', {})), unsupported(/list of them: an empty object\./));
    const notJson = join(work, 'page.json');
    writeFileSync(notJson, '<html>Not found</html>');
    assert.throws(() => readHsds(notJson), unsupported(/^page\.json: not JSON: /));

    // One stray object among services is a bad row, named as such.
    const mixed = writeJson('mixed.json', [zonelessService, { id: 'x-1', name: 'Something else' }]);
    await assert.rejects(importHsds(database.db, mixed, { timeZone: 'America/New_York' }), (error) => {
      assert.ok(error instanceof ImportError);
      assert.deepEqual(error.problems, [
        {
          file: 'mixed.json',
          row: 2,
          reason: 'Not an HSDS 3.0 service or organization: an object with the fields id, name',
        },
      ]);
      return true;
    });
  });

  test('refuses a website that is not a web address (javascript:, data:), naming the row', async () => {
    const file = writeJson('links.json', {
      contents: [
        { ...organization, website: 'javascript:alert(document.cookie)' },
        { ...organization, id: 'org-2', website: 'data:text/html,<script>alert(1)</script>' },
      ],
    });
    await assert.rejects(importHsds(database.db, file, { timeZone: 'America/New_York' }), (error) => {
      assert.ok(error instanceof ImportError);
      assert.deepEqual(
        error.problems.map((p) => [p.row, /website "(javascript|data):.*" is not a web address/.test(p.reason)]),
        [
          [1, true],
          [2, true],
        ],
      );
      return true;
    });
  });

  test('imports a list of organizations without their services', async () => {
    const list = writeJson('organizations.json', {
      contents: [{ ...organization, website: 'https://harbor-legal.example.org' }],
    });
    const summary = await importHsds(database.db, list, { timeZone: 'America/New_York' });
    assert.equal(summary.counts.organizations, 1);
    const [stored] = await database.db.selectFrom('organizations').select(['name', 'url']).execute();
    assert.deepEqual(stored, { name: organization.name, url: 'https://harbor-legal.example.org' });
  });

  test('gives schedules and locations that name no zone the import’s zone, and says so', async () => {
    const file = writeJson('clinic.json', [zonelessService]);
    const summary = await importHsds(database.db, file, { timeZone: 'Europe/Berlin' });
    assert.deepEqual(summary.defaultZone, { zone: 'Europe/Berlin', schedules: 2, locations: 1 });
    assert.ok(
      summary.warnings.some((w) =>
        /timezone "Eastern" has no IANA zone; the import's time zone was used/.test(w.reason),
      ),
    );
    const zones = await storedZones(database.db);
    assert.deepEqual(zones, { schedules: ['Europe/Berlin', 'Europe/Berlin'], locations: ['Europe/Berlin'] });

    // A schedule that names its zone keeps it and gives it to its location.
    const zoned = structuredClone(zonelessService);
    zoned.service_at_locations[0] = {
      ...zoned.service_at_locations[0]!,
      schedules: [{ id: 'sch-3', freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '12:00', timezone: -5 }],
    } as never;
    const again = await importHsds(database.db, writeJson('zoned.json', [zoned]), { timeZone: 'Europe/Berlin' });
    assert.deepEqual(again.defaultZone, { zone: 'Europe/Berlin', schedules: 2, locations: 0 });
    assert.deepEqual((await storedZones(database.db)).locations, ['Etc/GMT+5']);
  });

  test('the command takes the zone from --time-zone, else from WW_TIME_ZONE', async () => {
    const file = writeJson('clinic.json', [zonelessService]);
    const flagged = importCommand([file, '--time-zone', 'Europe/Berlin'], { WW_TIME_ZONE: 'America/Chicago' });
    assert.equal(flagged.status, 0, flagged.stderr);
    assert.match(
      flagged.stderr,
      /^time zone: 2 schedule\(s\) and 1 location\(s\) named none; Europe\/Berlin was used \(--time-zone\)$/m,
    );
    assert.match(flagged.stdout, /^schedules: 2$/m);
    assert.deepEqual(await commandDatabase(storedZones), {
      schedules: ['Europe/Berlin', 'Europe/Berlin'],
      locations: ['Europe/Berlin'],
    });

    const office = importCommand([file], { WW_TIME_ZONE: 'America/Chicago' });
    assert.equal(office.status, 0, office.stderr);
    assert.match(office.stderr, /America\/Chicago was used/);
    assert.deepEqual(await commandDatabase(storedZones), {
      schedules: ['America/Chicago', 'America/Chicago'],
      locations: ['America/Chicago'],
    });

    const unknown = importCommand([file, '--time-zone', 'Mars/Olympus']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown time zone Mars\/Olympus/);
  });
});

async function storedZones(db: Kysely<Database>) {
  const schedules = await db.selectFrom('schedules').select('timezone').orderBy('id').execute();
  const locations = await db.selectFrom('locations').select('timezone').orderBy('id').execute();
  return { schedules: schedules.map((s) => s.timezone), locations: locations.map((l) => l.timezone) };
}
