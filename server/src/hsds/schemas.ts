import { z } from '@hono/zod-openapi';

/**
 * The HSDS 3.0 objects we serve, as zod schemas: the types of export.ts and the
 * OpenAPI of routes/hsds.ts. HSDS has no nulls: a value we lack is left out.
 * https://docs.openreferral.org/en/latest/hsds/schema_reference.html
 */
const id = z.string().openapi({ format: 'uuid' });
const text = z.string().optional();
/** HSDS lists for objects we keep no table of (contacts, funding, ...): always empty here. */
const notHeld = (what: string) =>
  z
    .array(z.object({ id }))
    .max(0)
    .openapi({ description: `Always empty: this directory keeps no ${what}.` });

export const HsdsLanguage = z
  .object({
    id,
    service_id: id.optional(),
    location_id: id.optional(),
    phone_id: id.optional(),
    name: text,
    code: z.string(),
    note: text,
  })
  .openapi('HsdsLanguage');

export const HsdsPhone = z
  .object({
    id,
    organization_id: id.optional(),
    service_id: id.optional(),
    location_id: id.optional(),
    number: z.string(),
    type: text,
    description: text,
    languages: z.array(HsdsLanguage),
  })
  .openapi('HsdsPhone');

export const HsdsSchedule = z
  .object({
    id,
    service_id: id.optional(),
    location_id: id.optional(),
    service_at_location_id: id.optional(),
    valid_from: text,
    valid_to: text,
    timezone: z.number().optional().openapi({ description: 'Hours from UTC, in force now.' }),
    freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
    interval: z.number().optional(),
    byday: text,
    opens_at: text,
    closes_at: text,
    description: text,
  })
  .openapi('HsdsSchedule');

export const HsdsAddress = z
  .object({
    id,
    location_id: id,
    address_1: z.string(),
    address_2: text,
    city: z.string(),
    state_province: z.string(),
    postal_code: z.string(),
    country: z.string(),
    address_type: z.enum(['physical', 'postal', 'virtual']),
  })
  .openapi('HsdsAddress');

export const HsdsLocation = z
  .object({
    id,
    location_type: z.enum(['physical', 'postal', 'virtual']),
    organization_id: id.optional(),
    name: z.string(),
    description: text,
    transportation: text,
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    languages: z.array(HsdsLanguage),
    addresses: z.array(HsdsAddress),
    contacts: notHeld('contacts'),
    accessibility: z.array(z.object({ id, location_id: id, description: z.string() })),
    phones: z.array(HsdsPhone),
    schedules: z.array(HsdsSchedule),
  })
  .openapi('HsdsLocation');

export const HsdsTaxonomy = z
  .object({ id, name: z.string(), description: z.string(), uri: text, version: text })
  .openapi('HsdsTaxonomy');

export const HsdsTaxonomyTerm = z
  .object({
    id,
    code: z.string(),
    name: z.string(),
    description: z.string(),
    parent_id: id.optional(),
    taxonomy: text.openapi({ description: 'The name of the taxonomy.' }),
    taxonomy_id: id.optional(),
    taxonomy_detail: HsdsTaxonomy.optional(),
  })
  .openapi('HsdsTaxonomyTerm');

export const HsdsAttribute = z
  .object({
    id,
    link_id: id,
    link_type: text,
    link_entity: z.string(),
    taxonomy_term_id: id,
    value: text,
    taxonomy_term: HsdsTaxonomyTerm,
  })
  .openapi('HsdsAttribute');

export const HsdsOrganization = z
  .object({ id, name: z.string(), description: z.string(), email: text, website: text })
  .openapi('HsdsOrganization');

/** A service's own fields, as in HSDS list pages. */
export const HsdsServiceBrief = z
  .object({
    id,
    organization_id: id,
    name: z.string(),
    alternate_name: text,
    description: z.string(),
    url: text,
    email: text,
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
    application_process: text,
    fees_description: text,
    eligibility_description: text,
    assured_date: text.openapi({ description: 'When the record was last verified.' }),
    last_modified: z.string().openapi({ format: 'date-time' }),
    organization: HsdsOrganization.optional(),
  })
  .openapi('HsdsServiceBrief');

export const HsdsServiceAtLocation = z
  .object({
    id,
    service_id: id,
    location_id: id,
    contacts: notHeld('contacts'),
    phones: notHeld('phones per service at a location'),
    schedules: z.array(HsdsSchedule),
    location: HsdsLocation,
  })
  .openapi('HsdsServiceAtLocation');

/** The service_full shape. */
export const HsdsService = HsdsServiceBrief.extend({
  phones: z.array(HsdsPhone),
  schedules: z.array(HsdsSchedule),
  service_areas: notHeld('service areas'),
  service_at_locations: z.array(HsdsServiceAtLocation),
  languages: z.array(HsdsLanguage),
  funding: notHeld('funding'),
  cost_options: notHeld('cost options'),
  required_documents: z.array(z.object({ id, service_id: id, document: z.string(), uri: text })),
  contacts: notHeld('contacts'),
  attributes: z.array(HsdsAttribute),
  metadata: notHeld('change metadata'),
}).openapi('HsdsService');

/** The organization_full shape. */
export const HsdsOrganizationFull = HsdsOrganization.extend({
  funding: notHeld('funding'),
  contacts: notHeld('contacts'),
  phones: z.array(HsdsPhone),
  locations: z.array(HsdsLocation),
  programs: notHeld('programs'),
  organization_identifiers: notHeld('organization identifiers'),
  services: z.array(HsdsService),
}).openapi('HsdsOrganizationFull');

/** The HSDS API page envelope. */
export const hsdsPage = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      total_items: z.number().int(),
      total_pages: z.number().int(),
      page_number: z.number().int(),
      size: z.number().int().openapi({ description: 'How many items this page holds.' }),
      first_page: z.boolean(),
      last_page: z.boolean(),
      empty: z.boolean(),
      contents: z.array(item),
    })
    .openapi(name);

export type HsdsLanguageT = z.infer<typeof HsdsLanguage>;
export type HsdsPhoneT = z.infer<typeof HsdsPhone>;
export type HsdsScheduleT = z.infer<typeof HsdsSchedule>;
export type HsdsLocationT = z.infer<typeof HsdsLocation>;
export type HsdsTaxonomyT = z.infer<typeof HsdsTaxonomy>;
export type HsdsTaxonomyTermT = z.infer<typeof HsdsTaxonomyTerm>;
export type HsdsAttributeT = z.infer<typeof HsdsAttribute>;
export type HsdsOrganizationT = z.infer<typeof HsdsOrganization>;
export type HsdsServiceBriefT = z.infer<typeof HsdsServiceBrief>;
export type HsdsServiceT = z.infer<typeof HsdsService>;
export type HsdsOrganizationFullT = z.infer<typeof HsdsOrganizationFull>;
