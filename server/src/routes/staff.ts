import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { normalizeReference } from '../inquiries/reference.js';
import { StaffInquiry, StaffInquiryCreate, StaffInquiryList, StaffInquiryUpdate } from '../inquiries/schemas.js';
import { createInquiry, toStaffInquiry } from '../inquiries/store.js';
import { invalidParameter, notFound } from '../lib/problem.js';
import { IdempotencyKey } from '../schemas.js';
import { requireWrite } from '../staff/auth.js';
import { exportInquiriesCsv } from '../staff/export.js';
import { InquiryFilterQuery, InquiryListQuery } from '../staff/filters.js';
import { findInquiry, findInquiryByReference, listInquiries, updateInquiry } from '../staff/inquiries.js';
import { jsonContent, problemContent } from './params.js';

const security = [{ staffToken: [] }];
const guarded = {
  401: problemContent('No token, an unknown one or a revoked one; see WWW-Authenticate.'),
  429: problemContent('Too many failed attempts from this client; see Retry-After.'),
};
const writing = { ...guarded, 403: problemContent('The token may only read.') };

const IdParam = z.object({ id: z.uuid() });
/** How far ahead of the server's clock a logged `received_at` may be (a desk's clock runs fast). */
const CLOCK_SKEW_MS = 5 * 60_000;

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries',
  summary: 'Inquiries from every channel, newest first',
  description:
    'Filters combine (all must hold; a comma-separated list matches any of its values). `q` finds a reference code only: names, contact details and messages are encrypted at rest, so the database cannot search them.',
  security,
  request: { query: InquiryListQuery },
  responses: {
    200: jsonContent(StaffInquiryList, 'One page, with the total matching.'),
    400: problemContent('A parameter is not valid.'),
    ...guarded,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries.csv',
  summary: 'The inquiries matching the filters, as CSV for a spreadsheet',
  description:
    'Same filters as the list, every match, oldest first. UTF-8 with a byte-order mark, RFC 4180 quoting. Columns: reference, received_at, channel, kind, topic, preferred_language, status, referral, resolution_code, resolved_at, days_to_resolution, postcode. No name, phone, email or message: exports travel, personal data stays in the system. A cell starting with = + - or @ is prefixed with an apostrophe so a spreadsheet does not run it.',
  security,
  request: { query: InquiryFilterQuery },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'A CSV file with a header row.' },
    400: problemContent('A parameter is not valid.'),
    ...guarded,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries/{id}',
  summary: 'One inquiry, its personal fields decrypted',
  security,
  request: { params: IdParam },
  responses: {
    200: jsonContent(StaffInquiry, 'The inquiry.'),
    400: problemContent('The id is not a UUID.'),
    404: problemContent('No such inquiry.'),
    ...guarded,
  },
});

const byReferenceRoute = createRoute({
  method: 'get',
  path: '/v1/staff/inquiries/by-reference/{reference}',
  summary: 'One inquiry by the reference code a person reads out',
  description: 'Any case, any separator: k7m4qx, K7M 4QX and K7M-4QX are the same.',
  security,
  request: { params: z.object({ reference: z.string().max(20) }) },
  responses: {
    200: jsonContent(StaffInquiry, 'The inquiry.'),
    400: problemContent('This cannot be a reference code.'),
    404: problemContent('No inquiry has this reference.'),
    ...guarded,
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/v1/staff/inquiries/{id}',
  summary: 'Move an inquiry along: status, referral, resolution code',
  description:
    '`resolved_at` is set when the status becomes resolved or closed (kept when a resolved inquiry is closed) and cleared when it is reopened. `referred` needs a referral. A null referral or resolution code clears it. Needs a write token.',
  security,
  middleware: [requireWrite] as const,
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: StaffInquiryUpdate } }, required: true },
  },
  responses: {
    200: jsonContent(StaffInquiry, 'The inquiry as updated.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    404: problemContent('No such inquiry.'),
    ...writing,
  },
});

const logRoute = createRoute({
  method: 'post',
  path: '/v1/staff/inquiries',
  summary: 'Log an inquiry that came by hotline, email, 311 or outreach',
  description:
    "So the counts cover every channel. Recorded with `logged_by` = the token's name. Consent: a person who gives a phone number or email to be answered on has asked to be contacted that way, so `consent` is true exactly when `contact_method` is not `none`; only the detail of the chosen method is kept. An `Idempotency-Key` header makes a retry safe (200 with the first inquiry). Needs a write token.",
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

/** The staff API's inquiries: behind the gate (routes/staff-gate.ts), never cached. */
export function registerStaffRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const { page, page_size: pageSize, ...filters } = c.req.valid('query');
    const { rows, total } = await listInquiries(c.get('db'), filters, page, pageSize);
    const fieldCrypto = c.get('crypto');
    return c.json(
      {
        total,
        page,
        page_size: pageSize,
        items: rows.map((row) => toStaffInquiry(row, fieldCrypto)),
      },
      200,
    );
  });

  app.openapi(exportRoute, async (c) => {
    const csv = await exportInquiriesCsv(c.get('db'), c.req.valid('query'));
    const day = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="inquiries-${day}.csv"`,
    });
  });

  app.openapi(detailRoute, async (c) => {
    const row = await findInquiry(c.get('db'), c.req.valid('param').id);
    if (!row) return notFound(c, NO_SUCH_INQUIRY);
    return c.json(toStaffInquiry(row, c.get('crypto')), 200);
  });

  app.openapi(byReferenceRoute, async (c) => {
    const reference = normalizeReference(c.req.valid('param').reference);
    if (!reference) return invalidParameter(c, 'reference', 'A reference code such as K7M-4QX');
    const row = await findInquiryByReference(c.get('db'), reference);
    if (!row) return notFound(c, NO_SUCH_INQUIRY);
    return c.json(toStaffInquiry(row, c.get('crypto')), 200);
  });

  app.openapi(updateRoute, async (c) => {
    const outcome = await updateInquiry(c.get('db'), c.req.valid('param').id, c.req.valid('json'));
    if (outcome === 'missing') return notFound(c, NO_SUCH_INQUIRY);
    if (outcome === 'no-referral') return invalidParameter(c, 'referral', 'Say where the person was referred');
    return c.json(toStaffInquiry(outcome, c.get('crypto')), 200);
  });

  app.openapi(logRoute, async (c) => {
    const body = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const staff = c.get('staff')!;
    const receivedAt = body.received_at ? new Date(body.received_at) : undefined;
    if (receivedAt && receivedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      return invalidParameter(c, 'received_at', 'received_at is in the future');
    }
    if (body.status === 'referred' && !body.referral) {
      return invalidParameter(c, 'referral', 'Say where the person was referred');
    }
    const { row, created } = await createInquiry(c.get('db'), c.get('crypto'), {
      ...body,
      kind: 'inquiry',
      consent: body.contact_method !== 'none',
      received_at: receivedAt,
      logged_by: staff.name,
      // Keys share one unique column with the web form's: scope them to the token.
      idempotency_key: key ? `staff:${staff.name}:${key}` : undefined,
    });
    return c.json(toStaffInquiry(row, c.get('crypto')), created ? 201 : 200);
  });
}
