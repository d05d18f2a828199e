import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppEnv } from '../app-env.js';
import { TOPICS_TAXONOMY_ID } from '../directory/taxonomy.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { jsonContent, LangQuery } from './params.js';

const TopicList = z
  .object({
    items: z.array(
      z.object({ code: z.string(), name: z.string(), description: z.string().nullable(), count: z.number().int() }),
    ),
  })
  .openapi('TopicList');

const LanguageList = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        staff: z.number().int().openapi({ description: 'Services whose staff speak it.' }),
        interpretation: z.number().int().openapi({ description: 'Services offering an interpreter.' }),
        total: z.number().int(),
      }),
    ),
  })
  .openapi('LanguageList');

const topicsRoute = createRoute({
  method: 'get',
  path: '/v1/topics',
  summary: 'Topics, with the number of active services in each',
  request: { query: LangQuery },
  responses: { 200: jsonContent(TopicList, 'Every topic, in the requested language.') },
});

const languagesRoute = createRoute({
  method: 'get',
  path: '/v1/languages',
  summary: 'Spoken languages offered, with service counts',
  request: { query: LangQuery },
  responses: { 200: jsonContent(LanguageList, 'Languages by number of services.') },
});

export function registerTaxonomyRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(topicsRoute, async (c) => {
    const db = c.get('db');
    const rows = await sql<{ id: string; code: string; name: string; description: string | null; count: number }>`
      SELECT t.id, t.code, t.name, t.description,
        (SELECT count(*)::int FROM attributes a JOIN services s ON s.id = a.link_id
          WHERE a.taxonomy_term_id = t.id AND s.status = 'active') AS count
      FROM taxonomy_terms t WHERE t.taxonomy_id = ${TOPICS_TAXONOMY_ID} ORDER BY t.code`.execute(db);
    const locales = c.get('locales');
    const translations = await loadTranslations(
      db,
      'taxonomy_term',
      rows.rows.map((r) => r.id),
      locales,
    );
    return c.json(
      {
        items: rows.rows.map((row) => ({
          code: row.code,
          name: pick(translations, row.id, 'name', row.name, 'en', locales)!.value,
          description: pick(translations, row.id, 'description', row.description, 'en', locales)?.value ?? null,
          count: Number(row.count),
        })),
      },
      200,
    );
  });

  app.openapi(languagesRoute, async (c) => {
    const rows = await sql<{ code: string; staff: number; interpretation: number; total: number }>`
      SELECT l.code,
        count(DISTINCT l.service_id) FILTER (WHERE l.kind = 'staff')::int AS staff,
        count(DISTINCT l.service_id) FILTER (WHERE l.kind = 'interpretation')::int AS interpretation,
        count(DISTINCT l.service_id)::int AS total
      FROM languages l JOIN services s ON s.id = l.service_id AND s.status = 'active'
      GROUP BY l.code ORDER BY total DESC, l.code`.execute(c.get('db'));
    return c.json(
      {
        items: rows.rows.map((r) => ({
          ...r,
          staff: Number(r.staff),
          interpretation: Number(r.interpretation),
          total: Number(r.total),
        })),
      },
      200,
    );
  });
}
