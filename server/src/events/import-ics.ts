import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, EventTable } from '../db/schema.js';
import { parseIcs, type IcsEventRecord, type IcsProblem } from './ics-parse.js';
import { formatLocal, parseLocal, RecurrenceError } from './recurrence.js';
import type { EventType } from './schemas.js';
import { eventIdForUid, eventWindow, upsertEvent, type EventInput } from './store.js';
import { instantToZoned, zonedToInstant } from './zoned-time.js';
import { webUrl } from '../lib/web-url.js';

/**
 * Imports an iCalendar export (LibCal, Google Calendar, Outlook) as events,
 * keyed by UID: importing the same file again creates nothing and changes
 * nothing. All-day events are skipped (in library calendars they are closures
 * and exhibits, not sessions with a time to come). A moved or cancelled
 * occurrence (RECURRENCE-ID) becomes an EXDATE of its series, and a moved one
 * a one-time event of its own with the UID `<series UID>/<local start>`; an
 * occurrence whose series is skipped or missing is skipped with it, since it
 * would otherwise stand for a series it only changes. Fields an export does
 * not carry (languages, capacity, organization) keep what was stored, so that
 * re-importing does not erase an editor's work.
 */
export interface ImportIcsOptions {
  /** The zone of floating and UTC times when the calendar names none (X-WR-TIMEZONE). */
  defaultTimezone: string;
  /** Stored in events.source; `ics` by default. */
  source?: string;
}

export interface ImportIcsResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: IcsProblem[];
  warnings: string[];
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Keywords of CATEGORIES and SUMMARY, most specific first: a "Know your rights"
 * talk filed under Legal or Workshops is know-your-rights.
 */
const TYPE_KEYWORDS: [EventType, RegExp][] = [
  ['know-your-rights', /\bknow your rights\b|\bconozca sus derechos\b/],
  ['id-enrollment', /\bidnyc\b|\bmunicipal id\b|\bcity id\b|\bid (card )?enrollment\b/],
  ['citizenship', /\bcitizenship\b|\bnaturali[sz]ation\b|\bn-400\b|\bciudadania\b/],
  [
    'english-class',
    /\besol\b|\besl\b|\benglish (conversation|class|classes|language|for speakers)\b|\blearn english\b/,
  ],
  ['legal-clinic', /\blegal\b|\blawyer\b|\battorney\b|\bimmigration (clinic|consultation|screening)\b/],
  ['workshop', /\bworkshops?\b|\bseminar\b|\bwebinar\b|\binfo(rmation)? session\b/],
];

/** Our event type for an imported event, from its categories and title together. */
export function eventTypeFor(categories: readonly string[], summary: string): EventType {
  const text = [...categories, summary].join(' | ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return TYPE_KEYWORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Google Calendar writes HTML into DESCRIPTION; we store plain text. */
export function plainText(description: string): string {
  if (!/<\/?(p|br|a|b|i|u|ul|ol|li|div|span|strong|em)\b[^>]*>/i.test(description)) return description;
  return description
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi, (_, href: string, label: string) =>
      label && label !== href ? `${label} (${href})` : href,
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const convert = (value: { local: string; timezone: string }, timezone: string) =>
  value.timezone === timezone
    ? value.local
    : formatLocal(instantToZoned(zonedToInstant(parseLocal(value.local), value.timezone), timezone));

/** The reason an event cannot be stored (its rule, zone or length), or undefined. */
function invalid(input: EventInput): string | undefined {
  try {
    eventWindow(input);
    return undefined;
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
    return error.message;
  }
}

/** The events to write, after folding occurrence overrides into their series; the rest skipped with a reason. */
function planEvents(records: IcsEventRecord[], source: string, skipped: IcsProblem[]): EventInput[] {
  const series = new Map<string, EventInput>();
  /** UID → why its series is not imported: overrides of it are skipped too. */
  const refused = new Map(skipped.filter((problem) => problem.uid).map((problem) => [problem.uid, problem.reason]));
  const overrides: IcsEventRecord[] = [];
  const inputs: EventInput[] = [];
  const skip = (uid: string, reason: string) => skipped.push({ uid, reason });
  const toInput = (record: IcsEventRecord, uid: string): EventInput => ({
    uid,
    type: eventTypeFor(record.categories, record.summary),
    title: record.summary || '(untitled)',
    description: plainText(record.description ?? ''),
    locationText: record.location ?? null,
    timezone: record.dtstart.timezone,
    dtstart: record.dtstart.local,
    durationMinutes: record.durationMinutes,
    rrule: record.rrule ?? null,
    exdates: record.exdates,
    registrationMode: 'none',
    // A URL property that is not a web address (javascript:, data:) is left out, not followed by visitors.
    registrationUrl: webUrl(record.url) ?? null,
    status: record.status,
    source,
  });
  for (const record of records) {
    if (record.recurrenceId) {
      overrides.push(record);
      continue;
    }
    const input = toInput(record, record.uid);
    const reason = record.allDay
      ? 'All-day event: no start time (closures, exhibits)'
      : series.has(record.uid)
        ? 'The same UID appears twice'
        : invalid(input);
    if (reason) {
      skip(record.uid, reason);
      if (!series.has(record.uid)) refused.set(record.uid, reason);
      continue;
    }
    series.set(record.uid, input);
    inputs.push(input);
  }
  for (const override of overrides) {
    const parent = series.get(override.uid);
    if (!parent) {
      const why = refused.get(override.uid);
      skip(
        override.uid,
        why
          ? `A change to one session of a series that is not imported (${why})`
          : 'A change to one session (RECURRENCE-ID) of a series that is not in this file',
      );
      continue;
    }
    const originalStart = convert(override.recurrenceId!, parent.timezone);
    if (parent.rrule) parent.exdates = [...new Set([...(parent.exdates ?? []), originalStart])];
    // A cancelled occurrence of a series is just left out of it.
    if (parent.rrule && override.status === 'cancelled') continue;
    const moved = { ...toInput(override, `${override.uid}/${originalStart}`), rrule: null, exdates: [] };
    const reason = override.allDay ? 'All-day event: no start time (closures, exhibits)' : invalid(moved);
    if (reason) skip(moved.uid, reason);
    else inputs.push(moved);
  }
  return inputs;
}

/**
 * The known location a LOCATION text names: the whole text, or its start up to
 * a separator ("Main Library, 476 Fifth Ave", "Main Library - Room 2", but not
 * "Main Library Annex"); accents and case ignored. The longest name wins; two
 * locations with that name are ambiguous, so neither.
 */
async function findLocation(db: Db, text: string): Promise<string | null> {
  const rows = await db
    .selectFrom('locations')
    .select(['id', sql<number>`length(ww_fold(name))`.as('length')])
    .where(
      sql<boolean>`starts_with(ww_fold(${text}), ww_fold(name))
        AND substr(ww_fold(${text}), length(ww_fold(name)) + 1) ~ '^[[:space:]]*([,;:(/–—-]|$)'
        AND length(trim(name)) > 0`,
    )
    .orderBy(sql`length(ww_fold(name))`, 'desc')
    .execute();
  const longest = rows.filter((row) => Number(row.length) === Number(rows[0]?.length));
  return longest.length === 1 ? longest[0]!.id : null;
}

/** The columns an import writes: when none differs from the stored row, the event is unchanged. */
const IMPORTED_COLUMNS = [
  'type',
  'title',
  'description',
  'location_id',
  'location_text',
  'timezone',
  'dtstart',
  'duration_minutes',
  'rrule',
  'exdates',
  'registration_url',
  'status',
  'source',
] as const;
type ImportedRow = Pick<Selectable<EventTable>, (typeof IMPORTED_COLUMNS)[number]>;
const importedFields = (row: ImportedRow) => JSON.stringify(IMPORTED_COLUMNS.map((column) => row[column]));

/** Imports every event of an iCalendar text in one transaction; a file that is not iCalendar throws IcsSyntaxError. */
export async function importIcs(
  db: Kysely<Database>,
  input: string | Uint8Array,
  options: ImportIcsOptions,
): Promise<ImportIcsResult> {
  const calendar = parseIcs(input, { defaultTimezone: options.defaultTimezone });
  const skipped = [...calendar.problems];
  const planned = planEvents(calendar.events, options.source ?? 'ics', skipped);
  const result: ImportIcsResult = { created: 0, updated: 0, unchanged: 0, skipped, warnings: calendar.warnings };
  await db.transaction().execute(async (tx) => {
    const locations = new Map<string, string | null>();
    for (const plan of planned) {
      const text = plan.locationText;
      if (text && !locations.has(text)) locations.set(text, await findLocation(tx, text));
      const locationId = text ? locations.get(text)! : null;
      const event: EventInput = { ...plan, locationId, locationText: locationId ? null : (text ?? null) };
      const stored = await tx
        .selectFrom('events')
        .selectAll()
        .where('id', '=', eventIdForUid(event.uid))
        .executeTakeFirst();
      if (stored) {
        Object.assign(event, keptFields(stored));
        if (importedFields(stored) === importedFields(asRow(event))) {
          result.unchanged++;
          continue;
        }
      }
      const { created } = await upsertEvent(tx, event);
      if (created) result.created++;
      else result.updated++;
    }
  });
  return result;
}

/** Fields no export carries: keep what an editor stored. */
const keptFields = (stored: Selectable<EventTable>): Partial<EventInput> => ({
  organizationId: stored.organization_id,
  onlineUrl: stored.online_url,
  organizer: stored.organizer,
  accessibility: stored.accessibility,
  cost: stored.cost,
  free: stored.is_free,
  languages: stored.language_codes,
  capacity: stored.capacity,
  registrationMode: stored.registration_mode as EventInput['registrationMode'],
  sourceLocale: stored.source_locale,
});

const asRow = (event: EventInput): ImportedRow => ({
  type: event.type,
  title: event.title,
  description: event.description ?? '',
  location_id: event.locationId ?? null,
  location_text: event.locationText ?? null,
  timezone: event.timezone,
  dtstart: event.dtstart,
  duration_minutes: event.durationMinutes,
  rrule: event.rrule ?? null,
  exdates: event.exdates ?? [],
  registration_url: event.registrationUrl ?? null,
  status: event.status ?? 'scheduled',
  source: event.source ?? 'api',
});
