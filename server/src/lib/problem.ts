import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An RFC 9457 problem: a stable `type`, a human `title`, and the fields at fault. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

const TYPE_BASE = 'https://welcome-widgets.org/problems/';

export function problem(status: number, slug: string, title: string, extra: Partial<Problem> = {}): Problem {
  return { type: `${TYPE_BASE}${slug}`, title, status, ...extra };
}

export function sendProblem(c: Context, value: Problem): Response {
  return c.body(JSON.stringify(value), value.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
  });
}

/** Zod issues as `{ path, message }`, with the path a dotted field name such as `page_size`. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

/** A 400 for one parameter that passed its schema but not a rule across parameters or the data. */
export function invalidParameter(c: Context, path: string, message: string): Response {
  return sendProblem(
    c,
    problem(400, 'invalid-parameters', 'Some parameters are not valid', { errors: [{ path, message }] }),
  );
}
