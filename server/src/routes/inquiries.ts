import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { InquiryReceipt, InquiryRequest, InquiryTopics } from '../inquiries/schemas.js';
import { statusTokenSigner } from '../inquiries/status-token.js';
import { createInquiry } from '../inquiries/store.js';
import { inquiryTopics } from '../inquiries/topics.js';
import { invalidParameter } from '../lib/problem.js';
import { pageOrigin } from '../lib/page-origin.js';
import { jsonContent, LangQuery, problemContent } from './params.js';

const submitRoute = createRoute({
  method: 'post',
  path: '/v1/inquiries',
  summary: 'Send an inquiry (or a volunteer sign-up) from the web form',
  description:
    'Returns a reference code, a status token (the reference and the token show the status) and the response time. The same idempotency key never creates a second inquiry: a repeat answers 200 with the first receipt. Name, phone, email and message are encrypted at rest.',
  request: { body: { content: { 'application/json': { schema: InquiryRequest } }, required: true } },
  responses: {
    201: jsonContent(InquiryReceipt, 'Received.'),
    200: jsonContent(InquiryReceipt, 'Received before, with this idempotency key.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    413: problemContent('The body is too large.'),
    429: problemContent('Too many requests from this client; see Retry-After.'),
  },
});

const topicsRoute = createRoute({
  method: 'get',
  path: '/v1/inquiries/topics',
  summary: 'What the inquiry form offers to ask about, and the response time',
  request: { query: LangQuery },
  responses: { 200: jsonContent(InquiryTopics, 'Topics in the language asked for.') },
});

export function registerInquiryRoutes(
  app: OpenAPIHono<AppEnv>,
  limitWrites: MiddlewareHandler,
  responseDays: number,
): void {
  app.use('/v1/inquiries', limitWrites);

  app.openapi(submitRoute, async (c) => {
    const body = c.req.valid('json');
    const headerKey = c.req.header('Idempotency-Key');
    if (headerKey && headerKey !== body.idempotency_key) {
      return invalidParameter(c, 'idempotency_key', 'The Idempotency-Key header and body differ');
    }
    const { row, created } = await createInquiry(c.get('db'), c.get('crypto'), {
      ...body,
      // The browser's own Origin header is the better witness of the embedding page; only a well-formed one is kept.
      origin: pageOrigin(c.req.header('Origin')) ?? pageOrigin(body.origin),
    });
    const statusToken = (await statusTokenSigner(c.get('db')))(row.id);
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        reference: row.reference,
        received_at: new Date(row.received_at).toISOString(),
        response_days: responseDays,
        status_token: statusToken,
      },
      created ? 201 : 200,
    );
  });

  app.openapi(topicsRoute, async (c) =>
    c.json({ items: await inquiryTopics(c.get('db'), c.get('locales')), response_days: responseDays }, 200),
  );
}
