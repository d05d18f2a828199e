import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { mayRunEventsAt } from '../events/event-access.js';
import { versionEtag, versionsIn } from '../staff/if-match.js';
import {
  CapacityProblem,
  OccurrenceKeyParam,
  SessionMoveInput,
  StaffEvent,
  StaffEventInput,
  StaffEventSummary,
  StaffLocationList,
} from '../events/event-editor-schemas.js';
import { cancelSeries, cancelSession, moveSession } from '../events/session-edits.js';
import { createStaffEvent, updateStaffEvent, type EditOutcome } from '../events/staff-events.js';
import { listStaffEvents, staffEventDetail, staffLocations } from '../events/staff-event-view.js';
import { invalidParameter, notFound, problem, sendProblem } from '../lib/problem.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, IdParam, security, StaleProblem, writing } from './staff-shared.js';

const runsEvents = requireRole('organizer', 'admin');

const etagHeader = {
  ETag: { schema: { type: 'string' as const }, description: '"<version>": send it back as If-Match.' },
};
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });

const notYours = problemContent(
  'The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`).',
);
const editProblems = {
  400: problemContent('A field is not valid; `errors` names each one (a bad rule names `rrule`).'),
  403: notYours,
  404: problemContent('No such event.'),
  412: {
    content: { 'application/problem+json': { schema: StaleProblem } },
    description: 'Changed by someone else since the version sent in If-Match (type `stale`).',
  },
  428: problemContent('A desk session must send If-Match (type `precondition-required`).'),
  ...guarded,
};
const eventAnswer = (description: string) => ({ ...jsonContent(StaffEvent, description), headers: etagHeader });

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/events',
  summary: 'The events this person runs (organizer: at granted locations; admin: all)',
  description:
    'Upcoming events, the soonest next session first; with `include=past` also events whose sessions are all over, the latest changed first.',
  security,
  middleware: [runsEvents] as const,
  request: { query: z.object({ include: z.enum(['past']).optional() }) },
  responses: {
    200: jsonContent(z.object({ items: z.array(StaffEventSummary) }), 'The events.'),
    403: notYours,
    ...guarded,
  },
});

const locationsRoute = createRoute({
  method: 'get',
  path: '/v1/staff/locations',
  summary: 'The locations this person may hold events at',
  security,
  middleware: [runsEvents] as const,
  responses: { 200: jsonContent(StaffLocationList, 'By name.'), 403: notYours, ...guarded },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/staff/events/{id}',
  summary: 'One event for the editor: texts with their state, sessions with their counts',
  security,
  middleware: [runsEvents] as const,
  request: { params: IdParam },
  responses: {
    200: eventAnswer('The event.'),
    403: notYours,
    404: problemContent('No such event.'),
    ...guarded,
  },
});

const createEventRoute = createRoute({
  method: 'post',
  path: '/v1/staff/events',
  summary: 'Create an event',
  description:
    'Texts per language: the source language’s is the event’s own text; others are translations, `reviewed` when a person checked them (otherwise drafts). An organizer may only use a granted location.',
  security,
  middleware: [requireWrite, runsEvents] as const,
  request: { body: { content: { 'application/json': { schema: StaffEventInput } }, required: true } },
  responses: {
    201: eventAnswer('Created.'),
    400: editProblems[400],
    ...writing,
    403: notYours,
  },
});

const updateRoute = createRoute({
  method: 'put',
  path: '/v1/staff/events/{id}',
  summary: 'Change an event',
  description:
    'The whole event as the editor holds it, with `If-Match`. Every change bumps `version`; a change of time, place, rule or status also bumps `sequence`, so calendar apps take it. A capacity below the people confirmed for a session ahead is refused (409 `capacity-below-confirmed`) unless `over_capacity` says what to do; a higher one moves people up from the waiting list.',
  security,
  middleware: [requireWrite, runsEvents] as const,
  request: {
    params: IdParam,
    headers: IfMatch,
    body: { content: { 'application/json': { schema: StaffEventInput } }, required: true },
  },
  responses: {
    200: eventAnswer('As changed.'),
    ...editProblems,
    409: {
      content: { 'application/problem+json': { schema: CapacityProblem } },
      description: 'The new capacity is below the people confirmed (type `capacity-below-confirmed`).',
    },
  },
});

const sessionRoute = (action: 'cancel' | 'move') =>
  createRoute({
    method: 'post',
    path: `/v1/staff/events/{id}/sessions/{key}/${action}`,
    summary: action === 'cancel' ? 'Cancel one session' : 'Move one session to another time',
    description:
      action === 'cancel'
        ? 'The session stays listed as cancelled; everyone signed up is told (`session.cancelled` job). Bumps `sequence`.'
        : 'The session keeps its key (its original local start: registrations stay keyed by it) and shows at the new time; everyone signed up is told (`session.moved` job). Bumps `sequence`. Onto another session’s time: 409 `session-conflict`.',
    security,
    middleware: [requireWrite, runsEvents] as const,
    request: {
      params: OccurrenceKeyParam,
      headers: IfMatch,
    },
    responses: {
      200: eventAnswer('The event as changed.'),
      ...editProblems,
      404: problemContent('No such event, or the key is not one of its sessions.'),
      409: problemContent('The new time overlaps another session (type `session-conflict`).'),
    },
  });
const cancelSessionRoute = sessionRoute('cancel');
const moveRouteBase = sessionRoute('move');
const moveSessionRoute = createRoute({
  ...moveRouteBase,
  request: {
    ...moveRouteBase.request,
    body: { content: { 'application/json': { schema: SessionMoveInput } }, required: true },
  },
});

const cancelSeriesRoute = createRoute({
  method: 'post',
  path: '/v1/staff/events/{id}/cancel',
  summary: 'Cancel the whole event',
  description: 'Status `cancelled`; everyone signed up is told (`session.cancelled` job with key `series`).',
  security,
  middleware: [requireWrite, runsEvents] as const,
  request: { params: IdParam, headers: IfMatch },
  responses: { 200: eventAnswer('The event as cancelled.'), ...editProblems },
});

const NO_SUCH_EVENT = 'No such event';

function locationNotGranted(c: Context<AppEnv>) {
  return sendProblem(
    c,
    problem(403, 'location-not-granted', 'This event’s location is not one of yours', {
      detail: 'An administrator can grant you the location.',
    }),
  );
}

/** 428 for a desk session that sends no If-Match; otherwise the versions it accepts. */
function versionsOf(c: Context<AppEnv>, header: string | undefined) {
  if (header !== undefined) return { versions: versionsIn(header) };
  if (c.get('staff')!.via === 'session') {
    return {
      refused: sendProblem(
        c,
        problem(428, 'precondition-required', 'Send If-Match with the version you read', {
          detail: 'Reload the event and send its ETag as If-Match.',
        }),
      ),
    };
  }
  return { versions: undefined };
}

/**
 * A refused edit as its problem response. Shared by the update and session routes, whose
 * declared 409s differ (capacity or session conflict), hence the cast where it is returned.
 */
function refusal(c: Context<AppEnv>, outcome: Exclude<EditOutcome, { kind: 'ok' }>) {
  switch (outcome.kind) {
    case 'missing':
      return notFound(c, NO_SUCH_EVENT);
    case 'no-session':
      return notFound(c, 'The event has no session with this key');
    case 'forbidden':
      return locationNotGranted(c);
    case 'invalid':
      return invalidParameter(c, outcome.field, outcome.message);
    case 'conflict':
      return sendProblem(
        c,
        problem(409, 'session-conflict', 'Another session is at that time', {
          detail: `The session ${outcome.key} overlaps the new time.`,
        }),
      );
    case 'capacity':
      return c.json(
        {
          ...problem(409, 'capacity-below-confirmed', 'More people are confirmed than the new capacity', {
            detail: 'Say whether to move those confirmed last to the waiting list, or to keep them.',
          }),
          sessions: outcome.sessions,
        },
        409,
        { 'Content-Type': 'application/problem+json' },
      );
    case 'stale': {
      const { row } = outcome;
      c.header('ETag', versionEtag(row.version));
      return c.json(
        {
          ...problem(412, 'stale', 'Someone changed this event since you opened it', {
            detail: `Changed by ${row.updated_by ?? 'someone'}; reload it to see their change.`,
          }),
          changed_by: row.updated_by,
          changed_at: new Date(row.last_modified).toISOString(),
          current_version: row.version,
        },
        412,
        { 'Content-Type': 'application/problem+json' },
      );
    }
  }
}

/** The event as it now is, with its ETag; the change audited. */
async function answer(c: Context<AppEnv>, id: string, fields: string[], action: 'create' | 'change') {
  const db = c.get('db');
  await recordAudit(db, c.get('staff')!, { action, recordType: 'event', recordId: id, fields });
  const event = (await staffEventDetail(db, id))!;
  c.header('ETag', versionEtag(event.version));
  return event;
}

/** The desk's event editor: list, read, create, change, cancel or move sessions, cancel the series. */
export function registerStaffEventRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const include = c.req.valid('query').include;
    return c.json({ items: await listStaffEvents(c.get('db'), c.get('staff')!, include === 'past') }, 200);
  });

  app.openapi(locationsRoute, async (c) => c.json({ items: await staffLocations(c.get('db'), c.get('staff')!) }, 200));

  app.openapi(detailRoute, async (c) => {
    const event = await staffEventDetail(c.get('db'), c.req.valid('param').id);
    if (!event) return notFound(c, NO_SUCH_EVENT);
    if (!mayRunEventsAt(c.get('staff')!, event.location_id)) return locationNotGranted(c);
    c.header('ETag', versionEtag(event.version));
    return c.json(event, 200);
  });

  app.openapi(createEventRoute, async (c) => {
    const input = c.req.valid('json');
    const outcome = await createStaffEvent(c.get('db'), c.get('staff')!, input);
    // A new event can only be refused for its location or a field.
    if (outcome.kind === 'forbidden') return locationNotGranted(c);
    if (outcome.kind === 'invalid') return invalidParameter(c, outcome.field, outcome.message);
    if (outcome.kind !== 'ok') throw new Error(`Unexpected outcome ${outcome.kind}`);
    return c.json(await answer(c, outcome.id, outcome.changedFields, 'create'), 201);
  });

  app.openapi(updateRoute, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await updateStaffEvent(c.get('db'), c.get('staff')!, id, c.req.valid('json'), versions);
    if (outcome.kind !== 'ok') return refusal(c, outcome) as never; // one problem mapper for four routes' 409s
    return c.json(await answer(c, id, outcome.changedFields, 'change'), 200);
  });

  app.openapi(cancelSessionRoute, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const { id, key } = c.req.valid('param');
    const outcome = await cancelSession(c.get('db'), c.get('staff')!, id, key, versions);
    if (outcome.kind !== 'ok') return refusal(c, outcome) as never; // one problem mapper for four routes' 409s
    return c.json(await answer(c, id, [`sessions.${key}.cancelled`], 'change'), 200);
  });

  app.openapi(moveSessionRoute, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const { id, key } = c.req.valid('param');
    const outcome = await moveSession(c.get('db'), c.get('staff')!, id, key, c.req.valid('json'), versions);
    if (outcome.kind !== 'ok') return refusal(c, outcome) as never; // one problem mapper for four routes' 409s
    return c.json(await answer(c, id, [`sessions.${key}.moved`], 'change'), 200);
  });

  app.openapi(cancelSeriesRoute, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await cancelSeries(c.get('db'), c.get('staff')!, id, versions);
    if (outcome.kind !== 'ok') return refusal(c, outcome) as never; // one problem mapper for four routes' 409s
    return c.json(await answer(c, id, outcome.changedFields, 'change'), 200);
  });
}
