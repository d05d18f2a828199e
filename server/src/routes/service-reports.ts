import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { createReport } from '../directory/reports/create.js';
import { ReportReceipt, ReportRequest } from '../directory/reports/schemas.js';
import { clientKey } from '../lib/client-key.js';
import { invalidParameter, notFound } from '../lib/problem.js';
import { rateLimit } from '../lib/rate-limit.js';
import { jsonContent, problemContent } from './params.js';

/** Reports one client may make: a visitor with something to say says it a few times, a flood is refused. */
export const REPORTS_PER_WINDOW = 5;
export const REPORT_WINDOW_MS = 10 * 60_000;

const reportRoute = createRoute({
  method: 'post',
  path: '/v1/services/{id}/reports',
  summary: 'Report a problem with a listing (wrong phone, moved, closed…)',
  description: `For the office's editors to check. No personal details are asked for; the note is encrypted at rest. The same idempotency key answers 200 with the first report. Each client may make ${REPORTS_PER_WINDOW} reports per ${REPORT_WINDOW_MS / 60_000} minutes (a repeat does not count), then 429 \`report-rate-limited\` with Retry-After.`,
  request: {
    params: z.object({ id: z.uuid() }),
    body: { content: { 'application/json': { schema: ReportRequest } }, required: true },
  },
  responses: {
    201: jsonContent(ReportReceipt, 'Received.'),
    200: jsonContent(ReportReceipt, 'Received before, with this idempotency key.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    404: problemContent('No such service.'),
    413: problemContent('The body is too large.'),
    429: problemContent('Too many reports (`report-rate-limited`) or requests from this client; see Retry-After.'),
  },
});

export function registerServiceReportRoutes(
  app: OpenAPIHono<AppEnv>,
  limitWrites: MiddlewareHandler,
  reportsPerWindow = REPORTS_PER_WINDOW,
): void {
  // Every write counts against the writes per minute; only reports made count against the reports' own limit.
  const limitReports = rateLimit({
    limit: reportsPerWindow,
    windowMs: REPORT_WINDOW_MS,
    key: clientKey,
    counts: (status) => status === 201,
    slug: 'report-rate-limited',
    title: 'Too many reports from here; try again later',
  });
  app.use('/v1/services/:id/reports', limitWrites, limitReports);

  app.openapi(reportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const headerKey = c.req.header('Idempotency-Key');
    if (headerKey && headerKey !== body.idempotency_key) {
      return invalidParameter(c, 'idempotency_key', 'The Idempotency-Key header and body differ');
    }
    const outcome = await createReport(c.get('db'), c.get('crypto'), id, body);
    if (outcome.kind === 'missing') return notFound(c, 'No such service');
    if (outcome.kind === 'key-taken') {
      return invalidParameter(c, 'idempotency_key', 'This key was used for a report on another service');
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ id: outcome.id, status: 'received' as const }, outcome.created ? 201 : 200);
  });
}
