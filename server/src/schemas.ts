import { z } from '@hono/zod-openapi';

/**
 * The API's shapes, once: they validate requests, type the handlers and make
 * the OpenAPI document from which the widgets' client types are generated.
 */
export const ContentInfo = z
  .object({
    locale: z.string().openapi({ description: 'Language of the main texts (name, description).' }),
    method: z
      .enum(['source', 'human', 'machine'])
      .openapi({ description: 'Source text, or a human or machine translation.' }),
    fallback: z.boolean().openapi({ description: 'True when the texts are not in the first language asked for.' }),
    fallback_fields: z.array(z.string()).optional().openapi({
      description:
        'The other texts of the record that are not in the first language asked for either (their source, or a language further down the list), by field: `description`, `eligibility`, `topics`, `phones.description`, `locations.transportation`… Names are written as their owners write them and are never listed. Empty when everything is in the language asked for.',
    }),
  })
  .openapi('ContentInfo');

/**
 * A client's idempotency key: letters, digits, `-` and `_` (a UUID fits). No `:`, so that a public
 * key can never take the shape of the keys the server makes for staff (`staff:<name>:<key>`).
 */
export const IdempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'Letters, digits, - and _ only');

export const Term = z.object({ code: z.string(), name: z.string() }).openapi('Term');

export const Badge = z
  .object({
    code: z.string(),
    name: z.string(),
    verified: z.string().nullable().openapi({ description: 'Date (YYYY-MM-DD) an accreditation was last checked.' }),
  })
  .openapi('Badge');

export const LanguageOffer = z
  .object({
    code: z.string().openapi({ description: 'BCP 47 code: cmn (Mandarin) and yue (Cantonese) are distinct.' }),
    kind: z
      .enum(['staff', 'interpretation'])
      .openapi({ description: 'staff speak it, or an interpreter is available.' }),
  })
  .openapi('LanguageOffer');

export const Address = z
  .object({
    address_1: z.string(),
    address_2: z.string().nullable(),
    city: z.string(),
    state_province: z.string(),
    postal_code: z.string(),
    country: z.string(),
  })
  .openapi('Address');

export const Hours = z
  .object({ opens_at: z.string(), closes_at: z.string(), location_id: z.string().nullable() })
  .openapi('Hours');

export const Schedule = z
  .object({
    location_id: z.string().nullable(),
    freq: z.string().nullable(),
    byday: z.string().nullable(),
    opens_at: z.string().nullable(),
    closes_at: z.string().nullable(),
    timezone: z.string().openapi({ description: 'IANA time zone of the hours.' }),
    description: z.string().nullable(),
  })
  .openapi('Schedule');

export const Phone = z
  .object({ number: z.string(), description: z.string().nullable(), languages: z.array(z.string()) })
  .openapi('Phone');

export const LocationSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    address: Address.nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    timezone: z.string(),
    corner: z.boolean().openapi({ description: "A library's New American Corner / Immigrant Information Corner." }),
    distance_km: z.number().nullable(),
  })
  .openapi('LocationSummary');

export const ServiceSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    content: ContentInfo,
    organization: z.object({ id: z.string(), name: z.string() }),
    topics: z.array(Term),
    badges: z.array(Badge),
    languages: z.array(LanguageOffer),
    locations: z.array(LocationSummary),
    phones: z.array(Phone),
    url: z.string().nullable(),
    email: z.string().nullable(),
    open_now: z.boolean().nullable().openapi({ description: 'Null when the service has no opening hours (online).' }),
    hours_today: z.array(Hours),
    distance_km: z.number().nullable(),
    last_verified: z.string().nullable(),
  })
  .openapi('ServiceSummary');

export const ServiceDetail = ServiceSummary.extend({
  eligibility: z.string().nullable(),
  fees: z.string().nullable(),
  application_process: z.string().nullable(),
  required_documents: z.array(z.string()),
  schedules: z.array(Schedule),
  locations: z.array(
    LocationSummary.extend({
      description: z.string().nullable(),
      accessibility: z.string().nullable(),
      transportation: z.string().nullable(),
      corner_description: z.string().nullable(),
    }),
  ),
}).openapi('ServiceDetail');

export const ServiceList = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    page_size: z.number().int(),
    items: z.array(ServiceSummary),
    facets: z.object({
      topics: z.record(z.string(), z.number().int()),
      languages: z.record(z.string(), z.number().int()),
    }),
  })
  .openapi('ServiceList');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export type ServiceSummaryT = z.infer<typeof ServiceSummary>;
export type ServiceDetailT = z.infer<typeof ServiceDetail>;
