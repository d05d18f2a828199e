import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { CloseReportRequest, StaffReport, StaffReportList } from '../directory/reports/schemas.js';
import { closeWithoutChange, listReports } from '../directory/reports/staff-reports.js';
import { notFound, problem, sendProblem } from '../lib/problem.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent, wholeNumber } from './params.js';
import { guarded, IdParam, security } from './staff-shared.js';

const editors = requireRole('editor', 'admin');
const editorsOnly = { ...guarded, 403: problemContent('Needs the role editor or admin.') };

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/directory/reports',
  summary: 'Problems reported on listings (editor, admin)',
  description:
    'Open reports oldest first, closed ones most recently closed first. Notes are decrypted: the list is audited as one view (record type `service-report`).',
  security,
  middleware: [editors] as const,
  request: {
    query: z.object({
      status: z.enum(['open', 'closed']).default('open'),
      service_id: z.uuid().optional(),
      page: wholeNumber(1, 10_000, 1),
      page_size: wholeNumber(1, 100, 50),
    }),
  },
  responses: {
    200: jsonContent(StaffReportList, 'One page, with the total matching.'),
    400: problemContent('A parameter is not valid.'),
    ...editorsOnly,
  },
});

const closeRoute = createRoute({
  method: 'post',
  path: '/v1/staff/directory/reports/{id}/close',
  summary: 'Close a report without changing the listing (editor, admin)',
  description:
    "For a report that was checked and needs no change. A report a change fixes is closed by the editor's save (`closes_reports`). Audited.",
  security,
  middleware: [requireWrite, editors] as const,
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: CloseReportRequest } }, required: true },
  },
  responses: {
    200: jsonContent(StaffReport, 'Closed.'),
    400: problemContent('A field is not valid.'),
    404: problemContent('No such report.'),
    409: problemContent('The report is closed already (type `report-closed`).'),
    ...editorsOnly,
  },
});

/** The editors' queue of reported problems (the public side is routes/service-reports.ts). */
export function registerStaffReportRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const found = await listReports(c.get('db'), c.get('crypto'), {
      status: query.status,
      serviceId: query.service_id,
      page: query.page,
      pageSize: query.page_size,
    });
    await recordAudit(c.get('db'), c.get('staff')!, {
      action: 'view',
      recordType: 'service-report',
      fields: ['note'],
    });
    c.header('Cache-Control', 'no-store');
    return c.json(found, 200);
  });

  app.openapi(closeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const staff = c.get('staff')!;
    const outcome = await closeWithoutChange(c.get('db'), c.get('crypto'), id, staff.name);
    if (outcome.kind === 'missing') return notFound(c, 'No such report');
    if (outcome.kind === 'closed') {
      return sendProblem(c, problem(409, 'report-closed', 'This report is closed already'));
    }
    await recordAudit(c.get('db'), staff, {
      action: 'change',
      recordType: 'service-report',
      recordId: id,
      fields: ['status', 'resolution'],
    });
    return c.json(outcome.report, 200);
  });
}
