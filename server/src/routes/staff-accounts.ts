import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { ownOrigin } from '../lib/own-origin.js';
import { notFound, problem, sendProblem } from '../lib/problem.js';
import {
  Account,
  AccountCreate,
  AccountList,
  AccountUpdate,
  AuditPage,
  AuditQuery,
  CodeBody,
  CreatedAccount,
  Me,
  SetupLink,
  TotpEnrolment,
} from '../staff/account-schemas.js';
import { confirmTotp, removeTotp, startTotp } from '../staff/account-totp.js';
import { accountView, meOfAccount, meOfToken } from '../staff/account-view.js';
import {
  AccountExistsError,
  createAccount,
  listAccounts,
  renewSetupLink,
  setupUrl,
  updateAccount,
} from '../staff/accounts.js';
import { recordAudit } from '../staff/audit.js';
import { listAudit } from '../staff/audit-log.js';
import { requireRole } from '../staff/require-role.js';
import { clearSessionCookie, type SessionSettings } from '../staff/session-cookie.js';
import { deleteAccountSessions } from '../staff/sessions.js';
import { jsonContent, problemContent } from './params.js';
import { security } from './staff-shared.js';

const tags = ['Staff accounts'];
const guarded = {
  401: problemContent('Type `unauthorized` (no session, no token) or `session-expired`.'),
  403: problemContent('Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token).'),
  429: problemContent('Too many failed attempts from this client; see Retry-After.'),
};
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const IdParam = z.object({ id: z.uuid() });
const admin = requireRole('admin');

/** For what only a signed-in person can do to their own account (a token has none). */
const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('staffSession')) {
    return sendProblem(c, problem(403, 'forbidden', 'Only a signed-in account can do this; a token has no account'));
  }
  await next();
  return undefined;
};

const meRoute = createRoute({
  method: 'get',
  path: '/v1/staff/me',
  tags,
  summary: 'Who is signed in, their roles, and the CSRF token for writes',
  security,
  responses: { 200: jsonContent(Me, 'The account, or the token.'), ...guarded },
});

const signOutEverywhereRoute = createRoute({
  method: 'post',
  path: '/v1/staff/me/sign-out-everywhere',
  tags,
  summary: 'End every session of this account, this one included',
  security,
  middleware: [requireSession] as const,
  responses: { 204: { description: 'Every session ended.' }, ...guarded },
});

const totpStartRoute = createRoute({
  method: 'post',
  path: '/v1/staff/me/totp',
  tags,
  summary: 'Start adding an authenticator app: a new secret, pending until confirmed',
  security,
  middleware: [requireSession] as const,
  responses: { 200: jsonContent(TotpEnrolment, 'The secret to enter or scan.'), ...guarded },
});

const totpConfirmRoute = createRoute({
  method: 'post',
  path: '/v1/staff/me/totp/confirm',
  tags,
  summary: 'Confirm the pending authenticator with a code from it; sign-in then needs a code',
  security,
  middleware: [requireSession] as const,
  request: jsonBody(CodeBody),
  responses: {
    204: { description: 'Confirmed.' },
    400: problemContent('Type `code-invalid`: wrong, used, or nothing pending.'),
    ...guarded,
  },
});

const totpRemoveRoute = createRoute({
  method: 'delete',
  path: '/v1/staff/me/totp',
  tags,
  summary: 'Remove the authenticator, proven by a current code',
  security,
  middleware: [requireSession] as const,
  request: jsonBody(CodeBody),
  responses: {
    204: { description: 'Removed.' },
    400: problemContent('Type `code-invalid`: wrong or used, or no authenticator.'),
    ...guarded,
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/accounts',
  tags,
  summary: 'Every staff account (admin)',
  security,
  middleware: [admin] as const,
  responses: { 200: jsonContent(AccountList, 'The accounts, by name.'), ...guarded },
});

const createAccountRoute = createRoute({
  method: 'post',
  path: '/v1/staff/accounts',
  tags,
  summary: 'Create an account and its set-up link (admin)',
  description:
    "The person opens the link to set a password, or signs in through the office's provider with this email.",
  security,
  middleware: [admin] as const,
  request: jsonBody(AccountCreate),
  responses: {
    201: jsonContent(CreatedAccount, 'Created; the set-up link works once, for 72 hours.'),
    400: problemContent('A field is not valid; `errors` names each one.'),
    409: problemContent('Type `account-exists`: an account has this email.'),
    ...guarded,
  },
});

const updateAccountRoute = createRoute({
  method: 'patch',
  path: '/v1/staff/accounts/{id}',
  tags,
  summary: 'Change an account: name, roles, locations, disabled (admin)',
  description: 'Disabling ends every session of the account at once.',
  security,
  middleware: [admin] as const,
  request: { params: IdParam, ...jsonBody(AccountUpdate) },
  responses: {
    200: jsonContent(Account, 'The account as changed.'),
    400: problemContent('A field is not valid.'),
    404: problemContent('No such account.'),
    ...guarded,
  },
});

const setupLinkRoute = createRoute({
  method: 'post',
  path: '/v1/staff/accounts/{id}/setup-link',
  tags,
  summary: 'A new set-up link for an account (admin); the previous one stops working',
  security,
  middleware: [admin] as const,
  request: { params: IdParam },
  responses: {
    200: jsonContent(SetupLink, 'Works once, for 72 hours.'),
    400: problemContent('The id is not a UUID.'),
    404: problemContent('No such account.'),
    ...guarded,
  },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/v1/staff/audit',
  tags,
  summary: 'The audit log, newest first (admin)',
  description: 'Who viewed, changed or exported which record, and when: ids and field names only.',
  security,
  middleware: [admin] as const,
  request: { query: AuditQuery },
  responses: { 200: jsonContent(AuditPage, 'One page.'), 400: problemContent('A parameter is not valid.'), ...guarded },
});

/** The signed-in person's own account, and account management for admins. Behind the staff gate. */
export function registerStaffAccountRoutes(app: OpenAPIHono<AppEnv>, sessions: SessionSettings): void {
  app.openapi(meRoute, (c) => {
    const session = c.get('staffSession');
    const me = session
      ? meOfAccount(session.account, session.csrfToken, sessions.idleMinutes)
      : meOfToken(c.get('staff')!, sessions.idleMinutes);
    return c.json(me, 200);
  });

  app.openapi(signOutEverywhereRoute, async (c) => {
    const staff = c.get('staff')!;
    await deleteAccountSessions(c.get('db'), staff.accountId!);
    clearSessionCookie(c, sessions);
    await recordAudit(c.get('db'), staff, {
      action: 'sign-out',
      recordType: 'account',
      recordId: staff.accountId!,
      fields: ['everywhere'],
    });
    return c.body(null, 204);
  });

  app.openapi(totpStartRoute, async (c) => {
    const { account } = c.get('staffSession')!;
    return c.json(await startTotp(c.get('db'), c.get('crypto'), account), 200);
  });

  app.openapi(totpConfirmRoute, async (c) => {
    const staff = c.get('staff')!;
    if (!(await confirmTotp(c.get('db'), c.get('crypto'), staff.accountId!, c.req.valid('json').code))) {
      return codeInvalid(c);
    }
    await recordAudit(c.get('db'), staff, {
      action: 'account',
      recordType: 'account',
      recordId: staff.accountId!,
      fields: ['totp'],
    });
    return c.body(null, 204);
  });

  app.openapi(totpRemoveRoute, async (c) => {
    const staff = c.get('staff')!;
    const { account } = c.get('staffSession')!;
    if (!(await removeTotp(c.get('db'), c.get('crypto'), account, c.req.valid('json').code))) return codeInvalid(c);
    await recordAudit(c.get('db'), staff, {
      action: 'account',
      recordType: 'account',
      recordId: staff.accountId!,
      fields: ['totp'],
    });
    return c.body(null, 204);
  });

  app.openapi(listRoute, async (c) => {
    const rows = await listAccounts(c.get('db'));
    return c.json({ items: rows.map(accountView) }, 200);
  });

  app.openapi(createAccountRoute, async (c) => {
    const body = c.req.valid('json');
    try {
      const { account, setupToken } = await createAccount(c.get('db'), {
        email: body.email,
        displayName: body.display_name,
        roles: body.roles,
        locationIds: body.location_ids,
      });
      await recordAudit(c.get('db'), c.get('staff')!, {
        action: 'create',
        recordType: 'account',
        recordId: account.id,
        fields: Object.keys(body),
      });
      const url = setupUrl(ownOrigin(c, sessions.publicUrl), setupToken);
      return c.json({ account: accountView(account), setup_url: url }, 201);
    } catch (error) {
      if (!(error instanceof AccountExistsError)) throw error;
      return sendProblem(c, problem(409, 'account-exists', 'An account with this email exists'));
    }
  });

  app.openapi(updateAccountRoute, async (c) => {
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    const row = await updateAccount(c.get('db'), id, changes);
    if (!row) return notFound(c, 'No such account');
    const fields = Object.keys(changes);
    if (fields.length) {
      await recordAudit(c.get('db'), c.get('staff')!, {
        action: 'account',
        recordType: 'account',
        recordId: id,
        fields,
      });
    }
    return c.json(accountView(row), 200);
  });

  app.openapi(setupLinkRoute, async (c) => {
    const { id } = c.req.valid('param');
    const token = await renewSetupLink(c.get('db'), id);
    if (!token) return notFound(c, 'No such account');
    await recordAudit(c.get('db'), c.get('staff')!, {
      action: 'account',
      recordType: 'account',
      recordId: id,
      fields: ['setup_link'],
    });
    return c.json({ setup_url: setupUrl(ownOrigin(c, sessions.publicUrl), token) }, 200);
  });

  app.openapi(auditRoute, async (c) => {
    const { page, page_size: pageSize, ...filters } = c.req.valid('query');
    const { total, items } = await listAudit(c.get('db'), filters, page, pageSize);
    return c.json({ total, page, page_size: pageSize, items }, 200);
  });
}

function codeInvalid(c: Parameters<typeof sendProblem>[0]) {
  return sendProblem(
    c,
    problem(400, 'code-invalid', 'This code is not right', {
      errors: [{ path: 'code', message: 'Enter the current six-digit code' }],
    }),
  );
}
