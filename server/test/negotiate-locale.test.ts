import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentLocales } from '../src/lib/negotiate-locale.js';

test('languages come from lang, then Accept-Language by weight, each with its base language', () => {
  assert.deepEqual(contentLocales('ht', 'fr-CA;q=0.5, es'), ['ht', 'es', 'fr-CA', 'fr']);
  assert.deepEqual(contentLocales(undefined, 'zh-TW'), ['zh-TW', 'zh-Hant', 'zh']);
});

test('a header of 1,900 tags is cut to the first few, so it costs no more than a browser’s', () => {
  const tags = Array.from({ length: 1900 }, (_, i) => `x${i.toString(36)}-aaaaa`);
  const header = ['es', ...tags].join(',');
  const locales = contentLocales(undefined, header);
  assert.equal(locales[0], 'es');
  assert.ok(locales.length <= 2 * 12, `${locales.length} languages kept`);
});

test('a lang or tag too long to be a language is ignored', () => {
  assert.deepEqual(contentLocales('x'.repeat(4000), 'a'.repeat(300) + ', ar'), ['ar']);
});
