import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { appliesOn, openAt, type ScheduleRule } from '../directory/schedule.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { problem, sendProblem } from '../lib/problem.js';
import { Address, ContentInfo, ProblemSchema } from '../schemas.js';
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
    hours_today: z.array(z.object({ opens_at: z.string(), closes_at: z.string() })).openapi({
      description:
        "Today's opening hours (HH:MM in the location's time zone) of the services the location's own organization runs there: for a library, its corner's hours.",
    }),
    open_now: z.boolean().nullable().openapi({ description: 'Null when the place has no opening hours on record.' }),
    content: ContentInfo,
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
  const [translations, languages, schedules] = await Promise.all([
    loadTranslations(db, 'location', ids, locales),
    ids.length
      ? db
          .selectFrom('languages')
          .select(['location_id', 'code', 'kind'])
          .where('location_id', 'in', ids)
          .orderBy('code')
          .execute()
      : Promise.resolve([]),
    ownHours(c, ids),
  ]);
  const now = new Date();
  return rows.rows.map((r) => {
    const text = (field: string, value: string | null) =>
      pick(translations, r.id, field, value, r.source_locale, locales)?.value ?? null;
    // What the texts are in: the corner's description when there is one, else the name.
    const main = pick(
      translations,
      r.id,
      r.corner_description ? 'corner_description' : 'name',
      r.corner_description ?? r.name,
      r.source_locale,
      locales,
    )!;
    return {
      id: r.id,
      content: { locale: main.locale, method: main.method, fallback: main.locale !== locales[0] },
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
      ...hoursToday(
        schedules.filter((rule) => rule.location_id === r.id),
        now,
      ),
    };
  });
}

/** Schedules at these places of services run by each place's own organization (a library's corner, its desks). */
function ownHours(c: Context<AppEnv>, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return c
    .get('db')
    .selectFrom('schedules as sc')
    .innerJoin('services as s', 's.id', 'sc.service_id')
    .innerJoin('locations as l', 'l.id', 'sc.location_id')
    .select(['sc.location_id', 'sc.freq', 'sc.byday', 'sc.opens_at', 'sc.closes_at', 'sc.timezone'])
    .where('sc.location_id', 'in', ids)
    .whereRef('s.organization_id', '=', 'l.organization_id')
    .where('s.status', '=', 'active')
    .execute();
}

function hoursToday(rules: ScheduleRule[], now: Date) {
  const today = rules.filter((rule) => rule.opens_at && rule.closes_at && appliesOn(rule, now));
  const hours = [
    ...new Map(
      today.map((r) => [`${r.opens_at}-${r.closes_at}`, { opens_at: r.opens_at!, closes_at: r.closes_at! }]),
    ).values(),
  ].sort((a, b) => a.opens_at.localeCompare(b.opens_at));
  return { hours_today: hours, open_now: rules.length === 0 ? null : rules.some((rule) => openAt(rule, now)) };
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
