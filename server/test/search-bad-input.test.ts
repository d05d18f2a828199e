import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { stableId } from '../src/seed/ids.js';
import { seededTestApp } from './helpers/app.js';

let database: OpenDatabase;
let get: Awaited<ReturnType<typeof seededTestApp>>['get'];
const legalId = stableId('service:t-legal');

async function search(q: string) {
  const answer = await get(`/v1/services?q=${encodeURIComponent(q)}`);
  assert.equal(answer.status, 200, `${q.slice(0, 40)}: ${answer.status} ${answer.text.slice(0, 200)}`);
  return answer.body;
}

describe(`bad input to search gets a clear answer (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    ({ database, get } = await seededTestApp());
  });
  after(() => database.close());

  test('a query of up to 2,000 characters is cut to 12 words and 200 characters, and says what was searched', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `legal${i}`).join(' ');
    const long = `${words}`.slice(0, 2000);
    const body = await search(long);
    assert.ok([...body.search.q].length <= 200);
    assert.equal(body.search.q, long.split(' ').slice(0, 12).join(' '));
    assert.equal(body.search.words.length, 12);

    const twenty = 'free immigration legal screening lawyer options '.repeat(4).trim();
    const cut = await search(twenty);
    assert.equal(cut.search.q.split(' ').length, 12);
    assert.deepEqual(
      cut.items.map((s: { id: string }) => s.id),
      [legalId],
    );

    // One long word: cut at 200 characters.
    const word = await search('a'.repeat(1999));
    assert.equal(word.search.q, 'a'.repeat(200));
    assert.equal(word.total, 0);
  });

  test('2,000 characters are accepted, above that is a 400 naming q', async () => {
    assert.equal((await get(`/v1/services?q=${'a'.repeat(2000)}`)).status, 200);
    const { status, body, headers } = await get(`/v1/services?q=${'a'.repeat(2001)}`);
    assert.equal(status, 400);
    assert.equal(headers.get('content-type'), 'application/problem+json');
    assert.ok(body.errors.some((error: { path: string }) => error.path === 'q'));
  });

  test('only punctuation, % and _ search nothing and list every service', async () => {
    for (const q of ['?!.,;:', '%', '_', '%_%', '\\', "'", '"', '--', '*', '&|!()']) {
      const body = await search(q);
      assert.equal(body.total, 3, q);
      assert.equal(body.search, undefined, q);
      assert.deepEqual(body.suggested_topics, [], q);
      const around = await search(`${q} legal ${q}`);
      assert.deepEqual(around.search.words, ['legal'], q);
      assert.deepEqual(
        around.items.map((s: { id: string }) => s.id),
        [legalId],
        q,
      );
    }
  });

  test('% and _ next to words are not wildcards', async () => {
    assert.deepEqual((await search('法%律')).search.words, ['法', '律']);
    assert.equal((await search('法_律')).items.length, 1);
    const body = await search('100% legal_screening');
    assert.deepEqual(body.search.words, ['100', 'legal', 'screening']);
    assert.equal(body.search.match, 'some');
  });

  test('mixed scripts are searched word by word', async () => {
    const body = await search('legal法律قانوني');
    assert.deepEqual(body.search.words, ['legal', '法律', 'قانوني']);
    assert.deepEqual(
      body.items.map((s: { id: string }) => s.id),
      [legalId],
    );
  });

  test('200 one-letter words: 12 searched, a clear answer', async () => {
    const letters = Array.from({ length: 200 }, (_, i) => String.fromCharCode(98 + (i % 24))).join(' ');
    const body = await search(letters);
    assert.equal(body.search.q, letters.split(' ').slice(0, 12).join(' '));
    assert.equal(body.search.corrected, null);
    assert.ok(Array.isArray(body.items));
  });

  test('quotes, backslashes and tsquery operators inside words are plain text', async () => {
    for (const q of ["lawyer's", 'law\\yer', 'legal & | ! <-> :*', "o'brien:*", 'legal:A']) {
      const body = await search(q);
      assert.ok(body.search, q);
    }
  });
});
