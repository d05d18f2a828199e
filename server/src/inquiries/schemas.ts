import { z } from '@hono/zod-openapi';
import { TOPIC_CODES } from '../directory/taxonomy.js';
import { LanguageTag } from '../lib/language-tag.js';
import { IdempotencyKey } from '../schemas.js';

/** What people ask about: the directory's topics plus "something else"; volunteers sign up under `volunteer`. */
export const INQUIRY_TOPICS = [...TOPIC_CODES, 'other'] as const;
/** The channels public statistics count by name (walk-ins are not among them yet: they count in the totals). */
export const CHANNELS = ['web', 'hotline', 'email', '311', 'outreach'] as const;
/** Every channel an inquiry can come by, as the desk sees and filters them. */
export const STAFF_CHANNELS = ['web', 'hotline', 'email', '311', 'walk-in', 'outreach'] as const;
/** The channels staff log by hand (the web form records its own). */
export const LOGGED_CHANNELS = ['hotline', 'email', '311', 'walk-in', 'outreach'] as const;
export const STATUSES = ['new', 'in-progress', 'referred', 'resolved', 'closed'] as const;
export const CONTACT_METHODS = ['phone', 'email', 'text', 'none'] as const;
/** Community Ambassadors: what a volunteer offers, and when. */
export const VOLUNTEER_INTERESTS = ['interpreter', 'organizer', 'english-conversation', 'outreach', 'other'] as const;
export const AVAILABILITY = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{7,25}$/, 'Enter a phone number with at least 7 digits');

const personal = {
  name: z.string().trim().max(120).optional().openapi({ description: 'Optional: a person may stay anonymous.' }),
  phone: Phone.optional(),
  email: z.email('Enter an email address such as name@example.com').max(200).optional(),
  postcode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9 -]{3,10}$/, 'Not a postcode')
    .optional(),
};

function contactRules(
  value: { contact_method: string; phone?: string | undefined; email?: string | undefined; consent?: boolean },
  context: z.RefinementCtx,
) {
  if ((value.contact_method === 'phone' || value.contact_method === 'text') && !value.phone) {
    context.addIssue({ code: 'custom', path: ['phone'], message: 'Enter a phone number' });
  }
  if (value.contact_method === 'email' && !value.email) {
    context.addIssue({ code: 'custom', path: ['email'], message: 'Enter an email address' });
  }
}

export const InquiryRequest = z
  .object({
    kind: z.enum(['inquiry', 'volunteer']).default('inquiry'),
    topic: z.enum([...INQUIRY_TOPICS, 'volunteer']),
    message: z.string().trim().max(2000).optional().openapi({ description: 'What the person needs, in their words.' }),
    preferred_language: LanguageTag,
    contact_method: z.enum(CONTACT_METHODS),
    ...personal,
    consent: z.boolean().openapi({ description: 'Agreed to be contacted by the method chosen.' }),
    interests: z.array(z.enum(VOLUNTEER_INTERESTS)).max(5).optional(),
    languages_spoken: z.array(LanguageTag).max(10).optional(),
    availability: z.array(z.enum(AVAILABILITY)).max(3).optional(),
    channel: z.literal('web').default('web'),
    origin: z
      .string()
      .max(200)
      .regex(/^https?:\/\/[^/\s]+$/, 'An origin such as https://library.example')
      .optional()
      .openapi({ description: "The embedding page's origin (scheme and host, no path)." }),
    idempotency_key: IdempotencyKey,
    website: z
      .string()
      .max(0, 'Leave this field empty')
      .optional()
      .openapi({ description: 'A honeypot; stays empty.' }),
  })
  .superRefine((value, context) => {
    contactRules(value, context);
    if (value.contact_method !== 'none' && !value.consent) {
      context.addIssue({ code: 'custom', path: ['consent'], message: 'Agree to be contacted, or choose no contact' });
    }
    if (value.kind === 'inquiry' && !value.message) {
      context.addIssue({ code: 'custom', path: ['message'], message: 'Say what you need help with' });
    }
    if (value.kind === 'volunteer') {
      if (value.topic !== 'volunteer')
        context.addIssue({ code: 'custom', path: ['topic'], message: 'Volunteers use the topic volunteer' });
      if (!value.interests?.length)
        context.addIssue({ code: 'custom', path: ['interests'], message: 'Choose at least one way to help' });
      if (value.contact_method === 'none')
        context.addIssue({ code: 'custom', path: ['contact_method'], message: 'Volunteers need a way to be reached' });
    } else if (value.topic === 'volunteer') {
      context.addIssue({ code: 'custom', path: ['topic'], message: 'Choose a topic' });
    }
  })
  .openapi('InquiryRequest');

export const InquiryReceipt = z
  .object({
    reference: z
      .string()
      .openapi({ description: 'Read it over the phone: no ambiguous characters.', example: 'K7M-4QX' }),
    received_at: z.string(),
    response_days: z.number().int().openapi({ description: 'Business days within which the office answers.' }),
    status_token: z.string().openapi({
      description:
        'With the reference, shows the status at `GET /v1/inquiries/status/{reference}?check=…`: 8 characters, no I, L, O or U, grouped for reading aloud. The same for a repeat with the same idempotency key.',
      example: '7KQM-3D9X',
    }),
  })
  .openapi('InquiryReceipt');

/** What a visitor who has the reference and one more fact is told: nothing personal. */
export const InquiryStatusAnswer = z
  .object({
    reference: z.string().openapi({ example: 'K7M-4QX' }),
    status: z.enum(['received', 'in-progress', 'referred', 'resolved']).openapi({
      description: 'Where the inquiry stands: received (not yet taken up), in progress, referred, or resolved.',
    }),
    referred_to: z
      .object({
        code: z.string().openapi({ description: 'The referral destination, from the managed list.' }),
        name: z.string().openapi({ description: 'Its name in the language asked for, when there is one.' }),
      })
      .nullable()
      .openapi({ description: 'Where the office referred the person; null when nowhere a visitor could look up.' }),
    updated_on: z.string().openapi({
      description: "The day of the last change (the day resolved, once resolved), in the office's time zone.",
      example: '2026-03-02',
    }),
    content: z.object({
      locale: z.string().openapi({ description: 'Language of the destination name (else of the answer).' }),
      fallback: z.boolean().openapi({ description: 'True when the name is not in the first language asked for.' }),
    }),
  })
  .openapi('InquiryStatus');

export const InquiryTopics = z
  .object({
    items: z.array(z.object({ code: z.string(), name: z.string() })).openapi({
      description: 'What people can ask about, in the language asked for (`other` last).',
    }),
    response_days: z.number().int().openapi({ description: 'Business days within which the office answers.' }),
  })
  .openapi('InquiryTopics');

/** An inquiry as staff see it: personal fields decrypted (null once retention erased them). */
export const StaffInquiry = z
  .object({
    id: z.string(),
    reference: z.string(),
    kind: z.enum(['inquiry', 'volunteer']),
    channel: z.enum(STAFF_CHANNELS),
    topic: z.string(),
    preferred_language: z.string(),
    contact_method: z.enum(CONTACT_METHODS),
    consent: z.boolean(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    message: z.string().nullable(),
    postcode: z.string().nullable(),
    origin: z.string().nullable(),
    interests: z.array(z.string()),
    languages_spoken: z.array(z.string()),
    availability: z.array(z.string()),
    status: z.enum(STATUSES),
    referral: z.string().nullable(),
    resolution_code: z.string().nullable(),
    logged_by: z.string().nullable(),
    received_at: z.string(),
    updated_at: z.string(),
    resolved_at: z.string().nullable(),
    personal_erased: z.boolean(),
    assigned_to: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'The staff account working on it.' }),
    referral_code: z
      .string()
      .nullable()
      .openapi({ description: 'Where it was referred, as a destination code (/v1/staff/referral-destinations).' }),
    due_at: z.string().openapi({
      description:
        "When the answer is due: WW_RESPONSE_DAYS business days (Mon–Fri, the office's zone) after it came in.",
    }),
    overdue: z.boolean().openapi({ description: 'Open (new or in progress) and past due_at.' }),
    version: z.number().int().openapi({ description: 'Bumped by every change; the ETag is "v<version>".' }),
    updated_by: z.string().nullable().openapi({ description: 'Who changed it last.' }),
  })
  .openapi('StaffInquiry');

export const StaffInquiryList = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    page_size: z.number().int(),
    overdue_count: z.number().int().openapi({
      description: 'Open inquiries past their due time, whatever the other filters (only `kind` applies).',
    }),
    items: z.array(StaffInquiry).openapi({
      description:
        'The queue shows the name only: phone, email and message are null here; open the inquiry to read them.',
    }),
  })
  .openapi('StaffInquiryList');

export const InquiryNote = z
  .object({ id: z.string(), author: z.string(), body: z.string().nullable(), created_at: z.string() })
  .openapi('InquiryNote');

export const InquiryReplyLog = z
  .object({
    id: z.string(),
    author: z.string(),
    template_code: z.string().nullable(),
    locale: z.string(),
    method: z.string(),
    status: z.enum(['queued', 'sending', 'sent', 'failed', 'kept', 'bounced']),
    created_at: z.string(),
  })
  .openapi('InquiryReplyLog');

export const StaffInquiryDetail = StaffInquiry.extend({
  notes: z.array(InquiryNote).openapi({ description: 'Internal notes, oldest first.' }),
  replies: z.array(InquiryReplyLog).openapi({ description: 'Replies sent, oldest first (never their text).' }),
}).openapi('StaffInquiryDetail');

/** A destination code as stored: lower-case letters, digits and dashes. */
export const DestinationCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'A destination code such as actionnyc');

export const StaffInquiryUpdate = z
  .object({
    status: z.enum(STATUSES).optional(),
    referral: z.string().trim().max(200).nullable().optional().openapi({
      description:
        'Where the person was referred, as free text (tokens only; scripts from before the managed list). The destination is found by name or alias, else `other`.',
    }),
    referral_code: DestinationCode.nullable()
      .optional()
      .openapi({ description: 'An active destination code; null clears the referral.' }),
    resolution_code: z.string().trim().max(60).nullable().optional(),
    topic: z.enum(INQUIRY_TOPICS).optional(),
    assigned_to: z
      .uuid()
      .nullable()
      .optional()
      .openapi({ description: 'An enabled staff account with the desk role; null: nobody.' }),
  })
  .refine((value) => Object.keys(value).length > 0, 'Nothing to update')
  .openapi('StaffInquiryUpdate');

/** An inquiry that came another way (hotline, email, 311, outreach), logged so the counts cover every channel. */
export const StaffInquiryCreate = z
  .object({
    channel: z.enum(LOGGED_CHANNELS),
    topic: z.enum(INQUIRY_TOPICS),
    preferred_language: LanguageTag,
    contact_method: z.enum(CONTACT_METHODS).default('none'),
    ...personal,
    message: z.string().trim().max(2000).optional(),
    received_at: z.iso
      .datetime({ offset: true })
      .refine((value) => {
        const at = Date.parse(value);
        // Not before the year 2000, nor more than a day ahead: a typo, not a call.
        return at >= Date.UTC(2000, 0, 1) && at <= Date.now() + 86_400_000;
      }, 'A date from 2000 up to today')
      .optional(),
    status: z.enum(STATUSES).default('new'),
    referral: z.string().trim().max(200).optional(),
    referral_code: DestinationCode.optional().openapi({ description: 'An active destination code.' }),
    resolution_code: z.string().trim().max(60).optional(),
    assigned_to: z.uuid().optional().openapi({
      description: 'Follow-up: the staff account that will call back (an enabled account with the desk role).',
    }),
  })
  .superRefine(contactRules)
  .openapi('StaffInquiryCreate');

export type InquiryRequestT = z.infer<typeof InquiryRequest>;
export type StaffInquiryT = z.infer<typeof StaffInquiry>;
