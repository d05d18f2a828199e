import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { databaseAnswers } from '../db/ready.js';
import { jsonContent } from './params.js';

const Health = z.object({ status: z.enum(['ok', 'unavailable']) }).openapi('Health');

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
      responses: { 200: jsonContent(Health, 'Ready.'), 503: jsonContent(Health, 'Not ready.') },
    }),
    async (c) =>
      (await databaseAnswers(c.get('db')))
        ? c.json({ status: 'ok' as const }, 200)
        : c.json({ status: 'unavailable' as const }, 503),
  );
}
