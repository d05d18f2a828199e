import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { INQUIRY_TOPICS } from '../inquiries/schemas.js';
import { CalendarDate } from '../lib/instant.js';
import { LanguageTag } from '../lib/language-tag.js';
import { requireWrite } from '../staff/auth.js';
import { canonicalLanguage, createOutreach, listOutreach, SIGNUP_PROGRAMS } from '../staff/outreach.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, security, writing } from './staff-shared.js';

const DAY = 86_400_000;

const Count = z.number().int().min(1, 'At least 1').max(100_000);

const OutreachRequest = z
  .object({
    held_on: CalendarDate.refine(
      // A day's grace: the office's "today" may already be tomorrow in UTC.
      (value) => Date.parse(`${value}T00:00:00Z`) <= Date.now() + DAY,
      'Not in the future',
    ).openapi({ description: 'The day it was held (not in the future).', example: '2026-03-14' }),
    place: z.string().trim().min(1, 'Say where').max(200),
    partner: z.string().trim().max(200).optional().openapi({ description: 'The organization that hosted it.' }),
    notes: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .openapi({ description: 'For colleagues; no names or contact details of the people met.' }),
    reach: z
      .array(
        z.object({
          language: LanguageTag,
          topic: z.enum(INQUIRY_TOPICS),
          people: Count,
        }),
      )
      .max(100)
      .openapi({ description: 'People reached, by language and topic; one row per pair.' }),
    signups: z
      .array(z.object({ program: z.enum(SIGNUP_PROGRAMS), count: Count }))
      .max(SIGNUP_PROGRAMS.length)
      .default([])
      .openapi({ description: 'Sign-ups made there: IDNYC, ActionNYC, NYCitizenship or another program.' }),
  })
  .superRefine((value, context) => {
    const pairs = new Set<string>();
    value.reach.forEach((row, i) => {
      const key = `${canonicalLanguage(row.language).toLowerCase()} ${row.topic}`;
      if (pairs.has(key)) {
        context.addIssue({ code: 'custom', path: ['reach', i], message: 'This language and topic are listed already' });
      }
      pairs.add(key);
    });
    const programs = new Set<string>();
    value.signups.forEach((row, i) => {
      if (programs.has(row.program)) {
        context.addIssue({ code: 'custom', path: ['signups', i], message: 'This program is listed already' });
      }
      programs.add(row.program);
    });
  })
  .openapi('OutreachRequest');

const OutreachEvent = z
  .object({
    id: z.string(),
    held_on: z.string(),
    place: z.string(),
    partner: z.string().nullable(),
    notes: z.string().nullable(),
    logged_by: z.string(),
    created_at: z.string(),
    reach: z.array(z.object({ language: z.string(), topic: z.string(), people: z.number().int() })),
    signups: z.array(z.object({ program: z.string(), count: z.number().int() })),
    people: z.number().int().openapi({ description: 'People reached in all.' }),
    signup_count: z.number().int().openapi({ description: 'Sign-ups made in all.' }),
  })
  .openapi('OutreachEvent');

const createOutreachRoute = createRoute({
  method: 'post',
  path: '/v1/staff/outreach',
  summary: 'Log an outreach event: where, with whom, people reached by language and topic, sign-ups made',
  description: 'Counts only, no personal data. Desk role, write access.',
  security,
  middleware: [requireWrite, requireRole('desk')] as const,
  request: { body: { content: { 'application/json': { schema: OutreachRequest } }, required: true } },
  responses: {
    201: jsonContent(OutreachEvent, 'Logged.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    ...writing,
  },
});

const listOutreachRoute = createRoute({
  method: 'get',
  path: '/v1/staff/outreach',
  summary: 'Outreach events, newest first, with what each reached',
  description: '`from` and `to` are dates, both included. At most 500 events. Desk role.',
  security,
  middleware: [requireRole('desk')] as const,
  request: {
    query: z
      .object({ from: CalendarDate.optional(), to: CalendarDate.optional() })
      .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to must not be before from' }),
  },
  responses: {
    200: jsonContent(
      z.object({
        items: z.array(OutreachEvent),
        totals: z.object({ events: z.number().int(), people: z.number().int(), signups: z.number().int() }),
      }),
      'The events.',
    ),
    400: problemContent('A parameter is not valid.'),
    ...guarded,
    403: problemContent('Needs the desk role.'),
  },
});

/** The outreach log. */
export function registerOutreachRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(createOutreachRoute, async (c) => {
    const event = await createOutreach(c.get('db'), c.req.valid('json'), c.get('staff')!.name);
    return c.json(event, 201);
  });

  app.openapi(listOutreachRoute, async (c) => {
    const items = await listOutreach(c.get('db'), c.req.valid('query'));
    const totals = {
      events: items.length,
      people: items.reduce((sum, e) => sum + e.people, 0),
      signups: items.reduce((sum, e) => sum + e.signup_count, 0),
    };
    return c.json({ items, totals }, 200);
  });
}
