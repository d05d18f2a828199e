import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { postcodePoint } from '../directory/postcodes.js';
import { loadServiceViews, toSummary } from '../directory/service-view.js';
import { searchServices } from '../directory/search.js';
import { BADGE_CODES, TOPIC_CODES } from '../directory/taxonomy.js';
import { verificationPolicyAt } from '../directory/verification-policy.js';
import type { Database } from '../db/schema.js';
import type { Kysely } from 'kysely';
import { dayIn } from '../lib/time-zone.js';
import { LanguageTag } from '../lib/language-tag.js';
import { invalidParameter, notFound } from '../lib/problem.js';
import { cachedAnswer, type PublicAnswers } from './answer-caching.js';
import { ServiceDetail, ServiceList } from '../schemas.js';
import {
  LangQuery,
  listOf,
  booleanFlag,
  decimalNumber,
  jsonContent,
  NearParam,
  problemContent,
  wholeNumber,
} from './params.js';

const SearchQuery = LangQuery.extend({
  q: z.string().trim().max(2000).optional().openapi({
    description:
      "Keywords or a question, in any language and script. Up to 2,000 characters are accepted; the first 12 words and 200 characters are searched (the answer's `search.q`).",
  }),
  topic: listOf(z.enum(TOPIC_CODES)).optional().openapi({ description: 'Topic codes, comma-separated (any of them).' }),
  language: listOf(LanguageTag)
    .optional()
    .openapi({ description: 'BCP 47 codes of spoken languages, comma-separated (any of them).' }),
  location_id: z.uuid().optional(),
  open_now: booleanFlag.optional().openapi({ description: 'Only services open now, in their own time zone.' }),
  free: booleanFlag.optional(),
  walk_in: booleanFlag.optional(),
  accepting: booleanFlag
    .optional()
    .openapi({ description: 'Only services taking new clients (availability `accepting`).' }),
  badge: listOf(z.enum(BADGE_CODES))
    .optional()
    .openapi({ description: 'Badge codes, comma-separated (any of them), such as attorney.' }),
  near: NearParam.optional(),
  postcode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9 -]{3,10}$/, 'Not a postcode')
    .optional(),
  radius_km: decimalNumber(200).optional(),
  sort: z.enum(['relevance', 'distance', 'name']).default('relevance'),
  page: wholeNumber(1, 1000, 1),
  page_size: wholeNumber(1, 100, 20),
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/services',
  summary: 'Search services',
  request: { query: SearchQuery },
  responses: {
    200: jsonContent(ServiceList, 'One page of services, with the total and facet counts.'),
    400: problemContent('A parameter is not valid.'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/services/{id}',
  summary: 'One service, in full',
  request: { params: z.object({ id: z.uuid() }), query: LangQuery },
  responses: {
    200: jsonContent(ServiceDetail, 'The service.'),
    400: problemContent('The id is not valid.'),
    404: problemContent('No such service.'),
  },
});

/**
 * The directory's search and records; whole answers from `answers` when given (see answer-caching.ts).
 * `timeZone` is the office's: the day re-verification dates are compared with.
 */
export function registerServiceRoutes(
  app: OpenAPIHono<AppEnv>,
  answers: PublicAnswers | undefined,
  timeZone: string,
): void {
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    return cachedAnswer(c, answers, 'services', query, (at, version) => listServices(c, query, at, version, timeZone));
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    return cachedAnswer(c, answers, 'service', { id }, async (at, version) => {
      const db = c.get('db');
      const [view] = await loadServiceViews(db, [{ id, distanceKm: null }], c.get('locales'), {
        detail: true,
        at,
        version,
        verification: await verificationOn(db, at, timeZone, version),
      });
      if (!view) return notFound(c, 'No service has this id');
      return c.json(view, 200);
    });
  });
}

/**
 * The re-verification policy and the office's day at `at`. The policy is read once per directory version (a change
 * of policy bumps it); the answer cache keys by the minute, hence by the day.
 */
async function verificationOn(db: Kysely<Database>, at: Date, timeZone: string, version: string | undefined) {
  return { policy: await verificationPolicyAt(db, version), today: dayIn(at, timeZone) };
}

/** One page of the search, computed for the instant `at`. */
async function listServices(
  c: Context<AppEnv>,
  query: z.infer<typeof SearchQuery>,
  at: Date,
  version: string | undefined,
  timeZone: string,
) {
  const db = c.get('db');
  let near = query.near;
  if (!near && query.postcode) {
    near = await postcodePoint(db, query.postcode);
    if (!near) return invalidParameter(c, 'postcode', 'Unknown postcode');
  }
  if (query.sort === 'distance' && !near) {
    return invalidParameter(c, 'sort', 'Sorting by distance needs near or postcode');
  }
  const [result, verification] = await Promise.all([
    searchServices(db, {
      q: query.q,
      topics: query.topic,
      languages: query.language,
      locationId: query.location_id,
      openNow: query.open_now,
      free: query.free,
      walkIn: query.walk_in,
      accepting: query.accepting,
      badges: query.badge,
      near,
      radiusKm: query.radius_km,
      sort: query.sort,
      page: query.page,
      pageSize: query.page_size,
      locales: c.get('locales'),
      at,
      version,
    }),
    verificationOn(db, at, timeZone, version),
  ]);
  const views = await loadServiceViews(db, result.ids, c.get('locales'), {
    detail: false,
    near,
    at,
    version: result.version,
    verification,
  });
  return c.json(
    {
      total: result.total,
      page: query.page,
      page_size: query.page_size,
      items: views.map(toSummary),
      facets: result.facets,
      ...(result.search ? { search: result.search } : {}),
      suggested_topics: result.suggestedTopics,
    },
    200,
  );
}
