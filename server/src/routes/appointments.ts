import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { availabilityOf } from '../appointments/availability.js';
import { bookAppointment } from '../appointments/book.js';
import { holdSlot, releaseHold } from '../appointments/holds.js';
import { appointmentIdForToken, cancelAppointment, getAppointment, moveAppointment } from '../appointments/manage.js';
import type { Refusal } from '../appointments/outcomes.js';
import {
  AppointmentSchema,
  AppointmentTypeSchema,
  AvailabilityQuery,
  AvailabilitySchema,
  BookingRequest,
  HoldRequest,
  HoldSchema,
  MoveRequest,
  SlotTakenProblem,
  TokenParam,
} from '../appointments/schemas.js';
import { listAppointmentTypes, locationExists } from '../appointments/type-list.js';
import type { Clock } from '../lib/clock.js';
import { invalidParameter, notFound, problem } from '../lib/problem.js';
import { jsonContent, LangQuery, problemContent } from './params.js';

const slotTakenContent = (description: string) => ({
  content: { 'application/problem+json': { schema: SlotTakenProblem } },
  description,
});
const limited = { 429: problemContent('Too many requests from this client; see Retry-After.') };

const typesRoute = createRoute({
  method: 'get',
  path: '/v1/appointment-types',
  summary: 'The appointment types a place offers',
  request: { query: LangQuery.extend({ location_id: z.uuid() }) },
  responses: {
    200: jsonContent(z.object({ items: z.array(AppointmentTypeSchema) }), 'Active types, by title.'),
    400: problemContent('A parameter is not valid.'),
    404: problemContent('No such location.'),
    ...limited,
  },
});

const availabilityRoute = createRoute({
  method: 'get',
  path: '/v1/appointment-types/{id}/availability',
  summary: 'Free slots of a type, day by day, on the place’s clock',
  description:
    'Every day from `from` is listed (`slots: []` when none). With `interpreter`, only slots where a staff member speaks the language or an interpreter for it is on call with room.',
  request: { params: z.object({ id: z.uuid() }), query: AvailabilityQuery },
  responses: {
    200: jsonContent(AvailabilitySchema, 'The days and their slots.'),
    400: problemContent('A parameter is not valid.'),
    404: problemContent('No such appointment type.'),
    ...limited,
  },
});

const holdRoute = createRoute({
  method: 'post',
  path: '/v1/appointment-holds',
  summary: 'Keep a slot for 5 minutes while the form is filled',
  request: { body: { content: { 'application/json': { schema: HoldRequest } }, required: true } },
  responses: {
    201: jsonContent(HoldSchema, 'Held.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    404: problemContent('No such appointment type.'),
    409: slotTakenContent('`slot-taken`: the slot is not free; `next_slots` lists the next ones.'),
    ...limited,
  },
});

const releaseRoute = createRoute({
  method: 'delete',
  path: '/v1/appointment-holds/{hold_token}',
  summary: 'Let a held slot go',
  request: { params: z.object({ hold_token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'Not a hold token') }) },
  responses: {
    204: { description: 'Released.' },
    400: problemContent('Not a hold token.'),
    404: problemContent('No current hold has this token.'),
    ...limited,
  },
});

const bookRoute = createRoute({
  method: 'post',
  path: '/v1/appointments',
  summary: 'Book a slot',
  description:
    'A current hold of the same type, start and interpreter becomes the booking; without one the slot is booked if free. Sending the same idempotency key again returns the same appointment (200).',
  request: { body: { content: { 'application/json': { schema: BookingRequest } }, required: true } },
  responses: {
    201: jsonContent(AppointmentSchema, 'Booked; `manage_token` makes the manage link.'),
    200: jsonContent(AppointmentSchema, 'This idempotency key was used before: the same appointment.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    404: problemContent('No such appointment type.'),
    409: slotTakenContent('`slot-taken` (with `next_slots`) or `on-behalf-not-allowed`.'),
    413: problemContent('The body is too large.'),
    ...limited,
  },
});

const manageProblems = {
  400: problemContent('Not a manage token, or a field is not valid.'),
  404: problemContent('No appointment has this link.'),
  ...limited,
};

const getRoute = createRoute({
  method: 'get',
  path: '/v1/appointments/manage/{token}',
  summary: 'An appointment, by the token of its manage link',
  request: { params: TokenParam },
  responses: { 200: jsonContent(AppointmentSchema, 'The appointment (no token in it).'), ...manageProblems },
});

const cancelRoute = createRoute({
  method: 'post',
  path: '/v1/appointments/manage/{token}/cancel',
  summary: 'Cancel an appointment; the slot is offered to the first person waiting',
  request: { params: TokenParam },
  responses: {
    200: jsonContent(AppointmentSchema, 'Cancelled (cancelling twice is harmless).'),
    409: problemContent('`appointment-closed`: it has taken place.'),
    ...manageProblems,
  },
});

const moveRoute = createRoute({
  method: 'post',
  path: '/v1/appointments/manage/{token}/move',
  summary: 'Move an appointment to another slot of its type',
  request: { params: TokenParam, body: { content: { 'application/json': { schema: MoveRequest } }, required: true } },
  responses: {
    200: jsonContent(AppointmentSchema, 'Moved; `moved_from` is the old start.'),
    409: slotTakenContent('`slot-taken` (with `next_slots`), or `appointment-closed` (cancelled or past).'),
    ...manageProblems,
  },
});

/** A refusal from the appointment functions as its problem (a taken slot with the next ones). */
function refuse(c: Context<AppEnv>, refusal: Refusal) {
  if (refusal.status === 400) return invalidParameter(c, refusal.path, refusal.message);
  if (refusal.status === 404) return notFound(c, refusal.title);
  const body = problem(409, refusal.slug, refusal.title);
  return c.json('next_slots' in refusal ? { ...body, next_slots: refusal.next_slots } : body, 409, {
    'Content-Type': 'application/problem+json',
  });
}

/** The public appointment routes; `clock` is the time slots are offered against (tests move it). */
export function registerAppointmentRoutes(
  app: OpenAPIHono<AppEnv>,
  limitWrites: MiddlewareHandler,
  clock: Clock,
): void {
  const limitChanges: MiddlewareHandler = (c, next) => (c.req.method === 'GET' ? next() : limitWrites(c, next));
  app.use('/v1/appointment-holds', limitChanges);
  app.use('/v1/appointment-holds/*', limitChanges);
  app.use('/v1/appointments', limitChanges);
  app.use('/v1/appointments/manage/*', limitChanges);

  app.openapi(typesRoute, async (c) => {
    const { location_id } = c.req.valid('query');
    if (!(await locationExists(c.get('db'), location_id))) return notFound(c, 'No location has this id');
    return c.json({ items: await listAppointmentTypes(c.get('db'), location_id, c.get('locales'), clock.now()) }, 200);
  });

  app.openapi(availabilityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const answer = await availabilityOf(c.get('db'), id, c.req.valid('query'), clock.now());
    if (!answer) return notFound(c, 'No appointment type has this id');
    // Slots change with every booking: never from a cache.
    c.header('Cache-Control', 'no-store');
    return c.json(answer, 200);
  });

  app.openapi(holdRoute, async (c) => {
    const outcome = await holdSlot(c.get('db'), c.req.valid('json'), clock.now());
    if (!outcome.ok) return refuse(c, outcome);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.hold, 201);
  });

  app.openapi(releaseRoute, async (c) => {
    if (!(await releaseHold(c.get('db'), c.req.valid('param').hold_token))) {
      return notFound(c, 'No current hold has this token');
    }
    return c.body(null, 204);
  });

  app.openapi(bookRoute, async (c) => {
    const body = c.req.valid('json');
    // The key may also come as a header, as some HTTP clients send it.
    const headerKey = c.req.header('Idempotency-Key');
    if (headerKey && headerKey !== body.idempotency_key) {
      return invalidParameter(c, 'idempotency_key', 'The Idempotency-Key header and body differ');
    }
    const outcome = await bookAppointment(c.get('db'), c.get('crypto'), body, {
      locales: c.get('locales'),
      now: clock.now(),
    });
    if (!outcome.ok) return refuse(c, outcome);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.appointment, outcome.replay ? 200 : 201);
  });

  const byToken = async (c: Context<AppEnv>, token: string) => appointmentIdForToken(c.get('db'), token);
  const noLink = (c: Context<AppEnv>) => notFound(c, 'No appointment has this link');

  app.openapi(getRoute, async (c) => {
    const id = await byToken(c, c.req.valid('param').token);
    if (!id) return noLink(c);
    const outcome = await getAppointment(c.get('db'), id, { locales: c.get('locales') });
    if (!outcome.ok) return noLink(c);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.appointment, 200);
  });

  app.openapi(cancelRoute, async (c) => {
    const id = await byToken(c, c.req.valid('param').token);
    if (!id) return noLink(c);
    const outcome = await cancelAppointment(c.get('db'), id, { locales: c.get('locales'), now: clock.now() });
    if (!outcome.ok) return refuse(c, outcome);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.appointment, 200);
  });

  app.openapi(moveRoute, async (c) => {
    const id = await byToken(c, c.req.valid('param').token);
    if (!id) return noLink(c);
    const outcome = await moveAppointment(c.get('db'), id, c.req.valid('json').start, {
      locales: c.get('locales'),
      now: clock.now(),
    });
    if (!outcome.ok) return refuse(c, outcome);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.appointment, 200);
  });
}
