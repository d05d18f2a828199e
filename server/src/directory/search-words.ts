import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { TOPICS_TAXONOMY_ID } from './taxonomy.js';

/**
 * Every (service, locale, word) of the active services' texts, folded and cut as their search vectors are: the
 * service's own texts are English, each translation row carries its locale, and the topic names count for the
 * services filed under them. Digits-only words are left out: nobody mistypes a typo into a phone number.
 */
function serviceWords(scope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    SELECT s.id AS service_id, u.locale, lex.lexeme AS word
    FROM services s
    CROSS JOIN LATERAL (
      SELECT 'en' AS locale, concat_ws(' ', s.name, s.alternate_name, s.description, s.eligibility_description,
        (SELECT o.name FROM organizations o WHERE o.id = s.organization_id)) AS text
      UNION ALL
      SELECT tr.locale, string_agg(tr.value, ' ') FROM translations tr
      WHERE (tr.entity = 'service' AND tr.entity_id = s.id AND tr.field IN ('name', 'alternate_name', 'description'))
        OR (tr.entity = 'organization' AND tr.entity_id = s.organization_id AND tr.field = 'name')
      GROUP BY tr.locale
      UNION ALL
      SELECT coalesce(tr.locale, 'en'), string_agg(coalesce(tr.value, t.name), ' ')
      FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
      CROSS JOIN LATERAL (SELECT NULL::text AS locale, NULL::text AS value
        UNION ALL SELECT x.locale, x.value FROM translations x WHERE x.entity = 'taxonomy_term' AND x.entity_id = t.id) tr
      WHERE a.link_id = s.id AND t.taxonomy_id = ${TOPICS_TAXONOMY_ID}
      GROUP BY 1
    ) u
    CROSS JOIN LATERAL unnest(to_tsvector('simple', ww_fold(u.text))) AS lex
    WHERE s.status = 'active' AND lex.lexeme !~ '^[0-9]+$' AND char_length(lex.lexeme) <= 40 ${scope}`;
}

/**
 * Keeps `search_words` (the directory's words per language, for typo tolerance) true to the services' texts.
 * Without ids, recounts every word. With ids, recounts only the words those services use now or used before
 * (as their search vectors held them before this refresh): call it before their vectors are rewritten.
 */
export async function refreshSearchWords(
  db: Kysely<Database>,
  serviceIds?: readonly string[],
  wordsBefore: readonly string[] = [],
): Promise<void> {
  if (!serviceIds) {
    await sql`DELETE FROM search_words`.execute(db);
    await sql`INSERT INTO search_words (locale, word, services)
      SELECT locale, word, count(DISTINCT service_id)::int FROM (${serviceWords(sql``)}) w
      GROUP BY locale, word`.execute(db);
    return;
  }
  if (serviceIds.length === 0) return;
  // The words these services touch, now and before; then every service using one of them is counted again.
  const { rows } = await sql<{ word: string }>`
    SELECT DISTINCT word FROM (${serviceWords(sql`AND s.id IN (${sql.join(serviceIds)})`)}) w
    UNION SELECT unnest(${wordsBefore as string[]}::text[])`.execute(db);
  const touched = rows.map((row) => row.word);
  if (touched.length === 0) return;
  await sql`DELETE FROM search_words WHERE word = ANY(${touched}::text[])`.execute(db);
  await sql`
    INSERT INTO search_words (locale, word, services)
    SELECT locale, word, count(DISTINCT service_id)::int FROM (${serviceWords(sql`AND s.search_vector @@ (
      SELECT to_tsquery('simple', string_agg(quote_literal(t), ' | ')) FROM unnest(${touched}::text[]) AS t)`)}) w
    WHERE word = ANY(${touched}::text[])
    GROUP BY locale, word`.execute(db);
}

/** The words the services' search vectors hold now (before a refresh rewrites them). */
export async function vectorWords(db: Kysely<Database>, serviceIds: readonly string[]): Promise<string[]> {
  if (serviceIds.length === 0) return [];
  const { rows } = await sql<{ word: string }>`
    SELECT DISTINCT lex.lexeme AS word FROM services s CROSS JOIN LATERAL unnest(s.search_vector) AS lex
    WHERE s.id IN (${sql.join(serviceIds)})`.execute(db);
  return rows.map((row) => row.word);
}
