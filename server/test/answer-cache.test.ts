import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { refreshSearchText } from '../src/directory/search.js';
import { bumpDirectoryVersion } from '../src/directory/version.js';
import { openPublicAnswers, type PublicAnswers } from '../src/routes/answer-caching.js';
import { seedDirectories } from '../src/seed/seed.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testDirectory } from './helpers/directory.js';
import { startServerProcess, type ServerProcess } from './helpers/server-process.js';

// Whole answers of GET /v1/services and /v1/services/{id} from memory, on PGlite and on PostgreSQL;
// and never one from before a committed write, in this process or another.
let database: OpenDatabase;
let answers: PublicAnswers;
let api: ReturnType<typeof testApp>;

/** Takes the English class out of the directory, as a write to it must: in one transaction with the bump. */
async function closeEnglishClass(bump = true) {
  await database.db.transaction().execute(async (trx) => {
    await sql`UPDATE services SET status = 'inactive', description = 'Closed for the winter.'
      WHERE name = 'English conversation class'`.execute(trx);
    if (bump) await bumpDirectoryVersion(trx);
  });
}

const SEARCH = '/v1/services?q=english';

describe('the answer cache', () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    await seedDirectories(database.db, [testDirectory]);
    answers = await openPublicAnswers(database);
    api = testApp(database, { answers });
  });
  after(async () => {
    await answers?.versions.close();
    await database?.close();
  });

  test('a repeated search is served from memory, with the same text', async () => {
    const first = await api.get('/v1/services?q=class&topic=education,english-classes');
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('X-Cache'), 'miss');
    const hits = answers.cache.hits;
    // Parameters in another order and a list in another order: the same request.
    const second = await api.get('/v1/services?topic=english-classes,education&q=class');
    assert.equal(second.headers.get('X-Cache'), 'hit');
    assert.equal(answers.cache.hits, hits + 1);
    assert.equal(second.text, first.text);
    assert.equal(second.headers.get('ETag'), first.headers.get('ETag'));
  });

  test('requests for one answer at once compute it once', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => api.get('/v1/services?q=help&page_size=3')));
    assert.deepEqual(answers.map((a) => a.headers.get('X-Cache')).sort(), ['hit', 'hit', 'hit', 'hit', 'miss']);
    assert.equal(new Set(answers.map((a) => a.text)).size, 1);
  });

  test('HTTP caching a CDN can use: no-cache with a strong ETag, Vary, and 304 on If-None-Match', async () => {
    for (const path of ['/v1/services?q=legal', '/v1/services']) {
      const answer = await api.get(path);
      assert.equal(answer.headers.get('Cache-Control'), 'public, no-cache');
      assert.match(answer.headers.get('Vary') ?? '', /Accept-Language/);
      const etag = answer.headers.get('ETag')!;
      assert.match(etag, /^"[\w-]+"$/, 'a strong ETag');
      const again = await api.get(path, { 'If-None-Match': etag });
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      assert.equal(again.headers.get('ETag'), etag);
      assert.equal(again.headers.get('Cache-Control'), 'public, no-cache');
      assert.equal((await api.get(path, { 'If-None-Match': '"other"' })).status, 200);
    }
    const { body } = await api.get('/v1/services?q=english');
    const path = `/v1/services/${body.items[0].id}`;
    const detail = await api.get(path);
    assert.equal(detail.headers.get('Cache-Control'), 'public, no-cache');
    assert.equal((await api.get(path, { 'If-None-Match': detail.headers.get('ETag')! })).status, 304);
  });

  test('languages are never mixed: each has its own answer', async () => {
    const english = await api.get('/v1/services?q=directory', { 'Accept-Language': 'en' });
    const spanish = await api.get('/v1/services?q=directory', { 'Accept-Language': 'es' });
    const byParameter = await api.get('/v1/services?q=directory&lang=es', { 'Accept-Language': 'en' });
    assert.equal(english.body.items[0].name, 'Community resource directory');
    assert.equal(spanish.body.items[0].name, 'Directorio de recursos comunitarios');
    assert.equal(byParameter.body.items[0].name, 'Directorio de recursos comunitarios');
    assert.notEqual(spanish.headers.get('ETag'), english.headers.get('ETag'));
    const spanishAgain = await api.get('/v1/services?q=directory', { 'Accept-Language': 'es' });
    assert.equal(spanishAgain.headers.get('X-Cache'), 'hit');
    assert.equal(spanishAgain.body.items[0].name, 'Directorio de recursos comunitarios');
  });

  test('a committed write makes the next answer fresh; a change without the bump is not seen (the cache is real)', async () => {
    const before = await api.get(SEARCH);
    assert.equal(before.body.total, 1);
    const detailPath = `/v1/services/${before.body.items[0].id}`;
    assert.equal((await api.get(detailPath)).body.description, 'Practice English in a small group.');
    assert.equal((await api.get(SEARCH)).headers.get('X-Cache'), 'hit');

    await closeEnglishClass(false);
    const stale = await api.get(SEARCH);
    assert.equal(stale.headers.get('X-Cache'), 'hit');
    assert.equal(stale.body.total, 1, 'without a bump the answer comes from memory');

    await database.db.transaction().execute((trx) => bumpDirectoryVersion(trx));
    const fresh = await api.get(SEARCH, { 'If-None-Match': before.headers.get('ETag')! });
    assert.equal(fresh.status, 200, 'the old ETag no longer matches');
    assert.equal(fresh.headers.get('X-Cache'), 'miss');
    assert.equal(fresh.body.total, 0);
    assert.equal((await api.get(detailPath)).body.description, 'Closed for the winter.');

    await database.db.transaction().execute(async (trx) => {
      await sql`UPDATE services SET status = 'active' WHERE name = 'English conversation class'`.execute(trx);
      await bumpDirectoryVersion(trx);
    });
    assert.equal((await api.get(SEARCH)).body.total, 1);
  });

  test("a word's lookup kept for one version is never used for the next", async () => {
    // "englsh" is corrected to "english" while no service uses it; once one does, it is searched as typed. A lookup
    // kept from the old version would still say the directory lacks it, and correct it.
    const before = await api.get('/v1/services?q=englsh&lang=en');
    assert.equal(before.body.search.corrected, 'english');
    assert.equal((await api.get('/v1/services?q=englsh&lang=en&page_size=5')).body.search.corrected, 'english');
    await database.db.transaction().execute(async (trx) => {
      await sql`UPDATE services SET name = 'Englsh conversation class' WHERE name = 'English conversation class'`.execute(
        trx,
      );
      await refreshSearchText(trx);
    });
    const after = await api.get('/v1/services?q=englsh&lang=en&page_size=5');
    assert.equal(after.headers.get('X-Cache'), 'miss');
    assert.equal(after.body.search.corrected, null);
    assert.equal(after.body.total, 1);
    await database.db.transaction().execute(async (trx) => {
      await sql`UPDATE services SET name = 'English conversation class' WHERE name = 'Englsh conversation class'`.execute(
        trx,
      );
      await refreshSearchText(trx);
    });
  });

  test('a write that rolls back keeps the answers', async () => {
    await api.get(SEARCH);
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await bumpDirectoryVersion(trx);
        throw new Error('abandoned');
      }),
    );
    assert.equal((await api.get(SEARCH)).headers.get('X-Cache'), 'hit');
  });
});

const url = process.env.DATABASE_URL;

describe('two server processes on one PostgreSQL', { skip: !url && 'needs DATABASE_URL' }, () => {
  let servers: ServerProcess[] = [];
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    await seedDirectories(database.db, [testDirectory]);
    const env = {
      DATABASE_URL: url!,
      WW_DATA_KEY: 'q'.repeat(43) + '=',
      WW_SEED: 'false',
      WW_JOB_POLL_MS: '60000',
      // Notifications held back for a minute: what keeps the answers current is not their arrival.
      WW_TEST_NOTIFY_DELAY_MS: '60000',
      // What is tested is freshness: on a busy machine a process's first requests could spend its time budget.
      WW_CLIENT_MS_PER_SECOND: 'off',
    };
    servers = await Promise.all([startServerProcess({ env }), startServerProcess({ env })]);
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.close();
  });

  const search = async (server: ServerProcess) => {
    const response = await fetch(server.url + SEARCH);
    return { cache: response.headers.get('X-Cache'), body: (await response.json()) as { total: number } };
  };

  test('a write committed anywhere is seen by the next answer of every process, at once', async () => {
    for (const server of servers) {
      assert.equal((await search(server)).body.total, 1);
      const warm = await search(server);
      assert.deepEqual([warm.cache, warm.body.total], ['hit', 1]);
    }
    // Written directly in the database, in a transaction with the bump; asked at once, no wait for the notification.
    await closeEnglishClass();
    for (const server of servers) assert.equal((await search(server)).body.total, 0);

    await database.db.transaction().execute(async (trx) => {
      await sql`UPDATE services SET status = 'active' WHERE name = 'English conversation class'`.execute(trx);
      await bumpDirectoryVersion(trx);
    });
    const [a, b] = await Promise.all(servers.map(search));
    assert.deepEqual([a!.body.total, b!.body.total], [1, 1]);
  });
});
