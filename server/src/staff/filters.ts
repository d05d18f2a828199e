import { z } from '@hono/zod-openapi';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import { normalizeReference } from '../inquiries/reference.js';
import { INQUIRY_TOPICS, STAFF_CHANNELS, STATUSES } from '../inquiries/schemas.js';
import { Instant } from '../lib/instant.js';
import { LanguageTag } from '../lib/language-tag.js';
import { booleanFlag, listOf, wholeNumber } from '../routes/params.js';

/** Statuses still waiting for the office: these can be overdue. */
export const OPEN_STATUSES = ['new', 'in-progress'] as const;

const filterFields = {
  status: listOf(z.enum(STATUSES))
    .optional()
    .openapi({ description: `Statuses, comma-separated (any of them): ${STATUSES.join(', ')}.` }),
  topic: listOf(z.enum([...INQUIRY_TOPICS, 'volunteer']))
    .optional()
    .openapi({
      description: 'Topic codes (as /v1/inquiries/topics lists, or volunteer), comma-separated (any of them).',
    }),
  channel: listOf(z.enum(STAFF_CHANNELS))
    .optional()
    .openapi({ description: `Channels, comma-separated (any of them): ${STAFF_CHANNELS.join(', ')}.` }),
  language: listOf(LanguageTag)
    .optional()
    .openapi({ description: 'Preferred languages, comma-separated; `zh` also matches zh-Hans and zh-Hant.' }),
  kind: z.enum(['inquiry', 'volunteer']).optional(),
  assigned: z
    .union([z.enum(['me', 'none']), z.uuid()])
    .optional()
    .openapi({
      description:
        'Whose inquiries: `me` (the signed-in account; a token has none), `none` (nobody has it yet) or an account id.',
    }),
  overdue: booleanFlag.optional().openapi({
    type: 'boolean',
    description:
      "true: open (new or in progress) and received more than the response time (WW_RESPONSE_DAYS business days, Monday to Friday in the office's time zone) ago; false: every other inquiry.",
  }),
  from: Instant.optional().openapi({
    type: 'string',
    description: 'Received at or after this instant (ISO 8601; a bare date is midnight UTC).',
    example: '2026-03-01',
  }),
  to: Instant.optional().openapi({
    type: 'string',
    description: 'Received before this instant (exclusive), so from=2026-03-01&to=2026-04-01 is March.',
    example: '2026-04-01',
  }),
  q: z
    .string()
    .refine((value) => normalizeReference(value) !== null, 'A reference code such as K7M-4QX')
    .transform((value) => normalizeReference(value)!)
    .optional()
    .openapi({
      type: 'string',
      description:
        'A reference code, in any case and with any separator (k7m4qx). Names, contact details and messages are encrypted, so they cannot be searched.',
    }),
};

const validWindow = (value: { from?: Date | undefined; to?: Date | undefined }, context: z.RefinementCtx) => {
  if (value.from && value.to && value.to <= value.from) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from' });
  }
};

/** Filters for the CSV export. */
export const InquiryFilterQuery = z.object(filterFields).superRefine(validWindow);

/** The same filters, one page at a time, for the list. */
export const InquiryListQuery = z
  .object({
    ...filterFields,
    sort: z.enum(['newest', 'oldest']).default('newest').openapi({ description: 'By when it was received.' }),
    page: wholeNumber(1, 10_000, 1),
    page_size: wholeNumber(1, 100, 25),
  })
  .superRefine(validWindow);

export type InquiryFilters = z.output<typeof InquiryFilterQuery>;

/** What the filters are relative to: the caller's account and the overdue cutoff of this request. */
export interface FilterScope {
  /** Open inquiries received before this instant are overdue (see lib/business-days.ts). */
  overdueBefore: Date;
  /** The signed-in account; `assigned=me` matches nothing without one. */
  accountId?: string | undefined;
}

/** Open and received before the cutoff: a range of the (status, received_at) index. */
export function overdueCondition(eb: ExpressionBuilder<Database, 'inquiries'>, overdueBefore: Date) {
  return eb.and([eb('status', 'in', [...OPEN_STATUSES]), eb('received_at', '<', overdueBefore)]);
}

/** The filters as one WHERE condition (every filter given must hold). */
export function whereFilters(filters: InquiryFilters, scope: FilterScope) {
  return (eb: ExpressionBuilder<Database, 'inquiries'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filters.assigned === 'none') conditions.push(eb('assigned_to', 'is', null));
    else if (filters.assigned === 'me') {
      conditions.push(scope.accountId ? eb('assigned_to', '=', scope.accountId) : eb.lit(false));
    } else if (filters.assigned) conditions.push(eb('assigned_to', '=', filters.assigned));
    if (filters.overdue !== undefined) {
      const overdue = overdueCondition(eb, scope.overdueBefore);
      conditions.push(filters.overdue ? overdue : eb.not(overdue));
    }
    if (filters.status) conditions.push(eb('status', 'in', filters.status));
    if (filters.topic) conditions.push(eb('topic', 'in', filters.topic));
    if (filters.channel) conditions.push(eb('channel', 'in', filters.channel));
    if (filters.kind) conditions.push(eb('kind', '=', filters.kind));
    if (filters.from) conditions.push(eb('received_at', '>=', filters.from));
    if (filters.to) conditions.push(eb('received_at', '<', filters.to));
    if (filters.q) conditions.push(eb('reference', '=', filters.q));
    if (filters.language) {
      // Tags hold only letters, digits and dashes (checked above), so LIKE sees no wildcard from the user.
      const language = eb.fn<string>('lower', ['preferred_language']);
      conditions.push(
        eb.or(
          filters.language.flatMap((tag) => [
            eb(language, '=', tag.toLowerCase()),
            eb(language, 'like', `${tag.toLowerCase()}-%`),
          ]),
        ),
      );
    }
    return eb.and(conditions);
  };
}
