import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Lexicon } from '../src/directory/lexicon/types.js';
import { TOPIC_CODES } from '../src/directory/taxonomy.js';

/**
 * The lexicons of Chinese, Bangla, Arabic, Urdu, Korean, Vietnamese and Somali are well formed: each phrase once per
 * language (as search folds it), valid topics, enough everyday words, and no stop word that would hide a phrase.
 */

const LOCALES = ['zh-Hans', 'zh-Hant', 'bn', 'ar', 'ur', 'ko', 'vi', 'so'];

/** Languages written without spaces: phrases are found as substrings, so a stop word must not occur inside one. */
const UNSPACED = new Set(['zh-Hans', 'zh-Hant']);

/** As ww_fold (lower(unaccent(…))) folds Latin letters: lower case, without accents; other scripts unchanged. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
    .toLowerCase();
}

const words = (text: string): string[] => fold(text).split(/\s+/).filter(Boolean);

for (const locale of LOCALES) {
  describe(`lexicon ${locale}`, async () => {
    const { lexicon } = (await import(`../src/directory/lexicon/${locale}.ts`)) as { lexicon: Lexicon };

    test('is the draft of its own locale', () => {
      assert.equal(lexicon.locale, locale);
      assert.equal(lexicon.review, 'draft');
    });

    test('has at least 40 concepts, each phrase once as search folds it', () => {
      assert.ok(lexicon.concepts.length >= 40, `${lexicon.concepts.length} concepts`);
      const seen = new Map<string, string>();
      for (const { phrase } of lexicon.concepts) {
        const folded = fold(phrase.trim());
        assert.ok(!seen.has(folded), `"${phrase}" repeats "${seen.get(folded)}"`);
        seen.set(folded, phrase);
      }
    });

    test('every concept points somewhere valid, within the limits the desk enforces', () => {
      for (const { phrase, topics, terms } of lexicon.concepts) {
        assert.ok(phrase.trim().length >= 1 && phrase.length <= 80, phrase);
        assert.ok(topics.length <= 3, `${phrase}: ${topics.length} topics`);
        for (const topic of topics)
          assert.ok((TOPIC_CODES as readonly string[]).includes(topic), `${phrase}: ${topic}`);
        assert.equal(new Set(topics).size, topics.length, `${phrase}: repeated topic`);
        assert.ok(topics.length + terms.length > 0, `${phrase}: neither topics nor terms`);
        assert.ok(terms.length <= 20, `${phrase}: ${terms.length} terms`);
        for (const term of terms) assert.ok(term.trim().length >= 1 && term.length <= 60, `${phrase}: "${term}"`);
        assert.equal(new Set(terms.map(fold)).size, terms.length, `${phrase}: repeated term`);
      }
    });

    test('is written in NFC, as the directory texts are, so that the same word has the same code points', () => {
      const texts = [...lexicon.stopWords, ...lexicon.concepts.flatMap(({ phrase, terms }) => [phrase, ...terms])];
      for (const text of texts) assert.equal(text, text.normalize('NFC'), `"${text}" is not NFC`);
    });

    test('stop words are a proper list and never hide a phrase', () => {
      const stop = lexicon.stopWords.map(fold);
      assert.ok(stop.length >= 40 && stop.length <= 200, `${stop.length} stop words`);
      assert.equal(new Set(stop).size, stop.length, 'repeated stop word');
      for (const word of lexicon.stopWords)
        assert.equal(word, word.toLowerCase(), `stop word "${word}" not lower case`);
      for (const { phrase } of lexicon.concepts) {
        const folded = fold(phrase);
        if (UNSPACED.has(locale)) {
          for (const word of stop) assert.ok(!folded.includes(word), `stop word "${word}" inside "${phrase}"`);
        } else {
          for (const word of words(phrase)) assert.ok(!stop.includes(word), `stop word "${word}" in "${phrase}"`);
        }
      }
    });

    // A stop word is dropped from what people type: it must not be one of the directory's meaningful words. (Chinese
    // stop words are particles and pronouns the texts contain inside phrases like 了解您的权利, which is harmless.)
    test('no stop word is a word of the terms the services use', { skip: UNSPACED.has(locale) }, () => {
      const stop = new Set(lexicon.stopWords.map(fold));
      for (const { phrase, terms } of lexicon.concepts) {
        for (const term of terms) {
          const found = words(term).filter((word) => stop.has(word));
          assert.deepEqual(found, [], `${phrase}: stop words in the term "${term}"`);
        }
      }
    });
  });
}
