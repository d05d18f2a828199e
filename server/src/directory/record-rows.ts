import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ServiceAvailability } from '../db/schema.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from './taxonomy.js';
import type { TranslationRow } from './translate.js';

/** A place as the directory shows it: its row and its (first, physical if any) address. */
export interface LocationWithAddress {
  id: string;
  name: string;
  description: string | null;
  latitude: number | null;
  longitude: number | null;
  timezone: string;
  is_corner: boolean;
  corner_description: string | null;
  accessibility: string | null;
  transportation: string | null;
  source_locale: string;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  state_province: string | null;
  postal_code: string | null;
  country: string | null;
}

/** What a page of service records is made from: the rows of each table, for the page's services only. */
export interface RecordRows {
  services: {
    id: string;
    name: string;
    description: string;
    url: string | null;
    email: string | null;
    source_locale: string;
    last_verified: string | null;
    availability: ServiceAvailability;
    availability_since: string | null;
    availability_until: string | null;
    eligibility_description: string | null;
    fees_description: string | null;
    application_process: string | null;
    organization_id: string;
    organization_name: string;
    organization_locale: string;
  }[];
  terms: { link_id: string; value: string | null; id: string; code: string; name: string; taxonomy_id: string }[];
  languages: { service_id: string; code: string; kind: Selectable<Database['languages']>['kind'] }[];
  placements: (LocationWithAddress & { service_id: string })[];
  phones: { id: string; service_id: string; number: string; description: string | null; languages: string[] }[];
  schedules: {
    id: string;
    service_id: string;
    location_id: string | null;
    freq: string | null;
    byday: string | null;
    opens_at: string | null;
    closes_at: string | null;
    timezone: string;
    description: string | null;
  }[];
  documents: { id: string; service_id: string; document: string }[];
  /** Every translation in `locales` of every text the rows above hold. */
  translations: TranslationRow[];
}

/**
 * The rows of a page of records in one statement, as one JSON value: one round trip and one connection however many
 * tables a record spans (it was eight queries, seven at once, which took seven of the pool's connections per page).
 */
export async function loadRecordRows(
  db: Kysely<Database>,
  ids: readonly string[],
  locales: readonly string[],
  detail: boolean,
): Promise<RecordRows> {
  // Both drivers parse json into its value.
  const { rows } = await sql<{ rows: RecordRows }>`
    WITH page AS (SELECT unnest(${[...ids]}::uuid[]) AS id),
    svc AS (
      SELECT s.id, s.name, s.description, s.url, s.email, s.source_locale, s.last_verified, s.availability,
        s.availability_since, s.availability_until, s.eligibility_description, s.fees_description, s.application_process,
        o.id AS organization_id, o.name AS organization_name, o.source_locale AS organization_locale
      FROM services s JOIN organizations o ON o.id = s.organization_id
      WHERE s.id IN (SELECT id FROM page)),
    terms AS (
      SELECT a.link_id, a.value, t.id, t.code, t.name, t.taxonomy_id
      FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
      WHERE a.link_id IN (SELECT id FROM page) AND t.taxonomy_id IN (${TOPICS_TAXONOMY_ID}, ${BADGES_TAXONOMY_ID})),
    langs AS (SELECT service_id, code, kind FROM languages WHERE service_id IN (SELECT id FROM page)),
    -- One address per place (HSDS allows several): the physical one first.
    places AS (
      SELECT sal.service_id, l.id, l.name, l.description, l.latitude, l.longitude, l.timezone, l.is_corner,
        l.corner_description, l.accessibility, l.transportation, l.source_locale,
        ad.address_1, ad.address_2, ad.city, ad.state_province, ad.postal_code, ad.country
      FROM service_at_location sal JOIN locations l ON l.id = sal.location_id
      LEFT JOIN LATERAL (
        SELECT * FROM addresses WHERE location_id = l.id ORDER BY address_type = 'physical' DESC LIMIT 1
      ) ad ON true
      WHERE sal.service_id IN (SELECT id FROM page)),
    phones_ AS (
      SELECT p.id, p.service_id, p.number, p.description,
        ARRAY(SELECT l.code FROM languages l WHERE l.phone_id = p.id ORDER BY l.code) AS languages
      FROM phones p WHERE p.service_id IN (SELECT id FROM page)),
    rules AS (
      SELECT id, service_id, location_id, freq, byday, opens_at, closes_at, timezone, description
      FROM schedules WHERE service_id IN (SELECT id FROM page)),
    docs AS (
      SELECT id, service_id, document FROM required_documents
      WHERE ${detail} AND service_id IN (SELECT id FROM page)),
    texts AS (
      SELECT entity_id, field, locale, value, method FROM translations
      -- An array, not IN (subquery): the planner then reads the (entity_id, locale) index for the few ids.
      WHERE locale = ANY(${[...locales]}::text[]) AND entity_id = ANY(ARRAY(
        SELECT id FROM page UNION SELECT organization_id FROM svc UNION SELECT id FROM terms UNION SELECT id FROM places
        UNION SELECT id FROM phones_ UNION SELECT id FROM rules UNION SELECT id FROM docs)))
    SELECT json_build_object(
      'services', (SELECT coalesce(json_agg(x), '[]') FROM svc x),
      'terms', (SELECT coalesce(json_agg(x ORDER BY x.code), '[]') FROM terms x),
      'languages', (SELECT coalesce(json_agg(x ORDER BY x.code), '[]') FROM langs x),
      'placements', (SELECT coalesce(json_agg(x ORDER BY x.name), '[]') FROM places x),
      'phones', (SELECT coalesce(json_agg(x), '[]') FROM phones_ x),
      'schedules', (SELECT coalesce(json_agg(x ORDER BY x.opens_at), '[]') FROM rules x),
      'documents', (SELECT coalesce(json_agg(x), '[]') FROM docs x),
      'translations', (SELECT coalesce(json_agg(x), '[]') FROM texts x)
    ) AS rows`.execute(db);
  return rows[0]!.rows;
}
