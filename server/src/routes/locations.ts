import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { problem, sendProblem } from '../lib/problem.js';
import { Address, ProblemSchema } from '../schemas.js';
import { booleanFlag, jsonContent, LangQuery, NearParam } from './params.js';

const Location = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    address: Address.nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    timezone: z.string(),
    corner: z.boolean(),
    corner_description: z.string().nullable(),
    accessibility: z.string().nullable(),
    transportation: z.string().nullable(),
    languages: z.array(z.object({ code: z.string(), kind: z.enum(['staff', 'interpretation']) })),
    service_count: z.number().int(),
    distance_km: z.number().nullable(),
  })
  .openapi('Location');

const listRoute = createRoute({
  method: 'get',
  path: '/v1/locations',
  summary: 'Places where services are delivered',
  request: {
    query: LangQuery.extend({
      corner: booleanFlag
        .optional()
        .openapi({ description: "Only libraries' New American / Immigrant Information Corners." }),
      near: NearParam.optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: jsonContent(
      z.object({ items: z.array(Location) }).openapi('LocationList'),
      'Locations, nearest first when near is given.',
    ),
    400: jsonContent(ProblemSchema, 'A parameter is not valid.', 'application/problem+json'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/locations/{id}',
  summary: 'One location',
  request: { params: z.object({ id: z.uuid() }), query: LangQuery },
  responses: {
    200: jsonContent(Location, 'The location.'),
    404: jsonContent(ProblemSchema, 'No such location.', 'application/problem+json'),
  },
});

interface LocationRow {
  id: string;
  name: string;
  description: string | null;
  latitude: number | null;
  longitude: number | null;
  timezone: string;
  is_corner: boolean;
  corner_description: string | null;
  accessibility: string | null;
  transportation: string | null;
  source_locale: string;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  state_province: string | null;
  postal_code: string | null;
  country: string | null;
  service_count: number;
  distance_km: number | null;
}

async function queryLocations(
  c: Context<AppEnv>,
  where: ReturnType<typeof sql>,
  near: { latitude: number; longitude: number } | undefined,
  limit: number,
) {
  const db = c.get('db');
  const distance = near
    ? sql`CASE WHEN l.latitude IS NULL THEN NULL ELSE ww_distance_km(${near.latitude}::float8, ${near.longitude}::float8, l.latitude, l.longitude) END`
    : sql`NULL::float8`;
  const rows = await sql<LocationRow>`
    SELECT l.id, l.name, l.description, l.latitude, l.longitude, l.timezone, l.is_corner, l.corner_description,
      l.accessibility, l.transportation, l.source_locale,
      a.address_1, a.address_2, a.city, a.state_province, a.postal_code, a.country,
      (SELECT count(*)::int FROM service_at_location sal JOIN services s ON s.id = sal.service_id
        WHERE sal.location_id = l.id AND s.status = 'active') AS service_count,
      ${distance} AS distance_km
    FROM locations l
    LEFT JOIN LATERAL (SELECT * FROM addresses ad WHERE ad.location_id = l.id
      ORDER BY (ad.address_type = 'physical') DESC LIMIT 1) a ON true
    WHERE ${where}
    ORDER BY distance_km ASC NULLS LAST, l.name ASC LIMIT ${limit}`.execute(db);
  const ids = rows.rows.map((r) => r.id);
  const locales = c.get('locales');
  const [translations, languages] = await Promise.all([
    loadTranslations(db, 'location', ids, locales),
    ids.length
      ? db
          .selectFrom('languages')
          .select(['location_id', 'code', 'kind'])
          .where('location_id', 'in', ids)
          .orderBy('code')
          .execute()
      : Promise.resolve([]),
  ]);
  return rows.rows.map((r) => {
    const text = (field: string, value: string | null) =>
      pick(translations, r.id, field, value, r.source_locale, locales)?.value ?? null;
    return {
      id: r.id,
      name: text('name', r.name) ?? r.name,
      description: text('description', r.description),
      address: r.address_1
        ? {
            address_1: r.address_1,
            address_2: r.address_2,
            city: r.city ?? '',
            state_province: r.state_province ?? '',
            postal_code: r.postal_code ?? '',
            country: r.country ?? '',
          }
        : null,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
      timezone: r.timezone,
      corner: r.is_corner,
      corner_description: text('corner_description', r.corner_description),
      accessibility: text('accessibility', r.accessibility),
      transportation: text('transportation', r.transportation),
      languages: languages.filter((l) => l.location_id === r.id).map((l) => ({ code: l.code, kind: l.kind })),
      service_count: Number(r.service_count),
      distance_km: r.distance_km === null ? null : Math.round(Number(r.distance_km) * 100) / 100,
    };
  });
}

export function registerLocationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const where = query.corner === undefined ? sql`true` : sql`l.is_corner = ${query.corner}`;
    return c.json({ items: await queryLocations(c, where, query.near, query.limit) }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [location] = await queryLocations(c, sql`l.id = ${id}`, undefined, 1);
    if (!location) return sendProblem(c, problem(404, 'not-found', 'No location has this id')) as never;
    return c.json(location, 200);
  });
}
