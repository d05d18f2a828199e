import { z } from '@hono/zod-openapi';
import { LanguageTag } from '../lib/language-tag.js';
import { ProblemSchema } from '../schemas.js';
import { EVENT_TYPES, LocalDateTime, REGISTRATION_MODES } from './schemas.js';

/**
 * The desk's event editor: what it reads (StaffEvent) and sends (StaffEventInput).
 * Time, rule and zone are checked again by the recurrence engine (a bad RRULE is
 * a 400 naming `rrule`); these schemas check shapes and ranges.
 */
export const TEXT_FIELDS = ['title', 'description', 'accessibility', 'cost'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled', 'moved'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** An occurrence key: a session's original local start, or `series`. */
export const OccurrenceKeyParam = z.object({
  id: z.uuid(),
  key: LocalDateTime.openapi({ description: "The session's original local start (its occurrence key)." }),
});

const TextState = z.enum(['source', 'reviewed', 'machine']).openapi({
  description: '`source`: the text as written; `reviewed`: a translation a person checked; `machine`: a draft.',
});

const StoredTexts = z.record(LanguageTag, z.object({ value: z.string(), state: TextState }));

export const StaffEventSession = z
  .object({
    key: LocalDateTime.openapi({ description: 'The occurrence key: the original local start, kept after a move.' }),
    start: z.string().openapi({ description: 'Start instant (ISO 8601), the new one when moved.' }),
    end: z.string(),
    status: z.enum(SESSION_STATUSES),
    moved_to: LocalDateTime.nullable().openapi({ description: 'The new local start of a moved session.' }),
    confirmed: z.number().int().openapi({ description: 'People confirmed (party sizes summed).' }),
    waitlisted: z.number().int().openapi({ description: 'People on the waiting list.' }),
    attended: z.number().int().openapi({ description: 'People marked as attended.' }),
  })
  .openapi('StaffEventSession');

export const StaffEvent = z
  .object({
    id: z.string(),
    version: z.number().int(),
    sequence: z.number().int().openapi({ description: 'iCalendar SEQUENCE: bumped by changes calendars care about.' }),
    type: z.enum(EVENT_TYPES),
    location_id: z.string().nullable(),
    location_text: z.string().nullable(),
    online_url: z.string().nullable(),
    timezone: z.string(),
    dtstart: z.string(),
    duration_minutes: z.number().int(),
    rrule: z.string().nullable(),
    exdates: z.array(z.string()),
    capacity: z.number().int().nullable(),
    registration_mode: z.enum(REGISTRATION_MODES),
    status: z.enum(['scheduled', 'cancelled']),
    languages: z.array(z.string()).openapi({ description: 'Languages the event is held in.' }),
    interpreter_available: z.boolean(),
    is_free: z.boolean(),
    source_locale: z.string(),
    texts: z.object({
      title: StoredTexts,
      description: StoredTexts,
      accessibility: StoredTexts,
      cost: StoredTexts,
    }),
    sessions: z
      .array(StaffEventSession)
      .openapi({ description: 'The next 60 sessions and the last 10 past, in time order.' }),
    updated_by: z.string().nullable(),
    last_modified: z.string(),
  })
  .openapi('StaffEvent');

export const StaffEventSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    type: z.enum(EVENT_TYPES),
    location_id: z.string().nullable(),
    location_name: z.string().nullable(),
    timezone: z.string(),
    next_start: z.string().nullable().openapi({ description: 'The next session not cancelled (ISO 8601).' }),
    sessions_upcoming: z
      .number()
      .int()
      .openapi({ description: 'Sessions ahead not cancelled (within a year for an open-ended series).' }),
    capacity: z.number().int().nullable(),
    registration_mode: z.enum(REGISTRATION_MODES),
    status: z.enum(['scheduled', 'cancelled']),
    version: z.number().int(),
  })
  .openapi('StaffEventSummary');

const InputTexts = z.record(
  LanguageTag,
  z.object({
    value: z.string().trim().max(5000),
    reviewed: z.boolean().openapi({ description: 'A person checked this translation (ignored for the source).' }),
  }),
);

const WebAddress = z.url({ protocol: /^https?$/ }).max(2000);

export const StaffEventInput = z
  .object({
    type: z.enum(EVENT_TYPES),
    location_id: z.uuid().nullable(),
    location_text: z.string().trim().max(300).nullable().optional(),
    online_url: WebAddress.nullable().optional(),
    timezone: z.string().min(1).max(64),
    dtstart: LocalDateTime,
    duration_minutes: z.number().int().min(5).max(1440),
    rrule: z.string().trim().min(1).max(500).nullable().optional(),
    exdates: z.array(LocalDateTime).max(500).optional(),
    capacity: z.number().int().min(1).max(100_000).nullable(),
    registration_mode: z.enum(REGISTRATION_MODES),
    status: z.enum(['scheduled', 'cancelled']).optional(),
    languages: z.array(LanguageTag).max(30).optional(),
    interpreter_available: z.boolean().optional(),
    is_free: z.boolean().optional(),
    source_locale: LanguageTag.default('en'),
    texts: z.object({
      title: InputTexts,
      description: InputTexts.optional(),
      accessibility: InputTexts.optional(),
      cost: InputTexts.optional(),
    }),
    over_capacity: z.enum(['waitlist', 'keep']).optional().openapi({
      description:
        'When the new capacity is below the people confirmed for a session: `waitlist` moves those confirmed last back to the head of the waiting list (they are told), `keep` keeps them.',
    }),
  })
  .superRefine((value, context) => {
    if (!value.texts.title[value.source_locale]?.value) {
      context.addIssue({
        code: 'custom',
        path: ['texts', 'title', value.source_locale],
        message: 'The title in the source language is needed',
      });
    }
  })
  .openapi('StaffEventInput');
export type StaffEventInputT = z.infer<typeof StaffEventInput>;

export const SessionMoveInput = z
  .object({
    start: LocalDateTime.openapi({ description: 'The new local start, in the event’s zone.' }),
    duration_minutes: z.number().int().min(5).max(1440).optional(),
  })
  .openapi('SessionMoveInput');

export const CapacityProblem = ProblemSchema.extend({
  sessions: z.array(z.object({ key: z.string(), confirmed: z.number().int(), capacity: z.number().int() })),
}).openapi('CapacityProblem');

export const StaffLocationList = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), timezone: z.string() })) })
  .openapi('StaffLocationList');

export type StaffEventT = z.infer<typeof StaffEvent>;
export type StaffEventSummaryT = z.infer<typeof StaffEventSummary>;
