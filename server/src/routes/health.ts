import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { databaseReadiness } from '../db/ready.js';
import { DATABASE_RETRY_AFTER_SECONDS, errorCode, isDatabaseUnavailable } from '../lib/database-unavailable.js';
import { jsonContent } from './params.js';

const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    reason: z
      .string()
      .optional()
      .openapi({ description: 'Why the server is not ready, e.g. "the database cannot be reached (ECONNREFUSED)".' }),
  })
  .openapi('Health');

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      summary: 'The process is up',
      responses: { 200: jsonContent(Health, 'Up.') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/readyz',
      summary: 'The database answers',
      description:
        'Ready when the database answers a query. While it cannot be reached (a PostgreSQL restart), 503 with a reason and Retry-After; the server reconnects by itself.',
      responses: { 200: jsonContent(Health, 'Ready.'), 503: jsonContent(Health, 'Not ready, with the reason.') },
    }),
    async (c) => {
      const readiness = await databaseReadiness(c.get('db'));
      if (readiness.ready) return c.json({ status: 'ok' as const }, 200);
      const code = errorCode(readiness.error);
      const reason = isDatabaseUnavailable(readiness.error)
        ? 'the database cannot be reached'
        : 'the database answered with an error';
      c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return c.json({ status: 'unavailable' as const, reason: code ? `${reason} (${code})` : reason }, 503);
    },
  );
}
