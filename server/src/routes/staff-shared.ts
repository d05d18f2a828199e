import { z } from '@hono/zod-openapi';
import type { Clock } from '../lib/clock.js';
import { ProblemSchema } from '../schemas.js';
import { problemContent } from './params.js';

/** Every staff route: a desk session (cookie, X-CSRF-Token on writes) or a bearer token. */
export const security: Record<string, string[]>[] = [{ staffSession: [] }, { staffToken: [] }];

export const guarded = {
  401: problemContent('No token, an unknown one or a revoked one; see WWW-Authenticate.'),
  429: problemContent('Too many failed attempts from this client; see Retry-After.'),
};
export const writing = { ...guarded, 403: problemContent('The token may only read, or the role does not allow this.') };
export const adminOnly = { ...guarded, 403: problemContent('Needs the admin role.') };

export const IdParam = z.object({ id: z.uuid() });

/** What the desk's routes need to know about the office. */
export interface DeskOptions {
  /** Business days within which the office answers an inquiry (WW_RESPONSE_DAYS). */
  responseDays: number;
  /** The office's IANA zone: business days are Monday to Friday there. */
  timeZone: string;
  /** The public status page; a reply's {status_url} is this plus `#reference=…`. */
  statusPageUrl: string;
  /** Whether a mail server is configured: without one, mail is kept in the outbox for the desk to see. */
  smtp: boolean;
  /** Called when mail is queued, so this process's sender goes at once instead of at its next round. */
  onMailQueued?: (() => void) | undefined;
  /** What "now" is for rosters (has a session ended?): the system's, or a test clock (WW_TEST_CLOCK_FILE). */
  clock?: Clock | undefined;
}

/** 412: someone changed the record since the caller read it. */
export const StaleProblem = ProblemSchema.extend({
  changed_by: z.string().nullable().openapi({ description: 'Who changed it last.' }),
  changed_at: z.string().openapi({ description: 'When (ISO 8601).' }),
  current_version: z.number().int(),
}).openapi('StaleProblem');
