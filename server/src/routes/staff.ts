import { registerSettingsRoutes } from './staff-settings.js';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { normalizeReference } from '../inquiries/reference.js';
import {
  StaffInquiry,
  StaffInquiryCreate,
  StaffInquiryDetail,
  StaffInquiryList,
  StaffInquiryUpdate,
} from '../inquiries/schemas.js';
import { createInquiry } from '../inquiries/store.js';
import { businessDaysBefore } from '../lib/business-days.js';
import { invalidParameter, notFound, problem, sendProblem, type Problem } from '../lib/problem.js';
import { IdempotencyKey } from '../schemas.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { EXPORT_COLUMNS, exportInquiriesCsv } from '../staff/export.js';
import { InquiryFilterQuery, InquiryListQuery } from '../staff/filters.js';
import { acceptedVersions, etagOf } from '../staff/if-match.js';
import {
  findInquiry,
  findInquiryByReference,
  isDeskAccount,
  listInquiries,
  listNotes,
  listReplies,
  referralCodeFor,
  updateInquiry,
} from '../staff/inquiries.js';
import { shownFields, toStaffInquiry, type DueRule, type StaffInquiryRow } from '../staff/inquiry-view.js';
import { isActiveDestination } from '../staff/referral-destinations.js';
import { jsonContent, problemContent } from './params.js';
import { registerColleagueRoutes } from './staff-colleagues.js';
import { registerDeskRoutes } from './staff-desk.js';
import { registerStaffDirectoryRoutes } from './staff-directory.js';
import { registerStaffEventRoutes } from './staff-events.js';
import { registerAppointmentSetupRoutes } from './staff-appointment-setup.js';
import { registerOutreachRoutes } from './staff-outreach.js';
import { registerReferralRoutes } from './staff-referrals.js';
import { registerSearchConceptRoutes } from './staff-search-concepts.js';
import { registerStaffReportRoutes } from './staff-reports.js';
import { registerRosterRoutes } from './staff-rosters.js';
import { registerAppointmentDayRoutes } from './staff-appointment-day.js';
import { registerVerificationRoutes } from './staff-verification.js';
import { guarded, IdParam, security, StaleProblem, writing, type DeskOptions } from './staff-shared.js';

/** How far ahead of the server's clock a logged `received_at` may be (a desk's clock runs fast). */
const CLOCK_SKEW_MS = 5 * 60_000;

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries',
  summary: 'The queue: inquiries from every channel, newest or oldest first',
  description:
    'Filters combine (all must hold; a comma-separated list matches any of its values). `q` finds a reference code only: names, contact details and messages are encrypted at rest, so the database cannot search them. Each row shows the name only (audited as one view of the list).',
  security,
  request: { query: InquiryListQuery },
  responses: {
    200: jsonContent(StaffInquiryList, 'One page, with the total matching and the count overdue.'),
    400: problemContent('A parameter is not valid.'),
    ...guarded,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries.csv',
  summary: 'The inquiries matching the filters, as CSV for a spreadsheet',
  description: `Same filters as the list, every match, oldest first. UTF-8 with a byte-order mark, RFC 4180 quoting. Columns: ${EXPORT_COLUMNS.join(', ')}. No name, phone, email or message: exports travel, personal data stays in the system. A cell starting with = + - or @ is prefixed with an apostrophe so a spreadsheet does not run it. Audited as an export.`,
  security,
  request: { query: InquiryFilterQuery },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'A CSV file with a header row.' },
    400: problemContent('A parameter is not valid.'),
    ...guarded,
  },
});

const etagHeader = {
  ETag: { schema: { type: 'string' as const }, description: '"v<version>": send it back as If-Match.' },
};

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries/{id}',
  summary: 'One inquiry, its personal fields decrypted, with notes and replies',
  description: 'Audited as a view of the fields shown.',
  security,
  request: { params: IdParam },
  responses: {
    200: { ...jsonContent(StaffInquiryDetail, 'The inquiry.'), headers: etagHeader },
    400: problemContent('The id is not a UUID.'),
    404: problemContent('No such inquiry.'),
    ...guarded,
  },
});

const byReferenceRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries/by-reference/{reference}',
  summary: 'One inquiry by the reference code a person reads out',
  description: 'Any case, any separator: k7m4qx, K7M 4QX and K7M-4QX are the same. Audited as a view.',
  security,
  request: { params: z.object({ reference: z.string().max(20) }) },
  responses: {
    200: { ...jsonContent(StaffInquiryDetail, 'The inquiry.'), headers: etagHeader },
    400: problemContent('This cannot be a reference code.'),
    404: problemContent('No inquiry has this reference.'),
    ...guarded,
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/v1/staff/inquiries/{id}',
  summary: 'Move an inquiry along: status, topic, referral, assignee, resolution code',
  description:
    '`If-Match: "v<version>"` (the ETag of the inquiry as read) refuses the change with 412 if someone changed it since; required with a desk session (428 without), optional with a token. Every change bumps the version and answers the new ETag. `resolved_at` is set when the status becomes resolved or closed (kept when a resolved inquiry is closed) and cleared when it is reopened. `referred` needs a referral. A null referral, referral code, assignee or resolution code clears it. Needs write access.',
  security,
  middleware: [requireWrite] as const,
  request: {
    params: IdParam,
    headers: z.object({ 'if-match': z.string().max(200).optional() }),
    body: { content: { 'application/json': { schema: StaffInquiryUpdate } }, required: true },
  },
  responses: {
    200: { ...jsonContent(StaffInquiry, 'The inquiry as updated.'), headers: etagHeader },
    400: problemContent('A field is not valid; `errors` names each one.'),
    404: problemContent('No such inquiry.'),
    412: {
      content: { 'application/problem+json': { schema: StaleProblem } },
      description: 'Changed by someone else since the version sent in If-Match (type `stale`).',
    },
    428: problemContent('A desk session must send If-Match (type `precondition-required`).'),
    ...writing,
  },
});

const logRoute = createRoute({
  method: 'post',
  path: '/v1/staff/inquiries',
  summary: 'Log a call, a walk-in, an email, a 311 transfer or an outreach contact',
  description:
    "So the counts cover every channel; no personal data is needed. Recorded with `logged_by` = the caller's name. Resolved on the spot: status `resolved`; a follow-up: status `new` with `assigned_to`. Consent: a person who gives a phone number or email to be answered on has asked to be contacted that way, so `consent` is true exactly when `contact_method` is not `none`; only the detail of the chosen method is kept. An `Idempotency-Key` header makes a retry safe (200 with the first inquiry). Needs write access.",
  security,
  middleware: [requireWrite] as const,
  request: {
    headers: z.object({ 'idempotency-key': IdempotencyKey.optional() }),
    body: { content: { 'application/json': { schema: StaffInquiryCreate } }, required: true },
  },
  responses: {
    201: jsonContent(StaffInquiry, 'Logged.'),
    200: jsonContent(StaffInquiry, 'Logged before with this Idempotency-Key.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    ...writing,
  },
});

const NO_SUCH_INQUIRY = 'No such inquiry';
const FREE_TEXT_REFERRAL = 'Choose a destination from the list (referral_code)';

export type StaffRouteOptions = DeskOptions;

/** The staff API's inquiries and the desk's work on them: behind the gate (routes/staff-gate.ts), never cached. */
export function registerStaffRoutes(app: OpenAPIHono<AppEnv>, desk: StaffRouteOptions): void {
  registerStaffInquiryRoutes(app, desk);
  registerColleagueRoutes(app);
  registerDeskRoutes(app, desk);
  registerReferralRoutes(app);
  registerOutreachRoutes(app);
  registerSettingsRoutes(app);
  registerSearchConceptRoutes(app);
  registerStaffReportRoutes(app);
  registerStaffEventRoutes(app);
  registerStaffDirectoryRoutes(app, desk.timeZone);
  registerAppointmentSetupRoutes(app);
  registerRosterRoutes(app, desk.clock);
  registerAppointmentDayRoutes(app, desk.clock);
  registerVerificationRoutes(app, desk);
}

/** The due rule of this request: one overdue cutoff for the queue's SQL and every row it shows. */
function dueRule({ responseDays, timeZone }: DeskOptions, now = new Date()): DueRule {
  return { responseDays, timeZone, overdueBefore: businessDaysBefore(now, responseDays, timeZone) };
}

/** The inquiry routes of the desk: the queue, one inquiry, changes, the call log. */
export function registerStaffInquiryRoutes(app: OpenAPIHono<AppEnv>, desk: DeskOptions): void {
  app.openapi(listRoute, async (c) => {
    const staff = c.get('staff')!;
    const { page, page_size: pageSize, sort, ...filters } = c.req.valid('query');
    if (filters.assigned === 'me' && !staff.accountId) {
      return invalidParameter(c, 'assigned', 'A token has no account: give an account id');
    }
    const due = dueRule(desk);
    const db = c.get('db');
    const queue = await listInquiries(
      db,
      filters,
      { overdueBefore: due.overdueBefore, accountId: staff.accountId },
      { sort, page, pageSize },
    );
    await recordAudit(db, staff, { action: 'view', recordType: 'inquiry', fields: ['name'] });
    const fieldCrypto = c.get('crypto');
    return c.json(
      {
        total: queue.total,
        page,
        page_size: pageSize,
        overdue_count: queue.overdueCount,
        items: queue.rows.map((row) => toStaffInquiry(row, fieldCrypto, due, 'name')),
      },
      200,
    );
  });

  app.openapi(exportRoute, async (c) => {
    const staff = c.get('staff')!;
    const filters = c.req.valid('query');
    if (filters.assigned === 'me' && !staff.accountId) {
      return invalidParameter(c, 'assigned', 'A token has no account: give an account id');
    }
    const db = c.get('db');
    const { overdueBefore } = dueRule(desk);
    const csv = await exportInquiriesCsv(db, filters, { overdueBefore, accountId: staff.accountId });
    await recordAudit(db, staff, { action: 'export', recordType: 'inquiry', fields: EXPORT_COLUMNS });
    const day = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="inquiries-${day}.csv"`,
    });
  });

  /** An opened inquiry, its notes and replies, audited as a view of what it shows. */
  async function openInquiry(c: Context<AppEnv>, row: StaffInquiryRow) {
    const db = c.get('db');
    const fieldCrypto = c.get('crypto');
    const [notes, replies] = await Promise.all([listNotes(db, fieldCrypto, row.id), listReplies(db, row.id)]);
    await recordAudit(db, c.get('staff')!, {
      action: 'view',
      recordType: 'inquiry',
      recordId: row.id,
      fields: [...shownFields(row), ...(notes.length ? ['notes'] : [])],
    });
    c.header('ETag', etagOf(row.version));
    return { ...toStaffInquiry(row, fieldCrypto, dueRule(desk)), notes, replies };
  }

  app.openapi(detailRoute, async (c) => {
    const row = await findInquiry(c.get('db'), c.req.valid('param').id);
    if (!row) return notFound(c, NO_SUCH_INQUIRY);
    return c.json(await openInquiry(c, row), 200);
  });

  app.openapi(byReferenceRoute, async (c) => {
    const reference = normalizeReference(c.req.valid('param').reference);
    if (!reference) return invalidParameter(c, 'reference', 'A reference code such as K7M-4QX');
    const row = await findInquiryByReference(c.get('db'), reference);
    if (!row) return notFound(c, NO_SUCH_INQUIRY);
    return c.json(await openInquiry(c, row), 200);
  });

  app.openapi(updateRoute, async (c) => {
    const staff = c.get('staff')!;
    const ifMatch = c.req.valid('header')['if-match'];
    // A desk screen must say which version it edits, so two people never overwrite each other silently.
    if (staff.via === 'session' && ifMatch === undefined) {
      return sendProblem(
        c,
        problem(428, 'precondition-required', 'Send If-Match with the version you read', {
          detail: 'Reload the inquiry and send its ETag as If-Match.',
        }),
      );
    }
    const change = c.req.valid('json');
    if (staff.via === 'session' && change.referral) return invalidParameter(c, 'referral', FREE_TEXT_REFERRAL);
    const id = c.req.valid('param').id;
    const db = c.get('db');
    const outcome = await updateInquiry(db, id, change, {
      by: staff.name,
      acceptedVersions: ifMatch === undefined ? undefined : acceptedVersions(ifMatch),
    });
    if (outcome.kind === 'missing') return notFound(c, NO_SUCH_INQUIRY);
    if (outcome.kind === 'invalid') return invalidParameter(c, outcome.field, outcome.message);
    if (outcome.kind === 'stale') {
      const { row } = outcome;
      const stale: Problem<412> & z.infer<typeof StaleProblem> = {
        ...problem(412, 'stale', 'Someone changed this inquiry since you opened it', {
          detail: `Changed by ${row.updated_by ?? 'someone'}; reload it to see their change.`,
        }),
        changed_by: row.updated_by,
        changed_at: new Date(row.updated_at).toISOString(),
        current_version: row.version,
      };
      c.header('ETag', etagOf(row.version));
      return c.json(stale, 412, { 'Content-Type': 'application/problem+json' });
    }
    await recordAudit(db, staff, {
      action: 'change',
      recordType: 'inquiry',
      recordId: id,
      fields: Object.keys(change),
    });
    c.header('ETag', etagOf(outcome.row.version));
    return c.json(toStaffInquiry(outcome.row, c.get('crypto'), dueRule(desk)), 200);
  });

  app.openapi(logRoute, async (c) => {
    const body = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const staff = c.get('staff')!;
    const db = c.get('db');
    const receivedAt = body.received_at ? new Date(body.received_at) : undefined;
    if (receivedAt && receivedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      return invalidParameter(c, 'received_at', 'received_at is in the future');
    }
    if (staff.via === 'session' && body.referral) return invalidParameter(c, 'referral', FREE_TEXT_REFERRAL);
    if (body.status === 'referred' && !body.referral && !body.referral_code) {
      return invalidParameter(c, 'referral_code', 'Say where the person was referred');
    }
    if (body.referral_code && !(await isActiveDestination(db, body.referral_code))) {
      return invalidParameter(c, 'referral_code', 'Not an active referral destination');
    }
    if (body.assigned_to && !(await isDeskAccount(db, body.assigned_to))) {
      return invalidParameter(c, 'assigned_to', 'Not an enabled staff account with the desk role');
    }
    const { row, created } = await createInquiry(db, c.get('crypto'), {
      ...body,
      referral_code: body.referral_code ?? (await referralCodeFor(db, body.referral)),
      kind: 'inquiry',
      consent: body.contact_method !== 'none',
      received_at: receivedAt,
      logged_by: staff.name,
      // Keys share one unique column with the web form's: scope them to the caller.
      idempotency_key: key ? `staff:${staff.accountId ?? staff.name}:${key}` : undefined,
    });
    if (created) {
      await recordAudit(db, staff, {
        action: 'create',
        recordType: 'inquiry',
        recordId: row.id,
        fields: Object.keys(body),
      });
    }
    const assigned = (await findInquiry(db, row.id))!;
    return c.json(toStaffInquiry(assigned, c.get('crypto'), dueRule(desk)), created ? 201 : 200);
  });
}
