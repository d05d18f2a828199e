import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { cancelRegistration, register } from '../events/registrations.js';
import { CancelRequest, CancelResult, Registration, RegistrationRequest } from '../events/schemas.js';
import { invalidParameter, notFound, problem, sendProblem } from '../lib/problem.js';
import { jsonContent, problemContent } from './params.js';

const registerRoute = createRoute({
  method: 'post',
  path: '/v1/events/{id}/registrations',
  summary: 'Sign up for a session or a whole series',
  description:
    'Confirmed while places remain, else on the waiting list. Sending the same idempotency key again returns the first answer (200).',
  request: {
    params: z.object({ id: z.uuid() }),
    body: { content: { 'application/json': { schema: RegistrationRequest } }, required: true },
  },
  responses: {
    201: jsonContent(Registration, 'Registered (confirmed or waitlisted).'),
    200: jsonContent(Registration, 'This idempotency key was used before: the same registration.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    404: problemContent('No such event.'),
    409: problemContent('Registration is closed for this event or session.'),
    413: problemContent('The body is too large.'),
    429: problemContent('Too many requests from this client; see Retry-After.'),
  },
});

const cancelRoute = createRoute({
  method: 'post',
  path: '/v1/registrations/cancel',
  summary: 'Cancel a registration with its cancel token',
  description: 'Frees the place for the first people on the waiting list. Cancelling twice is harmless.',
  request: { body: { content: { 'application/json': { schema: CancelRequest } }, required: true } },
  responses: {
    200: jsonContent(CancelResult, 'Cancelled.'),
    400: problemContent('The token is missing or malformed.'),
    404: problemContent('No registration has this token.'),
    429: problemContent('Too many requests from this client.'),
  },
});

export function registerRegistrationRoutes(app: OpenAPIHono<AppEnv>, limitWrites: MiddlewareHandler): void {
  app.use('/v1/events/:id/registrations', limitWrites);
  app.use('/v1/registrations/*', limitWrites);

  app.openapi(registerRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    // The key may also come as a header, as some HTTP clients send it.
    const headerKey = c.req.header('Idempotency-Key');
    if (headerKey && headerKey !== body.idempotency_key) {
      return invalidParameter(c, 'idempotency_key', 'The Idempotency-Key header and body differ');
    }
    const outcome = await register(c.get('db'), c.get('crypto'), id, body);
    if (!outcome.ok) {
      if (outcome.status === 400) return invalidParameter(c, outcome.path, outcome.message);
      return sendProblem(c, problem(outcome.status, outcome.slug, outcome.title));
    }
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.registration, outcome.replay ? 200 : 201);
  });

  app.openapi(cancelRoute, async (c) => {
    const { token } = c.req.valid('json');
    const result = await cancelRegistration(c.get('db'), token);
    if (!result) return notFound(c, 'No registration has this token');
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'cancelled' as const, ...result }, 200);
  });
}
