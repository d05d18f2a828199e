import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';

/** An RFC 9457 problem: a stable `type`, a human `title`, and the fields at fault. */
export interface Problem<Status extends ContentfulStatusCode = ContentfulStatusCode> {
  type: string;
  title: string;
  status: Status;
  detail?: string;
  errors?: { path: string; message: string }[];
}

/**
 * A problem response, typed as the `application/problem+json` response of that
 * status which a route declares: a handler returns it as it returns `c.json()`,
 * and a status the route does not declare is a type error.
 */
export type ProblemResponse<Status extends ContentfulStatusCode> = Response &
  TypedResponse<JSONParsed<Problem<Status>>, Status, 'json'>;

const TYPE_BASE = 'https://welcome-widgets.org/problems/';

export function problem<Status extends ContentfulStatusCode>(
  status: Status,
  slug: string,
  title: string,
  extra: Pick<Problem, 'detail' | 'errors'> = {},
): Problem<Status> {
  return { type: `${TYPE_BASE}${slug}`, title, status, ...extra };
}

export function sendProblem<Status extends ContentfulStatusCode>(
  c: Context,
  value: Problem<Status>,
): ProblemResponse<Status> {
  return c.json(value, value.status, { 'Content-Type': 'application/problem+json' });
}

/** A 404 for an id or address that names nothing. */
export function notFound(c: Context, title: string): ProblemResponse<404> {
  return sendProblem(c, problem(404, 'not-found', title));
}

/** Zod issues as `{ path, message }`, with the path a dotted field name such as `page_size`. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

/** A 400 for one parameter that passed its schema but not a rule across parameters or the data. */
export function invalidParameter(c: Context, path: string, message: string): ProblemResponse<400> {
  return sendProblem(
    c,
    problem(400, 'invalid-parameters', 'Some parameters are not valid', { errors: [{ path, message }] }),
  );
}
