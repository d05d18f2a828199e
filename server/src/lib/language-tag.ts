import { z } from '@hono/zod-openapi';

/** A BCP 47 language tag as we accept it: 2 or 3 letters, then subtags (es, zh-Hant, pt-BR, sgn-US). */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** A language tag in a request, with the same message wherever it is wrong. */
export const LanguageTag = z.string().regex(LANGUAGE_TAG, 'Not a language tag');
