import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, EventTable } from '../db/schema.js';

export type EventRow = Selectable<EventTable>;

export interface EventQuery {
  from: Date;
  to: Date;
  locationId?: string | undefined;
  q?: string | undefined;
  /** Only this event. */
  id?: string | undefined;
}

export function findEventRow(db: Kysely<Database>, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Events that may have an occurrence in [from, to): their first start is
 * before `to` and their last end (if they end) after `from`. Type and
 * language filters are applied after expansion so that facets can count
 * every type and language in the window.
 */
export async function findEventRows(db: Kysely<Database>, query: EventQuery): Promise<EventRow[]> {
  let select = db
    .selectFrom('events')
    .selectAll()
    .where('first_start', '<', query.to)
    .where((eb) => eb.or([eb('last_end', 'is', null), eb('last_end', '>', query.from)]));
  if (query.id) select = select.where('id', '=', query.id);
  if (query.locationId) select = select.where('location_id', '=', query.locationId);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Title and description in the source language or any translation, accents and case folded.
    select = select.where((eb) =>
      eb.or([
        eb(
          sql`ww_fold(title || ' ' || description || ' ' || coalesce(location_text, ''))`,
          'like',
          sql`ww_fold(${pattern})`,
        ),
        eb.exists(
          eb
            .selectFrom('translations as t')
            .select(sql`1`.as('one'))
            .whereRef('t.entity_id', '=', 'events.id')
            .where('t.entity', '=', 'event')
            .where(sql`ww_fold(t.value)`, 'like', sql`ww_fold(${pattern})`),
        ),
      ]),
    );
  }
  return select.orderBy('first_start').orderBy('id').execute();
}

/** Places taken and people waiting, per event and occurrence key (`series` or a local start). */
export type CapacityIndex = Map<string, Map<string, { taken: number; waitlisted: number }>>;

export async function loadCapacity(db: Kysely<Database>, eventIds: readonly string[]): Promise<CapacityIndex> {
  const index: CapacityIndex = new Map();
  if (eventIds.length === 0) return index;
  const rows = await db
    .selectFrom('event_capacity')
    .select(['event_id', 'occurrence_key', 'taken', 'waitlisted'])
    .where('event_id', 'in', eventIds)
    .execute();
  for (const row of rows) {
    let keys = index.get(row.event_id);
    if (!keys) index.set(row.event_id, (keys = new Map()));
    keys.set(row.occurrence_key, { taken: Number(row.taken), waitlisted: Number(row.waitlisted) });
  }
  return index;
}

export interface LocationRow {
  id: string;
  name: string;
  source_locale: string;
  latitude: number | null;
  longitude: number | null;
  timezone: string;
  is_corner: boolean;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  state_province: string | null;
  postal_code: string | null;
  country: string | null;
}

export async function loadLocations(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, LocationRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('locations as l')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('addresses')
          .distinctOn('location_id')
          .selectAll()
          .orderBy('location_id')
          .orderBy(sql`address_type = 'physical'`, 'desc')
          .as('ad'),
      (join) => join.onRef('ad.location_id', '=', 'l.id'),
    )
    .select([
      'l.id',
      'l.name',
      'l.source_locale',
      'l.latitude',
      'l.longitude',
      'l.timezone',
      'l.is_corner',
      'ad.address_1',
      'ad.address_2',
      'ad.city',
      'ad.state_province',
      'ad.postal_code',
      'ad.country',
    ])
    .where('l.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row as LocationRow]));
}
