import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type {
  HsdsAttributeT,
  HsdsLanguageT,
  HsdsLocationT,
  HsdsPhoneT,
  HsdsScheduleT,
  HsdsTaxonomyT,
  HsdsTaxonomyTermT,
} from './schemas.js';
import { stableId } from '../seed/ids.js';

/** HSDS has no nulls: absent values are left out. */
export const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
function languageName(code: string): string | undefined {
  try {
    const name = languageNames.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Hours from UTC for HSDS `timezone`, which holds one number: fixed zones
 * (UTC, Etc/GMT-3) give theirs; zones with daylight saving time give the one in force now.
 */
export function utcOffsetHours(zone: string, at = new Date()): number | undefined {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
    if (!match) return undefined;
    if (!match[1]) return 0;
    return (match[1] === '-' ? -1 : 1) * (Number(match[2]) + Number(match[3]) / 60);
  } catch {
    return undefined;
  }
}

type LanguageColumn = 'service_id' | 'location_id' | 'phone_id';
export async function languagesBy(db: Kysely<Database>, column: LanguageColumn, ids: string[]) {
  if (!ids.length) return new Map<string, HsdsLanguageT[]>();
  const rows = await db
    .selectFrom('languages')
    .selectAll()
    .where(column, 'in', ids)
    .orderBy('code')
    .orderBy('id')
    .execute();
  return mapGroups(
    groupBy(rows, (l) => l[column]),
    (l): HsdsLanguageT => ({
      id: l.id,
      service_id: opt(l.service_id),
      location_id: opt(l.location_id),
      phone_id: opt(l.phone_id),
      name: languageName(l.code),
      code: l.code,
      // Our staff/interpretation kind has no HSDS field; the note carries it (and import reads it back).
      note:
        l.kind === 'interpretation' && !/interpret/i.test(l.note ?? '')
          ? ['Interpretation', l.note].filter(Boolean).join(': ')
          : opt(l.note),
    }),
  );
}

type PhoneColumn = 'organization_id' | 'service_id' | 'location_id';
export async function phonesBy(db: Kysely<Database>, column: PhoneColumn, ids: string[]) {
  if (!ids.length) return new Map<string, HsdsPhoneT[]>();
  const rows = await db.selectFrom('phones').selectAll().where(column, 'in', ids).orderBy('id').execute();
  const languages = await languagesBy(
    db,
    'phone_id',
    rows.map((p) => p.id),
  );
  return mapGroups(
    groupBy(rows, (p) => p[column]),
    (p): HsdsPhoneT => ({
      id: p.id,
      organization_id: opt(p.organization_id),
      service_id: opt(p.service_id),
      location_id: opt(p.location_id),
      number: p.number,
      type: p.type,
      description: opt(p.description),
      languages: languages.get(p.id) ?? [],
    }),
  );
}

type ScheduleColumn = 'service_id' | 'location_id' | 'service_at_location_id';
export async function schedulesBy(db: Kysely<Database>, column: ScheduleColumn, ids: string[]) {
  if (!ids.length) return new Map<string, HsdsScheduleT[]>();
  const rows = await db.selectFrom('schedules').selectAll().where(column, 'in', ids).orderBy('id').execute();
  return mapGroups(
    groupBy(rows, (s) => s[column]),
    (s): HsdsScheduleT => ({
      id: s.id,
      service_id: opt(s.service_id),
      location_id: opt(s.location_id),
      service_at_location_id: opt(s.service_at_location_id),
      valid_from: opt(s.valid_from),
      valid_to: opt(s.valid_to),
      timezone: utcOffsetHours(s.timezone),
      freq: s.freq === 'WEEKLY' || s.freq === 'MONTHLY' ? s.freq : undefined,
      interval: opt(s.interval),
      byday: opt(s.byday),
      // We keep HH:MM; HSDS writes HH:MM:SS.
      opens_at: s.opens_at ? `${s.opens_at}:00` : undefined,
      closes_at: s.closes_at ? `${s.closes_at}:00` : undefined,
      description: opt(s.description),
    }),
  );
}

/** Locations with their addresses, languages, phones, schedules and accessibility. */
export async function locationsById(db: Kysely<Database>, ids: string[]): Promise<Map<string, HsdsLocationT>> {
  if (!ids.length) return new Map();
  const [rows, addresses, languages, phones, schedules] = await Promise.all([
    db.selectFrom('locations').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('addresses').selectAll().where('location_id', 'in', ids).orderBy('id').execute(),
    languagesBy(db, 'location_id', ids),
    phonesBy(db, 'location_id', ids),
    schedulesBy(db, 'location_id', ids),
  ]);
  const addressesOf = groupBy(addresses, (a) => a.location_id);
  const kinds = ['physical', 'postal', 'virtual'] as const;
  const kind = (value: string) => kinds.find((k) => k === value) ?? 'physical';
  return new Map(
    rows.map((l) => [
      l.id,
      {
        id: l.id,
        location_type: kind(l.location_type),
        organization_id: opt(l.organization_id),
        name: l.name,
        description: opt(l.description),
        transportation: opt(l.transportation),
        latitude: opt(l.latitude),
        longitude: opt(l.longitude),
        languages: languages.get(l.id) ?? [],
        addresses: (addressesOf.get(l.id) ?? []).map((a) => ({
          id: a.id,
          location_id: a.location_id,
          address_1: a.address_1,
          address_2: opt(a.address_2),
          city: a.city,
          state_province: a.state_province,
          postal_code: a.postal_code,
          country: a.country,
          address_type: kind(a.address_type),
        })),
        contacts: [],
        // One text here; HSDS wants objects with ids, so the id derives from the location's.
        accessibility: l.accessibility
          ? [{ id: stableId(`accessibility:${l.id}`), location_id: l.id, description: l.accessibility }]
          : [],
        phones: phones.get(l.id) ?? [],
        schedules: schedules.get(l.id) ?? [],
      },
    ]),
  );
}

/** Terms with the taxonomy each belongs to. */
export async function termsById(db: Kysely<Database>, ids: string[]): Promise<Map<string, HsdsTaxonomyTermT>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('taxonomy_terms as t')
    .leftJoin('taxonomies as x', 'x.id', 't.taxonomy_id')
    .select([
      't.id',
      't.code',
      't.name',
      't.description',
      't.parent_id',
      't.taxonomy_id',
      'x.name as taxonomy_name',
      'x.description as taxonomy_description',
      'x.uri as taxonomy_uri',
      'x.version as taxonomy_version',
    ])
    .where('t.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((t) => [
      t.id,
      {
        id: t.id,
        code: t.code,
        name: t.name,
        description: t.description ?? '',
        parent_id: opt(t.parent_id),
        taxonomy: opt(t.taxonomy_name),
        taxonomy_id: opt(t.taxonomy_id),
        taxonomy_detail:
          t.taxonomy_id && t.taxonomy_name !== null
            ? taxonomy({
                id: t.taxonomy_id,
                name: t.taxonomy_name,
                description: t.taxonomy_description,
                uri: t.taxonomy_uri,
                version: t.taxonomy_version,
              })
            : undefined,
      },
    ]),
  );
}

export const taxonomy = (t: Database['taxonomies']): HsdsTaxonomyT => ({
  id: t.id,
  name: t.name,
  description: t.description ?? '',
  uri: opt(t.uri),
  version: opt(t.version),
});

/** Attributes linked to the given rows, each with its term. */
export async function attributesOf(db: Kysely<Database>, linkIds: string[]) {
  if (!linkIds.length) return new Map<string, HsdsAttributeT[]>();
  const rows = await db.selectFrom('attributes').selectAll().where('link_id', 'in', linkIds).orderBy('id').execute();
  const terms = await termsById(db, [...new Set(rows.map((a) => a.taxonomy_term_id))]);
  return mapGroups(
    groupBy(rows, (a) => a.link_id),
    (a): HsdsAttributeT => ({
      id: a.id,
      link_id: a.link_id,
      link_type: opt(a.link_type),
      link_entity: a.link_entity,
      taxonomy_term_id: a.taxonomy_term_id,
      value: opt(a.value),
      taxonomy_term: terms.get(a.taxonomy_term_id)!,
    }),
  );
}

export function mapGroups<T, U>(groups: Map<string, T[]>, map: (row: T) => U): Map<string, U[]> {
  return new Map([...groups].map(([key, rows]) => [key, rows.map(map)]));
}
