import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { refreshSearchText } from '../src/directory/search.js';
import { bumpDirectoryVersion } from '../src/directory/version.js';
import { stableId } from '../src/seed/ids.js';
import { seedDirectories } from '../src/seed/seed.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { searchDirectory } from './helpers/search-directory.js';

let database: OpenDatabase;
let get: ReturnType<typeof testApp>['get'];
const legalId = stableId('service:t-legal');
const tenantId = stableId('service:s-tenant');
const foodId = stableId('service:s-food');
const rightsId = stableId('service:s-rights');

async function search(q: string, more = '') {
  const { status, body } = await get(`/v1/services?q=${encodeURIComponent(q)}${more}`);
  assert.equal(status, 200, `${q}: ${JSON.stringify(body)}`);
  return { ...body, ids: body.items.map((s: { id: string }) => s.id) as string[] };
}

/** Adds an everyday phrase as the desk would, and tells searches the directory changed. */
async function addConcept(locale: string, phrase: string, topics: string[], terms: string[] = []) {
  await database.db.transaction().execute(async (tx) => {
    await sql`INSERT INTO search_concepts (locale, phrase, phrase_folded, topics, terms)
      VALUES (${locale}, ${phrase}, ww_fold(${phrase}), ${topics}::text[], ${terms}::text[])
      ON CONFLICT DO NOTHING`.execute(tx);
    await bumpDirectoryVersion(tx);
  });
}

describe(`search that understands people (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    await sql`DELETE FROM search_concepts`.execute(database.db);
    await seedDirectories(database.db, [searchDirectory]);
    ({ get } = testApp(database));
  });
  after(() => database.close());

  test('corrects one typo in a word of 4 to 7 letters, and says so', async () => {
    const body = await search('lawer');
    assert.deepEqual(body.ids, [legalId]);
    assert.equal(body.search.corrected, 'lawyer');
    assert.equal(body.search.match, 'all');
    assert.deepEqual(body.search.words, ['lawer']);
  });

  test('corrects two typos in a word of 8 letters or more, but not three', async () => {
    const two = await search('imigratoin');
    assert.deepEqual(two.ids, [legalId]);
    assert.equal(two.search.corrected, 'immigration');
    const three = await search('immigrashun');
    assert.equal(three.total, 0);
    assert.equal(three.search.corrected, null);
  });

  test('counts two letters swapped as one edit', async () => {
    assert.equal((await search('lawyre')).search.corrected, 'lawyer');
    const body = await search('immigartion screeinng');
    assert.deepEqual(body.ids, [legalId]);
    assert.equal(body.search.corrected, 'immigration screening');
  });

  test('folds accents and case, typed or corrected, in other languages', async () => {
    for (const q of ['EVALUACIÓN', 'evaluacion', 'Evaluación']) {
      const body = await search(q);
      assert.deepEqual(body.ids, [legalId], q);
      assert.equal(body.search.corrected, null, q);
    }
    const typo = await search('evalaución');
    assert.deepEqual(typo.ids, [legalId]);
    assert.equal(typo.search.corrected, 'evaluacion');
  });

  test('does not correct words under 4 letters', async () => {
    const body = await search('lwa');
    assert.equal(body.total, 0);
    assert.equal(body.search.corrected, null);
  });

  test('ranks services matching as typed above those matching a correction', async () => {
    const body = await search('tenants lawer');
    assert.equal(body.search.match, 'some');
    assert.deepEqual(body.ids, [tenantId, legalId]);
  });

  test('understands everyday words: English from the lexicon, other languages from the table', async () => {
    const deportation = await search('deportation');
    assert.ok(deportation.ids.includes(legalId));
    assert.ok(deportation.ids.includes(rightsId));
    assert.deepEqual(
      deportation.search.concepts.map((c: { phrase: string }) => c.phrase),
      ['deportation'],
    );
    const pantry = await search('food stamps');
    assert.ok(pantry.ids.includes(foodId));

    await addConcept('es', 'deportación', ['immigration-legal'], ['abogado']);
    const spanish = await search('deportacion', '&lang=es');
    assert.deepEqual(spanish.ids, [legalId]);
    assert.deepEqual(spanish.search.concepts, [{ phrase: 'deportación', topics: ['immigration-legal'] }]);
    // A phrase stands for its words only in the languages asked for (and English).
    const english = await search('deportacion', '&lang=fr');
    assert.deepEqual(english.search.concepts, []);
  });

  test('leaves out the stop words of a question and searches its meaningful words', async () => {
    const body = await search('what do I do if immigration agents come to my home');
    for (const word of ['what', 'do', 'i', 'if', 'come', 'to', 'my'])
      assert.ok(body.search.ignored.includes(word), word);
    assert.deepEqual(body.search.words, ['immigration', 'agents', 'home']);
    assert.deepEqual(
      body.search.concepts.map((c: { phrase: string }) => c.phrase),
      ['immigration agents'],
    );
    assert.equal(body.search.match, 'some');
    assert.ok(body.ids.includes(rightsId) && body.ids.includes(legalId));

    const pantry = await search('Where can I find a food pantry?');
    assert.equal(pantry.search.match, 'all');
    assert.deepEqual(pantry.search.words, ['food', 'pantry']);
    assert.equal(pantry.ids[0], foodId);
  });

  test('best-matching services first when not every word matches', async () => {
    const body = await search('tenants eviction groceries');
    assert.equal(body.search.match, 'some');
    assert.deepEqual(body.ids[0], tenantId);
    assert.ok(body.ids.includes(foodId));
  });

  test('offers a nearby query that finds services when a word is too far to correct', async () => {
    const body = await search('immigrashun');
    assert.equal(body.total, 0);
    assert.equal(body.search.did_you_mean, 'immigration');
    const phrase = await search('deportacoin');
    assert.equal(phrase.search.did_you_mean, 'deportation');
    assert.notEqual(phrase.search.did_you_mean, phrase.search.q);
    // When the query finds plenty, nothing is offered.
    assert.equal((await search('workshop')).search.did_you_mean, null);
  });

  test('suggests the nearest topics when nothing matches, and none otherwise', async () => {
    const dentist = await search('dentist');
    assert.equal(dentist.total, 0);
    assert.ok(dentist.suggested_topics.includes('health'), JSON.stringify(dentist.suggested_topics));
    const filtered = await search('eviction', '&free=true');
    assert.equal(filtered.total, 0);
    assert.ok(filtered.suggested_topics.includes('housing'), JSON.stringify(filtered.suggested_topics));
    assert.deepEqual((await search('lawyer')).suggested_topics, []);
  });

  test('keeps substring matching for scripts written without spaces, phrases included', async () => {
    assert.deepEqual((await search('法律')).ids, [legalId]);
    assert.deepEqual((await search('移民法律')).ids, [legalId]);
    await addConcept('zh-Hans', '驱逐', ['immigration-legal']);
    const body = await search('我怕被驱逐出境', '&lang=zh-Hans');
    assert.deepEqual(body.ids, [legalId]);
    assert.deepEqual(
      body.search.concepts.map((c: { phrase: string }) => c.phrase),
      ['驱逐'],
    );
  });

  test('keeps the directory words per language, incrementally and in full alike', async () => {
    const words = async () =>
      (
        await sql<{ locale: string; word: string; services: number }>`
          SELECT locale, word, services FROM search_words ORDER BY locale, word`.execute(database.db)
      ).rows;
    const has = (rows: { locale: string; word: string }[], locale: string, word: string) =>
      rows.some((row) => row.locale === locale && row.word === word);
    const before = await words();
    assert.ok(has(before, 'en', 'lawyer'));
    assert.ok(has(before, 'es', 'abogado'));
    assert.ok(has(before, 'es', 'evaluacion'));
    assert.equal(before.find((row) => row.word === 'workshop')?.services, 2);

    await sql`UPDATE services SET description = 'Talk to an attorney about your options.' WHERE id = ${legalId}`.execute(
      database.db,
    );
    await refreshSearchText(database.db, [legalId]);
    const incremental = await words();
    assert.ok(!has(incremental, 'en', 'lawyer'));
    assert.ok(has(incremental, 'en', 'attorney'));
    assert.deepEqual((await search('attorny')).ids, [legalId]);

    await sql`UPDATE services SET status = 'inactive' WHERE id = ${stableId('service:s-citizen')}`.execute(database.db);
    await refreshSearchText(database.db, [stableId('service:s-citizen')]);
    assert.equal((await words()).find((row) => row.word === 'workshop')?.services, 1);
    assert.ok(!has(await words(), 'en', 'naturalization'));

    const incrementalRows = await words();
    await refreshSearchText(database.db);
    assert.deepEqual(await words(), incrementalRows);
  });

  test('seeds the English everyday words once, reviewed, and leaves them to the office after', async () => {
    const count = async () =>
      Number(
        (
          await sql<{ n: number }>`SELECT count(*)::int AS n FROM search_concepts WHERE locale = 'en'`.execute(
            database.db,
          )
        ).rows[0]!.n,
      );
    const seeded = await count();
    assert.ok(seeded >= 50, `${seeded} English concepts`);
    const { rows } = await sql<{
      review: string;
    }>`SELECT DISTINCT review FROM search_concepts WHERE locale = 'en'`.execute(database.db);
    assert.deepEqual(rows, [{ review: 'reviewed' }]);
    await sql`DELETE FROM search_concepts WHERE phrase = 'ICE'`.execute(database.db);
    await seedDirectories(database.db, [searchDirectory]);
    assert.equal(await count(), seeded - 1);
  });
});
