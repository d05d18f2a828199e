import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { languagesWithCounts, topicsWithCounts } from '../directory/counts.js';
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
  app.openapi(topicsRoute, async (c) => c.json({ items: await topicsWithCounts(c.get('db'), c.get('locales')) }, 200));
  app.openapi(languagesRoute, async (c) => c.json({ items: await languagesWithCounts(c.get('db')) }, 200));
}
