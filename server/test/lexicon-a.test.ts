import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { boston } from '../src/seed/data/boston.js';
import { allDrafts } from '../src/seed/data/drafts/index.js';
import { nyc } from '../src/seed/data/nyc.js';
import type { Lexicon } from '../src/directory/lexicon/types.js';
import { TOPIC_CODES } from '../src/directory/taxonomy.js';
import { openTestDatabase } from './helpers/database.js';

/**
 * The everyday-word lists of es, ht, fr, pt, kea, pl, ru, wo and ff (lexicon-a): each one loads into
 * `search_concepts` as the seed does (folded by the database's own ww_fold, so two phrases that differ only by
 * accents or case are caught), points only at real topics, and never lists as a stop word a word that search
 * needs (a one-word phrase or term, or every word of a phrase).
 */

const LOCALES = ['es', 'ht', 'fr', 'pt', 'kea', 'pl', 'ru', 'wo', 'ff'] as const;
const TOPICS = new Set<string>(TOPIC_CODES);

const lexicons: Lexicon[] = [];
let database: OpenDatabase;

/** Words as search splits them: letters and digits (apostrophes and hyphens split, as in "d'anglais"). */
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Accents and case folded as ww_fold does for these scripts (no database needed for the sample's thousands of words). */
const foldLocally = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of each sample service's texts in English and in one locale (inline translations, then drafts). */
function sampleServiceWords(locale: string): Set<string>[] {
  const drafts = (allDrafts as Record<string, Record<string, string>>)[locale] ?? {};
  return [...nyc.services, ...boston.services].map((service) => {
    const words = new Set<string>();
    const add = (text: string | undefined) => {
      for (const word of wordsOf(text ?? '')) words.add(foldLocally(word));
    };
    const walk = (value: unknown): void => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string') {
        add(record.en);
        add((record[locale] as string | undefined) ?? drafts[record.en]);
      }
      Object.values(record).forEach(walk);
    };
    walk(service);
    return words;
  });
}

async function fold(texts: string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  const { rows } = await sql<{ folded: string }>`
    SELECT ww_fold(t) AS folded FROM unnest(${texts}::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n`.execute(
    database.db,
  );
  return rows.map((r) => r.folded);
}

before(async () => {
  for (const locale of LOCALES) {
    const module = (await import(`../src/directory/lexicon/${locale}.js`)) as { lexicon: Lexicon };
    lexicons.push(module.lexicon);
  }
  database = await openTestDatabase();
});

after(async () => {
  await database?.close();
});

describe('lexicons es, ht, fr, pt, kea, pl, ru, wo, ff', () => {
  test('each names its own locale, is a draft and is big enough to help', () => {
    assert.deepEqual(
      lexicons.map((l) => l.locale),
      [...LOCALES],
    );
    for (const lexicon of lexicons) {
      assert.equal(lexicon.review, 'draft', lexicon.locale);
      assert.ok(lexicon.concepts.length >= 45, `${lexicon.locale}: ${lexicon.concepts.length} concepts`);
      assert.ok(
        lexicon.stopWords.length >= 60 && lexicon.stopWords.length <= 200,
        `${lexicon.locale}: ${lexicon.stopWords.length} stop words`,
      );
    }
  });

  test('no concept is hidden in a comment: one `{ phrase` in the file per concept', () => {
    for (const { locale, concepts } of lexicons) {
      const file = readFileSync(new URL(`../src/directory/lexicon/${locale}.ts`, import.meta.url), 'utf8');
      assert.equal(file.match(/\{ phrase:/g)?.length, concepts.length, locale);
    }
  });

  test('every concept fits what the desk accepts: 1–3 real topics, 1–20 terms, phrase 1–80 characters', () => {
    for (const { locale, concepts } of lexicons) {
      for (const { phrase, topics, terms } of concepts) {
        const where = `${locale} “${phrase}”`;
        assert.ok(phrase.trim() === phrase && phrase.length >= 1 && phrase.length <= 80, where);
        assert.ok(topics.length >= 1 && topics.length <= 3, `${where}: ${topics.length} topics`);
        for (const topic of topics) assert.ok(TOPICS.has(topic), `${where}: topic ${topic}`);
        assert.equal(new Set(topics).size, topics.length, `${where}: a topic twice`);
        assert.ok(terms.length >= 1 && terms.length <= 20, `${where}: ${terms.length} terms`);
        for (const term of terms) assert.ok(term.length >= 1 && term.length <= 60, `${where}: term “${term}”`);
      }
    }
  });

  test('stop words are lower case, listed once (folded), and leave every phrase and one-word term searchable', async () => {
    for (const { locale, stopWords, concepts } of lexicons) {
      for (const word of stopWords) assert.equal(word, word.toLocaleLowerCase(locale), `${locale} stop word ${word}`);
      const foldedStops = await fold(stopWords);
      const stops = new Set(foldedStops);
      const twice = foldedStops.filter((w, i) => foldedStops.indexOf(w) !== i);
      assert.deepEqual(twice, [], `${locale}: stop words listed twice`);

      for (const { phrase, terms } of concepts) {
        const phraseWords = await fold(wordsOf(phrase));
        assert.ok(
          phraseWords.some((w) => !stops.has(w)),
          `${locale} “${phrase}” is only stop words: search would never see it`,
        );
        if (phraseWords.length === 1) assert.ok(!stops.has(phraseWords[0]!), `${locale} “${phrase}” is a stop word`);
        for (const term of terms.filter((t) => wordsOf(t).length === 1)) {
          const [folded] = await fold([term]);
          assert.ok(!stops.has(folded!), `${locale} term “${term}” (of “${phrase}”) is a stop word`);
        }
      }
    }
  });

  test('no one-word term is so common in the sample that it would match most services ("free", "city", "status")', () => {
    for (const { locale, concepts } of lexicons) {
      const services = sampleServiceWords(locale);
      for (const { phrase, terms } of concepts) {
        for (const term of terms.filter((t) => wordsOf(t).length === 1)) {
          const word = foldLocally(term);
          const using = services.filter((words) => words.has(word)).length;
          assert.ok(
            using <= services.length / 2,
            `${locale} “${phrase}”: “${term}” is in ${using} of ${services.length}`,
          );
        }
      }
    }
  });

  test('each loads into search_concepts: one phrase per language once folded', async () => {
    for (const { locale, review, concepts } of lexicons) {
      const folded = await fold(concepts.map((c) => c.phrase));
      const twice = concepts.filter((_, i) => folded.indexOf(folded[i]!) !== i).map((c) => c.phrase);
      assert.deepEqual(twice, [], `${locale}: phrases that fold to one already listed`);
      await database.db
        .insertInto('search_concepts')
        .values(
          concepts.map((c, i) => ({
            locale,
            phrase: c.phrase,
            phrase_folded: folded[i]!,
            topics: c.topics,
            terms: c.terms,
            review,
          })),
        )
        .execute();
    }
    const counts = await database.db
      .selectFrom('search_concepts')
      .select(['locale', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('locale')
      .execute();
    for (const { locale, concepts } of lexicons) {
      assert.equal(Number(counts.find((c) => c.locale === locale)?.n), concepts.length, locale);
    }
  });
});
