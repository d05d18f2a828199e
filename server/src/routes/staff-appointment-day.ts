import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import {
  APPOINTMENT_FIELDS,
  findAppointmentRef,
  officeAppointment,
  officeDay,
  type AppointmentRef,
} from '../appointments/office-day.js';
import { checkInAppointment, markNoShow, setAppointmentNotes, type MarkOutcome } from '../appointments/office-marks.js';
import { mayRunEventsAt } from '../events/event-access.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { CalendarDate } from '../lib/instant.js';
import { notFound, problem, sendProblem } from '../lib/problem.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { versionEtag, versionsIn } from '../staff/if-match.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, IdParam, security, StaleProblem } from './staff-shared.js';

const OfficeAppointment = z
  .object({
    id: z.string(),
    version: z.number().int().openapi({ description: 'Send it back as If-Match (`"<version>"`).' }),
    status: z.enum(['held', 'booked', 'checked_in', 'no_show', 'cancelled']),
    start: z.string().openapi({ description: 'ISO 8601, UTC.', example: '2027-03-14T14:00:00.000Z' }),
    end: z.string(),
    local_start: z.string().openapi({ description: "The place's wall clock.", example: '2027-03-14T10:00' }),
    type_id: z.string(),
    title: z.string().openapi({ description: "The type's title, in its source language." }),
    interpreter: z
      .string()
      .nullable()
      .openapi({ description: 'The interpreter booked (BCP 47; `ase`: ASL), or null.' }),
    language: z.string().openapi({ description: "The messages' language (the client's, when booked on behalf)." }),
    on_behalf: z.boolean(),
    organization: z.string().nullable().openapi({ description: 'The organization that booked on behalf.' }),
    name: z.string().openapi({ description: 'Decrypted.' }),
    contact_method: z.enum(['email', 'sms', 'none']),
    email: z.string().nullable().openapi({ description: 'Decrypted.' }),
    phone: z.string().nullable().openapi({ description: 'Decrypted.' }),
    notes: z.string().nullable().openapi({ description: "The office's notes, decrypted." }),
    contact_bounced: z.boolean().openapi({ description: 'The mail server refused the address for good.' }),
    last_message: z
      .object({
        kind: z.string().openapi({ description: '`confirmation`, `reminder`, `moved`, `cancelled`…' }),
        status: z.enum(['waiting', 'sent', 'failed', 'bounced', 'kept']).openapi({
          description: '`waiting`: not yet sent; `kept`: no mail server or SMS provider is configured.',
        }),
      })
      .nullable()
      .openapi({ description: 'The newest message about the appointment and how it went; null when none.' }),
  })
  .openapi('OfficeAppointment');

const OfficeDay = z
  .object({
    date: z.string(),
    timezone: z.string(),
    staff: z.array(z.object({ id: z.string(), display_name: z.string(), appointments: z.array(OfficeAppointment) })),
  })
  .openapi('OfficeDay');

const etagHeader = {
  ETag: { schema: { type: 'string' as const }, description: '"<version>": send it back as If-Match.' },
};
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const answer = (description: string) => ({ ...jsonContent(OfficeAppointment, description), headers: etagHeader });

const roles = requireRole('organizer', 'admin');
const refused = {
  ...guarded,
  403: problemContent(
    'Not an organizer or admin, a read-only token, or a location not granted (type `location-not-granted`).',
  ),
  404: problemContent('No such appointment or place.'),
};
const stale = {
  412: {
    content: { 'application/problem+json': { schema: StaleProblem } },
    description: 'Changed since the version sent in If-Match (type `stale`).',
  },
};

const dayRoute = createRoute({
  method: 'get',
  path: '/v1/staff/appointments',
  summary: "A place's appointments on one day, per staff member",
  description:
    "The day on the place's own clock. Every active staff member of the place (and any other with an appointment that day), by name, with their bookings in order of time: booked, checked in or no-show (holds and cancellations left out). Names, contact details and notes decrypted; audited as one view. Organizer (locations granted) or admin.",
  security,
  middleware: [roles] as const,
  request: { query: z.object({ location_id: z.uuid(), date: CalendarDate }) },
  responses: { 200: jsonContent(OfficeDay, 'The day.'), 400: problemContent('A parameter is not valid.'), ...refused },
});

const checkInRoute = createRoute({
  method: 'post',
  path: '/v1/staff/appointments/{id}/check-in',
  summary: 'The person has come',
  description:
    'Checking in twice changes nothing; a no-show who arrives late is checked in. A hold or a cancelled appointment is refused (409 `not-booked`). If-Match is optional here (the door is quick): when sent, a stale version is refused. Every answer shows the person’s details and is audited (a view when nothing changed).',
  security,
  middleware: [requireWrite, roles] as const,
  request: { params: IdParam, headers: IfMatch },
  responses: {
    200: answer('The appointment as now.'),
    400: problemContent('A parameter is not valid.'),
    ...refused,
    409: problemContent('Not a booking (`not-booked`).'),
    ...stale,
  },
});

const noShowRoute = createRoute({
  method: 'post',
  path: '/v1/staff/appointments/{id}/no-show',
  summary: 'The person did not come',
  description:
    'Only once the appointment has started (409 `not-started` before); a check-in by mistake is corrected this way. Marking twice changes nothing. If-Match optional, as for check-in.',
  security,
  middleware: [requireWrite, roles] as const,
  request: { params: IdParam, headers: IfMatch },
  responses: {
    200: answer('The appointment as now.'),
    400: problemContent('A parameter is not valid.'),
    ...refused,
    409: problemContent('Not a booking (`not-booked`), or not started yet (`not-started`).'),
    ...stale,
  },
});

const notesRoute = createRoute({
  method: 'put',
  path: '/v1/staff/appointments/{id}/notes',
  summary: "Replace the office's notes on an appointment",
  description:
    'Encrypted at rest; an empty text clears them. `If-Match` with the version read: required with a desk session (428 without), optional with a token.',
  security,
  middleware: [requireWrite, roles] as const,
  request: {
    params: IdParam,
    headers: IfMatch,
    body: {
      content: {
        'application/json': { schema: z.object({ notes: z.string().max(4000) }).openapi('AppointmentNotes') },
      },
      required: true,
    },
  },
  responses: {
    200: answer('The appointment as now.'),
    400: problemContent('The body is not valid.'),
    ...refused,
    409: problemContent('A hold, not a booking (`not-booked`).'),
    ...stale,
    428: problemContent('A desk session must send If-Match (type `precondition-required`).'),
  },
});

const locationNotGranted = (c: Context<AppEnv>) =>
  sendProblem(
    c,
    problem(403, 'location-not-granted', 'This place is not one of yours', {
      detail: 'An administrator can grant you the location.',
    }),
  );

/** The office's side of appointments: the day's schedule, check-in, no-show, notes (behind the staff gate). */
export function registerAppointmentDayRoutes(app: OpenAPIHono<AppEnv>, clock: Clock = systemClock): void {
  /** The appointment a route names, if the caller may run its place. */
  async function target(c: Context<AppEnv>): Promise<{ ref: AppointmentRef } | { refusal: Response }> {
    const ref = await findAppointmentRef(c.get('db'), c.req.param('id')!);
    if (!ref) return { refusal: notFound(c, 'No appointment has this id') };
    if (!mayRunEventsAt(c.get('staff')!, ref.location_id)) return { refusal: locationNotGranted(c) };
    return { ref };
  }

  /** The outcome as the route's answer: the appointment with its ETag, audited when changed; or the problem. */
  async function respond(c: Context<AppEnv>, id: string, outcome: MarkOutcome, fields: string[]) {
    const db = c.get('db');
    switch (outcome.kind) {
      case 'ok': {
        // The answer shows the person's details: a view when nothing changed, else the change and what it shows.
        await recordAudit(db, c.get('staff')!, {
          action: outcome.changed ? 'change' : 'view',
          recordType: 'appointment',
          recordId: id,
          fields: outcome.changed ? [...fields, ...APPOINTMENT_FIELDS] : APPOINTMENT_FIELDS,
        });
        const appointment = (await officeAppointment(db, c.get('crypto'), id))!;
        c.header('ETag', versionEtag(appointment.version));
        return c.json(appointment, 200);
      }
      case 'not-booked':
        return sendProblem(c, problem(409, 'not-booked', `This appointment is ${outcome.status.replace('_', ' ')}`));
      case 'not-started':
        return sendProblem(
          c,
          problem(409, 'not-started', 'The appointment has not started yet', {
            detail: 'A no-show can be marked from its start.',
          }),
        );
      case 'stale':
        c.header('ETag', versionEtag(outcome.current.version));
        return c.json(
          {
            ...problem(412, 'stale', 'Someone changed this appointment since you opened it', {
              detail: 'Reload it to see the change.',
            }),
            changed_by: null,
            changed_at: outcome.updatedAt.toISOString(),
            current_version: outcome.current.version,
          },
          412,
          { 'Content-Type': 'application/problem+json' },
        );
    }
  }

  app.openapi(dayRoute, async (c) => {
    const { location_id: locationId, date } = c.req.valid('query');
    const staff = c.get('staff')!;
    const db = c.get('db');
    // Refused before anything is read or decrypted.
    if (!mayRunEventsAt(staff, locationId)) return locationNotGranted(c);
    const day = await officeDay(db, c.get('crypto'), locationId, date);
    if (!day) return notFound(c, 'No place has this id');
    await recordAudit(db, staff, {
      action: 'view',
      recordType: 'appointment',
      recordId: `${locationId}/${date}`,
      fields: APPOINTMENT_FIELDS,
    });
    return c.json(day, 200);
  });

  app.openapi(checkInRoute, async (c) => {
    const found = await target(c);
    if ('refusal' in found) return found.refusal as never;
    const header = c.req.valid('header')['if-match'];
    const outcome = await checkInAppointment(
      c.get('db'),
      found.ref,
      header ? versionsIn(header) : undefined,
      clock.now(),
    );
    return (await respond(c, found.ref.id, outcome, ['status'])) as never;
  });

  app.openapi(noShowRoute, async (c) => {
    const found = await target(c);
    if ('refusal' in found) return found.refusal as never;
    const header = c.req.valid('header')['if-match'];
    const outcome = await markNoShow(c.get('db'), found.ref, header ? versionsIn(header) : undefined, clock.now());
    return (await respond(c, found.ref.id, outcome, ['status'])) as never;
  });

  app.openapi(notesRoute, async (c) => {
    const found = await target(c);
    if ('refusal' in found) return found.refusal as never;
    const header = c.req.valid('header')['if-match'];
    if (header === undefined && c.get('staff')!.via === 'session') {
      return sendProblem(
        c,
        problem(428, 'precondition-required', 'Send If-Match with the version you read', {
          detail: 'Reload the appointment and send its version as If-Match.',
        }),
      );
    }
    const versions = header === undefined ? undefined : versionsIn(header);
    const { notes } = c.req.valid('json');
    const outcome = await setAppointmentNotes(c.get('db'), c.get('crypto'), found.ref, notes.trim(), versions);
    return (await respond(c, found.ref.id, outcome, ['notes'])) as never;
  });
}
