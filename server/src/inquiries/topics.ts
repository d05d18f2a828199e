import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { TOPICS_TAXONOMY_ID } from '../directory/taxonomy.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { INQUIRY_TOPICS } from './schemas.js';

/** "Something else", in the languages the sample content is drafted in. */
const OTHER: Record<string, string> = {
  en: 'Something else',
  es: 'Otra cosa',
  'zh-Hans': '其他问题',
  ht: 'Lòt bagay',
  bn: 'অন্য কিছু',
  fr: 'Autre chose',
  ar: 'شيء آخر',
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
  const other = locales.map((l) => OTHER[l] ?? OTHER[l.split('-')[0]!]).find(Boolean) ?? OTHER.en!;
  return INQUIRY_TOPICS.map((code) => ({ code, name: code === 'other' ? other : (names.get(code) ?? code) }));
}
