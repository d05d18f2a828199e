import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { TOPICS_TAXONOMY_ID } from './taxonomy.js';

/**
 * The (locale, word) pairs of the texts of some active services, folded and cut as their search vectors are: a
 * service's own texts are English, each translation row carries its locale, an organization's and a topic's name
 * count for the services under them. Each text is cut once (a topic's name once, not once per service).
 * Digits-only words are left out: nobody needs a phone number corrected.
 */
function localeWords(services: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    WITH svc AS MATERIALIZED (SELECT s.id, s.organization_id FROM services s WHERE s.status = 'active' ${services}),
    texts AS (
      SELECT 'en' AS locale, concat_ws(' ', s.name, s.alternate_name, s.description, s.eligibility_description) AS text
      FROM services s JOIN svc ON svc.id = s.id
      UNION ALL
      SELECT tr.locale, tr.value FROM translations tr JOIN svc ON svc.id = tr.entity_id
      WHERE tr.entity = 'service' AND tr.field IN ('name', 'alternate_name', 'description')
      UNION ALL
      SELECT 'en', o.name FROM organizations o WHERE o.id IN (SELECT organization_id FROM svc)
      UNION ALL
      SELECT tr.locale, tr.value FROM translations tr
      WHERE tr.entity = 'organization' AND tr.field = 'name' AND tr.entity_id IN (SELECT organization_id FROM svc)
      UNION ALL
      SELECT 'en', t.name FROM taxonomy_terms t
      WHERE t.id IN (SELECT a.taxonomy_term_id FROM attributes a JOIN svc ON svc.id = a.link_id)
        AND t.taxonomy_id = ${TOPICS_TAXONOMY_ID}
      UNION ALL
      SELECT tr.locale, tr.value FROM translations tr JOIN taxonomy_terms t ON t.id = tr.entity_id
      WHERE tr.entity = 'taxonomy_term' AND t.taxonomy_id = ${TOPICS_TAXONOMY_ID}
        AND t.id IN (SELECT a.taxonomy_term_id FROM attributes a JOIN svc ON svc.id = a.link_id)
    )
    SELECT DISTINCT texts.locale, lex.lexeme AS word
    FROM texts CROSS JOIN LATERAL unnest(to_tsvector('simple', ww_fold(texts.text))) AS lex
    WHERE lex.lexeme !~ '^[0-9]+$' AND char_length(lex.lexeme) <= 40`;
}

/** How many active services use each word (in any of their texts), from their search vectors. */
function wordCounts(words?: readonly string[]): RawBuilder<unknown> {
  return sql`
    SELECT lex.lexeme AS word, count(*)::int AS services
    FROM services s CROSS JOIN LATERAL unnest(s.search_vector) AS lex
    ${words ? sql`JOIN unnest(${words as string[]}::text[]) AS t(word) ON t.word = lex.lexeme` : sql``}
    WHERE s.status = 'active'
    GROUP BY lex.lexeme`;
}

/**
 * Keeps `search_words` (the directory's words per language, for typo tolerance) true to the services' texts:
 * each word in the languages it is written in, with how many active services use it. Without ids, rebuilds it.
 * With ids (their search vectors already rewritten), recounts only the words those services use now or used
 * before (`wordsBefore`: their vectors' words before the rewrite); a word no active service uses any more goes.
 */
export async function refreshSearchWords(
  db: Kysely<Database>,
  serviceIds?: readonly string[],
  wordsBefore: readonly string[] = [],
): Promise<void> {
  if (!serviceIds) {
    await sql`DELETE FROM search_words`.execute(db);
    await sql`INSERT INTO search_words (locale, word, services)
      SELECT w.locale, w.word, c.services FROM (${localeWords(sql``)}) w JOIN (${wordCounts()}) c ON c.word = w.word`.execute(
      db,
    );
    return;
  }
  if (serviceIds.length === 0) return;
  const scope = sql`AND s.id IN (${sql.join(serviceIds)})`;
  const { rows } = await sql<{ locale: string; word: string }>`${localeWords(scope)}`.execute(db);
  const touched = [...new Set([...rows.map((row) => row.word), ...wordsBefore])];
  if (touched.length === 0) return;
  await sql`
    INSERT INTO search_words (locale, word, services)
    SELECT w.locale, w.word, 0 FROM unnest(${rows.map((r) => r.locale)}::text[], ${rows.map((r) => r.word)}::text[])
      AS w(locale, word)
    ON CONFLICT (locale, word) DO NOTHING`.execute(db);
  await sql`
    UPDATE search_words sw SET services = coalesce(c.services, 0)
    FROM unnest(${touched}::text[]) AS t(word) LEFT JOIN (${wordCounts(touched)}) c ON c.word = t.word
    WHERE sw.word = t.word`.execute(db);
  await sql`DELETE FROM search_words WHERE services = 0 AND word = ANY(${touched}::text[])`.execute(db);
}

/** The words the services' search vectors hold now (before a refresh rewrites them). */
export async function vectorWords(db: Kysely<Database>, serviceIds: readonly string[]): Promise<string[]> {
  if (serviceIds.length === 0) return [];
  const { rows } = await sql<{ word: string }>`
    SELECT DISTINCT lex.lexeme AS word FROM services s CROSS JOIN LATERAL unnest(s.search_vector) AS lex
    WHERE s.id IN (${sql.join(serviceIds)})`.execute(db);
  return rows.map((row) => row.word);
}
