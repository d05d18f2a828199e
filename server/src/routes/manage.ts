import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { cancelPlace, manageView, stopReminders } from '../messages/manage.js';
import { invalidLinkPage, MANAGE_CSP, managePage, type ManageView } from '../messages/manage-page.js';
import { sharedTexts } from '../messages/texts.js';

/**
 * The page every message to a registrant links to, `/r/{token}` (the cancel
 * token): server-rendered in the registrant's language, no script, no cookie,
 * under a CSP that allows only its own style. Its two buttons POST to
 * `/r/{token}/stop-reminders` (also the mail's one-click List-Unsubscribe) and
 * `/r/{token}/cancel`. Pages, not API: outside the OpenAPI document, like /staff/.
 */
export function registerManageRoutes(app: OpenAPIHono<AppEnv>, limitWrites: MiddlewareHandler<AppEnv>) {
  const texts = sharedTexts;
  const answer = (c: Context<AppEnv>, html: string, status: 200 | 404 = 200) => {
    c.header('Content-Security-Policy', MANAGE_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(html, status);
  };
  const invalid = (c: Context<AppEnv>) => answer(c, invalidLinkPage(texts(), c.get('locales')[0] ?? 'en'), 404);
  const show = async (c: Context<AppEnv>, done?: ManageView['done']) => {
    const view = await manageView(c.get('db'), texts(), c.req.param('token') ?? '');
    return view ? answer(c, managePage(texts(), { ...view, done })) : invalid(c);
  };

  app.get('/r/:token', (c) => show(c));
  app.post('/r/:token/stop-reminders', limitWrites, async (c) =>
    (await stopReminders(c.get('db'), c.req.param('token'))) ? show(c, 'reminders-stopped') : invalid(c),
  );
  app.post('/r/:token/cancel', limitWrites, async (c) =>
    (await cancelPlace(c.get('db'), c.req.param('token'))) ? show(c, 'cancelled') : invalid(c),
  );
}
