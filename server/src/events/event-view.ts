import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadTranslations, pick, recordTexts, type TranslationIndex } from '../directory/translate.js';
import {
  findEventRows,
  loadCapacity,
  loadLocations,
  type CapacityIndex,
  type EventRow,
  type LocationRow,
} from './event-rows.js';
import { expandOccurrences, type Occurrence } from './recurrence.js';
import type { EventDetailT, EventOccurrenceT, EventType, RegistrationMode } from './schemas.js';
import { eventTypeName } from './type-names.js';
import { webUrl } from '../lib/web-url.js';
import { yieldEvery } from '../lib/yield-to-event-loop.js';
import { mergeFirst } from '../lib/merge-in-order.js';
import { recurrenceOf, seriesPosition, sessionsInWindow, type WindowSessions } from './window-sessions.js';
import { applyChange, loadSessionChanges, type ChangedOccurrence } from './session-changes.js';

/** Occurrences returned by one list request at most; the window is capped too. */
export const MAX_OCCURRENCES = 2000;
/** Work done between two turns of the event loop, so that other requests go on meanwhile. */
const SLICE_MS = 5;
/** Sessions listed in one event's detail at most. */
const MAX_DETAIL_SESSIONS = 100;

export interface ListFilters {
  from: Date;
  to: Date;
  types?: readonly string[] | undefined;
  languages?: readonly string[] | undefined;
  locationId?: string | undefined;
  q?: string | undefined;
}

/** Everything needed to describe occurrences of a set of events in one language. */
interface Context {
  rows: Map<string, EventRow>;
  translations: TranslationIndex;
  capacity: CapacityIndex;
  locations: Map<string, LocationRow>;
  locales: readonly string[];
  now: Date;
}

const occurrenceKey = (row: EventRow, localStart: string) =>
  row.registration_mode === 'series' ? 'series' : localStart;

const matchesLanguage = (row: EventRow, languages: readonly string[]) =>
  row.language_codes.some((code) => languages.some((wanted) => code === wanted || code.startsWith(`${wanted}-`)));

async function loadContext(db: Kysely<Database>, rows: EventRow[], locales: readonly string[], now: Date) {
  const ids = rows.map((row) => row.id);
  const locationIds = [...new Set(rows.map((row) => row.location_id).filter((id): id is string => !!id))];
  const [translations, capacity, locations] = await Promise.all([
    loadTranslations(db, null, [...ids, ...locationIds], locales),
    loadCapacity(db, ids),
    loadLocations(db, locationIds),
  ]);
  return { rows: new Map(rows.map((row) => [row.id, row])), translations, capacity, locations, locales, now };
}

export function availability(row: EventRow, capacity: CapacityIndex, localStart: string) {
  const counts = capacity.get(row.id)?.get(occurrenceKey(row, localStart)) ?? { taken: 0, waitlisted: 0 };
  const available = row.capacity === null ? null : Math.max(0, row.capacity - counts.taken);
  return {
    capacity: row.capacity,
    taken: counts.taken,
    available,
    waitlisted: counts.waitlisted,
    full: available !== null && available <= 0,
  };
}

const firstSentences = (text: string) => {
  const sentences = text.match(/[^.!?。！？।۔]+[.!?。！？।۔]*/gu) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    if (summary && summary.length + sentence.length > 220) break;
    summary += sentence;
  }
  return summary.trim();
};

function registrationOpen(row: EventRow, past: boolean): boolean {
  return row.registration_mode !== 'none' && !row.registration_url && row.status === 'scheduled' && !past;
}

/** A session's status as the public sees it: the whole event cancelled, or the desk's change to it. */
const sessionStatus = (row: EventRow, occurrence: ChangedOccurrence) =>
  row.status === 'cancelled' ? 'cancelled' : occurrence.status;

function occurrenceView(
  context: Context,
  row: EventRow,
  occurrence: ChangedOccurrence,
  series = seriesPosition(row, occurrence),
): EventOccurrenceT {
  const { translations, locales } = context;
  const texts = recordTexts(translations, locales);
  const text = (field: string, source: string | null) => texts.text(row.id, field, source, row.source_locale);
  const title = pick(translations, row.id, 'title', row.title, row.source_locale, locales)!;
  const description = text('description', row.description);
  const cost = text('cost', row.cost);
  const location = row.location_id ? context.locations.get(row.location_id) : undefined;
  // A series is "past" for sign-up once its first session has begun.
  const past = occurrence.end <= context.now;
  const seriesStarted = row.registration_mode === 'series' && new Date(row.first_start) <= context.now;
  return {
    id: `${row.id}/${occurrence.localStart}`,
    event_id: row.id,
    local_start: occurrence.localStart,
    start: occurrence.start.toISOString(),
    end: occurrence.end.toISOString(),
    timezone: row.timezone,
    title: title.value,
    summary: firstSentences(description ?? ''),
    content: {
      locale: title.locale,
      method: title.method,
      fallback: title.locale !== locales[0],
      fallback_fields: texts.fallbackFields(),
    },
    type: row.type as EventType,
    type_name: eventTypeName(row.type as EventType, locales),
    location: location
      ? {
          id: location.id,
          name: pick(translations, location.id, 'name', location.name, location.source_locale, locales)!.value,
          address: location.address_1
            ? {
                address_1: location.address_1,
                address_2: location.address_2,
                city: location.city ?? '',
                state_province: location.state_province ?? '',
                postal_code: location.postal_code ?? '',
                country: location.country ?? '',
              }
            : null,
          latitude: location.latitude,
          longitude: location.longitude,
          timezone: location.timezone,
          corner: location.is_corner,
          distance_km: null,
        }
      : null,
    location_text: row.location_text,
    online_url: webUrl(row.online_url) ?? null,
    languages: row.language_codes,
    free: row.is_free,
    cost,
    registration: {
      mode: row.registration_mode as RegistrationMode,
      open: registrationOpen(row, past || seriesStarted) && occurrence.status !== 'cancelled',
      url: webUrl(row.registration_url) ?? null,
    },
    availability: availability(row, context.capacity, occurrence.localStart),
    series,
    status: sessionStatus(row, occurrence),
    moved_from: occurrence.movedFrom?.toISOString() ?? null,
    moved_to: occurrence.movedTo,
    past,
  };
}

/** Occurrences of matching events in [from, to), in time order, with facet counts over the window. */
export async function listOccurrences(
  db: Kysely<Database>,
  filters: ListFilters,
  locales: readonly string[],
  now = new Date(),
) {
  const rows = await findEventRows(db, filters);
  const changes = await loadSessionChanges(
    db,
    rows.map((row) => row.id),
  );
  const facets = { types: {} as Record<string, number>, languages: {} as Record<string, number> };
  const matching: WindowSessions[] = [];
  let total = 0;
  let truncated = false;
  const giveWay = yieldEvery(SLICE_MS);
  for (const row of rows) {
    await giveWay();
    const sessions = sessionsInWindow(row, filters.from, filters.to, MAX_OCCURRENCES + 1, changes.get(row.id));
    if (sessions.length > MAX_OCCURRENCES) truncated = true;
    const typeOk = !filters.types?.length || filters.types.includes(row.type);
    const languageOk = !filters.languages?.length || matchesLanguage(row, filters.languages);
    // Each facet counts what the other filters leave, so a visitor sees what choosing it would give.
    if (languageOk) facets.types[row.type] = (facets.types[row.type] ?? 0) + sessions.length;
    if (typeOk) {
      for (const code of row.language_codes) facets.languages[code] = (facets.languages[code] ?? 0) + sessions.length;
    }
    if (typeOk && languageOk && sessions.length) {
      matching.push(sessions);
      total += sessions.length;
    }
  }
  if (total > MAX_OCCURRENCES) truncated = true;
  // Only the page is put in order: the window may hold far more sessions than it shows.
  const page = mergeFirst(matching, MAX_OCCURRENCES).map(([run, index]) => {
    const sessions = matching[run]!;
    return { row: sessions.row, occurrence: sessions.occurrenceAt(index), series: sessions.positionAt(index) };
  });

  let next: { row: EventRow; occurrence: ChangedOccurrence } | null = null;
  if (page.length === 0) next = await nextOccurrence(db, filters);

  const context = await loadContext(
    db,
    [...new Set([...page, ...(next ? [next] : [])].map((m) => m.row))],
    locales,
    now,
  );
  return {
    from: filters.from.toISOString(),
    to: filters.to.toISOString(),
    total,
    truncated,
    items: page.map(({ row, occurrence, series }) => occurrenceView(context, row, occurrence, series)),
    next: next ? occurrenceView(context, next.row, next.occurrence) : null,
    facets,
  };
}

/** The first matching occurrence in the year after `to`, for "nothing in this range; the next one is…". */
async function nextOccurrence(db: Kysely<Database>, filters: ListFilters) {
  const from = filters.to;
  const to = new Date(from.getTime() + 366 * 86_400_000);
  const rows = await findEventRows(db, { ...filters, from, to });
  const changes = await loadSessionChanges(
    db,
    rows.map((row) => row.id),
  );
  let best: { row: EventRow; occurrence: ChangedOccurrence } | null = null;
  for (const row of rows) {
    if (filters.types?.length && !filters.types.includes(row.type)) continue;
    if (filters.languages?.length && !matchesLanguage(row, filters.languages)) continue;
    if (row.status === 'cancelled') continue;
    const window = sessionsInWindow(row, from, to, 50, changes.get(row.id));
    for (let index = 0; index < window.length; index++) {
      const first = window.occurrenceAt(index);
      if (first.status === 'cancelled') continue;
      if (!best || first.start < best.occurrence.start) best = { row, occurrence: first };
      break;
    }
  }
  return best;
}

/**
 * One event in full. The top-level fields describe `localStart` when given
 * (404 if it is not a session), else the next session (or the last, when all are past).
 */
export async function eventDetail(
  db: Kysely<Database>,
  id: string,
  localStart: string | undefined,
  locales: readonly string[],
  now = new Date(),
): Promise<EventDetailT | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  // Open-ended series can have years of sessions behind them: start near the session wanted.
  const wanted = localStart ? Date.parse(`${localStart}Z`) : NaN;
  const around = Math.min(now.getTime(), Number.isNaN(wanted) ? Infinity : wanted) - 2 * 86_400_000;
  const listFrom = row.last_end
    ? new Date(row.first_start)
    : new Date(Math.max(new Date(row.first_start).getTime(), around) - 1);
  const changes = (await loadSessionChanges(db, [id])).get(id);
  const all = expandOccurrences(recurrenceOf(row), listFrom, endOfListing(row, now), MAX_DETAIL_SESSIONS)
    .map((o) => applyChange(o, changes?.get(o.localStart), row.timezone, row.duration_minutes))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const chosen = localStart
    ? all.find((o) => o.localStart === localStart)
    : (all.find((o) => o.end > now && o.status !== 'cancelled') ?? all.find((o) => o.end > now) ?? all.at(-1));
  if (!chosen) return null;
  const context = await loadContext(db, [row], locales, now);
  const view = occurrenceView(context, row, chosen);
  const texts = recordTexts(context.translations, locales);
  const text = (field: string, source: string | null) => texts.text(row.id, field, source, row.source_locale);
  // Sessions of an open-ended series: from the current one on, so the list stays useful.
  const listed = row.last_end ? all : all.filter((o) => o.end > now || o === chosen);
  const description = text('description', row.description) ?? '';
  const organizer = text('organizer', row.organizer);
  const accessibility = text('accessibility', row.accessibility);
  return {
    ...view,
    content: { ...view.content, fallback_fields: texts.fallbackFields() },
    description,
    organizer,
    accessibility,
    recurrence: row.rrule ? { rrule: row.rrule, exdates: row.exdates } : null,
    occurrences: listed.slice(0, MAX_DETAIL_SESSIONS).map((o) => ({
      local_start: o.localStart,
      start: o.start.toISOString(),
      end: o.end.toISOString(),
      past: o.end <= now,
      availability: availability(row, context.capacity, o.localStart),
      status: sessionStatus(row, o),
      moved_from: o.movedFrom?.toISOString() ?? null,
      moved_to: o.movedTo,
    })),
  };
}

/** How far ahead to expand an event for its detail: its end, or two years for open-ended series. */
function endOfListing(row: EventRow, now: Date): Date {
  return row.last_end ? new Date(new Date(row.last_end).getTime() + 1) : new Date(now.getTime() + 730 * 86_400_000);
}

/** Whether `localStart` is a session of the event (and not an EXDATE). */
export function isSession(row: EventRow, localStart: string, now = new Date()): Occurrence | undefined {
  return expandOccurrences(recurrenceOf(row), new Date(row.first_start), endOfListing(row, now), 10_000).find(
    (o) => o.localStart === localStart,
  );
}

export { recurrenceOf };
