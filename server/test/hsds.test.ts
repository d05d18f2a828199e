import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { CsvError, parseCsv } from '../src/hsds/csv.js';
import { ImportError, importHsds } from '../src/hsds/import.js';
import { HsdsOrganizationFull, HsdsService, HsdsTaxonomy, HsdsTaxonomyTerm } from '../src/hsds/schemas.js';
import { seedDirectories } from '../src/seed/seed.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testDirectory } from './helpers/directory.js';
import { assertHsdsValid } from './helpers/hsds-schemas.js';

/** Published HSDS 3.0 examples and schemas (see fixtures/hsds-3.0/README.md). */
const FIXTURES = resolve(import.meta.dirname, 'fixtures/hsds-3.0');
const CSV_DIR = join(FIXTURES, 'csv');
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'json', name), 'utf8'));
const serviceFull = fixture('service_full.json');
const SERVICE_ID = serviceFull.id as string;
/** The office's zone, for schedules that name none. */
const IN_NEW_YORK = { timeZone: 'America/New_York' };
const TABLES = [
  'organizations',
  'services',
  'locations',
  'addresses',
  'service_at_location',
  'schedules',
  'phones',
  'languages',
  'taxonomies',
  'taxonomy_terms',
  'attributes',
  'required_documents',
] as const;

test('the HSDS examples pass the validators the API is held to', () => {
  for (const [file, schema] of [
    ['service_full.json', 'service.json'],
    ['organization_full.json', 'organization.json'],
    ['taxonomy_term.json', 'taxonomy_term.json'],
    ['service_list.json', 'service_page'],
    ['taxonomy_term_list.json', 'taxonomy_term_page'],
  ]) {
    assertValid(schema!, fixture(file!), file!);
  }
});

const assertValid = assertHsdsValid;

const pick = (value: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]));

let database: OpenDatabase;
let get: ReturnType<typeof testApp>['get'];
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ww-hsds-'));
  temps.push(dir);
  return dir;
};

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(database.db);
    result[table] = Number(rows[0]!.n);
  }
  return result;
}

describe('RFC 4180 CSV', () => {
  test('reads quoted commas, doubled quotes, line breaks, CRLF and a byte order mark', () => {
    const text = '\uFEFFid,name,note\r\n1,"Smith, Ann","said ""hi""\r\nthen left"\r\n2,,""\n\n3,plain,"x"';
    const { header, rows } = parseCsv(text);
    assert.deepEqual(header, ['id', 'name', 'note']);
    assert.deepEqual(rows, [
      { id: '1', name: 'Smith, Ann', note: 'said "hi"\r\nthen left' },
      { id: '2', name: '', note: '' },
      { id: '3', name: 'plain', note: 'x' },
    ]);
  });

  test('names the row of a malformed record', () => {
    const row = (text: string) => {
      try {
        parseCsv(text);
      } catch (error) {
        assert.ok(error instanceof CsvError);
        return error.row;
      }
      assert.fail('no error');
    };
    assert.equal(row('a,b\n1,2\n3\n'), 3);
    assert.equal(row('a,b\n1,"open\n'), 2);
    assert.equal(row('a,b\n1,"x"y\n'), 2);
  });
});

describe(`HSDS 3.0 import and API (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    ({ get } = testApp(database));
  });
  beforeEach(() => emptyDatabase(database.db));
  after(async () => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
    await database.close();
  });

  test('searches services by keyword through the standard search parameter', async () => {
    await importHsds(database.db, CSV_DIR, IN_NEW_YORK);
    const found = await get('/hsds/services?search=counselling');
    assert.equal(found.body.total_items, 1);
    assert.equal(found.body.contents[0].id, SERVICE_ID);
    const none = await get('/hsds/services?search=zzqqxx');
    assert.equal(none.body.total_items, 0);
    assert.deepEqual(none.body.contents, []);
  });

  test('imports the fixture datapackage and serves its service as service_full.json has it', async () => {
    const summary = await importHsds(database.db, CSV_DIR, IN_NEW_YORK);
    assert.equal(summary.counts.services, 1);
    assert.ok(summary.notHeld.contact, 'contacts are counted as not imported');
    assert.ok(summary.warnings.some((w) => w.file === 'locations.csv' && /latitude 100/.test(w.reason)));

    const { status, body } = await get(`/hsds/services/${SERVICE_ID}`);
    assert.equal(status, 200);
    const own = ['id', 'name', 'alternate_name', 'description', 'url', 'email', 'status'];
    const more = [
      'application_process',
      'fees_description',
      'eligibility_description',
      'assured_date',
      'last_modified',
    ];
    assert.deepEqual(pick(body, [...own, ...more]), pick(serviceFull, [...own, ...more]));
    const orgFields = ['id', 'name', 'description', 'email', 'website'];
    assert.deepEqual(pick(body.organization, orgFields), pick(serviceFull.organization, orgFields));

    const phone = (p: any) => ({
      ...pick(p, ['id', 'number', 'type', 'description']),
      languages: p.languages.map(language),
    });
    const language = (l: any) => pick(l, ['id', 'name', 'code', 'note']);
    assert.deepEqual(body.phones.map(phone), serviceFull.phones.map(phone));
    assert.equal(body.phones[0].number, '"+44 1234 234567"', 'the quotes are part of the example data');

    const scheduleFields = [
      'id',
      'freq',
      'interval',
      'byday',
      'opens_at',
      'closes_at',
      'timezone',
      'valid_from',
      'valid_to',
    ];
    const schedule = (s: any) => pick(s, [...scheduleFields, 'description']);
    assert.deepEqual(body.schedules.map(schedule), serviceFull.schedules.map(schedule));
    assert.deepEqual(body.languages.map(language), serviceFull.languages.map(language));

    const address = (a: any) =>
      pick(a, ['id', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type']);
    const place = (sal: any) => ({
      id: sal.id,
      schedules: sal.schedules.map(schedule),
      location: {
        ...pick(sal.location, ['id', 'name', 'location_type', 'description', 'transportation']),
        addresses: sal.location.addresses.map(address),
        languages: sal.location.languages.map(language),
        phones: sal.location.phones.map(phone),
        accessibility: sal.location.accessibility.map((a: any) => pick(a, ['description'])),
      },
    });
    const expectedPlace = place(serviceFull.service_at_locations[0]);
    // Our locations keep one accessibility text: the description and its details together.
    const access = serviceFull.service_at_locations[0].location.accessibility[0];
    expectedPlace.location.accessibility = [{ description: `${access.description} ${access.details}` }];
    assert.deepEqual(body.service_at_locations.map(place), [expectedPlace]);
    assert.equal(body.service_at_locations[0].location.latitude, undefined, 'latitude 100 is not kept');

    const document = (d: any) => pick(d, ['id', 'document', 'uri']);
    assert.deepEqual(body.required_documents.map(document), serviceFull.required_documents.map(document));
    assertValid('service.json', body, `/hsds/services/${SERVICE_ID}`);
  });

  test('keeps staff languages apart from interpretation, reads numeric time zones, maps ids that are not UUIDs', async () => {
    const file = join(tempDir(), 'services.json');
    const service = {
      id: 'svc-1',
      name: 'Legal clinic',
      status: 'active',
      organization: { id: 'org-1', name: 'Clinic', description: 'A clinic.' },
      languages: [
        { id: 'l-1', code: 'es', name: 'Spanish' },
        { id: 'l-2', code: 'ar', note: 'Phone interpretation on request' },
      ],
      schedules: [{ id: 's-1', freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00', timezone: -5 }],
    };
    writeFileSync(file, JSON.stringify([service]));
    await importHsds(database.db, file, IN_NEW_YORK);
    const first = await counts();
    await importHsds(database.db, file, IN_NEW_YORK);
    assert.deepEqual(await counts(), first, 'ids derived from non-UUID ids are stable');
    const languages = await database.db.selectFrom('languages').select(['code', 'kind']).orderBy('code').execute();
    assert.deepEqual(languages, [
      { code: 'ar', kind: 'interpretation' },
      { code: 'es', kind: 'staff' },
    ]);
    const [stored] = await database.db.selectFrom('schedules').select(['timezone', 'opens_at']).execute();
    assert.deepEqual(stored, { timezone: 'Etc/GMT+5', opens_at: '09:00' });

    const list = await get('/hsds/services');
    const id = list.body.contents[0].id;
    const { body } = await get(`/hsds/services/${id}`);
    assert.equal(body.schedules[0].timezone, -5);
    assert.equal(body.schedules[0].opens_at, '09:00:00');
    assert.match(body.languages.find((l: any) => l.code === 'ar').note, /interpretation/i);
    assertValid('service.json', body, 'mapped service');
  });

  test('importing twice leaves one copy', async () => {
    const firstSummary = await importHsds(database.db, CSV_DIR, IN_NEW_YORK);
    const first = await counts();
    assert.deepEqual(first, firstSummary.counts);
    await importHsds(database.db, CSV_DIR, IN_NEW_YORK);
    assert.deepEqual(await counts(), first);
    await importHsds(database.db, join(FIXTURES, 'json', 'service_full.json'), IN_NEW_YORK);
    assert.deepEqual(await counts(), first, 'the JSON form of the same data updates the same rows');
  });

  test('a bad datapackage writes nothing and names every bad row', async () => {
    const dir = tempDir();
    cpSync(CSV_DIR, dir, { recursive: true });
    const path = join(dir, 'services.csv');
    const [header, row] = readFileSync(path, 'utf8').split('\r\n');
    const start = `${SERVICE_ID},d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42,Community Counselling,`;
    assert.ok(row!.startsWith(start));
    const rest = row!.slice(start.length);
    const unknownOrg = `11111111-1111-4111-8111-111111111111,99999999-9999-4999-8999-999999999999,,Orphan service,${rest}`;
    const noName = `22222222-2222-4222-8222-222222222222,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,,,${rest}`;
    writeFileSync(path, [header, row, unknownOrg, noName, ''].join('\r\n'));

    await assert.rejects(importHsds(database.db, dir, IN_NEW_YORK), (error) => {
      assert.ok(error instanceof ImportError);
      assert.deepEqual(
        error.problems.map((p) => [p.file, p.row]),
        [
          ['services.csv', 3],
          ['services.csv', 4],
        ],
      );
      assert.match(error.problems[0]!.reason, /organization_id 99999999-.* names no organization/);
      assert.match(error.problems[1]!.reason, /name is empty/);
      return true;
    });
    assert.ok(
      Object.values(await counts()).every((n) => n === 0),
      'nothing was written',
    );
  });

  test('imports service_full.json, with its attribute, taxonomy term and taxonomy', async () => {
    const summary = await importHsds(database.db, join(FIXTURES, 'json', 'service_full.json'), IN_NEW_YORK);
    assert.equal(summary.counts.services, 1);
    const { body } = await get(`/hsds/services/${SERVICE_ID}`);
    const fields = ['id', 'name', 'description', 'url', 'email', 'status', 'assured_date', 'last_modified'];
    assert.deepEqual(pick(body, fields), pick(serviceFull, fields));
    assert.equal(body.organization.name, serviceFull.organization.name);
    assert.deepEqual(
      body.service_at_locations.map((s: any) => s.location.addresses[0].postal_code),
      serviceFull.service_at_locations.map((s: any) => s.location.addresses[0].postal_code),
    );
    const term = (t: any) => pick(t, ['id', 'code', 'name', 'description', 'parent_id']);
    const attribute = (a: any) => ({
      ...pick(a, ['id', 'link_type', 'link_entity', 'value']),
      taxonomy_term: term(a.taxonomy_term),
      taxonomy: a.taxonomy_term.taxonomy_detail,
    });
    assert.deepEqual(body.attributes.map(attribute), serviceFull.attributes.map(attribute));
    assert.deepEqual(
      (await get(`/hsds/taxonomies/${serviceFull.attributes[0].taxonomy_term.taxonomy_detail.id}`)).body,
      fixture('taxonomy.json'),
    );

    const organization = fixture('organization_full.json');
    await importHsds(database.db, join(FIXTURES, 'json', 'organization_full.json'), IN_NEW_YORK);
    const org = await get(`/hsds/organizations/${organization.id}`);
    assert.equal(org.status, 200);
    assert.deepEqual(
      org.body.services.map((s: any) => s.id),
      organization.services.map((s: any) => s.id),
    );
    assert.deepEqual(
      org.body.locations.map((l: any) => l.name),
      organization.locations.map((l: any) => l.name),
    );
  });

  test('imported services are found by the directory search', async () => {
    await importHsds(database.db, CSV_DIR, IN_NEW_YORK);
    const { body } = await get('/v1/services?q=counselling');
    assert.deepEqual(
      body.items.map((s: any) => s.id),
      [SERVICE_ID],
    );
  });

  test('every /hsds/ response validates against the HSDS schemas', async () => {
    await seedDirectories(database.db, [testDirectory]);
    await importHsds(database.db, CSV_DIR, IN_NEW_YORK);
    await importHsds(database.db, join(FIXTURES, 'json', 'service_full.json'), IN_NEW_YORK);
    // Each record also matches the zod schema its route declares in our OpenAPI document.
    const resources = [
      ['services', 'service', HsdsService],
      ['organizations', 'organization', HsdsOrganizationFull],
      ['taxonomies', 'taxonomy', HsdsTaxonomy],
      ['taxonomy_terms', 'taxonomy_term', HsdsTaxonomyTerm],
    ] as const;
    for (const [path, schema, declared] of resources) {
      const page = await get(`/hsds/${path}?per_page=200`);
      assert.equal(page.status, 200);
      assertValid(`${schema}_page`, page.body, `/hsds/${path}`);
      assert.equal(page.body.total_items, page.body.contents.length);
      for (const item of page.body.contents) {
        const one = await get(`/hsds/${path}/${item.id}`);
        assert.equal(one.status, 200, `/hsds/${path}/${item.id}`);
        assertValid(`${schema}.json`, one.body, `/hsds/${path}/${item.id}`);
        assert.deepEqual(declared.strict().parse(one.body), one.body);
      }
    }
  });

  test('pages in the HSDS envelope', async () => {
    await seedDirectories(database.db, [testDirectory]);
    await importHsds(database.db, CSV_DIR, IN_NEW_YORK);
    const first = await get('/hsds/services?per_page=3');
    assert.deepEqual(
      pick(first.body, ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty']),
      {
        total_items: 4,
        total_pages: 2,
        page_number: 1,
        size: 3,
        first_page: true,
        last_page: false,
        empty: false,
      },
    );
    const second = await get('/hsds/services?per_page=3&page=2');
    assert.equal(second.body.last_page, true);
    assert.equal(second.body.contents.length, 1);
    const ids = [...first.body.contents, ...second.body.contents].map((s: any) => s.id);
    assert.equal(new Set(ids).size, 4);
    const beyond = await get('/hsds/services?per_page=3&page=9');
    assert.equal(beyond.body.empty, true);
    assertValid('service_page', beyond.body, 'an empty page');
  });

  test('answers unknown ids with 404 and bad parameters with 400, as problems', async () => {
    for (const path of ['services', 'organizations', 'taxonomies', 'taxonomy_terms']) {
      const missing = await get(`/hsds/${path}/00000000-0000-4000-8000-000000000000`);
      assert.equal(missing.status, 404, path);
      assert.equal(missing.headers.get('content-type'), 'application/problem+json');
      assert.match(missing.body.type, /not-found$/);
    }
    for (const query of ['/hsds/services/42', '/hsds/services?page=0', '/hsds/taxonomies?per_page=1000']) {
      const bad = await get(query);
      assert.equal(bad.status, 400, query);
      assert.equal(bad.headers.get('content-type'), 'application/problem+json');
    }
  });
});
