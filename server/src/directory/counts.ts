import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { TOPICS_TAXONOMY_ID } from './taxonomy.js';
import { loadTranslations, pick } from './translate.js';

/** Every topic, in `locales` order, with the number of active services in it. */
export async function topicsWithCounts(db: Kysely<Database>, locales: readonly string[]) {
  const rows = await sql<{ id: string; code: string; name: string; description: string | null; count: number }>`
    SELECT t.id, t.code, t.name, t.description,
      (SELECT count(*)::int FROM attributes a JOIN services s ON s.id = a.link_id
        WHERE a.taxonomy_term_id = t.id AND s.status = 'active') AS count
    FROM taxonomy_terms t WHERE t.taxonomy_id = ${TOPICS_TAXONOMY_ID} ORDER BY t.code`.execute(db);
  const translations = await loadTranslations(
    db,
    'taxonomy_term',
    rows.rows.map((r) => r.id),
    locales,
  );
  return rows.rows.map((row) => ({
    code: row.code,
    name: pick(translations, row.id, 'name', row.name, 'en', locales)!.value,
    description: pick(translations, row.id, 'description', row.description, 'en', locales)?.value ?? null,
    count: Number(row.count),
  }));
}

/** Spoken languages of active services: how many have staff speaking it, an interpreter, or either; most first. */
export async function languagesWithCounts(db: Kysely<Database>) {
  const rows = await sql<{ code: string; staff: number; interpretation: number; total: number }>`
    SELECT l.code,
      count(DISTINCT l.service_id) FILTER (WHERE l.kind = 'staff')::int AS staff,
      count(DISTINCT l.service_id) FILTER (WHERE l.kind = 'interpretation')::int AS interpretation,
      count(DISTINCT l.service_id)::int AS total
    FROM languages l JOIN services s ON s.id = l.service_id AND s.status = 'active'
    GROUP BY l.code ORDER BY total DESC, l.code`.execute(db);
  return rows.rows.map((r) => ({
    ...r,
    staff: Number(r.staff),
    interpretation: Number(r.interpretation),
    total: Number(r.total),
  }));
}
