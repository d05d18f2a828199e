import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { markNoShows, setAttendance } from '../events/attendance.js';
import { checkIn } from '../events/check-in.js';
import {
  buildRoster,
  findRosterTarget,
  rosterEntries,
  rosterEntry,
  ROSTER_FIELDS,
  type RosterTarget,
} from '../events/roster.js';
import { ROSTER_CSV_COLUMNS, rosterCsv } from '../events/roster-csv.js';
import { addWalkIn } from '../events/walk-in.js';
import { EVENT_TYPES } from '../events/schemas.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { LanguageTag } from '../lib/language-tag.js';
import { problem } from '../lib/problem.js';
import { IdempotencyKey, ProblemSchema } from '../schemas.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, security } from './staff-shared.js';

const SessionParams = z.object({
  id: z.uuid(),
  key: z
    .string()
    .max(40)
    .openapi({ description: "The session's original local start, `YYYY-MM-DDTHH:MM` (as registrations name it)." }),
});

const RosterEntry = z
  .object({
    registration_id: z.string(),
    status: z.enum(['confirmed', 'waitlisted']),
    source: z.enum(['web', 'walk-in', 'desk']),
    name: z.string().openapi({ description: 'Decrypted; empty for a walk-in who gave none.' }),
    party_size: z.number().int(),
    language: z.string().openapi({ description: 'The language chosen at sign-up.' }),
    access_needs: z.string().nullable(),
    contact_method: z.enum(['email', 'phone', 'none']),
    waitlist_position: z.number().int().nullable(),
    attendance: z.enum(['attended', 'no-show']).nullable().openapi({ description: 'At this session.' }),
    marked_at: z.string().nullable(),
    last_message: z
      .object({
        kind: z.string().openapi({
          description:
            'What it was: `confirmation`, `promoted`, `waitlisted-again`, `reminder`, `session.cancelled`, `session.moved`.',
        }),
        delivery: z.enum(['waiting', 'sent', 'failed', 'bounced', 'kept']).openapi({
          description:
            '`waiting`: not yet sent (queued, or retried after the mail server failed); `kept`: no mail server or SMS provider is configured.',
        }),
      })
      .nullable()
      .openapi({ description: 'The newest message to the person and how it went; null when none was sent.' }),
    contact_bounced: z.boolean().openapi({ description: 'The mail server refused the address for good.' }),
  })
  .openapi('RosterEntry');

const Count = z.number().int();
const Roster = z
  .object({
    event: z.object({
      id: z.string(),
      title: z.string(),
      type: z.enum(EVENT_TYPES),
      timezone: z.string(),
      location_name: z.string().nullable(),
    }),
    session: z.object({
      key: z.string(),
      start: z.string(),
      end: z.string(),
      status: z.enum(['scheduled', 'cancelled', 'moved']),
      over: z.boolean().openapi({ description: 'The session has ended: no-shows can be marked.' }),
    }),
    capacity: z.number().int().nullable(),
    counts: z
      .object({ confirmed: Count, waitlisted: Count, attended: Count, no_show: Count, walk_ins: Count })
      .openapi({ description: 'People, party sizes summed.' }),
    entries: z.array(RosterEntry).openapi({ description: 'Sorted by name.' }),
  })
  .openapi('Roster');

/** A problem with the machine-readable `code` the desk switches on, and what it needs to say more. */
const RosterProblem = ProblemSchema.extend({
  code: z.string(),
  event_title: z.string().optional().openapi({ description: '`other-event`: the title of the event the code is for.' }),
  session_start: z
    .string()
    .nullable()
    .optional()
    .openapi({ description: '`other-event`, `other-session`: when that session starts (null: a whole series).' }),
}).openapi('RosterProblem');
const rosterProblem = (description: string) => ({
  content: { 'application/problem+json': { schema: RosterProblem } },
  description,
});

const CheckInRequest = z
  .union([
    z.object({ registration_id: z.uuid() }).strict(),
    z
      .object({ code: z.string().min(1).max(64) })
      .strict()
      .openapi({ description: 'As typed or scanned: any case, dashes or spaces, O for 0.' }),
  ])
  .openapi('CheckInRequest');

const AttendanceRequest = z
  .object({ registration_id: z.uuid(), status: z.enum(['attended', 'no-show']).nullable() })
  .openapi('AttendanceRequest');

const WalkInRequest = z
  .object({
    name: z.string().trim().max(200).optional(),
    party_size: z.number().int().min(1).max(50),
    language: LanguageTag,
    access_needs: z.string().trim().max(2000).optional(),
  })
  .openapi('WalkInRequest');

const WalkInAnswer = z.object({
  entry: RosterEntry,
  over_capacity: z.boolean().openapi({ description: 'The session now has more people than places.' }),
});

const base = '/v1/staff/events/{id}/sessions/{key}/roster';
const roles = requireRole('organizer', 'admin');
const denied = {
  ...guarded,
  403: rosterProblem('Not an organizer or admin, or the event is at a location not granted (`location-not-granted`).'),
  404: rosterProblem('No such event, or no session of it at this key.'),
};

const rosterRoute = createRoute({
  method: 'get',
  path: base,
  summary: "A session's roster: who is confirmed and waiting, and who came",
  description:
    'Registrations for the session and, in a series, for the whole series; names and access needs decrypted. Audited as a view. Organizer (locations granted) or admin.',
  security,
  middleware: [roles] as const,
  request: { params: SessionParams },
  responses: { 200: jsonContent(Roster, 'The roster.'), 400: problemContent('A parameter is not valid.'), ...denied },
});

const checkInRoute = createRoute({
  method: 'post',
  path: `${base}/check-in`,
  summary: 'Check a person in, by registration or by the code on their confirmation',
  description:
    'Checking in twice answers `already: true`. A code from another event (`other-event`) or another session (`other-session`) says when that is; a waitlisted or cancelled registration is `not-confirmed`.',
  security,
  middleware: [requireWrite, roles] as const,
  request: {
    params: SessionParams,
    body: { content: { 'application/json': { schema: CheckInRequest } }, required: true },
  },
  responses: {
    200: jsonContent(z.object({ entry: RosterEntry, already: z.boolean() }), 'Checked in.'),
    400: problemContent('The body is not valid.'),
    ...denied,
    404: rosterProblem('No such event or session, no registration with this code (`unknown-code`) or id.'),
    409: rosterProblem('`other-event`, `other-session` or `not-confirmed`.'),
  },
});

const attendanceRoute = createRoute({
  method: 'post',
  path: `${base}/attendance`,
  summary: "Set or clear one person's attendance (corrections, undo)",
  description: 'A no-show only once the session has ended (`session-not-over`).',
  security,
  middleware: [requireWrite, roles] as const,
  request: {
    params: SessionParams,
    body: { content: { 'application/json': { schema: AttendanceRequest } }, required: true },
  },
  responses: {
    200: jsonContent(z.object({ entry: RosterEntry }), 'The entry as now.'),
    400: problemContent('The body is not valid.'),
    ...denied,
    409: rosterProblem('`not-confirmed`, or `session-not-over` for a no-show.'),
  },
});

const walkInRoute = createRoute({
  method: 'post',
  path: `${base}/walk-ins`,
  summary: 'Add someone who came without signing up',
  description:
    'Confirmed and checked in at once, counted in the places. Taken even when the session is full (the person is there): `over_capacity` says so. An `Idempotency-Key` header makes a retry (or a second click) safe: 200 with the walk-in added first.',
  security,
  middleware: [requireWrite, roles] as const,
  request: {
    params: SessionParams,
    headers: z.object({ 'idempotency-key': IdempotencyKey.optional() }),
    body: { content: { 'application/json': { schema: WalkInRequest } }, required: true },
  },
  responses: {
    201: jsonContent(WalkInAnswer, 'Added.'),
    200: jsonContent(WalkInAnswer, 'Added before with this Idempotency-Key.'),
    400: problemContent('The body is not valid.'),
    ...denied,
  },
});

const noShowsRoute = createRoute({
  method: 'post',
  path: `${base}/no-shows`,
  summary: 'After the session: mark everyone confirmed and not checked in as a no-show',
  security,
  middleware: [requireWrite, roles] as const,
  request: { params: SessionParams },
  responses: {
    200: jsonContent(z.object({ marked: z.number().int() }), 'How many registrations were marked.'),
    400: problemContent('A parameter is not valid.'),
    ...denied,
    409: rosterProblem('The session has not ended (`session-not-over`).'),
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/v1/staff/events/{id}/sessions/{key}/roster.csv',
  summary: "A session's roster as CSV: a sign-in sheet without contact details",
  description: `Columns: ${ROSTER_CSV_COLUMNS.join(', ')}. Never an email or phone number. Audited as an export.`,
  security,
  middleware: [roles] as const,
  request: { params: SessionParams },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'A CSV file with a header row.' },
    400: problemContent('A parameter is not valid.'),
    ...denied,
  },
});

type Status = 403 | 404 | 409;
/** A problem with `code` (and the details `other-event` and `other-session` carry). */
function refuse<S extends Status>(
  c: Context<AppEnv>,
  status: S,
  code: string,
  title: string,
  extra: { event_title?: string; session_start?: string | null } = {},
) {
  return c.json({ ...problem(status, code, title), code, ...extra }, status, {
    'Content-Type': 'application/problem+json',
  });
}

const auditId = (target: RosterTarget) => `${target.event.id}/${target.session.key}`;

/** Rosters and check-in at the door (routes/staff.ts registers them behind the staff gate). */
export function registerRosterRoutes(app: OpenAPIHono<AppEnv>, clock: Clock = systemClock): void {
  async function target(c: Context<AppEnv>, params: { id: string; key: string }) {
    const found = await findRosterTarget(c.get('db'), c.get('staff')!, params.id, params.key);
    return found.ok ? { target: found.target } : { denied: refuse(c, found.status, found.code, found.title) };
  }

  app.openapi(rosterRoute, async (c) => {
    const found = await target(c, c.req.valid('param'));
    if (found.denied) return found.denied;
    const db = c.get('db');
    const roster = await buildRoster(db, c.get('crypto'), found.target, clock.now());
    await recordAudit(db, c.get('staff')!, {
      action: 'view',
      recordType: 'roster',
      recordId: auditId(found.target),
      fields: ROSTER_FIELDS,
    });
    return c.json(roster, 200);
  });

  app.openapi(checkInRoute, async (c) => {
    const found = await target(c, c.req.valid('param'));
    if (found.denied) return found.denied;
    const db = c.get('db');
    const staff = c.get('staff')!;
    const outcome = await checkIn(db, c.get('crypto'), found.target, c.req.valid('json'), staff.name);
    if (!outcome.ok) {
      const { status, code, title, ok: _, ...extra } = outcome;
      return refuse(c, status, code, title, extra);
    }
    await recordAudit(db, staff, {
      action: 'change',
      recordType: 'registration',
      recordId: outcome.entry.registration_id,
      fields: ['attendance', ...ROSTER_FIELDS],
    });
    return c.json({ entry: outcome.entry, already: outcome.already }, 200);
  });

  app.openapi(attendanceRoute, async (c) => {
    const found = await target(c, c.req.valid('param'));
    if (found.denied) return found.denied;
    const { registration_id: id, status } = c.req.valid('json');
    const db = c.get('db');
    const crypto = c.get('crypto');
    const staff = c.get('staff')!;
    const { event, session } = found.target;
    const entry = await rosterEntry(db, crypto, event.id, session.key, id);
    if (!entry) return refuse(c, 404, 'not-found', 'No such registration on this roster');
    if (status !== null && entry.status !== 'confirmed') {
      return refuse(c, 409, 'not-confirmed', `This registration is ${entry.status}`);
    }
    if (status === 'no-show' && session.end > clock.now()) {
      return refuse(c, 409, 'session-not-over', 'The session has not ended yet');
    }
    await setAttendance(db, id, session.key, status, staff.name);
    await recordAudit(db, staff, {
      action: 'change',
      recordType: 'registration',
      recordId: id,
      fields: ['attendance', ...ROSTER_FIELDS],
    });
    return c.json({ entry: (await rosterEntry(db, crypto, event.id, session.key, id))! }, 200);
  });

  app.openapi(walkInRoute, async (c) => {
    const found = await target(c, c.req.valid('param'));
    if (found.denied) return found.denied;
    const db = c.get('db');
    const staff = c.get('staff')!;
    const body = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    // Keys are scoped to the caller, as the call log scopes them.
    const scoped = key ? `${staff.accountId ?? staff.name}:${key}` : undefined;
    const { replay, ...added } = await addWalkIn(db, c.get('crypto'), found.target, body, staff.name, scoped);
    if (!replay) {
      await recordAudit(db, staff, {
        action: 'create',
        recordType: 'registration',
        recordId: added.entry.registration_id,
        fields: Object.keys(body),
      });
    }
    return c.json(added, replay ? 200 : 201);
  });

  app.openapi(noShowsRoute, async (c) => {
    const found = await target(c, c.req.valid('param'));
    if (found.denied) return found.denied;
    const { event, session } = found.target;
    if (session.end > clock.now()) return refuse(c, 409, 'session-not-over', 'The session has not ended yet');
    const db = c.get('db');
    const marked = await markNoShows(db, event.id, session.key, c.get('staff')!.name);
    await recordAudit(db, c.get('staff')!, {
      action: 'change',
      recordType: 'roster',
      recordId: auditId(found.target),
      fields: ['attendance'],
    });
    return c.json({ marked }, 200);
  });

  app.openapi(csvRoute, async (c) => {
    const found = await target(c, c.req.valid('param'));
    if (found.denied) return found.denied;
    const db = c.get('db');
    const { event, session } = found.target;
    const entries = await rosterEntries(db, c.get('crypto'), event.id, session.key);
    await recordAudit(db, c.get('staff')!, {
      action: 'export',
      recordType: 'roster',
      recordId: auditId(found.target),
      fields: ROSTER_CSV_COLUMNS,
    });
    const day = session.key.slice(0, 10);
    return c.body(rosterCsv(entries), 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="roster-${day}.csv"`,
    });
  });
}
