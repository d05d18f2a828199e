import { z } from '@hono/zod-openapi';
import { LanguageTag } from '../lib/language-tag.js';
import { ProblemSchema } from '../schemas.js';

/** `lang`: the language the visitor reads; Accept-Language is the fallback. */
export const LangQuery = z.object({
  lang: LanguageTag.optional().openapi({
    description: 'BCP 47 tag of the language to answer in, such as es or zh-Hant.',
  }),
});

/** A comma-separated list in a query parameter, each item checked by `item`. */
export const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1).max(20));

/**
 * A whole number in a query string, written as digits only: `0x10`, `1e3`, ` 7` and `1.0`, which
 * JavaScript's Number() would take, are refused.
 */
export const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'Expected a whole number written in digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback)
    .openapi({ type: 'integer', minimum: min, maximum: max, default: fallback });

/** A positive decimal number in a query string, digits with an optional fraction (no exponent, no hex). */
export const decimalNumber = (max: number) =>
  z
    .string()
    .regex(/^\d{1,6}(\.\d{1,6})?$/, 'Expected a number such as 2.5')
    .transform(Number)
    .pipe(z.number().positive().max(max))
    .openapi({ type: 'number', exclusiveMinimum: 0, maximum: max });

/** `true`/`false`/`1`/`0` in a query string. */
export const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** A JSON response of a route, typed so that its handler's `c.json()` is checked against `schema`. */
export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** An RFC 9457 problem response of a route, which lib/problem.ts's helpers answer. */
export const problemContent = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
});

/** `near=latitude,longitude`, parsed and range-checked. */
export const NearParam = z
  .string()
  .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'Expected "latitude,longitude"')
  .transform((value) => {
    const [latitude, longitude] = value.split(',').map(Number) as [number, number];
    return { latitude, longitude };
  })
  .refine(
    ({ latitude, longitude }) => Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180,
    'Latitude or longitude out of range',
  )
  .openapi({ type: 'string', description: 'A point as "latitude,longitude".', example: '40.7532,-73.9822' });
