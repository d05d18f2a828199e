import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface LocalizedText {
  value: string;
  /** The language the value is in. */
  locale: string;
  /** How it got into that language: the source, or a human or machine translation. */
  method: 'source' | 'human' | 'machine';
}

/** Per entity id, per field, the best translation available in `locales` order. */
export type TranslationIndex = Map<string, Map<string, { value: string; locale: string; method: 'human' | 'machine' }>>;

/**
 * Loads translations of records of one kind (`entity`), or of any kind (`null`:
 * ids are UUIDs, unique across tables, so one query serves a whole page).
 */
export async function loadTranslations(
  db: Kysely<Database>,
  entity: string | null,
  ids: readonly string[],
  locales: readonly string[],
): Promise<TranslationIndex> {
  const index: TranslationIndex = new Map();
  if (ids.length === 0 || locales.length === 0) return index;
  let query = db
    .selectFrom('translations')
    .select(['entity_id', 'field', 'locale', 'value', 'method'])
    .where('entity_id', 'in', ids)
    .where('locale', 'in', locales);
  if (entity) query = query.where('entity', '=', entity);
  return indexTranslations(await query.execute(), locales);
}

/** A translation as stored. */
export interface TranslationRow {
  entity_id: string;
  field: string;
  locale: string;
  value: string;
  method: 'human' | 'machine';
}

/** Translation rows by entity and field, keeping the one whose language comes first in `locales`. */
export function indexTranslations(rows: readonly TranslationRow[], locales: readonly string[]): TranslationIndex {
  const index: TranslationIndex = new Map();
  const rank = (locale: string) => locales.indexOf(locale);
  for (const row of rows) {
    let fields = index.get(row.entity_id);
    if (!fields) index.set(row.entity_id, (fields = new Map()));
    const current = fields.get(row.field);
    if (!current || rank(row.locale) < rank(current.locale)) fields.set(row.field, row);
  }
  return index;
}

/**
 * A text field in the best language available: a translation in the wanted
 * order, else the record's own text in its source language.
 */
export function pick(
  index: TranslationIndex,
  id: string,
  field: string,
  source: string | null | undefined,
  sourceLocale: string,
  locales: readonly string[],
): LocalizedText | null {
  const translated = index.get(id)?.get(field);
  const sourceRank = locales.indexOf(sourceLocale);
  if (translated && (sourceRank === -1 || locales.indexOf(translated.locale) < sourceRank)) {
    return { value: translated.value, locale: translated.locale, method: translated.method };
  }
  if (source === null || source === undefined) return translated ? { ...translated } : null;
  return { value: source, locale: sourceLocale, method: 'source' };
}

/**
 * Picks the texts of one record, noting which are not in the first language asked for, so that an answer
 * can say so (`content.fallback_fields`). Nothing is noted when no language was asked for.
 */
export function recordTexts(index: TranslationIndex, locales: readonly string[]) {
  const fallbackFields = new Set<string>();
  return {
    /** The text of `field` of record `id`; `as` names it in the answer when it differs from the stored field. */
    text(id: string, field: string, source: string | null, sourceLocale: string, as = field): string | null {
      const picked = pick(index, id, field, source, sourceLocale, locales);
      if (picked && locales.length > 0 && picked.locale !== locales[0]) fallbackFields.add(as);
      return picked?.value ?? null;
    },
    /** The fields noted so far, sorted. */
    fallbackFields: () => [...fallbackFields].sort(),
  };
}
