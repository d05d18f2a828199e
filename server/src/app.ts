import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env.js';
import type { Database } from './db/schema.js';
import { contentLocales } from './lib/negotiate-locale.js';
import { type Logger } from './lib/logger.js';
import { fixNullableRefs } from './lib/nullable-refs.js';
import { fieldErrors, problem, sendProblem } from './lib/problem.js';
import { errorCode, isDatabaseUnavailable, sendDatabaseUnavailable } from './lib/database-unavailable.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerHsdsRoutes } from './routes/hsds.js';
import { registerLocationRoutes } from './routes/locations.js';
import { registerEventRoutes } from './routes/events.js';
import { registerInquiryRoutes } from './routes/inquiries.js';
import { registerInquiryStatusRoutes } from './routes/inquiry-status.js';
import { registerStatsRoutes } from './routes/stats.js';
import { clockFromEnv } from './lib/clock.js';
import { FieldCrypto } from './lib/field-crypto.js';
import { registerRegistrationRoutes } from './routes/registrations.js';
import { registerManageRoutes } from './routes/manage.js';
import { registerAppointmentRoutes } from './routes/appointments.js';
import { registerAppointmentWaitlistRoutes } from './routes/appointment-waitlist.js';
import { registerAppointmentPages } from './routes/appointment-pages.js';
import { registerVerificationPages } from './routes/verification-pages.js';
import { registerServiceRoutes } from './routes/services.js';
import { registerServiceReportRoutes } from './routes/service-reports.js';
import type { PublicAnswers } from './routes/answer-caching.js';
import { registerStaffRoutes } from './routes/staff.js';
import { registerStaffAccountRoutes } from './routes/staff-accounts.js';
import { registerStaffAuthRoutes } from './routes/staff-auth.js';
import { registerStaffGate } from './routes/staff-gate.js';
import { OidcSignIn, type OidcSettings } from './staff/oidc.js';
import type { SessionSettings } from './staff/session-cookie.js';
import { DEFAULT_IDLE_MINUTES } from './staff/sessions.js';
import type { ConfiguredStaffToken } from './staff/tokens.js';
import { clientKey } from './lib/client-key.js';
import { rateLimit } from './lib/rate-limit.js';
import { timeBudget } from './lib/time-budget.js';
import { refuseNul } from './lib/refuse-nul.js';
import { registerTaxonomyRoutes } from './routes/taxonomy.js';
import { VERSION } from './version.js';

export const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Welcome Widgets API',
    version: VERSION,
    description:
      'The reference backend of Welcome Widgets: a directory of services for immigrants (aligned with HSDS 3.0), localized by `lang` then `Accept-Language`. While the database cannot be reached (a PostgreSQL restart), any route that reads or writes data answers 503 `application/problem+json` (type `…/problems/database-unavailable`) with `Retry-After`, and `/readyz` answers 503 with the reason; the server reconnects by itself.',
  },
};

/** The OpenAPI 3.1 document of an app, as served at /v1/openapi.json. */
export function openApiDocument(app: ReturnType<typeof createApp>) {
  return fixNullableRefs(app.getOpenAPI31Document(OPENAPI_CONFIG));
}

export interface AppOptions {
  db: Kysely<Database>;
  /** Origins allowed to call the API from a browser; `*` allows any. */
  allowedOrigins: string[];
  logger: Logger;
  /** Largest request body, in bytes. */
  bodyLimitBytes?: number;
  /** Write requests (sign-ups, cancellations, inquiries) allowed per client and minute. */
  writesPerMinute?: number;
  /** GET requests to the API allowed per client and minute; unlimited when undefined (tests, benchmarks). */
  readsPerMinute?: number | undefined;
  /** Server time (ms per second) each client's public reads may take; unlimited when undefined (tests). */
  clientMsPerSecond?: number | undefined;
  /** Encrypts personal fields; without one, a key lives only as long as the process (tests, in-memory demos). */
  crypto?: FieldCrypto;
  /** Business days within which the office answers an inquiry. */
  responseDays?: number;
  /** The office's time zone: statistics count whole months in it. */
  timeZone?: string;
  /** Staff API tokens configured by environment (WW_STAFF_TOKENS), as SHA-256 hashes; more live in `staff_tokens`. */
  staffTokens?: ConfiguredStaffToken[];
  /** The public status page a reply links to (with `#reference=…`); WW_PUBLIC_URL + /demo/status.html by default. */
  statusPageUrl?: string;
  /** Whether a mail server is configured (WW_SMTP_URL): without one, mail is kept in the outbox for the desk. */
  smtp?: boolean;
  /** Called when a request queues mail (the process's sender then goes at once). */
  onMailQueued?: () => void;
  /** WW_PUBLIC_URL: where people reach this server (cookies are Secure when https; the origin writes must come from). */
  publicUrl?: string | undefined;
  /** The office's OpenID Connect provider for staff sign-in; none when undefined. */
  oidc?: OidcSettings | undefined;
  /** Minutes a desk session may sit idle (WW_STAFF_IDLE_MINUTES, default 30). */
  staffIdleMinutes?: number;
  /** `npm start`: POST /staff/auth/demo signs in the demo account with the printed token. */
  demoSignIn?: boolean;
  /** The process's cache of whole directory answers and its directory version; none when undefined (tests). */
  answers?: PublicAnswers | undefined;
}

/** The status page until an office publishes its own. */
export const defaultStatusPageUrl = (publicUrl = process.env.WW_PUBLIC_URL ?? 'http://localhost:8080') =>
  `${publicUrl.replace(/\/+$/, '')}/demo/status.html`;

/** Validation failures as RFC 9457 problems that name each field. */
export const validationProblem: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) {
    return sendProblem(
      c,
      problem(400, 'invalid-parameters', 'Some parameters are not valid', {
        errors: fieldErrors(result.error.issues),
      }),
    );
  }
  return undefined;
};

/** The reference API: every route declared with its zod schemas, which also make /v1/openapi.json. */
export function createApp({
  db,
  allowedOrigins,
  logger,
  bodyLimitBytes = 64 * 1024,
  writesPerMinute = 30,
  readsPerMinute,
  clientMsPerSecond,
  crypto: fieldCrypto = FieldCrypto.ephemeral(),
  responseDays = 2,
  timeZone = 'America/New_York',
  staffTokens,
  statusPageUrl = defaultStatusPageUrl(),
  smtp = false,
  onMailQueued,
  publicUrl,
  oidc,
  staffIdleMinutes = DEFAULT_IDLE_MINUTES,
  demoSignIn = false,
  answers,
}: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationProblem });

  app.use('*', async (c, next) => {
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    c.set('db', db);
    c.set('crypto', fieldCrypto);
    c.set('locales', contentLocales(c.req.query('lang'), c.req.header('Accept-Language')));
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    // No query string, no address, no headers: only what operating the service needs.
    logger.info('request', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  const corsForApi = cors({
    origin: (origin) => (allowedOrigins.includes('*') || allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept-Language', 'Idempotency-Key', 'Authorization', 'If-Match'],
    exposeHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
    maxAge: 600,
    credentials: false,
  });
  const cacheable: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.header('Cache-Control', 'public, max-age=60');
      c.header('Vary', 'Accept-Language, Origin');
    }
  };
  const limitBody = bodyLimit({
    maxSize: bodyLimitBytes,
    onError: (c) => sendProblem(c, problem(413, 'body-too-large', 'The request body is too large')),
  });
  const publicRead =
    (limit: MiddlewareHandler): MiddlewareHandler =>
    (c, next) =>
      c.req.method === 'GET' && !c.req.path.startsWith('/v1/staff/') ? limit(c, next) : next();
  // The directory API and the HSDS read API: CORS allow-list, caching with ETag, body limit.
  // One client repeating the dearest request it can find gets its share of the server, no more.
  const budget =
    clientMsPerSecond === undefined
      ? undefined
      : publicRead(timeBudget({ msPerSecond: clientMsPerSecond, burstMs: 4 * clientMsPerSecond, key: clientKey }));
  for (const path of ['/v1/*', '/hsds/*']) {
    app.use(path, corsForApi);
    // Charged for the whole answer, ETag included (a large listing costs its hashing too).
    if (budget) app.use(path, budget);
    app.use(path, cacheable, etag(), limitBody, refuseNul);
  }
  if (readsPerMinute !== undefined) {
    // One client repeating an expensive search must not take the server from everyone else.
    const limitReads = rateLimit({ limit: readsPerMinute, windowMs: 60_000, key: clientKey });
    const limitGets: MiddlewareHandler = (c, next) => (c.req.method === 'GET' ? limitReads(c, next) : next());
    for (const path of ['/v1/*', '/hsds/*']) app.use(path, limitGets);
  }

  const limitWrites = rateLimit({ limit: writesPerMinute, windowMs: 60_000, key: clientKey });
  registerHealthRoutes(app);
  registerServiceRoutes(app, answers, timeZone);
  registerServiceReportRoutes(app, limitWrites);
  registerLocationRoutes(app);
  registerTaxonomyRoutes(app);
  registerHsdsRoutes(app);
  registerEventRoutes(app);
  registerRegistrationRoutes(app, limitWrites);
  registerAppointmentRoutes(app, limitWrites, clockFromEnv());
  registerAppointmentWaitlistRoutes(app, limitWrites);
  // The page messages to registrants link to (stop reminders, cancel): HTML, outside /v1.
  app.use('/r/*', limitBody, refuseNul);
  registerManageRoutes(app, limitWrites);
  registerAppointmentPages(app, limitWrites, clockFromEnv());
  // The pages re-verification mails link to (confirm or correct a listing): HTML, outside /v1.
  app.use('/v/*', limitBody, refuseNul);
  registerVerificationPages(app, limitWrites, { clock: clockFromEnv(), timeZone });
  registerInquiryRoutes(app, limitWrites, responseDays);
  registerInquiryStatusRoutes(app, timeZone);
  registerStatsRoutes(app, timeZone, responseDays);
  // Staff sign-in beside the desk (/staff/auth/), then the gate every /v1/staff/ route is behind.
  const sessions: SessionSettings = { idleMinutes: staffIdleMinutes, publicUrl };
  app.use('/staff/auth/*', limitBody, refuseNul);
  // Each start of an OIDC sign-in stores a flow: limited like the public writes.
  app.use('/staff/auth/oidc', limitWrites);
  registerStaffAuthRoutes(app, {
    sessions,
    oidc: oidc ? new OidcSignIn(oidc) : undefined,
    demoSignIn,
    logger,
  });
  registerStaffGate(app, { staffTokens, sessions });
  registerStaffAccountRoutes(app, sessions);
  registerStaffRoutes(app, { responseDays, timeZone, statusPageUrl, smtp, onMailQueued, clock: clockFromEnv() });

  app.get('/v1/openapi.json', (c) => c.json(openApiDocument(app)));

  app.notFound((c) => sendProblem(c, problem(404, 'not-found', 'There is nothing at this address')));
  app.onError((error, c) => {
    // Hono's own refusals (a body that is not JSON) keep their status, as problems.
    if (error instanceof HTTPException && error.status < 500) {
      return sendProblem(c, problem(error.status, 'bad-request', error.message || 'The request is not valid'));
    }
    // PostgreSQL restarting or out of reach: a passing state, not a bug.
    if (isDatabaseUnavailable(error)) {
      logger.error('database unavailable', { requestId: c.get('requestId'), code: errorCode(error) });
      return sendDatabaseUnavailable(c);
    }
    logger.error('unhandled', { requestId: c.get('requestId'), message: error.message });
    return sendProblem(c, problem(500, 'internal', 'Something went wrong on the server'));
  });
  return app;
}
