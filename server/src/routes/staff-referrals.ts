import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { DestinationCode, INQUIRY_TOPICS } from '../inquiries/schemas.js';
import { LanguageTag } from '../lib/language-tag.js';
import { notFound, problem, sendProblem } from '../lib/problem.js';
import { requireWrite } from '../staff/auth.js';
import { requireRole } from '../staff/require-role.js';
import { createDestination, listDestinations, updateDestination } from '../staff/referral-destinations.js';
import { jsonContent, problemContent } from './params.js';
import { adminOnly, guarded, security } from './staff-shared.js';

const KINDS = ['agency', 'partner'] as const;

const ReferralDestination = z
  .object({
    code: z.string(),
    name: z.string().openapi({ description: 'In English: the name the dashboard falls back to.' }),
    kind: z.enum(KINDS),
    topics: z.array(z.string()).openapi({ description: 'Inquiry topics it takes (offered first for them).' }),
    active: z.boolean().openapi({ description: 'Retired destinations stay for past counts but are not offered.' }),
    aliases: z.array(z.string()).openapi({ description: 'Other ways staff wrote it, matched whole in old free text.' }),
    position: z.number().int(),
    names: z
      .record(z.string(), z.string())
      .openapi({ description: 'The name in other languages, by locale (machine drafts included).' }),
  })
  .openapi('ReferralDestination');

const Name = z.string().trim().min(1).max(120);
const fields = {
  name: Name,
  kind: z.enum(KINDS),
  topics: z.array(z.enum(INQUIRY_TOPICS)).max(INQUIRY_TOPICS.length),
  aliases: z.array(z.string().trim().min(1).max(120)).max(30).optional(),
  names: z
    .record(LanguageTag, z.string().trim().max(120))
    .optional()
    .openapi({ description: 'The name in other languages, by locale, as a person wrote it; an empty one removes it.' }),
};

const DestinationCreate = z
  .object({
    code: DestinationCode.optional().openapi({ description: 'Made from the name when left out.' }),
    ...fields,
  })
  .openapi('ReferralDestinationCreate');

const DestinationUpdate = z
  .object({
    name: fields.name.optional(),
    kind: fields.kind.optional(),
    topics: fields.topics.optional(),
    aliases: fields.aliases,
    names: fields.names,
    active: z.boolean().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'Nothing to update')
  .openapi('ReferralDestinationUpdate');

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/referral-destinations',
  summary: 'Where the desk refers people, in the order offered',
  description: 'Any staff role. Retired destinations are listed with `active: false`.',
  security,
  responses: {
    200: jsonContent(z.object({ items: z.array(ReferralDestination) }), 'Every destination.'),
    ...guarded,
  },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/v1/staff/referral-destinations',
  summary: 'Add a referral destination (admin)',
  description:
    'Placed at the end of the list. Until it has names in other languages, the public dashboard shows its English name, marked as a fallback.',
  security,
  middleware: [requireWrite, requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: DestinationCreate } }, required: true } },
  responses: {
    201: jsonContent(ReferralDestination, 'Added.'),
    400: problemContent('A field is not valid.'),
    409: problemContent('A destination has this code (type `exists`).'),
    ...adminOnly,
  },
});

const updateRouteDef = createRoute({
  method: 'patch',
  path: '/v1/staff/referral-destinations/{code}',
  summary: 'Change or retire a referral destination (admin)',
  description:
    'A new English name drops the machine drafts of the old one in other languages. Destinations are never deleted: `active: false` retires one, and past referrals to it still count.',
  security,
  middleware: [requireWrite, requireRole('admin')] as const,
  request: {
    params: z.object({ code: DestinationCode }),
    body: { content: { 'application/json': { schema: DestinationUpdate } }, required: true },
  },
  responses: {
    200: jsonContent(ReferralDestination, 'As changed.'),
    400: problemContent('A field is not valid.'),
    404: problemContent('No destination has this code.'),
    ...adminOnly,
  },
});

/** The managed list of referral destinations. */
export function registerReferralRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => c.json({ items: await listDestinations(c.get('db')) }, 200));

  app.openapi(createRouteDef, async (c) => {
    const created = await createDestination(c.get('db'), c.req.valid('json'));
    if (created === 'exists') return sendProblem(c, problem(409, 'exists', 'A destination has this code'));
    return c.json(created, 201);
  });

  app.openapi(updateRouteDef, async (c) => {
    const updated = await updateDestination(c.get('db'), c.req.valid('param').code, c.req.valid('json'));
    if (!updated) return notFound(c, 'No destination has this code');
    return c.json(updated, 200);
  });
}
