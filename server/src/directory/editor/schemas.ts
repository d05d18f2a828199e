import { z } from '@hono/zod-openapi';
import { LanguageTag } from '../../lib/language-tag.js';
import { ProblemSchema } from '../../schemas.js';
import { BADGE_CODES, TOPIC_CODES } from '../taxonomy.js';

/**
 * The desk's directory editor: what it reads (ServiceEdit) and sends (ServiceEditInput). These check shapes and
 * formats; the saved service is then held to the HSDS 3.0 schema (hsds-check.ts), in the editor's terms too.
 */

/** The service's texts a person writes in one language and translates into others. */
export const TEXT_FIELDS = [
  'name',
  'description',
  'application_process',
  'fees_description',
  'eligibility_description',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const AVAILABILITY = ['accepting', 'waitlist', 'full', 'paused'] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

const DateText = z.iso.date();
/** Opening hours as we keep them: HH:MM, and 24:00 for "until midnight". */
const TimeText = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'A time as HH:MM');
/** WEEKLY: `MO,WE`; MONTHLY: `2TU` (the second Tuesday), `-1FR` (the last Friday). */
const DAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const WEEKLY_DAYS = new RegExp(`^${DAY}(?:,${DAY})*$`);
const MONTHLY_DAYS = new RegExp(`^(?:-1|[1-5])${DAY}(?:,(?:-1|[1-5])${DAY})*$`);
const WebAddress = z.url({ protocol: /^https?$/, error: 'An http or https address' }).max(2000);
const Email = z.email({ error: 'An email address' }).max(320);

const TextState = z.enum(['source', 'reviewed', 'machine', 'missing']).openapi({
  description:
    '`source`: the text as written, in the service’s source language; `reviewed`: a translation a person wrote or checked; `machine`: a draft; `missing`: none.',
});

const StoredText = z.object({
  value: z.string(),
  state: TextState,
  reviewed_by: z.string().nullable().openapi({ description: 'Who reviewed it (a name).' }),
  reviewed_at: z.string().nullable(),
});
const StoredTexts = z.record(z.string(), StoredText).openapi({ description: 'By locale: every UI locale listed.' });

export const Availability = z
  .object({
    status: z.enum(AVAILABILITY),
    since: DateText.nullable(),
    until: DateText.nullable(),
  })
  .openapi('ServiceAvailability');

export const Verification = z
  .object({ verified: z.string().nullable(), due: z.string().nullable(), overdue: z.boolean() })
  .openapi('ServiceVerification');

const Fields = z.object({
  name: z.string().trim().min(1, 'A name is needed').max(300),
  alternate_name: z.string().trim().max(300).nullable(),
  description: z.string().trim().max(10_000),
  url: WebAddress.nullable(),
  email: Email.nullable(),
  application_process: z.string().trim().max(10_000).nullable(),
  fees_description: z.string().trim().max(10_000).nullable(),
  eligibility_description: z.string().trim().max(10_000).nullable(),
  status: z.enum(SERVICE_STATUSES),
});

const Badge = z.object({
  code: z.enum(BADGE_CODES),
  verified: DateText.nullable().openapi({ description: 'The day the badge was checked, if it has a date.' }),
});

const Phone = z.object({
  id: z.uuid().optional(),
  number: z.string().trim().min(1, 'A number is needed').max(50),
  type: z.string().trim().min(1).max(30).default('voice').openapi({
    description: 'HSDS suggests text, voice, fax, cell, video, pager, textphone.',
  }),
  description: z.string().trim().max(500).nullable(),
  languages: z.array(LanguageTag).max(30),
});

const Language = z.object({ code: LanguageTag, kind: z.enum(['staff', 'interpretation']) });

const Schedule = z
  .object({
    id: z.uuid().optional(),
    freq: z.enum(['WEEKLY', 'MONTHLY']),
    byday: z
      .string()
      .trim()
      .toUpperCase()
      .nullable()
      .openapi({ description: 'WEEKLY: `MO,WE`; MONTHLY: `2TU`, `-1FR`.' }),
    opens_at: TimeText.nullable(),
    closes_at: TimeText.nullable(),
    valid_from: DateText.nullable(),
    valid_to: DateText.nullable(),
    description: z.string().trim().max(500).nullable(),
  })
  .superRefine((value, context) => {
    const days = value.freq === 'WEEKLY' ? WEEKLY_DAYS : MONTHLY_DAYS;
    // Hours with no day or time (imported "by appointment") may stay as they are; days given must be right.
    if (value.byday ? !days.test(value.byday) : value.opens_at !== null) {
      context.addIssue({
        code: 'custom',
        path: ['byday'],
        message:
          value.freq === 'WEEKLY'
            ? 'Days as MO,TU,WE,TH,FR,SA,SU'
            : 'Days of the month as 2TU (the second Tuesday) or -1FR (the last Friday)',
      });
    }
    if ((value.opens_at === null) !== (value.closes_at === null)) {
      context.addIssue({
        code: 'custom',
        path: [value.opens_at === null ? 'opens_at' : 'closes_at'],
        message: 'Both times or neither',
      });
    }
    const times = [value.opens_at, value.closes_at].every((time) => time !== null && TimeText.safeParse(time).success);
    if (times && value.closes_at! <= value.opens_at!) {
      context.addIssue({ code: 'custom', path: ['closes_at'], message: 'Closes after it opens' });
    }
    if (value.valid_from && value.valid_to && value.valid_to < value.valid_from) {
      context.addIssue({ code: 'custom', path: ['valid_to'], message: 'Ends on or after it starts' });
    }
  });

const Address = z.object({
  address_1: z.string().trim().min(1, 'A street address is needed').max(300),
  address_2: z.string().trim().max(300).nullable(),
  city: z.string().trim().min(1, 'A city is needed').max(100),
  state_province: z.string().trim().min(1, 'A state is needed').max(100),
  postal_code: z.string().trim().min(1, 'A postal code is needed').max(20),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'A two-letter country code (US)'),
});

const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'An IANA time zone (America/New_York)');

const Location = z.object({
  id: z.uuid().optional().openapi({ description: 'An existing place; none makes a new one.' }),
  name: z.string().trim().min(1, 'A name is needed').max(300),
  address: Address,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  timezone: TimeZone,
  schedules: z.array(Schedule).max(50),
});

const StoredLocation = Location.extend({ id: z.string(), schedules: z.array(Schedule.safeExtend({ id: z.string() })) });

export const ServiceEdit = z
  .object({
    id: z.string(),
    version: z.number().int(),
    updated_by: z.object({ id: z.string(), name: z.string() }).nullable(),
    updated_at: z.string(),
    source_locale: z.string(),
    organization: z.object({ id: z.string(), name: z.string() }),
    fields: Fields,
    texts: z.object(
      Object.fromEntries(TEXT_FIELDS.map((f) => [f, StoredTexts])) as Record<TextField, typeof StoredTexts>,
    ),
    availability: Availability,
    verification: Verification,
    verification_contact: z.string().nullable().openapi({ description: 'Decrypted; viewing it is audited.' }),
    topics: z.array(z.enum(TOPIC_CODES)),
    badges: z.array(Badge),
    phones: z.array(Phone.extend({ id: z.string() })),
    languages: z.array(Language),
    locations: z.array(StoredLocation),
    open_reports: z.array(z.object({ id: z.string(), kind: z.string(), created_at: z.string() })),
  })
  .openapi('ServiceEdit');
export type ServiceEditT = z.infer<typeof ServiceEdit>;

const InputText = z.object({
  value: z.string().trim().max(10_000).openapi({ description: "'' deletes the translation." }),
  reviewed: z.boolean().openapi({ description: 'A person checked this translation (ignored for the source).' }),
});
const InputTexts = z.record(LanguageTag, InputText).optional();

const editable = {
  fields: Fields,
  texts: z
    .object(Object.fromEntries(TEXT_FIELDS.map((f) => [f, InputTexts])) as Record<TextField, typeof InputTexts>)
    .optional()
    .openapi({ description: 'Translations; only the locales sent are touched. The source language is `fields`.' }),
  availability: Availability,
  verification_contact: Email.nullable()
    .or(z.literal(''))
    .openapi({ description: 'The provider’s address for re-verification requests; empty or null for none.' }),
  topics: z.array(z.enum(TOPIC_CODES)).max(TOPIC_CODES.length),
  badges: z.array(Badge).max(BADGE_CODES.length),
  phones: z.array(Phone).max(20),
  languages: z.array(Language).max(60),
  locations: z.array(Location).max(50),
  closes_reports: z
    .array(z.uuid())
    .max(100)
    .optional()
    .openapi({ description: 'Open reports of this service this save fixes: closed as `fixed` with the change.' }),
};

export const ServiceEditInput = z.object(editable).openapi('ServiceEditInput');
export type ServiceEditInputT = z.infer<typeof ServiceEditInput>;

export const ServiceCreateInput = z
  .object({
    ...editable,
    organization_id: z.uuid().optional(),
    organization_name: z.string().trim().min(1).max(300).optional(),
    source_locale: LanguageTag.default('en'),
  })
  .refine((value) => value.organization_id || value.organization_name, {
    path: ['organization_id'],
    message: 'An organization_id or an organization_name',
  })
  .openapi('ServiceCreateInput');
export type ServiceCreateInputT = z.infer<typeof ServiceCreateInput>;

export const ReviewInput = z
  .object({
    field: z.enum(TEXT_FIELDS),
    locale: LanguageTag,
    value: z
      .string()
      .trim()
      .min(1)
      .max(10_000)
      .optional()
      .openapi({ description: 'The corrected text, if corrected.' }),
  })
  .openapi('TextReviewInput');

export const EditorFieldError = z.object({
  field: z.string().openapi({ description: 'In the editor’s terms: `phones[0].number`.' }),
  path: z.string(),
  message: z.string(),
});

export const HsdsInvalidProblem = ProblemSchema.extend({ errors: z.array(EditorFieldError) }).openapi(
  'HsdsInvalidProblem',
);

export const ServiceStaleProblem = ProblemSchema.extend({
  changed_by: z.string().nullable(),
  changed_at: z.string(),
  current_version: z.number().int(),
  current: ServiceEdit,
}).openapi('ServiceStaleProblem');

export const DirectoryListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  availability: z.enum(AVAILABILITY).optional(),
  state: z.enum(['due', 'overdue', 'drafts', 'reports']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(25),
});

export const DirectoryListItem = z
  .object({
    id: z.string(),
    name: z.string(),
    organization_name: z.string(),
    availability: Availability,
    verification: Verification,
    open_reports: z.number().int(),
    draft_texts: z.number().int(),
  })
  .openapi('DirectoryListItem');

export const ReviewQueueItem = z
  .object({
    service_id: z.string(),
    service_name: z.string(),
    version: z.number().int(),
    field: z.enum(TEXT_FIELDS),
    locale: z.string(),
    source: z.object({ locale: z.string(), value: z.string() }),
    draft: z.string(),
  })
  .openapi('ReviewQueueItem');

export const HistoryItem = z
  .object({
    id: z.string(),
    kind: z.string(),
    changed_by: z.string(),
    changed_at: z.string(),
    fields: z.array(
      z.object({ field: z.string(), locale: z.string().optional(), before: z.unknown(), after: z.unknown() }),
    ),
  })
  .openapi('DirectoryHistoryItem');
