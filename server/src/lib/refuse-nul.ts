import type { Context, MiddlewareHandler } from 'hono';
import { problem, sendProblem } from './problem.js';

/** The path of the first string holding U+0000 in parsed JSON, such as `referral` or `items.2.name`. */
function pathOfNul(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path.join('.') || '(body)' : undefined;
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = pathOfNul(child, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

const refuse = (c: Context, path: string) =>
  sendProblem(
    c,
    problem(400, 'invalid-parameters', 'Some parameters are not valid', {
      errors: [{ path, message: 'Contains a NUL character' }],
    }),
  );

/**
 * Refuses, naming the parameter or field, any request whose query or JSON body
 * holds U+0000: nobody types it, and PostgreSQL text cannot store it (it would
 * fail deep in a query as a 500).
 */
export const refuseNul: MiddlewareHandler = async (c, next) => {
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.some((value) => value.includes('\0'))) return refuse(c, name);
  }
  if (c.req.method !== 'GET' && /json/i.test(c.req.header('Content-Type') ?? '')) {
    // Hono keeps the text, so the route's validator reads the same body after this.
    const text = await c.req.text();
    if (text.includes('\0')) return refuse(c, '(body)');
    if (text.includes('\\u0000')) {
      let path: string | undefined;
      try {
        path = pathOfNul(JSON.parse(text));
      } catch {
        // Not JSON: the route's validator says so.
      }
      if (path) return refuse(c, path);
    }
  }
  await next();
  return undefined;
};
