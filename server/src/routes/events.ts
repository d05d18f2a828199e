import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { buildCalendar, type IcsEvent } from '../events/ics.js';
import { eventDetail, listOccurrences, recurrenceOf } from '../events/event-view.js';
import { findEventRow, findEventRows, loadLocations, type EventRow } from '../events/event-rows.js';
import { expandOccurrences } from '../events/recurrence.js';
import { loadSessionChanges } from '../events/session-changes.js';
import { EVENT_TYPES, EventDetail, EventList, LocalDateTime } from '../events/schemas.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { Instant } from '../lib/instant.js';
import { LanguageTag } from '../lib/language-tag.js';
import { invalidParameter, notFound } from '../lib/problem.js';
import { jsonContent, LangQuery, listOf, problemContent } from './params.js';

const DAY = 86_400_000;
/** The widest window one request may ask for. */
const MAX_WINDOW_DAYS = 400;

const EventQuery = LangQuery.extend({
  from: Instant.optional().openapi({
    description: 'Start of the window (default: now); from 2 years before today to 10 years after.',
  }),
  to: Instant.optional().openapi({
    description: 'End of the window (default: 8 weeks after from; at most 400 days, and 10 years after today).',
  }),
  type: listOf(z.enum(EVENT_TYPES)).optional().openapi({ description: 'Event types, comma-separated (any of them).' }),
  language: listOf(LanguageTag)
    .optional()
    .openapi({ description: 'Languages the event is held in, comma-separated (any of them).' }),
  location_id: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
});

const problems = {
  400: problemContent('A parameter is not valid.'),
};

const listRoute = createRoute({
  method: 'get',
  path: '/v1/events',
  summary: 'Event occurrences in a window',
  description:
    'Recurring events expanded in their own time zone. Sorted by start; `next` suggests the first one after an empty window.',
  request: { query: EventQuery },
  responses: { 200: jsonContent(EventList, 'Occurrences, with facet counts.'), ...problems },
});

const feedRoute = createRoute({
  method: 'get',
  path: '/v1/events.ics',
  summary: 'Subscribable iCalendar feed',
  description:
    'The events matching the same filters as /v1/events, as RFC 5545 with VTIMEZONE; recurring events keep their RRULE.',
  request: { query: EventQuery },
  responses: {
    200: { content: { 'text/calendar': { schema: z.string() } }, description: 'An iCalendar file.' },
    ...problems,
  },
});

const IdParam = z.object({ id: z.uuid() });

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/events/{id}',
  summary: 'One event in full, with its sessions',
  request: {
    params: IdParam,
    query: LangQuery.extend({
      occurrence: LocalDateTime.optional().openapi({ description: 'The session the top-level fields describe.' }),
    }),
  },
  responses: {
    200: jsonContent(EventDetail, 'The event.'),
    ...problems,
    404: problemContent('No such event or session.'),
  },
});

const eventIcsRoute = createRoute({
  method: 'get',
  path: '/v1/events/{id}/event.ics',
  summary: '"Add to my calendar" for one event',
  description: 'The whole series, or one session when `occurrence` is given.',
  request: {
    params: IdParam,
    query: LangQuery.extend({ occurrence: LocalDateTime.optional() }),
  },
  responses: {
    200: { content: { 'text/calendar': { schema: z.string() } }, description: 'An iCalendar file.' },
    ...problems,
    404: problemContent('No such event or session.'),
  },
});

/**
 * How far from today a window may reach: enough for any calendar a visitor pages through, and it
 * bounds the work one anonymous request can ask for (every recurring series expanded up to `to`).
 */
const YEARS_BACK = 2;
const YEARS_AHEAD = 10;

function window(c: Context<AppEnv>, query: { from?: Date | undefined; to?: Date | undefined }) {
  const from = query.from ?? new Date();
  const to = query.to ?? new Date(from.getTime() + 56 * DAY);
  const now = new Date();
  const earliest = new Date(Date.UTC(now.getUTCFullYear() - YEARS_BACK, now.getUTCMonth(), now.getUTCDate()));
  const latest = new Date(Date.UTC(now.getUTCFullYear() + YEARS_AHEAD, now.getUTCMonth(), now.getUTCDate()));
  if (from < earliest || from > latest) {
    return invalidParameter(
      c,
      'from',
      `from must be within ${YEARS_BACK} years before and ${YEARS_AHEAD} years after today`,
    );
  }
  if (to > latest) return invalidParameter(c, 'to', `to must be at most ${YEARS_AHEAD} years after today`);
  if (to <= from) return invalidParameter(c, 'to', 'to must be after from');
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY) {
    return invalidParameter(c, 'to', `The window may span at most ${MAX_WINDOW_DAYS} days`);
  }
  return { from, to };
}

export function registerEventRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const range = window(c, query);
    if (range instanceof Response) return range;
    const list = await listOccurrences(
      c.get('db'),
      { ...range, types: query.type, languages: query.language, locationId: query.location_id, q: query.q },
      c.get('locales'),
    );
    // Places left change with every sign-up: revalidate (the ETag keeps that cheap).
    c.header('Cache-Control', 'no-cache');
    return c.json(list, 200);
  });

  app.openapi(feedRoute, async (c) => {
    const query = c.req.valid('query');
    // A feed looks back a month and a year ahead unless told otherwise.
    const range = window(c, {
      from: query.from ?? new Date(Date.now() - 30 * DAY),
      to: query.to ?? new Date((query.from?.getTime() ?? Date.now()) + 365 * DAY),
    });
    if (range instanceof Response) return range;
    const rows = (await findEventRows(c.get('db'), { ...range, locationId: query.location_id, q: query.q })).filter(
      (row) =>
        (!query.type || query.type.some((type) => type === row.type)) &&
        (!query.language || row.language_codes.some((code) => query.language!.includes(code))) &&
        expandOccurrences(recurrenceOf(row), range.from, range.to, 1).length > 0,
    );
    const events = await icsEvents(c, rows);
    return calendarResponse(c, buildCalendar({ name: 'Welcome Widgets events', events }), 'events.ics');
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { occurrence } = c.req.valid('query');
    const detail = await eventDetail(c.get('db'), id, occurrence, c.get('locales'));
    if (!detail) return notFound(c, 'No event or session matches');
    // Places change with every sign-up: never cache the detail for long.
    c.header('Cache-Control', 'no-cache');
    return c.json(detail, 200);
  });

  app.openapi(eventIcsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { occurrence } = c.req.valid('query');
    const row = await findEventRow(c.get('db'), id);
    if (!row) return notFound(c, 'No event has this id');
    let [event] = await icsEvents(c, [row]);
    if (occurrence) {
      const session = expandOccurrences(recurrenceOf(row), new Date(row.first_start), farEnd(row), 10_000).find(
        (o) => o.localStart === occurrence,
      );
      if (!session) return notFound(c, 'The event has no session then');
      // One session: its own UID, so adding two sessions to a calendar gives two entries.
      // Its change (cancelled, moved) stays keyed by the original start and applies to it as a one-time event.
      event = {
        ...event!,
        uid: `${event!.uid}-${occurrence.replace(/[-:]/g, '')}`,
        dtstart: occurrence,
        rrule: null,
        exdates: [],
        overrides: event!.overrides?.filter((o) => o.recurrenceId === occurrence),
      };
    }
    return calendarResponse(c, buildCalendar({ events: [event!] }), `${slug(event!.summary)}.ics`);
  });
}

const farEnd = (row: EventRow) =>
  row.last_end ? new Date(new Date(row.last_end).getTime() + 1) : new Date(Date.now() + 3 * 365 * DAY);

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60) || 'event';

function calendarResponse(c: Context<AppEnv>, body: string, filename: string) {
  return c.body(body, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

/** Events as iCalendar entries, their texts in the language asked for. */
async function icsEvents(c: Context<AppEnv>, rows: EventRow[]): Promise<IcsEvent[]> {
  const locales = c.get('locales');
  const db = c.get('db');
  const locationIds = rows.map((r) => r.location_id).filter((id): id is string => !!id);
  const translations = await loadTranslations(db, null, [...rows.map((r) => r.id), ...locationIds], locales);
  const places = await loadLocations(db, locationIds);
  const changes = await loadSessionChanges(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const text = (field: string, source: string | null) =>
      pick(translations, row.id, field, source, row.source_locale, locales)?.value ?? undefined;
    const place = row.location_id ? places.get(row.location_id) : undefined;
    const placeName = place
      ? pick(translations, place.id, 'name', place.name, place.source_locale, locales)?.value
      : undefined;
    const location = place
      ? [placeName, place.address_1, [place.city, place.state_province, place.postal_code].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ')
      : (row.location_text ?? row.online_url ?? undefined);
    return {
      uid: `${row.uid.includes('@') ? row.uid : `${row.uid}@welcome-widgets`}`,
      summary: text('title', row.title) ?? row.title,
      description: text('description', row.description),
      location,
      url: row.online_url ?? row.registration_url ?? undefined,
      dtstart: row.dtstart,
      timezone: row.timezone,
      durationMinutes: row.duration_minutes,
      rrule: row.rrule,
      exdates: row.exdates,
      status: row.status as 'scheduled' | 'cancelled',
      lastModified: new Date(row.last_modified),
      sequence: row.sequence,
      overrides: [...(changes.get(row.id)?.values() ?? [])].map((change) => ({
        recurrenceId: change.occurrence_key,
        status: change.status,
        start: change.new_start,
        durationMinutes: change.new_duration_minutes ?? undefined,
      })),
    } satisfies IcsEvent;
  });
}
