import { z } from '@hono/zod-openapi';
import { LanguageTag } from '../lib/language-tag.js';
import { DateParam, InterpreterLanguage } from './schemas.js';

/** The desk's appointment set-up shapes (CONTRACT19 "Staff API"): types, staff and their hours, closures, interpreters. */

const Time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Expected a time such as 09:30');
const EndTime = z
  .string()
  .regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'Expected a time such as 17:00 (24:00 for midnight)');

const before = (value: { starts_at?: string | null | undefined; ends_at?: string | null | undefined }) =>
  !value.starts_at || !value.ends_at || value.starts_at < value.ends_at;

const TranslatedText = z.record(
  LanguageTag,
  z.object({
    value: z.string().trim().min(1).max(4000),
    review: z.enum(['draft', 'reviewed']).openapi({ description: '`draft`: a machine translation nobody checked.' }),
  }),
);
export const TypeTranslations = z
  .object({ title: TranslatedText.optional(), what_to_bring: TranslatedText.optional() })
  .openapi('AppointmentTypeTranslations');

export const AppointmentTypeInput = z
  .object({
    location_id: z.uuid(),
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Lower-case letters, digits and -'),
    title: z.string().trim().min(1, 'Enter a title').max(200),
    what_to_bring: z.string().trim().max(4000).default(''),
    source_locale: LanguageTag.default('en'),
    duration_minutes: z.number().int().min(5).max(480),
    buffer_minutes: z.number().int().min(0).max(120).default(0),
    book_ahead_days: z.number().int().min(1).max(366).default(28),
    min_notice_minutes: z.number().int().min(0).max(43_200).default(60),
    on_behalf_allowed: z.boolean().default(false),
    release_weekday: z.number().int().min(1).max(7).nullable().default(null),
    release_time: Time.nullable().default(null),
    release_weeks_before: z.number().int().min(1).max(8).default(1),
    status: z.enum(['active', 'archived']).default('active'),
    translations: TypeTranslations.default({}),
  })
  .superRefine((value, context) => {
    if ((value.release_weekday === null) !== (value.release_time === null)) {
      context.addIssue({
        code: 'custom',
        path: [value.release_weekday === null ? 'release_weekday' : 'release_time'],
        message: 'A release rule needs both a weekday and a time',
      });
    }
  })
  .openapi('StaffAppointmentTypeInput');

export const StaffAppointmentType = z
  .object({
    id: z.string(),
    location_id: z.string(),
    code: z.string(),
    title: z.string(),
    what_to_bring: z.string(),
    source_locale: z.string(),
    duration_minutes: z.number().int(),
    buffer_minutes: z.number().int(),
    book_ahead_days: z.number().int(),
    min_notice_minutes: z.number().int(),
    on_behalf_allowed: z.boolean(),
    release_weekday: z.number().int().nullable(),
    release_time: z.string().nullable(),
    release_weeks_before: z.number().int(),
    status: z.enum(['active', 'archived']),
    version: z.number().int(),
    updated_by: z.string().nullable(),
    updated_at: z.string(),
    translations: TypeTranslations,
  })
  .openapi('StaffAppointmentType');

export const RuleSchema = z
  .object({
    weekday: z.number().int().min(1).max(7).openapi({ description: 'ISO weekday: 1 Monday … 7 Sunday.' }),
    starts_at: Time,
    ends_at: EndTime,
    valid_from: DateParam.nullable().optional(),
    valid_until: DateParam.nullable().optional(),
  })
  .refine(before, { message: 'The end must be after the start', path: ['ends_at'] })
  .openapi('AvailabilityRule');

export const AppointmentStaffInput = z
  .object({
    location_id: z.uuid(),
    display_name: z.string().trim().min(1, 'Enter a name').max(120),
    staff_account_id: z.uuid().nullable().default(null),
    languages: z.array(InterpreterLanguage).max(30).default([]),
    type_ids: z.array(z.uuid()).max(100).default([]),
    active: z.boolean().default(true),
    rules: z.array(RuleSchema).max(100).default([]),
  })
  .openapi('StaffAppointmentStaffInput');

export const StaffAppointmentStaff = z
  .object({
    id: z.string(),
    location_id: z.string(),
    display_name: z.string(),
    staff_account_id: z.string().nullable(),
    languages: z.array(z.string()),
    type_ids: z.array(z.string()),
    active: z.boolean(),
    rules: z.array(
      z.object({
        weekday: z.number().int(),
        starts_at: z.string(),
        ends_at: z.string(),
        valid_from: z.string().nullable(),
        valid_until: z.string().nullable(),
      }),
    ),
    version: z.number().int(),
    updated_by: z.string().nullable(),
    updated_at: z.string(),
  })
  .openapi('StaffAppointmentStaff');

export const ExceptionInput = z
  .object({
    location_id: z.uuid(),
    staff_id: z.uuid().nullable().default(null).openapi({ description: 'Null: the whole place (a holiday).' }),
    date: DateParam,
    starts_at: Time.nullable().default(null),
    ends_at: EndTime.nullable().default(null),
    kind: z.enum(['closed', 'open']).default('closed'),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .refine(before, { message: 'The end must be after the start', path: ['ends_at'] })
  .refine((v) => (v.starts_at === null) === (v.ends_at === null), {
    message: 'Give both a start and an end, or neither (the whole day)',
    path: ['ends_at'],
  })
  .refine((v) => v.kind === 'closed' || v.staff_id !== null, {
    message: 'Extra open hours are for a staff member',
    path: ['staff_id'],
  })
  .refine((v) => v.kind === 'closed' || v.starts_at !== null, {
    message: 'Extra open hours need a start and an end',
    path: ['starts_at'],
  })
  .openapi('AvailabilityExceptionInput');

export const ExceptionSchema = z
  .object({
    id: z.string(),
    location_id: z.string(),
    staff_id: z.string().nullable(),
    date: z.string(),
    starts_at: z.string().nullable(),
    ends_at: z.string().nullable(),
    kind: z.enum(['closed', 'open']),
    note: z.string().nullable(),
    created_by: z.string().nullable(),
  })
  .openapi('AvailabilityException');

export const InterpreterInput = z
  .object({
    location_id: z.uuid(),
    language: InterpreterLanguage,
    weekday: z.number().int().min(1).max(7).nullable().default(null),
    date: DateParam.nullable().default(null),
    starts_at: Time,
    ends_at: EndTime,
    capacity: z.number().int().min(1).max(50).default(1),
  })
  .refine(before, { message: 'The end must be after the start', path: ['ends_at'] })
  .refine((v) => (v.weekday === null) !== (v.date === null), {
    message: 'Give a weekday (every week) or a date, not both',
    path: ['weekday'],
  })
  .openapi('InterpreterAvailabilityInput');

export const InterpreterSchema = z
  .object({
    id: z.string(),
    location_id: z.string(),
    language: z.string(),
    weekday: z.number().int().nullable(),
    date: z.string().nullable(),
    starts_at: z.string(),
    ends_at: z.string(),
    capacity: z.number().int(),
  })
  .openapi('InterpreterAvailability');

export type AppointmentTypeInputT = z.infer<typeof AppointmentTypeInput>;
export type AppointmentStaffInputT = z.infer<typeof AppointmentStaffInput>;
export type ExceptionInputT = z.infer<typeof ExceptionInput>;
export type InterpreterInputT = z.infer<typeof InterpreterInput>;
export type StaffAppointmentTypeT = z.infer<typeof StaffAppointmentType>;
export type StaffAppointmentStaffT = z.infer<typeof StaffAppointmentStaff>;
