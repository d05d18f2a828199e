import type { Context } from 'hono';
import { problem, sendProblem } from './problem.js';

/** Seconds a client is asked to wait while the database is away (a restart takes a few). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that could not be made or was cut. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** SQLSTATEs of a server going away: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres says these without a code. */
const DRIVER_MESSAGES = /^Connection terminated|not queryable|timeout exceeded when trying to connect/;

/**
 * Whether an error means the database cannot be reached right now (refused,
 * shutting down, connection cut): a passing state to answer with 503, not a
 * bug. Looks into `cause` and AggregateError's `errors` too.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  if (DRIVER_MESSAGES.test(error.message)) return true;
  const inner = error instanceof AggregateError ? (error.errors as unknown[]) : [];
  return [error.cause, ...inner].some((e) => isDatabaseUnavailable(e, depth + 1));
}

/** The error's code (SQLSTATE or socket error), for logs and /readyz; never its message. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** 503 problem+json with Retry-After: the request may succeed once the database is back. */
export function sendDatabaseUnavailable(c: Context): Response {
  c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
  return sendProblem(
    c,
    problem(503, 'database-unavailable', 'The service is briefly unavailable', {
      detail: `The database cannot be reached; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`,
    }),
  );
}
