import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../src/app-env.js';
import { validationProblem } from '../../src/app.js';
import type { OpenDatabase } from '../../src/db/database.js';
import type { StaffRole } from '../../src/db/schema.js';
import type { FieldCrypto } from '../../src/lib/field-crypto.js';
import { registerStaffInquiryRoutes } from '../../src/routes/staff.js';
import { registerDeskRoutes } from '../../src/routes/staff-desk.js';
import { registerStaffEventRoutes } from '../../src/routes/staff-events.js';
import { registerOutreachRoutes } from '../../src/routes/staff-outreach.js';
import { registerReferralRoutes } from '../../src/routes/staff-referrals.js';
import type { DeskOptions } from '../../src/routes/staff-shared.js';
import type { StaffIdentity } from '../../src/staff/identity.js';

/** A staff account row, as an admin would have created it. */
export async function insertAccount(
  database: OpenDatabase,
  { name, roles = ['desk'], disabled = false }: { name: string; roles?: StaffRole[]; disabled?: boolean },
): Promise<string> {
  const id = randomUUID();
  await database.db
    .insertInto('staff_accounts')
    .values({
      id,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@office.example`,
      display_name: name,
      roles,
      password_hash: null,
      totp_secret_enc: null,
      totp_pending_enc: null,
      oidc_issuer: null,
      oidc_subject: null,
      setup_token_hash: null,
      setup_expires_at: null,
      locked_until: null,
      disabled_at: disabled ? new Date() : null,
    })
    .execute();
  return id;
}

/** The identity a signed-in desk session would carry (sign-in itself is built elsewhere). */
export function sessionIdentity(accountId: string, name: string, roles: StaffRole[] = ['desk']): StaffIdentity {
  return { name, scope: 'write', roles, via: 'session', accountId };
}

/**
 * FAKE SESSION: the desk's routes behind a middleware that puts a session
 * identity on the context, standing in for the cookie sign-in (not on this
 * branch). It tests what the routes do for a session (If-Match required, no
 * free-text referral, `assigned=me`), not how a session is established.
 */
export function fakeSessionApp(
  database: OpenDatabase,
  fieldCrypto: FieldCrypto,
  identity: StaffIdentity,
  desk: Partial<DeskOptions> = {},
) {
  const options: DeskOptions = {
    responseDays: 2,
    timeZone: 'America/New_York',
    statusPageUrl: 'https://office.example/status',
    smtp: false,
    ...desk,
  };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationProblem });
  app.use('*', async (c, next) => {
    c.set('db', database.db);
    c.set('crypto', fieldCrypto);
    c.set('locales', ['en']);
    c.set('requestId', 'fake-session');
    c.set('staff', identity);
    await next();
  });
  registerStaffInquiryRoutes(app, options);
  registerDeskRoutes(app, options);
  registerReferralRoutes(app);
  registerOutreachRoutes(app);
  registerStaffEventRoutes(app);
  async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, text };
  }
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => send('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) => send('PATCH', path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) => send('PUT', path, body, headers),
  };
}
