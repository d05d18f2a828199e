import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { SetupRefusal } from '../appointments/setup-outcome.js';
import { maySetUp } from '../appointments/setup-outcome.js';
import {
  createException,
  createInterpreter,
  deleteSetupRow,
  listExceptions,
  listInterpreters,
} from '../appointments/setup-calendar.js';
import {
  AppointmentStaffInput,
  AppointmentTypeInput,
  ExceptionInput,
  ExceptionSchema,
  InterpreterInput,
  InterpreterSchema,
  StaffAppointmentStaff,
  StaffAppointmentType,
} from '../appointments/setup-schemas.js';
import { DateParam } from '../appointments/schemas.js';
import { createSetupStaff, listSetupStaff, setupStaffDetail, updateSetupStaff } from '../appointments/setup-staff.js';
import {
  archiveSetupType,
  createSetupType,
  listSetupTypes,
  setupTypeDetail,
  updateSetupType,
} from '../appointments/setup-types.js';
import { invalidParameter, notFound, problem, sendProblem } from '../lib/problem.js';
import { requireWrite } from '../staff/auth.js';
import { versionEtag, versionsIn } from '../staff/if-match.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, IdParam, security, StaleProblem, writing } from './staff-shared.js';

/** The desk's appointment set-up (CONTRACT19 "Staff API"): organizers at granted places, admins everywhere. */

const setsUp = requireRole('organizer', 'admin');
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const LocationQuery = z.object({ location_id: z.uuid() });
const etagHeader = {
  ETag: { schema: { type: 'string' as const }, description: '"<version>": send it back as If-Match.' },
};
const notYours = problemContent(
  'The role does not allow this, or the place is not granted to you (type `location-not-granted`).',
);
const editProblems = {
  400: problemContent('A field is not valid; `errors` names each one.'),
  ...writing,
  403: notYours,
  404: problemContent('No such record.'),
  412: {
    content: { 'application/problem+json': { schema: StaleProblem } },
    description: 'Changed by someone else since the version sent in If-Match (type `stale`).',
  },
  428: problemContent('A desk session must send If-Match (type `precondition-required`).'),
};
const readProblems = { 400: problemContent('A parameter is not valid.'), ...guarded, 403: notYours };
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: etagHeader,
});

// Types
const typesList = createRoute({
  security,
  method: 'get',
  path: '/v1/staff/appointment-types',
  summary: 'Appointment types of a place, every status',
  middleware: [setsUp] as const,
  request: { query: LocationQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(StaffAppointmentType) }), 'By title.'), ...readProblems },
});
const typeCreate = createRoute({
  security,
  method: 'post',
  path: '/v1/staff/appointment-types',
  summary: 'Create an appointment type',
  middleware: [requireWrite, setsUp] as const,
  request: { body: { content: { 'application/json': { schema: AppointmentTypeInput } }, required: true } },
  responses: {
    201: versioned(StaffAppointmentType, 'Created.'),
    400: editProblems[400],
    ...writing,
    403: notYours,
    409: problemContent('Another type at this place has this code (`code-taken`).'),
  },
});
const typeDetail = createRoute({
  security,
  method: 'get',
  path: '/v1/staff/appointment-types/{id}',
  summary: 'One appointment type',
  middleware: [setsUp] as const,
  request: { params: IdParam },
  responses: {
    200: versioned(StaffAppointmentType, 'The type.'),
    ...readProblems,
    404: problemContent('No such type.'),
  },
});
const typeUpdate = createRoute({
  security,
  method: 'put',
  path: '/v1/staff/appointment-types/{id}',
  summary: 'Change an appointment type (If-Match); translations are replaced whole',
  middleware: [requireWrite, setsUp] as const,
  request: {
    params: IdParam,
    headers: IfMatch,
    body: { content: { 'application/json': { schema: AppointmentTypeInput } }, required: true },
  },
  responses: {
    200: versioned(StaffAppointmentType, 'As changed.'),
    ...editProblems,
    409: problemContent('Another type at this place has this code (`code-taken`).'),
  },
});
const typeArchive = createRoute({
  security,
  method: 'delete',
  path: '/v1/staff/appointment-types/{id}',
  summary: 'Archive an appointment type (If-Match): no new bookings, those made stay',
  middleware: [requireWrite, setsUp] as const,
  request: { params: IdParam, headers: IfMatch },
  responses: { 200: versioned(StaffAppointmentType, 'Archived.'), ...editProblems },
});

// Staff
const staffList = createRoute({
  security,
  method: 'get',
  path: '/v1/staff/appointment-staff',
  summary: 'The people who hold appointments at a place, with their weekly hours',
  middleware: [setsUp] as const,
  request: { query: LocationQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(StaffAppointmentStaff) }), 'By name.'), ...readProblems },
});
const staffCreate = createRoute({
  security,
  method: 'post',
  path: '/v1/staff/appointment-staff',
  summary: 'Add a person who holds appointments',
  middleware: [requireWrite, setsUp] as const,
  request: { body: { content: { 'application/json': { schema: AppointmentStaffInput } }, required: true } },
  responses: { 201: versioned(StaffAppointmentStaff, 'Created.'), 400: editProblems[400], ...writing, 403: notYours },
});
const staffDetail = createRoute({
  security,
  method: 'get',
  path: '/v1/staff/appointment-staff/{id}',
  summary: 'One person who holds appointments',
  middleware: [setsUp] as const,
  request: { params: IdParam },
  responses: {
    200: versioned(StaffAppointmentStaff, 'The person.'),
    ...readProblems,
    404: problemContent('No such record.'),
  },
});
const staffUpdate = createRoute({
  security,
  method: 'put',
  path: '/v1/staff/appointment-staff/{id}',
  summary: 'Change a person’s languages, types and hours (If-Match); rules are replaced whole',
  middleware: [requireWrite, setsUp] as const,
  request: {
    params: IdParam,
    headers: IfMatch,
    body: { content: { 'application/json': { schema: AppointmentStaffInput } }, required: true },
  },
  responses: { 200: versioned(StaffAppointmentStaff, 'As changed.'), ...editProblems },
});

// Closures and extra hours
const exceptionsList = createRoute({
  security,
  method: 'get',
  path: '/v1/staff/availability-exceptions',
  summary: 'Closures and extra hours at a place',
  middleware: [setsUp] as const,
  request: { query: LocationQuery.extend({ from: DateParam.optional(), to: DateParam.optional() }) },
  responses: { 200: jsonContent(z.object({ items: z.array(ExceptionSchema) }), 'By date.'), ...readProblems },
});
const exceptionCreate = createRoute({
  security,
  method: 'post',
  path: '/v1/staff/availability-exceptions',
  summary: 'Close a day or part of one (for a person, or the whole place), or add hours for a person',
  middleware: [requireWrite, setsUp] as const,
  request: { body: { content: { 'application/json': { schema: ExceptionInput } }, required: true } },
  responses: { 201: jsonContent(ExceptionSchema, 'Added.'), 400: editProblems[400], ...writing, 403: notYours },
});
const exceptionDelete = createRoute({
  security,
  method: 'delete',
  path: '/v1/staff/availability-exceptions/{id}',
  summary: 'Remove a closure or extra hours',
  middleware: [requireWrite, setsUp] as const,
  request: { params: IdParam },
  responses: {
    204: { description: 'Removed.' },
    400: editProblems[400],
    ...writing,
    403: notYours,
    404: editProblems[404],
  },
});

// Interpreters
const interpretersList = createRoute({
  security,
  method: 'get',
  path: '/v1/staff/interpreter-availability',
  summary: 'Interpreters on call at a place',
  middleware: [setsUp] as const,
  request: { query: LocationQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(InterpreterSchema) }), 'By language.'), ...readProblems },
});
const interpreterCreate = createRoute({
  security,
  method: 'post',
  path: '/v1/staff/interpreter-availability',
  summary: 'Add an interpreter’s hours (weekly or on a date) for a language',
  middleware: [requireWrite, setsUp] as const,
  request: { body: { content: { 'application/json': { schema: InterpreterInput } }, required: true } },
  responses: { 201: jsonContent(InterpreterSchema, 'Added.'), 400: editProblems[400], ...writing, 403: notYours },
});
const interpreterDelete = createRoute({
  security,
  method: 'delete',
  path: '/v1/staff/interpreter-availability/{id}',
  summary: 'Remove an interpreter’s hours',
  middleware: [requireWrite, setsUp] as const,
  request: { params: IdParam },
  responses: {
    204: { description: 'Removed.' },
    400: editProblems[400],
    ...writing,
    403: notYours,
    404: editProblems[404],
  },
});

function locationNotGranted(c: Context<AppEnv>) {
  return sendProblem(
    c,
    problem(403, 'location-not-granted', 'This place is not one of yours', {
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
          detail: 'Reload the record and send its ETag as If-Match.',
        }),
      ),
    };
  }
  return { versions: undefined };
}

function refuse(c: Context<AppEnv>, refusal: SetupRefusal) {
  switch (refusal.kind) {
    case 'missing':
      return notFound(c, 'No such record');
    case 'forbidden':
      return locationNotGranted(c);
    case 'invalid':
      return invalidParameter(c, refusal.field, refusal.message);
    case 'conflict':
      return sendProblem(c, problem(409, refusal.slug, refusal.title));
    case 'stale':
      c.header('ETag', versionEtag(refusal.version));
      return c.json(
        {
          ...problem(412, 'stale', 'Someone changed this since you opened it', {
            detail: `Changed by ${refusal.updated_by ?? 'someone'}; reload it to see their change.`,
          }),
          changed_by: refusal.updated_by,
          changed_at: refusal.updated_at,
          current_version: refusal.version,
        },
        412,
        { 'Content-Type': 'application/problem+json' },
      );
  }
}

export function registerAppointmentSetupRoutes(app: OpenAPIHono<AppEnv>): void {
  const granted = (c: Context<AppEnv>, locationId: string) => maySetUp(c.get('staff')!, locationId);

  app.openapi(typesList, async (c) => {
    const { location_id } = c.req.valid('query');
    if (!granted(c, location_id)) return locationNotGranted(c);
    return c.json({ items: await listSetupTypes(c.get('db'), location_id) }, 200);
  });
  const typeAnswer = async (c: Context<AppEnv>, id: string) => {
    const type = (await setupTypeDetail(c.get('db'), id))!;
    c.header('ETag', versionEtag(type.version));
    return type;
  };
  app.openapi(typeDetail, async (c) => {
    const type = await setupTypeDetail(c.get('db'), c.req.valid('param').id);
    if (!type) return notFound(c, 'No such type');
    if (!granted(c, type.location_id)) return locationNotGranted(c);
    c.header('ETag', versionEtag(type.version));
    return c.json(type, 200);
  });
  app.openapi(typeCreate, async (c) => {
    const outcome = await createSetupType(c.get('db'), c.get('staff')!, c.req.valid('json'));
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never; // one problem mapper for every route
    return c.json(await typeAnswer(c, outcome.value), 201);
  });
  app.openapi(typeUpdate, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await updateSetupType(c.get('db'), c.get('staff')!, id, c.req.valid('json'), versions);
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.json(await typeAnswer(c, id), 200);
  });
  app.openapi(typeArchive, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await archiveSetupType(c.get('db'), c.get('staff')!, id, versions);
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.json(await typeAnswer(c, id), 200);
  });

  app.openapi(staffList, async (c) => {
    const { location_id } = c.req.valid('query');
    if (!granted(c, location_id)) return locationNotGranted(c);
    return c.json({ items: await listSetupStaff(c.get('db'), location_id) }, 200);
  });
  const staffAnswer = async (c: Context<AppEnv>, id: string) => {
    const person = (await setupStaffDetail(c.get('db'), id))!;
    c.header('ETag', versionEtag(person.version));
    return person;
  };
  app.openapi(staffDetail, async (c) => {
    const person = await setupStaffDetail(c.get('db'), c.req.valid('param').id);
    if (!person) return notFound(c, 'No such record');
    if (!granted(c, person.location_id)) return locationNotGranted(c);
    c.header('ETag', versionEtag(person.version));
    return c.json(person, 200);
  });
  app.openapi(staffCreate, async (c) => {
    const outcome = await createSetupStaff(c.get('db'), c.get('staff')!, c.req.valid('json'));
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.json(await staffAnswer(c, outcome.value), 201);
  });
  app.openapi(staffUpdate, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await updateSetupStaff(c.get('db'), c.get('staff')!, id, c.req.valid('json'), versions);
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.json(await staffAnswer(c, id), 200);
  });

  app.openapi(exceptionsList, async (c) => {
    const { location_id, from, to } = c.req.valid('query');
    if (!granted(c, location_id)) return locationNotGranted(c);
    return c.json({ items: await listExceptions(c.get('db'), location_id, from, to) }, 200);
  });
  app.openapi(exceptionCreate, async (c) => {
    const outcome = await createException(c.get('db'), c.get('staff')!, c.req.valid('json'));
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.json(outcome.value, 201);
  });
  app.openapi(exceptionDelete, async (c) => {
    const outcome = await deleteSetupRow(
      c.get('db'),
      c.get('staff')!,
      'availability_exceptions',
      c.req.valid('param').id,
    );
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.body(null, 204);
  });

  app.openapi(interpretersList, async (c) => {
    const { location_id } = c.req.valid('query');
    if (!granted(c, location_id)) return locationNotGranted(c);
    return c.json({ items: await listInterpreters(c.get('db'), location_id) }, 200);
  });
  app.openapi(interpreterCreate, async (c) => {
    const outcome = await createInterpreter(c.get('db'), c.get('staff')!, c.req.valid('json'));
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.json(outcome.value, 201);
  });
  app.openapi(interpreterDelete, async (c) => {
    const outcome = await deleteSetupRow(
      c.get('db'),
      c.get('staff')!,
      'interpreter_availability',
      c.req.valid('param').id,
    );
    if (outcome.kind !== 'ok') return refuse(c, outcome) as never;
    return c.body(null, 204);
  });
}
