import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { Logger } from '../lib/logger.js';
import { notFound, problem, sendProblem, type Problem } from '../lib/problem.js';
import { recordAudit } from '../staff/audit.js';
import { AuthConfig, DemoBody, LoginBody, Me, SetupBody } from '../staff/account-schemas.js';
import { meOfAccount } from '../staff/account-view.js';
import { completeSetup, type AccountRow } from '../staff/accounts.js';
import { csrfRefusal, foreignOrigin } from '../staff/csrf.js';
import { useDemoToken } from '../staff/demo-sign-in.js';
import { failureGate } from '../staff/failure-gate.js';
import type { OidcSignIn } from '../staff/oidc.js';
import { hashPassword } from '../staff/passwords.js';
import {
  clearSessionCookie,
  readSessionCookie,
  setSessionCookie,
  type SessionSettings,
} from '../staff/session-cookie.js';
import { createSession, deleteSession, findSession, hashSessionId } from '../staff/sessions.js';
import { signInWithPassword } from '../staff/sign-in.js';
import { jsonContent, problemContent } from './params.js';

const tags = ['Staff sign-in'];
const signedIn = (description: string) => ({
  ...jsonContent(Me, `${description} Sets the session cookie (ww_staff; __Host-ww_staff over HTTPS).`),
  headers: z.object({ 'Set-Cookie': z.string() }),
});
const redirect = (description: string) => ({ description, headers: z.object({ Location: z.string() }) });
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const tooMany = problemContent(
  'Type `locked`: five failed sign-ins locked the account for 15 minutes, or this client failed 20 times within a minute; see Retry-After.',
);
const foreign = problemContent('Type `csrf`: posted from another site (the Origin header is not this server).');

const configRoute = createRoute({
  method: 'get',
  path: '/staff/auth/config',
  tags,
  summary: 'How staff may sign in here',
  responses: { 200: jsonContent(AuthConfig, 'The sign-in methods and the idle timeout.') },
});

const loginRoute = createRoute({
  method: 'post',
  path: '/staff/auth/login',
  tags,
  summary: 'Sign in with email and password (and a code when the account has an authenticator)',
  description:
    'An unknown email, a disabled account and a wrong password get the same answer in the same time. Every sign-in starts a new session; the cookie the browser had before is never reused.',
  request: jsonBody(LoginBody),
  responses: {
    200: signedIn('Signed in.'),
    400: problemContent('The body is not valid.'),
    401: problemContent(
      'Type `sign-in-failed` (with `field: "code"` when the code was wrong), or `code-required`: the password was right and the account needs its authenticator code.',
    ),
    403: foreign,
    429: tooMany,
  },
});

const setupRoute = createRoute({
  method: 'post',
  path: '/staff/auth/setup',
  tags,
  summary: 'Set a password from a set-up link, and sign in',
  request: jsonBody(SetupBody),
  responses: {
    200: signedIn('Password set; signed in.'),
    400: problemContent(
      'The password is too short (`errors`), or type `setup-link-invalid`: unknown, used or expired.',
    ),
    403: foreign,
    429: tooMany,
  },
});

const demoRoute = createRoute({
  method: 'post',
  path: '/staff/auth/demo',
  tags,
  summary: 'Sign in with the one-time demo token `npm start` prints',
  responses: {
    200: signedIn('Signed in as the demo account.'),
    400: problemContent('Type `demo-link-invalid`: unknown, used or expired.'),
    403: foreign,
    404: problemContent('This server was not started with a demo sign-in.'),
    429: tooMany,
  },
  request: jsonBody(DemoBody),
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/staff/auth/logout',
  tags,
  summary: 'Sign out: the session ends and the cookie is cleared',
  description: 'With the session cookie, send X-CSRF-Token as for every write.',
  security: [{ staffSession: [] }],
  responses: {
    204: { description: 'Signed out (also when there was no session).' },
    403: problemContent('Type `csrf`: no or a wrong X-CSRF-Token, or another site.'),
  },
});

const oidcRoute = createRoute({
  method: 'get',
  path: '/staff/auth/oidc',
  tags,
  summary: "Start signing in through the office's OpenID Connect provider",
  request: {
    query: z.object({
      return_to: z.string().max(300).optional().openapi({ description: 'A page of the desk, such as /staff/#queue.' }),
    }),
  },
  responses: {
    302: redirect('To the provider (authorization code flow with PKCE), or to /staff/#sign-in-error=failed.'),
    404: problemContent('No OpenID Connect provider is configured.'),
  },
});

const callbackRoute = createRoute({
  method: 'get',
  path: '/staff/auth/callback',
  tags,
  summary: "The provider's redirect back",
  request: {
    query: z.looseObject({ code: z.string().optional(), state: z.string().optional() }),
  },
  responses: {
    302: redirect(
      'Signed in: to the page the sign-in started from (default /staff/), with the session cookie. Otherwise to /staff/#sign-in-error=no-account|disabled|failed.',
    ),
    404: problemContent('No OpenID Connect provider is configured.'),
  },
});

export interface StaffAuthRouteOptions {
  sessions: SessionSettings;
  oidc?: OidcSignIn | undefined;
  /** Started by `npm start`: POST /staff/auth/demo signs in the demo account. */
  demoSignIn: boolean;
  logger: Logger;
  /** Failed sign-ins allowed per client and minute. */
  failuresPerMinute?: number;
}

/** Sign-in, set-up, demo, sign-out and OpenID Connect, at /staff/auth/ beside the desk. */
export function registerStaffAuthRoutes(
  app: OpenAPIHono<AppEnv>,
  { sessions, oidc, demoSignIn, logger, failuresPerMinute = 20 }: StaffAuthRouteOptions,
): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffSession', {
    type: 'apiKey',
    in: 'cookie',
    name: 'ww_staff',
    description:
      'The desk session (`__Host-ww_staff` over HTTPS), set by a sign-in. Every write also needs X-CSRF-Token: the csrf_token of /v1/staff/me.',
  });
  const failures = failureGate({ limit: failuresPerMinute, windowMs: 60_000 });
  const refuseForeign: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.header('Cache-Control', 'no-store');
    // A sign-in posted from another site would sign the person in as someone else (login CSRF).
    const refusal = c.req.method === 'POST' ? foreignOrigin(c, sessions) : undefined;
    if (refusal) return sendProblem(c, refusal);
    await next();
    return undefined;
  };
  app.use('/staff/auth/*', refuseForeign);

  /** A new session for the account: the cookie, the audit line, and the account as Me. */
  async function startSession(c: Context<AppEnv>, account: AccountRow, method: string) {
    const db = c.get('db');
    const previous = readSessionCookie(c, sessions);
    if (previous) await deleteSession(db, hashSessionId(previous));
    const { cookieValue, csrfToken } = await createSession(db, account.id);
    setSessionCookie(c, cookieValue, sessions);
    await recordAudit(
      db,
      { name: account.display_name, accountId: account.id },
      { action: 'sign-in', recordType: 'account', recordId: account.id, fields: [method] },
    );
    return { me: meOfAccount(account, csrfToken, sessions.idleMinutes) };
  }

  function locked(c: Context<AppEnv>, seconds: number) {
    c.header('Retry-After', String(seconds));
    return sendProblem(
      c,
      problem(429, 'locked', 'Too many failed sign-ins', { detail: 'Wait, then try again, or ask an admin.' }),
    );
  }

  async function failedSignIn(c: Context<AppEnv>, accountId: string | undefined, fields: string[]) {
    await recordAudit(
      c.get('db'),
      { name: 'anonymous' },
      { action: 'sign-in-failed', recordType: 'account', recordId: accountId ?? null, fields },
    );
    return failures.fail(c);
  }

  app.openapi(configRoute, (c) => c.json({ oidc: !!oidc, local: true, idle_minutes: sessions.idleMinutes }, 200));

  app.openapi(loginRoute, async (c) => {
    const blocked = failures.blockedFor(c);
    if (blocked !== undefined) return locked(c, blocked);
    const result = await signInWithPassword(c.get('db'), c.get('crypto'), c.req.valid('json'));
    if (result.outcome === 'signed-in') {
      const { me } = await startSession(c, result.account, 'password');
      return c.json(me, 200);
    }
    if (result.outcome === 'code-required') {
      return sendProblem(
        c,
        problem(401, 'code-required', 'Enter the code from your authenticator app', {
          errors: [{ path: 'code', message: 'Enter the six-digit code' }],
        }),
      );
    }
    const field = result.outcome === 'failed' ? result.field : undefined;
    const wait = await failedSignIn(c, result.account?.id, [field ?? 'password']);
    if (result.outcome === 'locked') {
      return locked(c, Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000)));
    }
    if (wait !== undefined) return locked(c, wait);
    // `field: 'code'` tells the desk to keep the password and ask for the code again.
    const failure: Problem<401> & { field?: 'code' } = {
      ...problem(401, 'sign-in-failed', 'The email, password or code is not right', {
        ...(field ? { errors: [{ path: field, message: 'This code is not right or was used already' }] } : {}),
      }),
      ...(field ? { field } : {}),
    };
    return sendProblem(c, failure);
  });

  app.openapi(setupRoute, async (c) => {
    const blocked = failures.blockedFor(c);
    if (blocked !== undefined) return locked(c, blocked);
    const { token, password } = c.req.valid('json');
    const account = await completeSetup(c.get('db'), token, await hashPassword(password));
    if (!account) {
      const wait = await failures.fail(c);
      if (wait !== undefined) return locked(c, wait);
      return sendProblem(
        c,
        problem(400, 'setup-link-invalid', 'This set-up link is not valid', {
          detail: 'It was used already, has expired, or was replaced by a newer one. Ask an admin for a new link.',
        }),
      );
    }
    await recordAudit(
      c.get('db'),
      { name: account.display_name, accountId: account.id },
      { action: 'account', recordType: 'account', recordId: account.id, fields: ['password'] },
    );
    const { me } = await startSession(c, account, 'setup');
    return c.json(me, 200);
  });

  app.openapi(demoRoute, async (c) => {
    if (!demoSignIn) return notFound(c, 'There is no demo sign-in on this server');
    const blocked = failures.blockedFor(c);
    if (blocked !== undefined) return locked(c, blocked);
    const account = await useDemoToken(c.get('db'), c.req.valid('json').token);
    if (!account) {
      const wait = await failures.fail(c);
      if (wait !== undefined) return locked(c, wait);
      return sendProblem(
        c,
        problem(400, 'demo-link-invalid', 'This demo sign-in was used already', {
          detail: 'Restart the server (npm start) for a new one.',
        }),
      );
    }
    const { me } = await startSession(c, account, 'demo');
    return c.json(me, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const cookie = readSessionCookie(c, sessions);
    const session = cookie ? await findSession(c.get('db'), cookie, sessions.idleMinutes) : undefined;
    if (session) {
      const refusal = csrfRefusal(c, session.csrfToken, sessions);
      if (refusal) return sendProblem(c, refusal);
      await deleteSession(c.get('db'), session.idHash);
      await recordAudit(
        c.get('db'),
        { name: session.account.display_name, accountId: session.account.id },
        { action: 'sign-out', recordType: 'account', recordId: session.account.id },
      );
    }
    clearSessionCookie(c, sessions);
    return c.body(null, 204);
  });

  app.openapi(oidcRoute, async (c) => {
    if (!oidc) return notFound(c, 'No OpenID Connect provider is configured');
    try {
      const url = await oidc.start(c.get('db'), c.req.valid('query').return_to);
      return c.redirect(url.href, 302);
    } catch (error) {
      logger.error('oidc start failed', { requestId: c.get('requestId'), error: errorName(error) });
      return c.redirect('/staff/#sign-in-error=failed', 302);
    }
  });

  app.openapi(callbackRoute, async (c) => {
    if (!oidc) return notFound(c, 'No OpenID Connect provider is configured');
    const result = await oidc.finish(c.get('db'), new URL(c.req.url).search);
    if ('error' in result) {
      logger.info('oidc sign-in refused', {
        requestId: c.get('requestId'),
        reason: result.error,
        ...(result.cause ? { error: errorName(result.cause) } : {}),
      });
      await failedSignIn(c, undefined, ['oidc']);
      return c.redirect(`/staff/#sign-in-error=${result.error}`, 302);
    }
    await startSession(c, result.account, 'oidc');
    return c.redirect(result.returnTo, 302);
  });
}

/** An error's name and code for the log: never its message, which may carry a claim or an email. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name}:${code}` : error.name;
}
