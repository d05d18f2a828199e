import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { reminderHours, setReminderHours } from '../messages/settings.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { adminOnly, security } from './staff-shared.js';

const ReminderSettings = z
  .object({
    reminder_hours: z
      .number()
      .int()
      .min(1)
      .max(336)
      .openapi({ description: 'Hours before a session that its reminder goes (1 to 336, two weeks).', example: 24 }),
  })
  .openapi('ReminderSettings');

const getRoute = createRoute({
  method: 'get',
  path: '/v1/staff/settings/reminders',
  summary: 'When reminders go (admin)',
  security,
  middleware: [requireRole('admin')] as const,
  responses: { 200: jsonContent(ReminderSettings, 'The setting (24 hours until an office changes it).'), ...adminOnly },
});

const putRoute = createRoute({
  method: 'put',
  path: '/v1/staff/settings/reminders',
  summary: 'Change when reminders go (admin)',
  description: 'Takes effect at the next sweep (every minute) in every server process. Audited.',
  security,
  middleware: [requireWrite, requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: ReminderSettings } }, required: true } },
  responses: {
    200: jsonContent(ReminderSettings, 'Changed.'),
    400: problemContent('The number of hours is not valid.'),
    ...adminOnly,
  },
});

/** Office settings an administrator changes without a restart. */
export function registerSettingsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ reminder_hours: await reminderHours(c.get('db')) }, 200);
  });
  app.openapi(putRoute, async (c) => {
    const staff = c.get('staff')!;
    const { reminder_hours } = c.req.valid('json');
    await setReminderHours(c.get('db'), reminder_hours, staff.name);
    await recordAudit(c.get('db'), staff, { action: 'change', recordType: 'setting', recordId: 'reminder_hours' });
    return c.json({ reminder_hours }, 200);
  });
}
