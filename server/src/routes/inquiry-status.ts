import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { InquiryStatusAnswer } from '../inquiries/schemas.js';
import { lookupInquiryStatus, REFERENCE_FAILURE_LIMIT } from '../inquiries/status.js';
import { clientKey } from '../lib/client-key.js';
import { problem, sendProblem } from '../lib/problem.js';
import { rateLimit } from '../lib/rate-limit.js';
import { jsonContent, LangQuery, problemContent } from './params.js';

/** Failed lookups a client may make in a window: enough for typos, far too few to guess references. */
export const CLIENT_FAILURE_LIMIT = 10;
const CLIENT_WINDOW_MS = 15 * 60_000;

const statusRoute = createRoute({
  method: 'get',
  path: '/v1/inquiries/status/{reference}',
  summary: 'Where an inquiry stands, for the person who sent it',
  description: `Received, in progress, referred (to whom) or resolved, with the day, in the language asked for; nothing personal. Shown only with the reference and one more fact: \`check\` is the status token given at submission (any case, with or without the dash), the last four digits of the phone on record, or the email on record (any case). Once retention has erased the personal fields, only the token works. An unknown reference and a wrong check get the same 404. ${CLIENT_FAILURE_LIMIT} failed lookups from one client in 15 minutes answer 429 \`rate-limited\`; ${REFERENCE_FAILURE_LIMIT} wrong checks on one reference, from anyone, lock it for an hour (429 \`reference-locked\`, even for the right check). Never cached.`,
  request: {
    params: z.object({
      reference: z
        .string()
        .max(20)
        .openapi({ description: 'The reference given at submission, such as K7M-4QX (any case).', example: 'K7M-4QX' }),
    }),
    query: z
      .object({
        check: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .openapi({ description: 'The status token, the last four digits of the phone, or the email.' }),
      })
      .merge(LangQuery),
  },
  responses: {
    200: jsonContent(InquiryStatusAnswer, 'The status.'),
    400: problemContent('`check` is missing or too long.'),
    404: problemContent(
      'No inquiry with this reference and this check (`status-not-found`); which one is wrong is not said.',
    ),
    429: problemContent(
      'Too many failed lookups from this client (`rate-limited`) or on this reference (`reference-locked`); see Retry-After.',
    ),
  },
});

export function registerInquiryStatusRoutes(app: OpenAPIHono<AppEnv>, timeZone: string): void {
  // Failed lookups only, per client, in memory; the per-reference count is in the database (every process sees it).
  app.use(
    '/v1/inquiries/status/*',
    rateLimit({ limit: CLIENT_FAILURE_LIMIT, windowMs: CLIENT_WINDOW_MS, key: clientKey, counts: (s) => s === 404 }),
  );
  app.openapi(statusRoute, async (c) => {
    const { reference } = c.req.valid('param');
    const { check } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    const found = await lookupInquiryStatus(c.get('db'), c.get('crypto'), {
      reference,
      check,
      locales: c.get('locales'),
      timeZone,
    });
    if (found.outcome === 'locked') {
      c.header('Retry-After', String(found.retryAfterSeconds));
      return sendProblem(c, problem(429, 'reference-locked', 'Too many wrong checks on this reference; try later'));
    }
    if (found.outcome === 'not-found') {
      return sendProblem(c, problem(404, 'status-not-found', 'No inquiry with this reference and this check'));
    }
    return c.json(found.status, 200);
  });
}
