import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { readDirectoryVersion } from '../src/directory/version.js';
import { testApp } from './helpers/app.js';
import { openTestDatabase } from './helpers/database.js';
import { makeAccount, signIn } from './helpers/staff-session.js';

const PATH = '/v1/staff/search-concepts';

let database: OpenDatabase;
let app: ReturnType<typeof testApp>;
let editor: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
let desk: Awaited<ReturnType<typeof signIn>>;

const deportation = (extra: Record<string, unknown> = {}) => ({
  locale: 'es',
  phrase: 'Deportación',
  topics: ['immigration-legal', 'know-your-rights'],
  terms: ['removal defense'],
  review: 'reviewed',
  ...extra,
});

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
const version = async () => BigInt(await readDirectoryVersion(database.db));

function assertProblem(response: { status: number; body: any }, status: number, type: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.body.type, new RegExp(`/${type}$`));
}

/** The fields a 400 names. */
const named = (response: { status: number; body: any }) => {
  assert.equal(response.status, 400, JSON.stringify(response.body));
  return (response.body.errors as { path: string }[]).map((error) => error.path);
};

async function create(body = deportation(), as = editor) {
  const response = await app.post(PATH, body, as.write);
  assert.equal(response.status, 201, response.text);
  return response.body as { id: string; version: number };
}

describe(`staff search concepts (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    app = testApp(database, { writesPerMinute: 10_000 });
  });
  beforeEach(async () => {
    await sql`TRUNCATE search_concepts, staff_accounts, staff_sessions, audit_log CASCADE`.execute(database.db);
    await makeAccount(database.db, { email: 'eve@office.example', roles: ['editor'], name: 'Eve Editor' });
    await makeAccount(database.db, { email: 'ada@office.example', roles: ['admin'], name: 'Ada Admin' });
    await makeAccount(database.db, { email: 'dev@office.example', roles: ['desk', 'organizer'], name: 'Dev Desk' });
    editor = await signIn(app.post, 'eve@office.example');
    admin = await signIn(app.post, 'ada@office.example');
    desk = await signIn(app.post, 'dev@office.example');
  });
  after(() => database.close());

  test('editors and admins read and write; a desk account gets 403, no session 401', async () => {
    assertProblem(await app.get(PATH), 401, 'unauthorized');
    assertProblem(await app.get(PATH, desk.read), 403, 'forbidden');
    assertProblem(await app.post(PATH, deportation(), desk.write), 403, 'forbidden');
    assert.equal((await app.get(PATH, editor.read)).status, 200);
    const made = await create(deportation(), admin);
    assertProblem(
      await app.send('PUT', `${PATH}/${made.id}`, deportation(), { ...desk.write, ...ifMatch(1) }),
      403,
      'forbidden',
    );
    assertProblem(
      await app.send('DELETE', `${PATH}/${made.id}`, undefined, { ...desk.write, ...ifMatch(1) }),
      403,
      'forbidden',
    );
    assert.equal((await app.get(PATH, editor.read)).body.items.length, 1, 'the desk changed nothing');
  });

  test('adding one: 201 with its ETag, the folded phrase, who wrote it, the version bumped, audited', async () => {
    const before = await version();
    const response = await app.post(PATH, deportation({ phrase: '  Deportación   forzada ' }), editor.write);
    assert.equal(response.status, 201, response.text);
    const concept = response.body;
    assert.equal(response.headers.get('etag'), '"1"');
    assert.deepEqual(
      { ...concept, id: undefined, updated_at: undefined },
      {
        id: undefined,
        locale: 'es',
        phrase: 'Deportación forzada',
        topics: ['immigration-legal', 'know-your-rights'],
        terms: ['removal defense'],
        review: 'reviewed',
        version: 1,
        updated_by: 'Eve Editor',
        updated_at: undefined,
      },
    );
    assert.ok(Math.abs(Date.parse(concept.updated_at) - Date.now()) < 60_000);
    assert.equal(await version(), before + 1n);
    const row = await database.db
      .selectFrom('search_concepts')
      .select('phrase_folded')
      .where('id', '=', concept.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.phrase_folded, 'deportacion forzada');
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('record_type', '=', 'search-concept')
      .execute();
    assert.deepEqual(
      audit.map((entry) => [entry.actor, entry.action, entry.record_type, entry.record_id]),
      [['Eve Editor', 'create', 'search-concept', concept.id]],
    );
  });

  test('a phrase the language already has, accents and case folded, is a 409 naming phrase', async () => {
    await create(deportation({ phrase: 'Deportación' }));
    const before = await version();
    const twin = await app.post(PATH, deportation({ phrase: 'deportacion' }), editor.write);
    assertProblem(twin, 409, 'duplicate');
    assert.deepEqual(
      twin.body.errors.map((error: { path: string }) => error.path),
      ['phrase'],
    );
    assert.equal(await version(), before, 'a refused write bumps nothing');
    // Another language may have the same phrase.
    await create(deportation({ locale: 'pt', phrase: 'deportacion' }));
    assert.equal((await app.get(PATH, editor.read)).body.items.length, 2);
  });

  test('each invalid field is a 400 naming it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ phrase: '' }, 'phrase'],
      [{ phrase: '   ' }, 'phrase'],
      [{ phrase: 'x'.repeat(81) }, 'phrase'],
      [{ phrase: 'two\nlines' }, 'phrase'],
      [{ locale: 'not a tag' }, 'locale'],
      [{ topics: ['not-a-topic'] }, 'topics.0'],
      [{ terms: Array.from({ length: 21 }, (_, i) => `term ${i}`) }, 'terms'],
      [{ terms: ['ok', 'y'.repeat(61)] }, 'terms.1'],
      [{ terms: [''] }, 'terms.0'],
      [{ topics: [], terms: [] }, 'topics'],
      [{ review: 'maybe' }, 'review'],
    ];
    for (const [change, field] of cases) {
      assert.deepEqual(named(await app.post(PATH, deportation(change), editor.write)), [field], JSON.stringify(change));
    }
    // The edges are allowed.
    await create(
      deportation({ phrase: 'p'.repeat(80), topics: [], terms: Array.from({ length: 20 }, (_, i) => `t${i}`) }),
    );
    assert.equal((await app.get(PATH, editor.read)).body.items.length, 1);
  });

  test('a change needs If-Match; a stale one is a 412 saying who and when; a twin phrase a 409', async () => {
    const made = await create();
    const other = await create(deportation({ phrase: 'green card', topics: ['immigration-legal'] }));
    const url = `${PATH}/${made.id}`;
    const change = deportation({ phrase: 'deportar', review: 'draft', terms: ['deportation', 'Deportation'] });

    assertProblem(await app.send('PUT', url, change, editor.write), 428, 'precondition-required');
    const before = await version();
    const changed = await app.send('PUT', url, change, { ...admin.write, ...ifMatch(made.version) });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.headers.get('etag'), '"2"');
    assert.equal(changed.body.version, 2);
    assert.equal(changed.body.phrase, 'deportar');
    assert.deepEqual(changed.body.terms, ['deportation'], 'a term given twice is kept once');
    assert.equal(changed.body.review, 'draft');
    assert.equal(changed.body.updated_by, 'Ada Admin');
    assert.equal(await version(), before + 1n);

    const stale = await app.send('PUT', url, deportation(), { ...editor.write, ...ifMatch(made.version) });
    assertProblem(stale, 412, 'stale');
    assert.equal(stale.body.changed_by, 'Ada Admin');
    assert.equal(stale.body.current_version, 2);
    assert.equal(stale.body.changed_at, changed.body.updated_at);
    assert.equal(stale.headers.get('etag'), '"2"');
    assert.equal(await version(), before + 1n, 'a refused write bumps nothing');

    const twin = await app.send('PUT', url, deportation({ phrase: 'Green Card' }), { ...editor.write, ...ifMatch(2) });
    assertProblem(twin, 409, 'duplicate');
    assert.equal(twin.body.errors[0].path, 'phrase');
    // Its own phrase, folded differently, is no twin.
    const recased = await app.send('PUT', url, deportation({ phrase: 'DEPORTAR' }), { ...editor.write, ...ifMatch(2) });
    assert.equal(recased.status, 200, recased.text);
    assert.equal(other.version, 1);

    const missing = `${PATH}/00000000-0000-4000-8000-000000000000`;
    assertProblem(await app.send('PUT', missing, deportation(), { ...editor.write, ...ifMatch(1) }), 404, 'not-found');
  });

  test('deleting: If-Match required, stale refused, then gone and the version bumped', async () => {
    const made = await create();
    const url = `${PATH}/${made.id}`;
    assertProblem(await app.send('DELETE', url, undefined, editor.write), 428, 'precondition-required');
    assertProblem(await app.send('DELETE', url, undefined, { ...editor.write, ...ifMatch(7) }), 412, 'stale');
    const before = await version();
    const deleted = await app.send('DELETE', url, undefined, { ...editor.write, ...ifMatch(1) });
    assert.equal(deleted.status, 204, deleted.text);
    assert.equal(await version(), before + 1n);
    assert.deepEqual((await app.get(PATH, editor.read)).body.items, []);
    assertProblem(await app.send('DELETE', url, undefined, { ...editor.write, ...ifMatch(1) }), 404, 'not-found');
    const actions = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_type', '=', 'search-concept')
      .orderBy('at')
      .execute();
    assert.deepEqual(
      actions.map((entry) => entry.action),
      ['create', 'delete'],
    );
  });

  test('writes with the session cookie need the CSRF token', async () => {
    const made = await create();
    assertProblem(await app.post(PATH, deportation({ phrase: 'asilo' }), editor.read), 403, 'csrf');
    const url = `${PATH}/${made.id}`;
    assertProblem(await app.send('PUT', url, deportation(), { ...editor.read, ...ifMatch(1) }), 403, 'csrf');
    assertProblem(await app.send('DELETE', url, undefined, { ...editor.read, ...ifMatch(1) }), 403, 'csrf');
    const crossed = { ...editor.read, 'X-CSRF-Token': admin.me.csrf_token as string, ...ifMatch(1) };
    assertProblem(await app.send('DELETE', url, undefined, crossed), 403, 'csrf');
    assert.equal((await app.get(PATH, editor.read)).body.items.length, 1);
  });

  test('search understands a word as soon as it is added, changed or deleted (no stale cached knowledge)', async () => {
    const understood = async (q: string) =>
      ((await app.get(`/v1/services?q=${encodeURIComponent(q)}&lang=es`)).body.search?.concepts ?? []).map(
        (concept: { phrase: string; topics: string[] }) => `${concept.phrase}:${concept.topics.join('+')}`,
      );
    assert.deepEqual(await understood('ayuda con el papeleo'), [], 'nothing known before');
    const made = await create(deportation({ phrase: 'papeleo', topics: ['citizenship'] }));
    assert.deepEqual(await understood('ayuda con el papeleo'), ['papeleo:citizenship']);
    const url = `${PATH}/${made.id}`;
    const changed = deportation({ phrase: 'papeleo', topics: ['housing'] });
    assert.equal((await app.send('PUT', url, changed, { ...editor.write, ...ifMatch(1) })).status, 200);
    assert.deepEqual(await understood('ayuda con el papeleo'), ['papeleo:housing']);
    assert.equal((await app.send('DELETE', url, undefined, { ...editor.write, ...ifMatch(2) })).status, 204);
    assert.deepEqual(await understood('ayuda con el papeleo'), []);
  });

  test('the list filters by language, review and part of a phrase or term, sorted by language then phrase', async () => {
    await create(deportation({ phrase: 'Tarjeta verde', terms: ['residencia permanente'], review: 'draft' }));
    await create(deportation({ phrase: 'asilo', review: 'reviewed' }));
    await create(deportation({ phrase: 'Ábogado', terms: ['abogada'], review: 'reviewed' }));
    await create(deportation({ locale: 'en', phrase: 'green card', review: 'draft' }));
    const phrases = async (query: string) =>
      ((await app.get(`${PATH}?${query}`, editor.read)).body.items as { locale: string; phrase: string }[]).map(
        (item) => `${item.locale}:${item.phrase}`,
      );
    assert.deepEqual(await phrases(''), ['en:green card', 'es:Ábogado', 'es:asilo', 'es:Tarjeta verde']);
    assert.deepEqual(await phrases('locale=es&review=reviewed'), ['es:Ábogado', 'es:asilo']);
    assert.deepEqual(await phrases('q=ABOG'), ['es:Ábogado'], 'accents and case folded');
    assert.deepEqual(await phrases('q=permanénte'), ['es:Tarjeta verde'], 'found by a term');
    assert.deepEqual(await phrases('q=%25'), [], 'a % is a character, not a wildcard');
    assert.deepEqual(named(await app.get(`${PATH}?review=maybe`, editor.read)), ['review']);
    assert.deepEqual(named(await app.get(`${PATH}?locale=no+tag`, editor.read)), ['locale']);
  });
});
