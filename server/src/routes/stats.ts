import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { DIMENSIONS, inquiryStats } from '../stats/inquiry-stats.js';
import { Month } from '../lib/instant.js';
import { invalidParameter } from '../lib/problem.js';
import { jsonContent, LangQuery, listOf, problemContent } from './params.js';

const Count = z
  .number()
  .int()
  .nullable()
  .openapi({ description: 'Rounded to the nearest multiple of 5 (0 stays 0); null when suppressed (fewer than 5).' });

const AttendanceCell = z.object({
  key: z.string(),
  registered: Count.openapi({ description: 'People confirmed (walk-ins not included).' }),
  attended: Count.openapi({ description: 'Of them, people who came.' }),
  no_show: Count.openapi({ description: 'Of them, people marked as not come.' }),
  walk_ins: Count.openapi({ description: 'People who came without signing up.' }),
  suppressed: z.boolean().openapi({ description: 'At least one count of this row is hidden.' }),
});

const AppointmentCounts = {
  booked: Count.openapi({
    description: 'Appointments booked (come, not come, or still to come); holds and cancellations not counted.',
  }),
  no_shows: Count.openapi({ description: 'Of them, those marked as not come.' }),
  median_days_ahead: z.number().nullable().openapi({
    description:
      'Median days from booking to the appointment, to a tenth; null unless `booked` is shown and 5 or more.',
  }),
  suppressed: z.boolean().openapi({ description: 'At least one count of this row is hidden.' }),
};

const InquiryStats = z
  .object({
    from: Month,
    to: Month,
    time_zone: z.string().openapi({ description: 'Months are counted in this time zone.' }),
    kind: z.enum(['inquiry', 'volunteer']),
    group_by: z.array(z.enum(DIMENSIONS)),
    threshold: z.number().int().openapi({ description: 'Counts from 1 to threshold − 1 are suppressed.' }),
    first_month: Month.nullable().openapi({
      description:
        'The first month with any inquiry of this kind, whatever the window (null when there is none): where a choice of months can start.',
    }),
    total: z.object({ count: Count, suppressed: z.boolean() }),
    rows: z.array(
      z.object({
        keys: z.record(z.string(), z.string()).openapi({
          description:
            'The value of each grouping, e.g. { month: "2025-01", channel: "hotline" }. Topics, languages and referrals come from fixed lists (referrals as destination codes; `none` when not referred); a value with fewer than 5 inquiries in the window, or not on the list, counts under `other`.',
        }),
        count: Count,
        suppressed: z
          .boolean()
          .openapi({ description: 'Fewer than 5, or hidden so that another small count cannot be worked out.' }),
      }),
    ),
    referral_names: z.record(z.string(), z.string()).optional().openapi({
      description:
        'When grouped by referral: the name of each referral destination, by code, in the language asked for.',
    }),
    referral_names_fallback: z.array(z.string()).optional().openapi({
      description:
        'When grouped by referral: the codes whose name is not in the first language asked for (a destination an office added or renamed keeps its own words).',
    }),
    resolution: z.object({
      resolved: Count,
      rate: z.number().nullable().openapi({
        description:
          'Share resolved or closed, 0 to 1, of the published (rounded) counts; null when it would reveal a small count.',
      }),
      median_days: z
        .number()
        .nullable()
        .openapi({ description: 'Median days from receipt to resolution (5 or more resolved).' }),
      suppressed: z.boolean(),
    }),
    resolution_within: z
      .object({
        business_days: z.number().int().openapi({
          description: "The office's response time (WW_RESPONSE_DAYS), in business days (Monday to Friday).",
        }),
        resolved_within: Count.openapi({
          description:
            'Resolved or closed by the end of the N-th business day after the day received (in the office zone). Rounded to 5; null when it or the number resolved later is from 1 to 4, or when `resolved` is hidden.',
        }),
        resolved: Count.openapi({ description: 'Resolved or closed (as `resolution.resolved`).' }),
        share: z.number().nullable().openapi({
          description: 'resolved_within ÷ resolved, 0 to 1, of the published (rounded) counts; null when hidden.',
        }),
        suppressed: z.boolean(),
      })
      .openapi({ description: 'How many resolutions came within the response time.' }),
    outreach: z
      .object({
        by_language: z
          .array(
            z.object({
              language: z.string().openapi({
                description:
                  'A language from the published list; `other` gathers the rest and any with fewer than 5 people in the window.',
              }),
              people: Count,
              suppressed: z.boolean(),
            }),
          )
          .openapi({ description: 'People reached, by the language they were spoken to in, in list order.' }),
        people: Count.openapi({ description: 'People reached in all (null when from 1 to 4).' }),
        events: z.number().int().openapi({ description: 'Outreach events held in the window.' }),
      })
      .openapi({
        description:
          'What the outreach team recorded at events held in the window (people reached, not inquiries: inquiries taken at outreach events count under the channel `outreach`).',
      }),
    attendance: z
      .object({
        by_type: z.array(AttendanceCell).openapi({ description: 'By event type, in the order of the type list.' }),
        by_language: z.array(AttendanceCell).openapi({
          description:
            'By the language chosen at sign-up (walk-ins: the language they were helped in); a language from the published list, `other` gathering the rest and any with fewer than 5 people in the window.',
        }),
      })
      .openapi({
        description:
          "Attendance at event sessions that ended in the window (in the office's time zone) and whose attendance was taken at the door; cancelled sessions count nothing. People, party sizes summed.",
      }),
    appointments: z
      .object({
        by_type: z
          .array(
            z.object({
              type_code: z.string().openapi({
                description: "The appointment type's code (types with one code at several places count as one).",
              }),
              title: z.string().openapi({ description: "The type's title in the language asked for (or its source)." }),
              ...AppointmentCounts,
            }),
          )
          .openapi({
            description: 'Every type set up, zeros too, by code; empty when no appointment is in the window.',
          }),
        by_language: z
          .array(
            z.object({
              language: z.string().openapi({
                description:
                  "The language of the booking (the client's, when booked on behalf), from the published list; `other` gathers the rest and any with fewer than 5 bookings in the window.",
              }),
              ...AppointmentCounts,
            }),
          )
          .openapi({ description: 'In list order.' }),
      })
      .openapi({
        description:
          "One-to-one appointments that start in the window (in the office's time zone), by type and by language, with the same disclosure control as the other counts.",
      }),
  })
  .openapi('InquiryStats');

const statsRoute = createRoute({
  method: 'get',
  path: '/v1/stats/inquiries',
  summary: 'Inquiry counts for public dashboards, with small cells suppressed',
  description:
    'Counts of inquiries from every channel (hotline, email, 311, web, outreach) by whole months in the office\'s time zone (`from` and `to` are months, `YYYY-MM`; a day or time is refused with 400), broken down by up to two of month, channel, topic, language, status and referral destination, with the resolution rate, the median days to resolution, the share resolved within the office\'s response time (WW_RESPONSE_DAYS business days) the people the outreach team reached by language, and attendance at event sessions (registered, attended, no-shows, walk-ins) by event type and by language, and one-to-one appointments (booked, no-shows, median days from booking to appointment) by type and by language. Referrals count the destination the desk recorded (`referral_code`), else older free text mapped to a destination. No personal data, and no text anyone typed: topics, languages and referral destinations come from fixed lists, and a value with fewer than 5 inquiries in the window counts under `other`. Disclosure control: counts from 1 to 4 are published as null ("fewer than 5"), a second count is hidden wherever a total would let one be worked out, and every other count (totals included) is rounded to the nearest multiple of 5. Windows are whole months, so two overlapping windows differ by the months between them; rounded, their counts differ by a multiple of 5 that fits every count from 1 to 4 alike, so subtracting them never recovers a hidden count.',
  request: {
    query: z
      .object({
        from: Month.optional().openapi({ description: 'First month (default: 11 months before `to`).' }),
        to: Month.optional().openapi({ description: 'Last month, inclusive (default: the last full month).' }),
        group_by: listOf(z.enum(DIMENSIONS))
          .optional()
          .openapi({ description: `Up to two of: ${DIMENSIONS.join(', ')}.` }),
        kind: z.enum(['inquiry', 'volunteer']).default('inquiry'),
      })
      .merge(LangQuery),
  },
  responses: {
    200: jsonContent(InquiryStats, 'The counts.'),
    400: problemContent('A parameter is not valid.'),
  },
});

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

export function registerStatsRoutes(app: OpenAPIHono<AppEnv>, timeZone: string, responseDays: number): void {
  app.openapi(statsRoute, async (c) => {
    const query = c.req.valid('query');
    const now = new Date();
    const to = query.to ?? monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)));
    const [year, month] = to.split('-').map(Number) as [number, number];
    const from = query.from ?? monthOf(new Date(Date.UTC(year, month - 12, 1)));
    if (from > to) return invalidParameter(c, 'from', 'from must not be after to');
    if (
      Number(to.slice(0, 4)) * 12 + Number(to.slice(5)) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5))) >=
      60
    ) {
      return invalidParameter(c, 'to', 'At most 60 months at once');
    }
    const groupBy = query.group_by ?? [];
    if (groupBy.length > 2 || new Set(groupBy).size !== groupBy.length) {
      return invalidParameter(c, 'group_by', 'At most two different groupings');
    }
    const stats = await inquiryStats(c.get('db'), {
      from,
      to,
      groupBy,
      kind: query.kind,
      timeZone,
      locales: c.get('locales'),
      responseDays,
    });
    // Aggregates only, the same for everyone who reads that language: shared caches may keep them a while.
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Vary', 'Accept-Language, Origin');
    return c.json(stats, 200);
  });
}
