import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { LEXICONS } from '../directory/lexicon/index.js';

/**
 * The everyday words of every lexicon, into `search_concepts` when it holds none: after that the office owns them
 * (edits and deletions at the desk are never undone by a later start).
 */
export async function seedSearchConcepts(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ used: boolean }>`SELECT EXISTS (SELECT 1 FROM search_concepts) AS used`.execute(db);
  if (rows[0]!.used) return;
  const entries = LEXICONS.flatMap((lexicon) =>
    lexicon.concepts.map((concept) => ({ ...concept, locale: lexicon.locale, review: lexicon.review })),
  );
  if (entries.length === 0) return;
  await sql`
    INSERT INTO search_concepts (locale, phrase, phrase_folded, topics, terms, review)
    SELECT e.locale, e.phrase, ww_fold(e.phrase), ARRAY(SELECT json_array_elements_text(e.topics)),
      ARRAY(SELECT json_array_elements_text(e.terms)), e.review
    FROM json_to_recordset(${JSON.stringify(entries)}::json)
      AS e(locale text, phrase text, topics json, terms json, review text)
    ON CONFLICT (locale, phrase_folded) DO NOTHING`.execute(db);
}
