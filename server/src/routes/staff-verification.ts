import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { today } from '../appointments/wall-clock.js';
import { listDue } from '../directory/verification/due-list.js';
import { requestVerification } from '../directory/verification/requests.js';
import { verifyByStaff } from '../directory/verification/staff-verify.js';
import { readVerificationPolicy, writeVerificationPolicy } from '../directory/verification-policy.js';
import { systemClock } from '../lib/clock.js';
import { notFound, problem, sendProblem } from '../lib/problem.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { versionEtag, versionsIn } from '../staff/if-match.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { adminOnly, guarded, IdParam, security, StaleProblem, type DeskOptions } from './staff-shared.js';

const editors = requireRole('editor', 'admin');
const editorsOnly = { ...guarded, 403: problemContent('Needs the role editor or admin.') };
const NO_SUCH_SERVICE = 'No such service';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Verification = z
  .object({
    verified: Day.nullable().openapi({ description: 'When the listing was last confirmed (null: never).' }),
    due: Day.nullable().openapi({
      description: 'When it is due again (the office’s interval; shorter if accredited).',
    }),
    overdue: z.boolean().openapi({ description: 'The due date has passed.' }),
  })
  .openapi('Verification');

const DueItem = z
  .object({
    service_id: z.uuid(),
    service_name: z.string(),
    version: z
      .number()
      .int()
      .openapi({ description: 'The service’s version: send it as If-Match to mark it verified.' }),
    verification: Verification,
    accredited: z.boolean().openapi({ description: 'An accredited legal provider (re-verified more often).' }),
    contact: z.boolean().openapi({ description: 'A provider contact is on file, so a request can be mailed.' }),
    last_request: z
      .object({
        created_at: z.string(),
        expires_at: z.string(),
        used_at: z.string().nullable(),
        outcome: z.enum(['confirmed', 'corrected']).nullable(),
      })
      .nullable()
      .openapi({ description: 'The newest request mailed, and what came of it.' }),
  })
  .openapi('VerificationDueItem');

const VerificationPolicy = z
  .object({
    interval_days: z.number().int().min(1).max(3650).openapi({ description: 'Days between re-verifications.' }),
    accredited_interval_days: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .openapi({ description: 'The same for accredited legal providers.' }),
    link_days: z.number().int().min(1).max(90).openapi({ description: 'Days a provider’s link works.' }),
  })
  .openapi('VerificationPolicy');

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/directory/verification',
  summary: 'Listings to re-verify (editor, admin)',
  description:
    '`due`: due within 30 days or overdue; `overdue`: past their due date; `all`: every active service. Ordered by due date (never verified first).',
  security,
  middleware: [editors] as const,
  request: {
    query: z.object({
      state: z.enum(['due', 'overdue', 'all']).default('due'),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      page_size: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: jsonContent(z.object({ items: z.array(DueItem), total: z.number().int() }), 'One page.'),
    400: problemContent('A parameter is not valid.'),
    ...editorsOnly,
  },
});

const requestRoute = createRoute({
  method: 'post',
  path: '/v1/staff/directory/verification/requests',
  summary: 'Mail re-verification requests to providers (editor, admin)',
  description:
    'For each service with a contact: a signed link that expires after the office’s `link_days`, mailed in the service’s language by a job. Services without a contact are listed in `skipped`.',
  security,
  middleware: [requireWrite, editors] as const,
  request: {
    body: {
      content: { 'application/json': { schema: z.object({ service_ids: z.array(z.uuid()).min(1).max(500) }) } },
      required: true,
    },
  },
  responses: {
    202: jsonContent(
      z.object({
        queued: z.number().int(),
        skipped: z.array(z.object({ service_id: z.uuid(), reason: z.enum(['no-contact']) })),
      }),
      'Queued; the mails go with the next job round.',
    ),
    400: problemContent('The body is not valid.'),
    ...editorsOnly,
  },
});

const verifyRoute = createRoute({
  method: 'post',
  path: '/v1/staff/directory/services/{id}/verify',
  summary: 'Mark a listing verified: staff checked it themselves (editor, admin)',
  description:
    'With If-Match (the service’s version). Sets the verified date and each dated badge’s date to today (the office’s zone); history kind `verify`.',
  security,
  middleware: [requireWrite, editors] as const,
  request: { params: IdParam, headers: z.object({ 'if-match': z.string().max(200).optional() }) },
  responses: {
    200: {
      ...jsonContent(
        z.object({ service_id: z.uuid(), version: z.number().int(), verification: Verification }),
        'Verified.',
      ),
      headers: { ETag: { schema: { type: 'string' as const }, description: '"<version>"' } },
    },
    404: problemContent('No such service.'),
    412: {
      content: { 'application/problem+json': { schema: StaleProblem } },
      description: 'Changed by someone else since the version sent in If-Match (type `stale`).',
    },
    428: problemContent('If-Match is missing (type `precondition-required`).'),
    ...editorsOnly,
  },
});

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/v1/staff/settings/verification',
  summary: 'How often listings are re-verified (admin)',
  security,
  middleware: [requireRole('admin')] as const,
  responses: { 200: jsonContent(VerificationPolicy, 'The setting (365, 180 and 14 days by default).'), ...adminOnly },
});

const putSettingsRoute = createRoute({
  method: 'put',
  path: '/v1/staff/settings/verification',
  summary: 'Change how often listings are re-verified (admin)',
  description: 'Due dates follow at once; links already mailed keep their expiry. Audited.',
  security,
  middleware: [requireWrite, requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: VerificationPolicy } }, required: true } },
  responses: {
    200: jsonContent(VerificationPolicy, 'Changed.'),
    400: problemContent('A value is not valid.'),
    ...adminOnly,
  },
});

function preconditionRequired(c: Context<AppEnv>) {
  return sendProblem(
    c,
    problem(428, 'precondition-required', 'Send If-Match with the version you read', {
      detail: 'Reload the service and send its version as If-Match.',
    }),
  );
}

/** Re-verification on the desk: what is due, requests to providers, staff's own check, and the office's setting. */
export function registerVerificationRoutes(app: OpenAPIHono<AppEnv>, desk: DeskOptions): void {
  const clock = desk.clock ?? systemClock;

  app.openapi(listRoute, async (c) => {
    const { state, page, page_size } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    const day = today(clock.now(), desk.timeZone);
    return c.json(await listDue(c.get('db'), { state, today: day, page, pageSize: page_size }), 200);
  });

  app.openapi(requestRoute, async (c) => {
    const staff = c.get('staff')!;
    const { service_ids } = c.req.valid('json');
    const outcome = await requestVerification(c.get('db'), {
      serviceIds: service_ids,
      requestedBy: staff.accountId ?? staff.name,
      now: clock.now(),
    });
    if (outcome.queued > 0) desk.onMailQueued?.();
    return c.json(outcome, 202);
  });

  app.openapi(verifyRoute, async (c) => {
    const staff = c.get('staff')!;
    const header = c.req.valid('header')['if-match'];
    if (header === undefined) return preconditionRequired(c);
    const now = clock.now();
    const outcome = await verifyByStaff(c.get('db'), c.req.valid('param').id, {
      versions: versionsIn(header),
      staffId: staff.accountId ?? staff.name,
      today: today(now, desk.timeZone),
      now,
    });
    if (outcome.kind === 'missing') return notFound(c, NO_SUCH_SERVICE);
    if (outcome.kind === 'stale') {
      c.header('ETag', versionEtag(outcome.version));
      return c.json(
        {
          ...problem(412, 'stale', 'Someone changed this service since you opened it', {
            detail: `Changed by ${outcome.changedBy ?? 'someone'}; reload it to see their change.`,
          }),
          changed_by: outcome.changedBy,
          changed_at: outcome.changedAt,
          current_version: outcome.version,
        },
        412,
        { 'Content-Type': 'application/problem+json' },
      );
    }
    c.header('ETag', versionEtag(outcome.version));
    return c.json(
      { service_id: c.req.valid('param').id, version: outcome.version, verification: outcome.verification },
      200,
    );
  });

  app.openapi(getSettingsRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await readVerificationPolicy(c.get('db')), 200);
  });

  app.openapi(putSettingsRoute, async (c) => {
    const staff = c.get('staff')!;
    const policy = c.req.valid('json');
    await writeVerificationPolicy(c.get('db'), policy, staff.name);
    await recordAudit(c.get('db'), staff, { action: 'change', recordType: 'setting', recordId: 'verification' });
    return c.json(policy, 200);
  });
}
