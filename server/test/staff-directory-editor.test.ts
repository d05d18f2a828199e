import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { editorField } from '../src/directory/editor/hsds-check.js';
import { readDirectoryVersion } from '../src/directory/version.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { stableId } from '../src/seed/ids.js';
import { seedDirectories } from '../src/seed/seed.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testDirectory } from './helpers/directory.js';
import { assertHsdsValid } from './helpers/hsds-schemas.js';
import { makeAccount, signIn } from './helpers/staff-session.js';

const crypto = FieldCrypto.fromKeyText('d'.repeat(43) + '=');
const LEGAL = stableId('service:t-legal');
const ENGLISH = stableId('service:t-english');
const DIRECTORY = stableId('service:t-directory');
const LIBRARY = stableId('location:t-library');
const PATH = '/v1/staff/directory/services';

let database: OpenDatabase;
let app: ReturnType<typeof testApp>;
let editor: Awaited<ReturnType<typeof signIn>>;
let second: Awaited<ReturnType<typeof signIn>>;
let desk: Awaited<ReturnType<typeof signIn>>;

type Edit = Record<string, any>;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

async function read(id = LEGAL, as = editor): Promise<Edit> {
  const response = await app.get(`${PATH}/${id}`, as.read);
  assert.equal(response.status, 200, response.text);
  assert.equal(response.headers.get('etag'), `"${response.body.version}"`);
  assert.equal(response.headers.get('cache-control'), 'no-store', 'the decrypted contact is never kept by a cache');
  return response.body;
}

/** What the editor sends back: the editable parts of what it read. */
function editable(service: Edit): Edit {
  const { fields, availability, verification_contact, topics, badges, phones, languages, locations } = service;
  return structuredClone({ fields, availability, verification_contact, topics, badges, phones, languages, locations });
}

function save(body: Edit, version: number, as = editor, id = LEGAL) {
  return app.send('PUT', `${PATH}/${id}`, body, { ...as.write, ...ifMatch(version) });
}

async function saved(body: Edit, version: number, id = LEGAL): Promise<Edit> {
  const response = await save(body, version, editor, id);
  assert.equal(response.status, 200, response.text);
  assert.equal(response.body.version, version + 1);
  assert.equal(response.headers.get('etag'), `"${version + 1}"`);
  return response.body;
}

/** The `/hsds/` export of the service and of the list, held to the HSDS 3.0 schemas. */
async function assertExportValid(id: string, where: string) {
  const one = await app.get(`/hsds/services/${id}`);
  assert.equal(one.status, 200, one.text);
  assertHsdsValid('service.json', one.body, `${where}: /hsds/services/${id}`);
  const page = await app.get('/hsds/services?per_page=50');
  assert.equal(page.status, 200, page.text);
  assertHsdsValid('service_page', page.body, `${where}: /hsds/services`);
  return one.body;
}

function assertProblem(response: { status: number; body: any }, status: number, type: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.body.type, new RegExp(`/${type}$`));
}

const fieldsNamed = (response: { status: number; body: any }) => {
  assertProblem(response, 400, 'hsds-invalid');
  return (response.body.errors as { field: string }[]).map((error) => error.field);
};

const historyCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('directory_changes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('an HSDS fault is named as the editor names the field, from the rows the save wrote', () => {
  const exported = {
    id: 's1',
    url: 'x',
    phones: [{ id: 'p0' }, { id: 'p1', languages: [{ id: 'l0' }] }],
    attributes: [{ id: 'a0', value: 3 }],
    service_at_locations: [
      { id: 'sal0', location: { id: 'loc0', addresses: [{ id: 'ad0' }] }, schedules: [{ id: 'sc0' }] },
    ],
  };
  const paths = new Map([
    ['s1', 'fields'],
    ['p0', 'phones[0]'],
    ['p1', 'phones[1]'],
    ['l0', 'phones[1].languages[0]'],
    ['a0', 'badges[0]'],
    ['sal0', 'locations[0]'],
    ['loc0', 'locations[0]'],
    ['ad0', 'locations[0].address'],
    ['sc0', 'locations[0].schedules[0]'],
  ]);
  const named = (instancePath: string, params: Record<string, unknown> = {}) =>
    editorField(exported, { instancePath, params } as ErrorObject, paths);
  assert.equal(named('/url'), 'fields.url');
  assert.equal(named('/phones/1', { missingProperty: 'number' }), 'phones[1].number');
  assert.equal(named('/phones/1/languages/0/code'), 'phones[1].languages[0].code');
  assert.equal(named('/attributes/0/value'), 'badges[0].verified');
  assert.equal(named('/service_at_locations/0/location/addresses/0/postal_code'), 'locations[0].address.postal_code');
  assert.equal(named('/service_at_locations/0/schedules/0/byday'), 'locations[0].schedules[0].byday');
});

describe(`staff directory editor (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    app = testApp(database, { crypto, writesPerMinute: 10_000 });
  });
  beforeEach(async () => {
    await emptyDatabase(database.db);
    await sql`TRUNCATE directory_changes`.execute(database.db);
    await seedDirectories(database.db, [testDirectory]);
    await makeAccount(database.db, { email: 'eve@office.example', roles: ['editor'], name: 'Eve Editor' });
    await makeAccount(database.db, { email: 'ada@office.example', roles: ['admin'], name: 'Ada Admin' });
    await makeAccount(database.db, { email: 'dev@office.example', roles: ['desk'], name: 'Dev Desk' });
    editor = await signIn(app.post, 'eve@office.example');
    second = await signIn(app.post, 'ada@office.example');
    desk = await signIn(app.post, 'dev@office.example');
  });
  after(() => database.close());

  test('reads a service for the editor: fields, texts by language and state, places with hours; the contact view audited', async () => {
    await database.db
      .updateTable('services')
      .set({ verification_contact: crypto.encrypt('provider@legal.example') })
      .where('id', '=', LEGAL)
      .execute();
    const service = await read();
    assert.equal(service.version, 1);
    assert.equal(service.fields.name, 'Free immigration legal screening');
    assert.equal(service.source_locale, 'en');
    assert.deepEqual(service.texts.name.en, {
      value: 'Free immigration legal screening',
      state: 'source',
      reviewed_by: null,
      reviewed_at: null,
    });
    assert.equal(service.texts.name.es.state, 'machine');
    assert.equal(service.texts.description.so.state !== undefined, true, 'every UI locale is listed');
    assert.equal(service.verification_contact, 'provider@legal.example');
    assert.deepEqual(service.topics, ['immigration-legal']);
    assert.deepEqual(service.badges, [
      { code: 'doj-accredited-representative', verified: '2026-09-15' },
      { code: 'free', verified: null },
    ]);
    assert.equal(service.phones[0].number, '212-555-0100');
    assert.deepEqual(service.phones[0].languages, ['es']);
    assert.equal(service.locations.length, 2);
    const library = service.locations.find((l: Edit) => l.id === LIBRARY);
    assert.equal(library.address.postal_code, '10018');
    assert.equal(library.schedules[0].byday, 'SU,MO,TU,WE,TH,FR,SA');
    assert.equal(service.verification.verified, '2026-10-01');
    const audit = await database.db.selectFrom('audit_log').selectAll().where('record_id', '=', LEGAL).execute();
    assert.deepEqual(
      audit.map((row) => [row.actor, row.action, row.record_type, row.fields]),
      [['Eve Editor', 'view', 'service', ['verification_contact']]],
    );
  });

  test('every kind of edit saves, bumps the version, writes history and keeps the HSDS export valid', async () => {
    let service = await read();
    await assertExportValid(LEGAL, 'before any edit');
    const edits: [string, (body: Edit) => void, (after: Edit) => void][] = [
      [
        'fields',
        (body) => {
          body.fields.name = 'Immigration legal screening';
          body.fields.email = 'help@legal.example';
          body.fields.fees_description = 'Free of charge';
        },
        (after) => assert.equal(after.fields.email, 'help@legal.example'),
      ],
      [
        'texts',
        (body) => {
          body.texts = {
            description: { ht: { value: 'Pale ak yon avoka.', reviewed: false } },
            name: { es: { value: 'Evaluación legal', reviewed: true } },
          };
        },
        (after) => {
          assert.equal(after.texts.description.ht.state, 'reviewed', 'a text a person typed is theirs');
          assert.equal(after.texts.name.es.value, 'Evaluación legal');
          assert.equal(after.texts.name.es.reviewed_by, 'Eve Editor');
        },
      ],
      [
        'phones',
        (body) => {
          body.phones[0].number = '212-555-0199';
          body.phones.push({ number: '718-555-0123', type: 'text', description: 'Texts', languages: ['ht', 'es'] });
        },
        (after) => {
          assert.deepEqual(after.phones.map((p: Edit) => p.number).sort(), ['212-555-0199', '718-555-0123']);
          assert.deepEqual(after.phones.find((p: Edit) => p.number === '718-555-0123').languages, ['es', 'ht']);
        },
      ],
      [
        'schedules',
        (body) => {
          const library = body.locations.find((l: Edit) => l.id === LIBRARY);
          library.schedules = [
            ...library.schedules,
            {
              freq: 'WEEKLY',
              byday: 'MO,WE',
              opens_at: '09:00',
              closes_at: '17:00',
              valid_from: '2027-01-01',
              valid_to: '2027-12-31',
              description: 'Winter hours',
            },
            {
              freq: 'MONTHLY',
              byday: '2TU',
              opens_at: '18:00',
              closes_at: '20:00',
              valid_from: null,
              valid_to: null,
              description: 'Evening clinic',
            },
            // As an import may hold hours: no day or time, only words.
            {
              freq: 'WEEKLY',
              byday: null,
              opens_at: null,
              closes_at: null,
              valid_from: null,
              valid_to: null,
              description: 'By appointment',
            },
          ];
        },
        (after) => {
          const library = after.locations.find((l: Edit) => l.id === LIBRARY);
          assert.deepEqual(library.schedules.map((s: Edit) => `${s.freq} ${s.byday}`).sort(), [
            'MONTHLY 2TU',
            'WEEKLY MO,WE',
            'WEEKLY SU,MO,TU,WE,TH,FR,SA',
            'WEEKLY null',
          ]);
        },
      ],
      [
        'languages',
        (body) => {
          body.languages = [
            { code: 'ht', kind: 'staff' },
            { code: 'wo', kind: 'interpretation' },
          ];
        },
        (after) =>
          assert.deepEqual(after.languages, [
            { code: 'ht', kind: 'staff' },
            { code: 'wo', kind: 'interpretation' },
          ]),
      ],
      [
        'badges',
        (body) => {
          body.badges = [
            { code: 'attorney', verified: '2026-11-02' },
            { code: 'walk-in', verified: null },
          ];
        },
        (after) =>
          assert.deepEqual(
            after.badges.map((b: Edit) => [b.code, b.verified]),
            [
              ['attorney', '2026-11-02'],
              ['walk-in', null],
            ],
          ),
      ],
      [
        'topics',
        (body) => (body.topics = ['immigration-legal', 'citizenship']),
        (after) => assert.deepEqual(after.topics, ['citizenship', 'immigration-legal']),
      ],
      [
        'locations',
        (body) => {
          body.locations = body.locations.filter((l: Edit) => l.id === LIBRARY);
          body.locations[0].address.address_2 = 'Room 2';
          body.locations.push({
            name: 'Bronx Office',
            address: {
              address_1: '1 Fordham Plaza',
              address_2: null,
              city: 'Bronx',
              state_province: 'NY',
              postal_code: '10458',
              country: 'US',
            },
            latitude: 40.861,
            longitude: -73.89,
            timezone: 'America/New_York',
            schedules: [
              {
                freq: 'MONTHLY',
                byday: '-1FR',
                opens_at: '10:00',
                closes_at: '12:00',
                valid_from: null,
                valid_to: null,
                description: null,
              },
            ],
          });
        },
        (after) => {
          assert.deepEqual(after.locations.map((l: Edit) => l.name).sort(), ['Bronx Office', 'Main Library']);
          assert.equal(after.locations.find((l: Edit) => l.id === LIBRARY).address.address_2, 'Room 2');
        },
      ],
      [
        'availability',
        (body) => (body.availability = { status: 'waitlist', since: '2026-12-01', until: '2027-02-01' }),
        (after) =>
          assert.deepEqual(after.availability, { status: 'waitlist', since: '2026-12-01', until: '2027-02-01' }),
      ],
    ];
    for (const [kind, change, check] of edits) {
      const body = editable(service);
      change(body);
      const directoryBefore = BigInt(await readDirectoryVersion(database.db));
      const after = await saved(body, service.version);
      check(after);
      check(await read());
      assert.ok(
        BigInt(await readDirectoryVersion(database.db)) > directoryBefore,
        `${kind}: the directory version moved`,
      );
      await assertExportValid(LEGAL, `after editing ${kind}`);
      service = after;
    }
    assert.equal(service.version, 1 + edits.length);
    assert.equal(await historyCount(), edits.length);
    const exported = await assertExportValid(LEGAL, 'at the end');
    assert.deepEqual(exported.schedules.map((s: Edit) => `${s.freq} ${s.byday} ${s.opens_at}`).sort(), [
      'MONTHLY -1FR 10:00:00',
      'MONTHLY 2TU 18:00:00',
      'WEEKLY MO,WE 09:00:00',
      'WEEKLY SU,MO,TU,WE,TH,FR,SA 00:00:00',
      'WEEKLY undefined undefined',
    ]);
  });

  test('two editors: the second is told who changed it and gets the service now; nothing is overwritten', async () => {
    const first = await read(LEGAL, editor);
    const other = await read(LEGAL, second);
    const mine = editable(first);
    mine.phones[0].number = '212-555-0111';
    await saved(mine, first.version);
    const theirs = editable(other);
    theirs.fields.name = 'Overwritten name';
    theirs.phones[0].number = '000';
    const stale = await save(theirs, other.version, second);
    assertProblem(stale, 412, 'stale');
    assert.equal(stale.body.changed_by, 'Eve Editor');
    assert.equal(stale.body.current.version, 2);
    assert.equal(stale.body.current.phones[0].number, '212-555-0111');
    const now = await read();
    assert.equal(now.fields.name, 'Free immigration legal screening');
    assert.equal(now.phones[0].number, '212-555-0111');
    assert.equal(await historyCount(), 1);

    // At the same moment: the service's row is locked for the save, so one wins and the other is told.
    const a = editable(now);
    const b = editable(now);
    a.phones[0].number = '212-555-0001';
    b.phones[0].number = '212-555-0002';
    const answers = await Promise.all([save(a, now.version, editor), save(b, now.version, second)]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 412]);
    const winner = answers.find((r) => r.status === 200)!.body.phones[0].number;
    assert.equal((await read()).phones[0].number, winner);
    assert.equal(await historyCount(), 2);
  });

  test('a desk session must send If-Match (428)', async () => {
    const service = await read();
    const response = await app.send('PUT', `${PATH}/${LEGAL}`, editable(service), editor.write);
    assertProblem(response, 428, 'precondition-required');
    const review = await app.post(`${PATH}/${LEGAL}/texts/review`, { field: 'name', locale: 'es' }, editor.write);
    assertProblem(review, 428, 'precondition-required');
  });

  test('an edit that would make the HSDS export invalid is refused with the field named, and nothing is saved', async () => {
    const service = await read();
    const directoryBefore = await readDirectoryVersion(database.db);
    const body = editable(service);
    body.fields.url = 'https://example.org/legal help'; // a URL to a browser, not to RFC 3986 (HSDS `format: uri`)
    body.phones[0].number = '212-555-0142';
    const refused = await save(body, service.version);
    assert.deepEqual(fieldsNamed(refused), ['fields.url']);
    const now = await read();
    assert.equal(now.version, 1);
    assert.equal(now.phones[0].number, '212-555-0100');
    assert.equal(now.fields.url, null);
    assert.equal(await historyCount(), 0);
    assert.equal(await readDirectoryVersion(database.db), directoryBefore);

    const wrong = editable(service);
    wrong.phones[0].number = ' ';
    wrong.locations[0].address.postal_code = '';
    wrong.locations[0].schedules = [
      {
        freq: 'WEEKLY',
        byday: 'TU',
        opens_at: '9am',
        closes_at: '17:00',
        valid_from: null,
        valid_to: null,
        description: null,
      },
    ];
    wrong.topics = ['not-a-topic'];
    wrong.fields.email = 'not an address';
    wrong.verification_contact = 'call Bob';
    assert.deepEqual(fieldsNamed(await save(wrong, service.version)).sort(), [
      'fields.email',
      'locations[0].address.postal_code',
      'locations[0].schedules[0].opens_at',
      'phones[0].number',
      'topics[0]',
      'verification_contact',
    ]);
    const monthly = editable(service);
    monthly.locations[0].schedules = [
      {
        freq: 'MONTHLY',
        byday: 'TU',
        opens_at: '09:00',
        closes_at: '17:00',
        valid_from: null,
        valid_to: null,
        description: null,
      },
    ];
    assert.deepEqual(fieldsNamed(await save(monthly, service.version)), ['locations[0].schedules[0].byday']);
    assert.equal((await read()).version, 1);
  });

  test('reviewing a Haitian Creole draft: the finder shows it without the draft mark', async () => {
    await database.db
      .insertInto('translations')
      .values({
        entity: 'service',
        entity_id: LEGAL,
        field: 'description',
        locale: 'ht',
        value: 'Pale ak yon avoka sou opsyon ou yo.',
        method: 'machine',
      })
      .execute();
    const before = await app.get(`/v1/services/${LEGAL}?lang=ht`);
    assert.equal(before.body.content.locale, 'ht');
    assert.equal(before.body.content.method, 'machine');
    const service = await read();
    assert.equal(service.texts.description.ht.state, 'machine');
    const reviewed = await app.post(
      `${PATH}/${LEGAL}/texts/review`,
      { field: 'description', locale: 'ht' },
      { ...editor.write, ...ifMatch(service.version) },
    );
    assert.equal(reviewed.status, 200, reviewed.text);
    assert.equal(reviewed.headers.get('etag'), '"2"');
    assert.equal(reviewed.body.texts.description.ht.state, 'reviewed');
    assert.equal(reviewed.body.texts.description.ht.reviewed_by, 'Eve Editor');
    assert.ok(reviewed.body.texts.description.ht.reviewed_at);
    const after = await app.get(`/v1/services/${LEGAL}?lang=ht`);
    assert.equal(after.body.description, 'Pale ak yon avoka sou opsyon ou yo.');
    assert.deepEqual(
      { locale: after.body.content.locale, method: after.body.content.method, fallback: after.body.content.fallback },
      { locale: 'ht', method: 'human', fallback: false },
    );
    assert.ok(!after.body.content.fallback_fields.includes('description'));
    // A stale review is refused like a stale save.
    const again = await app.post(
      `${PATH}/${LEGAL}/texts/review`,
      { field: 'description', locale: 'ht', value: 'Lòt tèks' },
      { ...editor.write, ...ifMatch(1) },
    );
    assertProblem(again, 412, 'stale');
    await assertExportValid(LEGAL, 'after a review');
  });

  test('a changed source text makes its reviewed translations drafts again, unless the same save sends them', async () => {
    const reviewedNow = { method: 'human' as const, reviewed_by: 'someone', reviewed_at: new Date() };
    for (const [field, locale] of [
      ['description', 'ht'],
      ['description', 'fr'],
      ['name', 'ht'],
    ]) {
      await database.db
        .insertInto('translations')
        .values({
          entity: 'service',
          entity_id: LEGAL,
          field: field!,
          locale: locale!,
          value: `${field} ${locale}`,
          ...reviewedNow,
        })
        .onConflict((oc) => oc.columns(['entity', 'entity_id', 'field', 'locale']).doUpdateSet(reviewedNow))
        .execute();
    }
    const body = editable(await read());
    body.fields.description = 'Talk to a lawyer about your case, in your language.';
    body.texts = { description: { fr: { value: 'Parlez à un avocat de votre dossier.', reviewed: true } } };
    const after = await saved(body, 1);
    assert.equal(after.texts.description.ht.state, 'machine', 'checked against the old text');
    assert.equal(after.texts.description.ht.reviewed_by, null);
    assert.equal(after.texts.description.fr.state, 'reviewed', 'sent with the change');
    assert.equal(after.texts.name.ht.state, 'reviewed', 'its source did not change');
    const queue = await app.get('/v1/staff/directory/review-queue?locale=ht', editor.read);
    assert.ok(queue.body.items.some((i: Edit) => i.service_id === LEGAL && i.field === 'description'));
  });

  test('the review queue lists one language’s machine drafts by service name, with the source beside', async () => {
    const draft = (id: string, field: string, value: string, method: 'machine' | 'human' = 'machine') => ({
      entity: 'service',
      entity_id: id,
      field,
      locale: 'wo',
      value,
      method,
    });
    await database.db.deleteFrom('translations').where('locale', '=', 'wo').execute();
    await database.db
      .insertInto('translations')
      .values([
        draft(LEGAL, 'name', 'Saytu yoon bu yomb'),
        draft(LEGAL, 'description', 'Waxtaanal ak avoka', 'human'),
        draft(ENGLISH, 'description', 'Jàng angale'),
      ])
      .execute();
    const queue = await app.get('/v1/staff/directory/review-queue?locale=wo', editor.read);
    assert.equal(queue.status, 200, queue.text);
    assert.equal(queue.body.total, 2);
    assert.deepEqual(
      queue.body.items.map((i: Edit) => [i.service_name, i.field, i.draft, i.source.value]),
      [
        ['English conversation class', 'description', 'Jàng angale', 'Practice English in a small group.'],
        ['Free immigration legal screening', 'name', 'Saytu yoon bu yomb', 'Free immigration legal screening'],
      ],
    );
    const item = queue.body.items[1];
    const reviewed = await app.post(
      `${PATH}/${item.service_id}/texts/review`,
      { field: item.field, locale: 'wo', value: 'Saytu yoon bu yomb bu amul pay' },
      { ...editor.write, ...ifMatch(item.version) },
    );
    assert.equal(reviewed.status, 200, reviewed.text);
    assert.equal(reviewed.body.texts.name.wo.value, 'Saytu yoon bu yomb bu amul pay');
    const rest = await app.get('/v1/staff/directory/review-queue?locale=wo', editor.read);
    assert.deepEqual(
      rest.body.items.map((i: Edit) => i.service_name),
      ['English conversation class'],
    );
    assertProblem(await app.get('/v1/staff/directory/review-queue?locale=!!', editor.read), 400, 'invalid-parameters');
  });

  test('history says who changed what and when, newest first', async () => {
    const service = await read();
    const body = editable(service);
    body.fields.name = 'Legal screening';
    body.verification_contact = 'new@legal.example';
    await saved(body, 1);
    await database.db
      .insertInto('translations')
      .values({ entity: 'service', entity_id: LEGAL, field: 'name', locale: 'ht', value: 'Tès', method: 'machine' })
      .onConflict((oc) => oc.columns(['entity', 'entity_id', 'field', 'locale']).doUpdateSet({ method: 'machine' }))
      .execute();
    const review = await app.post(
      `${PATH}/${LEGAL}/texts/review`,
      { field: 'name', locale: 'ht' },
      { ...second.write, ...ifMatch(2) },
    );
    assert.equal(review.status, 200, review.text);
    const history = await app.get(`${PATH}/${LEGAL}/history`, editor.read);
    assert.equal(history.status, 200, history.text);
    assert.deepEqual(
      history.body.items.map((i: Edit) => [i.kind, i.changed_by]),
      [
        ['review', 'Ada Admin'],
        ['edit', 'Eve Editor'],
      ],
    );
    const edit = history.body.items[1];
    assert.ok(Date.now() - Date.parse(edit.changed_at) < 60_000);
    assert.deepEqual(
      edit.fields.find((f: Edit) => f.field === 'fields.name'),
      { field: 'fields.name', before: 'Free immigration legal screening', after: 'Legal screening' },
    );
    assert.deepEqual(
      edit.fields.find((f: Edit) => f.field === 'verification_contact'),
      { field: 'verification_contact', before: null, after: '(hidden)' },
      'the contact is never in the history by value',
    );
    assert.ok(!JSON.stringify(history.body).includes('new@legal.example'));
    assert.deepEqual(history.body.items[0].fields[0].locale, 'ht');
    assertProblem(await app.get(`${PATH}/${stableId('nothing')}/history`, editor.read), 404, 'not-found');
  });

  test('adds a service (with a new organization); the finder finds it at once', async () => {
    const miss = await app.get('/v1/services?q=quokkaclinic');
    assert.equal(miss.body.total, 0);
    const body: Edit = {
      ...editable(await read()),
      organization_name: 'Bronx Neighbors',
      source_locale: 'en',
    };
    body.fields = { ...body.fields, name: 'Quokkaclinic tax help', description: 'Free tax returns.' };
    body.locations = [];
    body.phones = [{ number: '718-555-0000', type: 'voice', description: null, languages: [] }];
    body.texts = { name: { es: { value: 'Ayuda con impuestos', reviewed: true } } };
    const created = await app.post(PATH, body, editor.write);
    assert.equal(created.status, 201, created.text);
    assert.equal(created.headers.get('etag'), '"1"');
    assert.equal(created.body.organization.name, 'Bronx Neighbors');
    assert.equal(created.body.texts.name.es.state, 'reviewed');
    await assertExportValid(created.body.id, 'a new service');
    const found = await app.get('/v1/services?q=quokkaclinic');
    assert.deepEqual(
      found.body.items.map((r: Edit) => r.id),
      [created.body.id],
    );
    const history = await app.get(`${PATH}/${created.body.id}/history`, editor.read);
    assert.deepEqual(
      history.body.items.map((i: Edit) => i.kind),
      ['create'],
    );
    const list = await app.get(`${PATH}?q=quokka`, editor.read);
    assert.deepEqual(
      list.body.items.map((i: Edit) => [i.name, i.organization_name, i.open_reports]),
      [['Quokkaclinic tax help', 'Bronx Neighbors', 0]],
    );
    const noOrganization = await app.post(PATH, { ...body, organization_name: undefined }, editor.write);
    assert.deepEqual(fieldsNamed(noOrganization), ['organization_id']);
  });

  test('a save that fixes reports closes them with the change', async () => {
    const report = await database.db
      .insertInto('service_reports')
      .values({
        service_id: LEGAL,
        kind: 'wrong-phone',
        locale: 'ht',
        note: null,
        proposed: null,
        resolution: null,
        change_id: null,
        closed_by: null,
        closed_at: null,
        idempotency_key: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const other = await database.db
      .insertInto('service_reports')
      .values({
        service_id: LEGAL,
        kind: 'closed',
        locale: 'en',
        note: null,
        proposed: null,
        resolution: null,
        change_id: null,
        closed_by: null,
        closed_at: null,
        idempotency_key: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const service = await read();
    assert.deepEqual(service.open_reports.map((r: Edit) => r.kind).sort(), ['closed', 'wrong-phone']);
    const listed = await app.get(`${PATH}?state=reports`, editor.read);
    assert.deepEqual(
      listed.body.items.map((i: Edit) => [i.id, i.open_reports]),
      [[LEGAL, 2]],
    );
    const body = editable(service);
    body.phones[0].number = '212-555-0177';
    body.closes_reports = [report.id];
    const after = await saved(body, 1);
    assert.deepEqual(
      after.open_reports.map((r: Edit) => r.id),
      [other.id],
    );
    const closed = await database.db
      .selectFrom('service_reports')
      .selectAll()
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    const change = await database.db.selectFrom('directory_changes').select('id').executeTakeFirstOrThrow();
    assert.deepEqual([closed.status, closed.resolution, closed.change_id], ['closed', 'fixed', change.id]);
  });

  test('the finder is current after a save: a new word finds it, the record shows the new phone at once', async () => {
    // Warm the search index and the record cache of the version before the save.
    assert.equal((await app.get('/v1/services?q=axolotl')).body.total, 0);
    assert.equal((await app.get(`/v1/services/${LEGAL}`)).body.phones[0].number, '212-555-0100');
    const body = editable(await read());
    body.fields.description = 'Talk to a lawyer about your options, axolotl friendly.';
    body.phones[0].number = '212-555-0188';
    await saved(body, 1);
    const found = await app.get('/v1/services?q=axolotl');
    assert.deepEqual(
      found.body.items.map((r: Edit) => r.id),
      [LEGAL],
    );
    assert.equal((await app.get(`/v1/services/${LEGAL}`)).body.phones[0].number, '212-555-0188');
  });

  test('lists services by state; only editors and admins may use the editor', async () => {
    const list = await app.get(PATH, editor.read);
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.total, 3);
    assert.deepEqual(Object.keys(list.body.items[0]).sort(), [
      'availability',
      'draft_texts',
      'id',
      'name',
      'open_reports',
      'organization_name',
      'verification',
    ]);
    assert.ok((await app.get(`${PATH}?state=drafts`, editor.read)).body.total >= 1);
    // Verified long ago: overdue; 350 days ago (a 365-day interval): due within 30 days, not overdue.
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    await database.db.updateTable('services').set({ last_verified: '2020-01-01' }).where('id', '=', ENGLISH).execute();
    await database.db
      .updateTable('services')
      .set({ last_verified: daysAgo(350) })
      .where('id', '=', DIRECTORY)
      .execute();
    const names = async (state: string) =>
      (await app.get(`${PATH}?state=${state}`, editor.read)).body.items.map((i: Edit) => [
        i.name,
        i.verification.overdue,
      ]);
    assert.deepEqual(await names('overdue'), [['English conversation class', true]]);
    assert.deepEqual(await names('due'), [
      ['Community resource directory', false],
      ['English conversation class', true],
    ]);
    const paged = await app.get(`${PATH}?page=2&page_size=2`, editor.read);
    assert.deepEqual([paged.body.total, paged.body.items.length], [3, 1]);
    assertProblem(await app.get(`${PATH}?state=nonsense`, editor.read), 400, 'invalid-parameters');
    assertProblem(await app.get(PATH), 401, 'unauthorized');
    assertProblem(await app.get(PATH, desk.read), 403, 'forbidden');
    assertProblem(await app.get(`${PATH}/${LEGAL}`, desk.read), 403, 'forbidden');
    const service = await read();
    assertProblem(await save(editable(service), 1, desk), 403, 'forbidden');
    assertProblem(await app.post(PATH, { ...editable(service), organization_name: 'X' }, desk.write), 403, 'forbidden');
    assertProblem(
      await app.post(
        `${PATH}/${LEGAL}/texts/review`,
        { field: 'name', locale: 'es' },
        { ...desk.write, ...ifMatch(1) },
      ),
      403,
      'forbidden',
    );
    assertProblem(await app.get('/v1/staff/directory/review-queue?locale=wo', desk.read), 403, 'forbidden');
    assertProblem(await app.get(`${PATH}/${LEGAL}/history`, desk.read), 403, 'forbidden');
    assert.equal((await app.get(`${PATH}/${LEGAL}`, second.read)).status, 200, 'an admin may');
    assertProblem(await app.get(`${PATH}/${stableId('nothing')}`, editor.read), 404, 'not-found');
  });
});
