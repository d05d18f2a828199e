import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { TOPICS_TAXONOMY_ID } from '../directory/taxonomy.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { labelIn, type Label } from '../lib/ui-locales.js';
import { INQUIRY_TOPICS } from './schemas.js';

/** "Something else", in every UI language (drafts, like the topic names). */
const OTHER: Label = {
  en: 'Something else',
  es: 'Otra cosa',
  'zh-Hans': '其他问题',
  'zh-Hant': '其他問題',
  ru: 'Другое',
  bn: 'অন্য কিছু',
  ht: 'Lòt bagay',
  ko: '기타 문의',
  ar: 'شيء آخر',
  ur: 'کچھ اور',
  fr: 'Autre chose',
  pl: 'Coś innego',
  pt: 'Outra coisa',
  kea: 'Otu kuza',
  vi: 'Việc khác',
  so: 'Wax kale',
  wo: 'Leneen',
  ff: 'Huunde goɗnde',
};

/** What the inquiry form offers to ask about, named as the directory's topics are, in `locales` order. */
export async function inquiryTopics(db: Kysely<Database>, locales: readonly string[]) {
  const terms = await db
    .selectFrom('taxonomy_terms')
    .select(['id', 'code', 'name'])
    .where('taxonomy_id', '=', TOPICS_TAXONOMY_ID)
    .execute();
  const translations = await loadTranslations(
    db,
    'taxonomy_term',
    terms.map((t) => t.id),
    locales,
  );
  const names = new Map(
    terms.map((t) => [t.code, pick(translations, t.id, 'name', t.name, 'en', locales)?.value ?? t.name]),
  );
  const other = labelIn(OTHER, locales);
  return INQUIRY_TOPICS.map((code) => ({ code, name: code === 'other' ? other : (names.get(code) ?? code) }));
}
