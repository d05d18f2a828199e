import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { staffAuth } from '../staff/auth.js';
import type { SessionSettings } from '../staff/session-cookie.js';
import type { ConfiguredStaffToken } from '../staff/tokens.js';

export interface StaffGateOptions {
  /** Tokens configured by environment (WW_STAFF_TOKENS), as hashes. */
  staffTokens?: ConfiguredStaffToken[] | undefined;
  sessions: SessionSettings;
}

/**
 * The one gate in front of every /v1/staff/ route: a bearer token or the
 * desk's session cookie (with CSRF on writes). Registered before any staff
 * route, so each route file only declares what roles it needs.
 */
export function registerStaffGate(app: OpenAPIHono<AppEnv>, { staffTokens, sessions }: StaffGateOptions): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffToken', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A staff token: `npm run staff:token -w server -- create <name>` prints one, or WW_STAFF_TOKENS lists name:scope:sha256. Tokens act for the desk: read tokens may list, read and export; write tokens may also update and log.',
  });
  app.use('/v1/staff/*', staffAuth({ staffTokens: staffTokens ?? [], sessions }));
}
