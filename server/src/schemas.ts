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
    overdue: z.boolean().openapi({
      description:
        "The listing's re-verification is overdue (its `verification.overdue`): show the badge as not re-verified since its date, never hide it.",
    }),
  })
  .openapi('Badge');

export const AVAILABILITY_STATUSES = ['accepting', 'waitlist', 'full', 'paused'] as const;

export const ServiceAvailability = z
  .object({
    status: z.enum(AVAILABILITY_STATUSES).openapi({
      description: 'Whether it takes new clients: accepting, a waiting list, full (not taking new clients), or paused.',
    }),
    since: z.string().nullable().openapi({ description: 'Date (YYYY-MM-DD) the status was set, if known.' }),
    until: z
      .string()
      .nullable()
      .openapi({ description: 'Date (YYYY-MM-DD) the status is expected to change (a pause until…), if known.' }),
  })
  .openapi('ServiceAvailability');

export const ServiceVerification = z
  .object({
    verified: z.string().nullable().openapi({ description: 'Date (YYYY-MM-DD) the listing was last verified.' }),
    due: z.string().nullable().openapi({
      description: "Date it is due to be verified again (the office's policy; shorter for accredited legal providers).",
    }),
    overdue: z.boolean().openapi({ description: "The due date has passed (in the office's time zone)." }),
  })
  .openapi('ServiceVerification');

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
    availability: ServiceAvailability,
    verification: ServiceVerification,
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

/** How a keyword search was understood: what a finder says when it corrected words or found nothing. */
export const SearchExplanation = z
  .object({
    q: z
      .string()
      .openapi({ description: 'The query as searched: trimmed and cut to a bounded number of words and characters.' }),
    words: z.array(z.string()).openapi({ description: 'The meaningful words searched (stop words left out), folded.' }),
    ignored: z.array(z.string()).openapi({ description: 'Stop words of the language that were left out.' }),
    corrected: z.string().nullable().openapi({
      description:
        'The query with the corrections that found the results ("Showing results for …"); null when every word matched as typed.',
    }),
    did_you_mean: z.string().nullable().openapi({
      description:
        'A nearby query that finds services, offered as a link when this one finds none or few; null otherwise.',
    }),
    concepts: z
      .array(z.object({ phrase: z.string(), topics: z.array(z.string()) }))
      .openapi({ description: 'Everyday words recognized in the query, and the topics they point to.' }),
    match: z.enum(['all', 'some']).openapi({
      description: '`all`: every meaningful word matched; `some`: services matching the most words are shown first.',
    }),
  })
  .openapi('SearchExplanation');

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
    search: SearchExplanation.optional(),
    suggested_topics: z
      .array(z.string())
      .openapi({ description: 'When nothing matches: the topic codes nearest to the words, to offer instead.' }),
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
