import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { joinWaitlist } from '../appointments/waitlist.js';
import { WaitlistEntrySchema, WaitlistRequest } from '../appointments/waitlist-schemas.js';
import { invalidParameter, notFound } from '../lib/problem.js';
import { jsonContent, problemContent } from './params.js';

const waitlistRoute = createRoute({
  method: 'post',
  path: '/v1/appointment-waitlist',
  summary: 'Wait for a time of a type in a week',
  description:
    'When a time of that type and week comes free, the first person waiting is told, in their language, with a link that books it. Sending the same idempotency key again returns the same entry (200).',
  request: { body: { content: { 'application/json': { schema: WaitlistRequest } }, required: true } },
  responses: {
    201: jsonContent(WaitlistEntrySchema, 'On the waiting list.'),
    200: jsonContent(WaitlistEntrySchema, 'This idempotency key was used before: the same entry.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    404: problemContent('No such appointment type.'),
    413: problemContent('The body is too large.'),
    429: problemContent('Too many requests from this client; see Retry-After.'),
  },
});

export function registerAppointmentWaitlistRoutes(app: OpenAPIHono<AppEnv>, limitWrites: MiddlewareHandler): void {
  app.use('/v1/appointment-waitlist', limitWrites);
  app.openapi(waitlistRoute, async (c) => {
    const body = c.req.valid('json');
    const headerKey = c.req.header('Idempotency-Key');
    if (headerKey && headerKey !== body.idempotency_key) {
      return invalidParameter(c, 'idempotency_key', 'The Idempotency-Key header and body differ');
    }
    const outcome = await joinWaitlist(c.get('db'), c.get('crypto'), body);
    if (!outcome.ok) {
      if (outcome.status === 400) return invalidParameter(c, outcome.path, outcome.message);
      return notFound(c, 'title' in outcome ? outcome.title : 'No appointment type has this id');
    }
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.entry, outcome.replay ? 200 : 201);
  });
}
