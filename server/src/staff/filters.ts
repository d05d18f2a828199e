import { z } from '@hono/zod-openapi';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import { normalizeReference } from '../inquiries/reference.js';
import { CHANNELS, INQUIRY_TOPICS, STATUSES } from '../inquiries/schemas.js';
import { Instant } from '../lib/instant.js';
import { LanguageTag } from '../lib/language-tag.js';
import { listOf, wholeNumber } from '../routes/params.js';

const filterFields = {
  status: listOf(z.enum(STATUSES))
    .optional()
    .openapi({ description: `Statuses, comma-separated (any of them): ${STATUSES.join(', ')}.` }),
  topic: listOf(z.enum([...INQUIRY_TOPICS, 'volunteer']))
    .optional()
    .openapi({
      description: 'Topic codes (as /v1/inquiries/topics lists, or volunteer), comma-separated (any of them).',
    }),
  channel: listOf(z.enum(CHANNELS))
    .optional()
    .openapi({ description: `Channels, comma-separated (any of them): ${CHANNELS.join(', ')}.` }),
  language: listOf(LanguageTag)
    .optional()
    .openapi({ description: 'Preferred languages, comma-separated; `zh` also matches zh-Hans and zh-Hant.' }),
  kind: z.enum(['inquiry', 'volunteer']).optional(),
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
    page: wholeNumber(1, 10_000, 1),
    page_size: wholeNumber(1, 100, 25),
  })
  .superRefine(validWindow);

export type InquiryFilters = z.output<typeof InquiryFilterQuery>;

/** The filters as one WHERE condition (every filter given must hold). */
export function whereFilters(filters: InquiryFilters) {
  return (eb: ExpressionBuilder<Database, 'inquiries'>) => {
    const conditions: Expression<SqlBool>[] = [];
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
