import { z } from '@hono/zod-openapi';
import { LanguageTag } from '../lib/language-tag.js';
import { ContentInfo, IdempotencyKey, LocationSummary } from '../schemas.js';

/**
 * The events API's shapes: they validate requests, type the handlers and
 * make the OpenAPI document the widgets' client types come from.
 */
export const EVENT_TYPES = [
  'legal-clinic',
  'citizenship',
  'english-class',
  'know-your-rights',
  'id-enrollment',
  'workshop',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const REGISTRATION_MODES = ['none', 'per-session', 'series'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

/** A wall-clock time in the event's own zone: the id of an occurrence within its event. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Expected a local date-time such as 2026-03-10T18:00')
  .openapi({ example: '2026-03-10T18:00' });

export const Availability = z
  .object({
    capacity: z.number().int().nullable().openapi({ description: 'Places in all; null when there is no limit.' }),
    taken: z.number().int().openapi({ description: 'Places confirmed (a party of 3 takes 3).' }),
    available: z.number().int().nullable().openapi({ description: 'Places left; null when there is no limit.' }),
    waitlisted: z.number().int().openapi({ description: 'People on the waiting list.' }),
    full: z.boolean(),
  })
  .openapi('Availability');

export const EventRegistrationInfo = z
  .object({
    mode: z.enum(REGISTRATION_MODES).openapi({
      description:
        '`none`: just come; `per-session`: sign up for one session; `series`: sign up once for every session (a 10-week class).',
    }),
    open: z.boolean().openapi({ description: 'Whether sign-up through this API is possible now.' }),
    url: z.string().nullable().openapi({ description: "The organizer's own sign-up page, when it has one." }),
  })
  .openapi('EventRegistrationInfo');

export const EventOccurrence = z
  .object({
    id: z.string().openapi({ description: 'The occurrence: `<event id>/<local start>`.' }),
    event_id: z.string(),
    local_start: LocalDateTime,
    start: z.string().openapi({ description: 'Start instant, ISO 8601 in UTC.' }),
    end: z.string().openapi({ description: 'End instant, ISO 8601 in UTC.' }),
    timezone: z.string().openapi({ description: "IANA time zone the event's times are set in." }),
    title: z.string(),
    summary: z.string().openapi({ description: 'The first sentences of the description.' }),
    content: ContentInfo,
    type: z.enum(EVENT_TYPES),
    type_name: z.string().openapi({ description: 'The type, in the language asked for.' }),
    location: LocationSummary.nullable(),
    location_text: z.string().nullable().openapi({ description: 'Where, when it is not one of the known locations.' }),
    online_url: z.string().nullable(),
    languages: z.array(z.string()).openapi({ description: 'BCP 47 codes of the languages the event is held in.' }),
    free: z.boolean(),
    cost: z.string().nullable(),
    registration: EventRegistrationInfo,
    availability: Availability,
    series: z
      .object({
        position: z.number().int().openapi({ description: '1-based number of this session in the series.' }),
        count: z.number().int().nullable().openapi({ description: 'Sessions in all; null when open-ended.' }),
      })
      .nullable()
      .openapi({ description: 'Null for a one-time event.' }),
    status: z.enum(['scheduled', 'cancelled', 'moved']).openapi({
      description:
        "`cancelled`: the event or this session is cancelled (still listed, no sign-up); `moved`: this session is at a new time (`start`, `end`), which `moved_from` was. A moved session keeps its `local_start` (its original local start): it stays the session's id, and sign-ups use it.",
    }),
    moved_from: z.string().nullable().openapi({ description: "A moved session's original start (ISO 8601)." }),
    moved_to: LocalDateTime.nullable().openapi({
      description: "A moved session's new local start (its calendar day).",
    }),
    past: z.boolean(),
  })
  .openapi('EventOccurrence');

export const EventList = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    truncated: z.boolean().openapi({ description: 'True when the window held more occurrences than were returned.' }),
    items: z.array(EventOccurrence),
    next: EventOccurrence.nullable().openapi({
      description: 'When the window is empty: the next matching occurrence after it, if any.',
    }),
    facets: z.object({
      types: z.record(z.string(), z.number().int()),
      languages: z.record(z.string(), z.number().int()),
    }),
  })
  .openapi('EventList');

export const EventDetail = EventOccurrence.extend({
  description: z.string(),
  organizer: z.string().nullable(),
  accessibility: z.string().nullable(),
  recurrence: z
    .object({ rrule: z.string(), exdates: z.array(LocalDateTime) })
    .nullable()
    .openapi({ description: 'RFC 5545 rule of a recurring event.' }),
  occurrences: z
    .array(
      z.object({
        local_start: LocalDateTime,
        start: z.string(),
        end: z.string(),
        past: z.boolean(),
        availability: Availability,
        status: z.enum(['scheduled', 'cancelled', 'moved']),
        moved_from: z.string().nullable(),
        moved_to: LocalDateTime.nullable(),
      }),
    )
    .openapi({ description: 'Every session of a series (at most 100), past ones included.' }),
}).openapi('EventDetail');

/** `party_size`: people coming together, counted against capacity. */
export const RegistrationRequest = z
  .object({
    name: z.string().trim().min(1, 'Enter a name').max(120),
    contact_method: z.enum(['email', 'phone', 'none']),
    email: z.email('Enter an email address such as name@example.com').max(200).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{7,25}$/, 'Enter a phone number with at least 7 digits')
      .optional(),
    preferred_language: LanguageTag,
    scope: z.enum(['session', 'series']),
    occurrence: LocalDateTime.optional().openapi({ description: 'Required when scope is session.' }),
    party_size: z.number().int().min(1).max(10).default(1),
    access_needs: z.string().trim().max(500).optional(),
    idempotency_key: IdempotencyKey.openapi({
      description: 'A random key made once per form; sending it again returns the same registration.',
    }),
    website: z.string().max(0, 'Leave this field empty').optional().openapi({
      description: 'A honeypot: people never see it, so it stays empty.',
    }),
  })
  .superRefine((value, context) => {
    if (value.contact_method === 'email' && !value.email) {
      context.addIssue({ code: 'custom', path: ['email'], message: 'Enter an email address' });
    }
    if (value.contact_method === 'phone' && !value.phone) {
      context.addIssue({ code: 'custom', path: ['phone'], message: 'Enter a phone number' });
    }
    if (value.scope === 'session' && !value.occurrence) {
      context.addIssue({ code: 'custom', path: ['occurrence'], message: 'Choose a session' });
    }
  })
  .openapi('RegistrationRequest');

export const Registration = z
  .object({
    id: z.string(),
    event_id: z.string(),
    scope: z.enum(['session', 'series']),
    occurrence: LocalDateTime.nullable(),
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    waitlist_position: z.number().int().nullable(),
    party_size: z.number().int(),
    cancel_token: z.string().openapi({
      description: 'Secret that cancels this registration; shown once, stored only as a hash.',
    }),
  })
  .openapi('Registration');

export const CancelRequest = z.object({ token: z.string().min(20).max(200) }).openapi('CancelRequest');

export const CancelResult = z
  .object({
    status: z.literal('cancelled'),
    event_id: z.string(),
    promoted: z.number().int().openapi({ description: 'People moved from the waiting list to confirmed.' }),
  })
  .openapi('CancelResult');

export type EventOccurrenceT = z.infer<typeof EventOccurrence>;
export type EventDetailT = z.infer<typeof EventDetail>;
export type RegistrationT = z.infer<typeof Registration>;
