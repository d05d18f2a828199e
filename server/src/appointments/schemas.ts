import { z } from '@hono/zod-openapi';
import { LanguageTag } from '../lib/language-tag.js';
import { IdempotencyKey, ProblemSchema } from '../schemas.js';

/** The public appointments API's shapes (CONTRACT19): requests checked here, answers typed, OpenAPI from them. */

export const Instant = z.iso
  .datetime({ offset: true, message: 'Expected an ISO 8601 instant such as 2027-03-14T14:00:00.000Z' })
  .transform((value) => new Date(value))
  .openapi({ type: 'string', format: 'date-time', example: '2027-03-14T14:00:00.000Z' });

export const DateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date such as 2027-03-14')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'Not a calendar date',
  )
  .openapi({ example: '2027-03-14' });

/** An interpreter language: a BCP 47 tag, 'ase' for American Sign Language. */
export const InterpreterLanguage = LanguageTag.max(35).openapi({
  description: "BCP 47 code of the interpreter's language; `ase` for American Sign Language.",
  example: 'wo',
});

export const SlotSchema = z
  .object({
    start: z.string().openapi({ description: 'ISO 8601, UTC.', example: '2027-03-14T14:00:00.000Z' }),
    end: z.string().openapi({ description: 'ISO 8601, UTC.' }),
    local_start: z.string().openapi({ description: "The place's wall clock.", example: '2027-03-14T10:00' }),
  })
  .openapi('AppointmentSlot');

export const AppointmentTypeSchema = z
  .object({
    id: z.string(),
    location_id: z.string(),
    location_name: z.string(),
    timezone: z.string(),
    code: z.string(),
    title: z.string(),
    what_to_bring: z.string(),
    review: z
      .enum(['draft', 'reviewed'])
      .openapi({ description: '`draft`: the title or what to bring is a machine translation.' }),
    duration_minutes: z.number().int(),
    on_behalf_allowed: z.boolean(),
    languages: z.array(z.string()).openapi({ description: 'Languages the staff taking it speak.' }),
    interpreter_languages: z
      .array(z.string())
      .openapi({ description: 'Languages of interpreters on call (`ase`: American Sign Language).' }),
  })
  .openapi('AppointmentType');

export const AvailabilitySchema = z
  .object({
    type_id: z.string(),
    timezone: z.string(),
    from: z.string(),
    days: z.array(z.object({ date: z.string(), slots: z.array(SlotSchema) })),
    first_available: z.string().nullable().openapi({ description: 'The first date with a slot, from `from` on.' }),
    next_release_at: z
      .string()
      .nullable()
      .openapi({ description: 'When the next week not yet open opens; null without a release rule.' }),
  })
  .openapi('AppointmentAvailability');

export const AvailabilityQuery = z.object({
  from: DateParam.optional().openapi({ description: "First date; today on the place's clock by default." }),
  days: z
    .string()
    .regex(/^\d{1,2}$/, 'Expected a whole number of days')
    .transform(Number)
    .pipe(z.number().int().min(1).max(42))
    .default(14)
    .openapi({ type: 'integer', minimum: 1, maximum: 42, default: 14 }),
  interpreter: InterpreterLanguage.optional(),
});

export const HoldRequest = z
  .object({
    type_id: z.uuid(),
    start: Instant,
    interpreter: InterpreterLanguage.nullable().optional(),
  })
  .openapi('AppointmentHoldRequest');

export const HoldSchema = SlotSchema.extend({
  hold_token: z.string().openapi({ description: 'Send it with the booking; shown once.' }),
  expires_at: z.string().openapi({ description: 'The hold lasts 5 minutes.' }),
}).openapi('AppointmentHold');

export const BookingRequest = z
  .object({
    type_id: z.uuid(),
    start: Instant,
    hold_token: z.string().min(20).max(64).optional(),
    interpreter: InterpreterLanguage.nullable().optional(),
    language: LanguageTag.openapi({ description: "The messages' language (the client's, when booked on behalf)." }),
    name: z.string().trim().min(1, 'Enter a name').max(120),
    contact_method: z.enum(['email', 'sms']),
    email: z.email('Enter an email address such as name@example.com').max(200).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{7,25}$/, 'Enter a phone number with at least 7 digits')
      .optional(),
    on_behalf: z
      .object({
        organization: z.string().trim().min(1, 'Enter the organization').max(200),
        client_language: LanguageTag,
      })
      .optional(),
    idempotency_key: IdempotencyKey.openapi({
      description: 'A random key made once per form; sending it again returns the same appointment (200).',
    }),
  })
  .superRefine((value, context) => {
    if (value.contact_method === 'email' && !value.email) {
      context.addIssue({ code: 'custom', path: ['email'], message: 'Enter an email address' });
    }
    if (value.contact_method === 'sms' && !value.phone) {
      context.addIssue({ code: 'custom', path: ['phone'], message: 'Enter a phone number' });
    }
  })
  .openapi('AppointmentRequest');

export const AppointmentSchema = z
  .object({
    id: z.string(),
    status: z.enum(['held', 'booked', 'checked_in', 'no_show', 'cancelled']),
    type_id: z.string(),
    title: z.string(),
    what_to_bring: z.string(),
    start: z.string(),
    end: z.string(),
    local_start: z.string(),
    timezone: z.string(),
    location_name: z.string(),
    interpreter: z.string().nullable(),
    moved_from: z.string().nullable().openapi({ description: 'The start before the last move.' }),
    manage_token: z
      .string()
      .optional()
      .openapi({ description: 'Only in the answer to the booking: the manage link is `/a/{manage_token}`.' }),
  })
  .openapi('Appointment');

export const MoveRequest = z.object({ start: Instant }).openapi('AppointmentMoveRequest');

export const SlotTakenProblem = ProblemSchema.extend({
  next_slots: z.array(SlotSchema).optional().openapi({ description: 'With `slot-taken`: up to 6 next slots.' }),
}).openapi('SlotTakenProblem');

export const TokenParam = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,64}$/, 'Not a token')
    .openapi({ param: { name: 'token', in: 'path' } }),
});
