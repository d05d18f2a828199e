import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { listDeskColleagues } from '../staff/inquiries.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, security } from './staff-shared.js';

const Colleagues = z
  .object({
    items: z.array(z.object({ id: z.string(), display_name: z.string() })),
  })
  .openapi('StaffColleagues');

const colleaguesRoute = createRoute({
  method: 'get',
  path: '/v1/staff/colleagues',
  summary: 'Whom an inquiry can be given to: enabled accounts with the desk role, by name',
  description: 'Names and ids only (no email, no roles), for the desk to assign an inquiry to a colleague.',
  security,
  middleware: [requireRole('desk')] as const,
  responses: {
    200: jsonContent(Colleagues, 'By name.'),
    403: problemContent('The role does not allow this.'),
    ...guarded,
  },
});

export function registerColleagueRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(colleaguesRoute, async (c) => c.json({ items: await listDeskColleagues(c.get('db')) }, 200));
}
