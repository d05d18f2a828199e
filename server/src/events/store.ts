import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { stableId } from '../seed/ids.js';
import { RecurrenceError, seriesWindow } from './recurrence.js';
import type { EventType, RegistrationMode } from './schemas.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Per-language texts of one field: `{ es: '…', bn: '…' }`, beside the source text. */
export type Translations = Partial<Record<string, string>>;

/** An event as seeds, imports and tests write it. */
export interface EventInput {
  uid: string;
  type: EventType;
  title: string;
  description?: string;
  organizationId?: string | null;
  locationId?: string | null;
  locationText?: string | null;
  onlineUrl?: string | null;
  organizer?: string | null;
  accessibility?: string | null;
  cost?: string | null;
  free?: boolean;
  languages?: string[];
  timezone: string;
  /** Local start, `YYYY-MM-DDTHH:MM`; with a trailing `Z`, a UTC start whose rule runs in UTC. */
  dtstart: string;
  durationMinutes: number;
  rrule?: string | null;
  exdates?: string[];
  capacity?: number | null;
  registrationMode?: RegistrationMode;
  registrationUrl?: string | null;
  status?: 'scheduled' | 'cancelled';
  source?: string;
  sourceLocale?: string;
  /** Translations per field (title, description, accessibility, cost, organizer). */
  translations?: Partial<Record<'title' | 'description' | 'accessibility' | 'cost' | 'organizer', Translations>>;
  /** How the translations were made; seeds are drafts, so machine. */
  translationMethod?: 'human' | 'machine';
}

export const eventIdForUid = (uid: string) => stableId(`event:${uid}`);

/** The first start and the last end of an event (null when it never ends), checking its rule and zone. */
export function eventWindow(input: Pick<EventInput, 'dtstart' | 'durationMinutes' | 'timezone' | 'rrule' | 'exdates'>) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: input.timezone });
  } catch {
    throw new RecurrenceError(`Unknown time zone ${input.timezone}`);
  }
  return seriesWindow(input);
}

/**
 * Creates or updates an event by UID (imports are idempotent), with its
 * translations. Returns its id and whether it was new.
 */
export async function upsertEvent(db: Db, input: EventInput): Promise<{ id: string; created: boolean }> {
  const id = eventIdForUid(input.uid);
  const { firstStart, lastEnd } = eventWindow(input);
  const row = {
    id,
    uid: input.uid,
    type: input.type,
    title: input.title,
    description: input.description ?? '',
    organization_id: input.organizationId ?? null,
    location_id: input.locationId ?? null,
    location_text: input.locationText ?? null,
    online_url: input.onlineUrl ?? null,
    organizer: input.organizer ?? null,
    accessibility: input.accessibility ?? null,
    cost: input.cost ?? null,
    is_free: input.free ?? true,
    language_codes: input.languages ?? [],
    timezone: input.timezone,
    dtstart: input.dtstart,
    duration_minutes: input.durationMinutes,
    rrule: input.rrule ?? null,
    exdates: input.exdates ?? [],
    capacity: input.capacity ?? null,
    registration_mode: input.registrationMode ?? 'none',
    registration_url: input.registrationUrl ?? null,
    status: input.status ?? 'scheduled',
    first_start: firstStart,
    last_end: lastEnd,
    source: input.source ?? 'api',
    source_locale: input.sourceLocale ?? 'en',
    last_modified: new Date(),
  };
  const existing = await db.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst();
  if (existing) {
    await db.updateTable('events').set(row).where('id', '=', id).execute();
  } else {
    await db.insertInto('events').values(row).execute();
  }
  const translations = Object.entries(input.translations ?? {}).flatMap(([field, values]) =>
    Object.entries(values ?? {})
      .filter(([locale, value]) => locale !== row.source_locale && value)
      .map(([locale, value]) => ({
        entity: 'event',
        entity_id: id,
        field,
        locale,
        value: value!,
        method: input.translationMethod ?? ('machine' as const),
      })),
  );
  if (translations.length > 0) {
    await db
      .insertInto('translations')
      .values(translations)
      .onConflict((oc) =>
        oc
          .columns(['entity', 'entity_id', 'field', 'locale'])
          .doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
      )
      .execute();
  }
  return { id, created: !existing };
}
