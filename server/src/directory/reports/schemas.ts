import { z } from '@hono/zod-openapi';
import { IdempotencyKey } from '../../schemas.js';
import { UI_LOCALES } from '../../lib/ui-locales.js';

/** What a visitor may report about a listing (the finder offers each as a choice). */
export const VISITOR_REPORT_KINDS = [
  'wrong-phone',
  'moved',
  'closed',
  'wrong-hours',
  'not-free',
  'unsafe-or-scam',
  'other',
] as const;

/** Every kind a report may have: a provider's correction comes through the re-verification link. */
export const REPORT_KINDS = [...VISITOR_REPORT_KINDS, 'provider-correction'] as const;

/** The longest note a visitor may add. */
export const NOTE_MAX = 1000;

export const ReportRequest = z
  .object({
    kind: z.enum(VISITOR_REPORT_KINDS).openapi({ description: 'What is wrong with the listing.' }),
    note: z
      .string()
      .max(NOTE_MAX)
      .optional()
      .openapi({
        description: `Anything more, up to ${NOTE_MAX} characters. Optional; no personal details are asked for. Encrypted at rest.`,
      }),
    lang: z.enum(UI_LOCALES).openapi({ description: 'The UI language the visitor read the listing in.' }),
    idempotency_key: IdempotencyKey.optional().openapi({
      description: 'The same key again answers 200 with the first report instead of making a second one.',
    }),
  })
  .openapi('ServiceReportRequest');

export const ReportReceipt = z.object({ id: z.uuid(), status: z.literal('received') }).openapi('ServiceReportReceipt');

export const StaffReport = z
  .object({
    id: z.uuid(),
    service_id: z.uuid(),
    service_name: z.string(),
    source: z.enum(['visitor', 'provider']),
    kind: z.enum(REPORT_KINDS),
    note: z.string().nullable().openapi({ description: 'Decrypted; the list is audited as one view.' }),
    proposed: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: "A provider's proposed values, by field (provider corrections only)." }),
    locale: z.string().openapi({ description: 'The UI language the report was made in.' }),
    status: z.enum(['open', 'closed']),
    resolution: z.enum(['fixed', 'no-change']).nullable(),
    created_at: z.string(),
    closed_at: z.string().nullable(),
    closed_by: z.string().nullable(),
  })
  .openapi('StaffServiceReport');

export const StaffReportList = z
  .object({ items: z.array(StaffReport), total: z.number().int() })
  .openapi('StaffServiceReportList');

export const CloseReportRequest = z.object({ resolution: z.literal('no-change') }).openapi('CloseServiceReportRequest');

export type ReportInput = z.infer<typeof ReportRequest>;
export type StaffReportView = z.infer<typeof StaffReport>;
