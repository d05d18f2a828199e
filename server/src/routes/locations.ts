import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { findLocations } from '../directory/locations.js';
import { notFound } from '../lib/problem.js';
import { Address, ContentInfo } from '../schemas.js';
import { booleanFlag, jsonContent, LangQuery, NearParam, problemContent, wholeNumber } from './params.js';

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
      limit: wholeNumber(1, 500, 100),
    }),
  },
  responses: {
    200: jsonContent(
      z.object({ items: z.array(Location) }).openapi('LocationList'),
      'Locations, nearest first when near is given.',
    ),
    400: problemContent('A parameter is not valid.'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/locations/{id}',
  summary: 'One location',
  request: { params: z.object({ id: z.uuid() }), query: LangQuery },
  responses: {
    200: jsonContent(Location, 'The location.'),
    404: problemContent('No such location.'),
  },
});

export function registerLocationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const { corner, near, limit } = c.req.valid('query');
    return c.json({ items: await findLocations(c.get('db'), c.get('locales'), { corner, near, limit }) }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [location] = await findLocations(c.get('db'), c.get('locales'), { id, limit: 1 });
    if (!location) return notFound(c, 'No location has this id');
    return c.json(location, 200);
  });
}
