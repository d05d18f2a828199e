import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appliesOn, openAt, type ScheduleRule } from './schedule.js';
import { loadTranslations, pick, recordTexts } from './translate.js';
import type { LocationWithAddress } from './record-rows.js';

export interface LocationFilters {
  /** Only libraries' corners (true), or only other places (false). */
  corner?: boolean | undefined;
  id?: string | undefined;
  /** Sorts nearest first and gives each its distance. */
  near?: { latitude: number; longitude: number } | undefined;
  limit: number;
}

interface LocationRow extends LocationWithAddress {
  service_count: number;
  distance_km: number | null;
}

/** Places where services are delivered, in the language asked for, with today's hours; nearest first when `near` is given. */
export async function findLocations(db: Kysely<Database>, locales: readonly string[], filters: LocationFilters) {
  const { near } = filters;
  const distance = near
    ? sql`CASE WHEN l.latitude IS NULL THEN NULL ELSE ww_distance_km(${near.latitude}::float8, ${near.longitude}::float8, l.latitude, l.longitude) END`
    : sql`NULL::float8`;
  const where = [
    filters.corner === undefined ? sql`true` : sql`l.is_corner = ${filters.corner}`,
    filters.id === undefined ? sql`true` : sql`l.id = ${filters.id}`,
  ];
  const rows = await sql<LocationRow>`
    SELECT l.id, l.name, l.description, l.latitude, l.longitude, l.timezone, l.is_corner, l.corner_description,
      l.accessibility, l.transportation, l.source_locale,
      a.address_1, a.address_2, a.city, a.state_province, a.postal_code, a.country,
      (SELECT count(*)::int FROM service_at_location sal JOIN services s ON s.id = sal.service_id
        WHERE sal.location_id = l.id AND s.status = 'active') AS service_count,
      ${distance} AS distance_km
    FROM locations l
    LEFT JOIN LATERAL (SELECT * FROM addresses ad WHERE ad.location_id = l.id
      ORDER BY (ad.address_type = 'physical') DESC LIMIT 1) a ON true
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY distance_km ASC NULLS LAST, l.name ASC LIMIT ${filters.limit}`.execute(db);
  const ids = rows.rows.map((r) => r.id);
  const [translations, languages, schedules] = await Promise.all([
    loadTranslations(db, 'location', ids, locales),
    ids.length
      ? db
          .selectFrom('languages')
          .select(['location_id', 'code', 'kind'])
          .where('location_id', 'in', ids)
          .orderBy('code')
          .execute()
      : Promise.resolve([]),
    ownHours(db, ids),
  ]);
  const now = new Date();
  return rows.rows.map((r) => {
    const texts = recordTexts(translations, locales);
    const text = (field: string, value: string | null) => texts.text(r.id, field, value, r.source_locale);
    // What the texts are in: the corner's description when there is one, else the name.
    const main = pick(
      translations,
      r.id,
      r.corner_description ? 'corner_description' : 'name',
      r.corner_description ?? r.name,
      r.source_locale,
      locales,
    )!;
    const description = text('description', r.description);
    const cornerDescription = text('corner_description', r.corner_description);
    const accessibility = text('accessibility', r.accessibility);
    const transportation = text('transportation', r.transportation);
    return {
      id: r.id,
      content: {
        locale: main.locale,
        method: main.method,
        fallback: main.locale !== locales[0],
        fallback_fields: texts.fallbackFields(),
      },
      // A name is written as its owner writes it, in the best language there is, never counted as a fallback.
      name: pick(translations, r.id, 'name', r.name, r.source_locale, locales)?.value ?? r.name,
      description,
      address: r.address_1
        ? {
            address_1: r.address_1,
            address_2: r.address_2,
            city: r.city ?? '',
            state_province: r.state_province ?? '',
            postal_code: r.postal_code ?? '',
            country: r.country ?? '',
          }
        : null,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
      timezone: r.timezone,
      corner: r.is_corner,
      corner_description: cornerDescription,
      accessibility,
      transportation,
      languages: languages.filter((l) => l.location_id === r.id).map((l) => ({ code: l.code, kind: l.kind })),
      service_count: Number(r.service_count),
      distance_km: r.distance_km === null ? null : Math.round(Number(r.distance_km) * 100) / 100,
      ...hoursToday(
        schedules.filter((rule) => rule.location_id === r.id),
        now,
      ),
    };
  });
}

/** Schedules at these places of services run by each place's own organization (a library's corner, its desks). */
function ownHours(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('schedules as sc')
    .innerJoin('services as s', 's.id', 'sc.service_id')
    .innerJoin('locations as l', 'l.id', 'sc.location_id')
    .select(['sc.location_id', 'sc.freq', 'sc.byday', 'sc.opens_at', 'sc.closes_at', 'sc.timezone'])
    .where('sc.location_id', 'in', ids)
    .whereRef('s.organization_id', '=', 'l.organization_id')
    .where('s.status', '=', 'active')
    .execute();
}

function hoursToday(rules: ScheduleRule[], now: Date) {
  const today = rules.filter((rule) => rule.opens_at && rule.closes_at && appliesOn(rule, now));
  const hours = [
    ...new Map(
      today.map((r) => [`${r.opens_at}-${r.closes_at}`, { opens_at: r.opens_at!, closes_at: r.closes_at! }]),
    ).values(),
  ].sort((a, b) => a.opens_at.localeCompare(b.opens_at));
  return { hours_today: hours, open_now: rules.length === 0 ? null : rules.some((rule) => openAt(rule, now)) };
}
