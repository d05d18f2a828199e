import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  attributesOf,
  groupBy,
  languagesBy,
  locationsById,
  opt,
  phonesBy,
  schedulesBy,
  taxonomy,
  termsById,
} from './export-parts.js';
import type {
  HsdsOrganizationFullT,
  HsdsOrganizationT,
  HsdsServiceBriefT,
  HsdsServiceT,
  HsdsTaxonomyT,
  HsdsTaxonomyTermT,
} from './schemas.js';
import { webUrl } from '../lib/web-url.js';

type Db = Kysely<Database>;
const STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/** The HSDS API page envelope around one page of contents. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** One page of ids of a table, by name then id, with the table's row count. */
export async function pageIds(
  db: Db,
  table: 'services' | 'organizations' | 'taxonomies' | 'taxonomy_terms',
  page: number,
  perPage: number,
): Promise<{ ids: string[]; total: number }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom(table as 'services')
      .select('id')
      .orderBy('name')
      .orderBy('id')
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute(),
    db
      .selectFrom(table as 'services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}

const organization = (o: Selectable<Database['organizations']>): HsdsOrganizationT => ({
  id: o.id,
  name: o.name,
  description: o.description,
  email: opt(o.email),
  website: opt(webUrl(o.url)),
});

/** Services' own fields with their organization, in the order of `ids`. */
export async function hsdsServiceBriefs(db: Db, ids: string[]): Promise<HsdsServiceBriefT[]> {
  if (!ids.length) return [];
  const services = await db.selectFrom('services').selectAll().where('id', 'in', ids).execute();
  if (!services.length) return [];
  const organizations = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', 'in', [...new Set(services.map((s) => s.organization_id))])
    .execute();
  const orgs = new Map(organizations.map((o) => [o.id, organization(o)]));
  const byId = new Map(services.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    return [
      {
        id: s.id,
        organization_id: s.organization_id,
        name: s.name,
        alternate_name: opt(s.alternate_name),
        description: s.description,
        url: opt(webUrl(s.url)),
        email: opt(s.email),
        status: STATUSES.find((status) => status === s.status) ?? 'inactive',
        application_process: opt(s.application_process),
        fees_description: opt(s.fees_description),
        eligibility_description: opt(s.eligibility_description),
        assured_date: opt(s.last_verified),
        // The schema types this generated timestamp as a column type; the driver gives a Date.
        last_modified: new Date(s.last_modified as unknown as Date).toISOString(),
        organization: orgs.get(s.organization_id),
      },
    ];
  });
}

/** Services in the service_full shape, in the order of `ids`. */
export async function hsdsServices(db: Db, ids: string[], withOrganization = true): Promise<HsdsServiceT[]> {
  const briefs = await hsdsServiceBriefs(db, ids);
  if (!briefs.length) return [];
  const [phones, schedules, languages, placements, documents, attributes] = await Promise.all([
    phonesBy(db, 'service_id', ids),
    schedulesBy(db, 'service_id', ids),
    languagesBy(db, 'service_id', ids),
    db
      .selectFrom('service_at_location as sal')
      .innerJoin('locations as l', 'l.id', 'sal.location_id')
      .select(['sal.id', 'sal.service_id', 'sal.location_id'])
      .where('sal.service_id', 'in', ids)
      .orderBy('l.name')
      .orderBy('sal.id')
      .execute(),
    db.selectFrom('required_documents').selectAll().where('service_id', 'in', ids).orderBy('id').execute(),
    attributesOf(db, ids),
  ]);
  const [locations, placementSchedules] = await Promise.all([
    locationsById(db, [...new Set(placements.map((p) => p.location_id))]),
    schedulesBy(
      db,
      'service_at_location_id',
      placements.map((p) => p.id),
    ),
  ]);
  const placementsOf = groupBy(placements, (p) => p.service_id);
  const documentsOf = groupBy(documents, (d) => d.service_id);
  return briefs.map(({ organization, ...brief }) => ({
    ...brief,
    organization: withOrganization ? organization : undefined,
    phones: phones.get(brief.id) ?? [],
    schedules: schedules.get(brief.id) ?? [],
    service_areas: [],
    service_at_locations: (placementsOf.get(brief.id) ?? []).map((p) => ({
      id: p.id,
      service_id: p.service_id,
      location_id: p.location_id,
      contacts: [],
      phones: [],
      schedules: placementSchedules.get(p.id) ?? [],
      location: locations.get(p.location_id)!,
    })),
    languages: languages.get(brief.id) ?? [],
    funding: [],
    cost_options: [],
    required_documents: (documentsOf.get(brief.id) ?? []).map((d) => ({
      id: d.id,
      service_id: d.service_id,
      document: d.document,
      uri: opt(d.uri),
    })),
    contacts: [],
    attributes: attributes.get(brief.id) ?? [],
    metadata: [],
  }));
}

/** Organizations' own fields, in the order of `ids`. */
export async function hsdsOrganizationBriefs(db: Db, ids: string[]): Promise<HsdsOrganizationT[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((o) => [o.id, organization(o)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Organizations in the organization_full shape: with their phones, locations and full services. */
export async function hsdsOrganizations(db: Db, ids: string[]): Promise<HsdsOrganizationFullT[]> {
  const briefs = await hsdsOrganizationBriefs(db, ids);
  if (!briefs.length) return [];
  const [phones, locationRows, serviceRows] = await Promise.all([
    phonesBy(db, 'organization_id', ids),
    db
      .selectFrom('locations')
      .select(['id', 'organization_id'])
      .where('organization_id', 'in', ids)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('services')
      .select(['id', 'organization_id'])
      .where('organization_id', 'in', ids)
      .orderBy('name')
      .execute(),
  ]);
  const [locations, services] = await Promise.all([
    locationsById(
      db,
      locationRows.map((l) => l.id),
    ),
    hsdsServices(
      db,
      serviceRows.map((s) => s.id),
      false,
    ),
  ]);
  const locationsOf = groupBy(locationRows, (l) => l.organization_id);
  const servicesOf = groupBy(services, (s) => s.organization_id);
  return briefs.map((org) => ({
    ...org,
    funding: [],
    contacts: [],
    phones: phones.get(org.id) ?? [],
    locations: (locationsOf.get(org.id) ?? []).map((l) => locations.get(l.id)!),
    programs: [],
    organization_identifiers: [],
    services: servicesOf.get(org.id) ?? [],
  }));
}

export async function hsdsTaxonomies(db: Db, ids: string[]): Promise<HsdsTaxonomyT[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('taxonomies').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((t) => [t.id, taxonomy(t)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function hsdsTaxonomyTerms(db: Db, ids: string[]): Promise<HsdsTaxonomyTermT[]> {
  const terms = await termsById(db, ids);
  return ids.flatMap((id) => terms.get(id) ?? []);
}
