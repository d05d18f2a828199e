import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../app-env.js';
import { TOPICS_TAXONOMY_ID } from '../directory/taxonomy.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { INQUIRY_TOPICS, InquiryReceipt, InquiryRequest, InquiryTopics } from '../inquiries/schemas.js';
import { createInquiry } from '../inquiries/store.js';
import { invalidParameter } from '../lib/problem.js';
import { pageOrigin } from '../lib/page-origin.js';
import { ProblemSchema } from '../schemas.js';
import { jsonContent, LangQuery } from './params.js';

const problemOf = (description: string) => jsonContent(ProblemSchema, description, 'application/problem+json');

const submitRoute = createRoute({
  method: 'post',
  path: '/v1/inquiries',
  summary: 'Send an inquiry (or a volunteer sign-up) from the web form',
  description:
    'Returns a reference code and the response time. The same idempotency key never creates a second inquiry: a repeat answers 200 with the first receipt. Name, phone, email and message are encrypted at rest.',
  request: { body: { content: { 'application/json': { schema: InquiryRequest } }, required: true } },
  responses: {
    201: jsonContent(InquiryReceipt, 'Received.'),
    200: jsonContent(InquiryReceipt, 'Received before, with this idempotency key.'),
    400: problemOf('A field is not valid; `errors` names each one.'),
    413: problemOf('The body is too large.'),
    429: problemOf('Too many requests from this client; see Retry-After.'),
  },
});

const topicsRoute = createRoute({
  method: 'get',
  path: '/v1/inquiries/topics',
  summary: 'What the inquiry form offers to ask about, and the response time',
  request: { query: LangQuery },
  responses: { 200: jsonContent(InquiryTopics, 'Topics in the language asked for.') },
});

/** "Something else", in the languages the sample content is drafted in. */
const OTHER: Record<string, string> = {
  en: 'Something else',
  es: 'Otra cosa',
  'zh-Hans': '其他问题',
  ht: 'Lòt bagay',
  bn: 'অন্য কিছু',
  fr: 'Autre chose',
  ar: 'شيء آخر',
};

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
      return invalidParameter(c, 'idempotency_key', 'The Idempotency-Key header and body differ') as never;
    }
    const { row, created } = await createInquiry(c.get('db'), c.get('crypto'), {
      ...body,
      // The browser's own Origin header is the better witness of the embedding page; only a well-formed one is kept.
      origin: pageOrigin(c.req.header('Origin')) ?? pageOrigin(body.origin),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(
      { reference: row.reference, received_at: new Date(row.received_at).toISOString(), response_days: responseDays },
      created ? 201 : 200,
    );
  });

  app.openapi(topicsRoute, async (c) => {
    const db = c.get('db');
    const locales = c.get('locales');
    const terms = await sql<{ id: string; code: string; name: string }>`
      SELECT id, code, name FROM taxonomy_terms WHERE taxonomy_id = ${TOPICS_TAXONOMY_ID}`.execute(db);
    const translations = await loadTranslations(
      db,
      'taxonomy_term',
      terms.rows.map((t) => t.id),
      locales,
    );
    const names = new Map(
      terms.rows.map((t) => [t.code, pick(translations, t.id, 'name', t.name, 'en', locales)?.value ?? t.name]),
    );
    const other = locales.map((l) => OTHER[l] ?? OTHER[l.split('-')[0]!]).find(Boolean) ?? OTHER.en!;
    return c.json(
      {
        items: INQUIRY_TOPICS.map((code) => ({ code, name: code === 'other' ? other : (names.get(code) ?? code) })),
        response_days: responseDays,
      },
      200,
    );
  });
}
