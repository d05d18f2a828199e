import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { cancelAppointment, moveAppointment, appointmentIdForToken } from '../appointments/manage.js';
import type { Clock } from '../lib/clock.js';
import { appointmentPage, offerPage, type AppointmentPageDone } from '../messages/appointment-page.js';
import {
  appointmentPageView,
  bookFromOffer,
  offerPageView,
  stopAppointmentReminders,
} from '../messages/appointment-manage.js';
import { invalidLinkPage, MANAGE_CSP } from '../messages/manage-page.js';
import { sharedTexts } from '../messages/texts.js';

/** The `start` a page's form posts: an instant, or undefined. */
async function postedStart(c: Context<AppEnv>): Promise<Date | undefined> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const value = typeof body.start === 'string' ? body.start : '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(value)) return undefined;
  const start = new Date(value);
  return Number.isNaN(start.getTime()) ? undefined : start;
}

/**
 * The pages an appointment's messages link to, like `/r/{token}` for sign-ups:
 * `/a/{token}` (see, stop reminders, move to one of the next times, cancel) and
 * `/a/offer/{token}` (a waiting-list offer: that week's free times, booked in
 * one press). Server-rendered forms in the person's language, no script, no
 * cookie, under the manage pages' CSP. Pages, not API: outside the OpenAPI document.
 */
export function registerAppointmentPages(
  app: OpenAPIHono<AppEnv>,
  limitWrites: MiddlewareHandler<AppEnv>,
  clock: Clock,
) {
  const texts = sharedTexts;
  const answer = (c: Context<AppEnv>, html: string, status: 200 | 404 = 200) => {
    c.header('Content-Security-Policy', MANAGE_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(html, status);
  };
  const invalid = (c: Context<AppEnv>) => answer(c, invalidLinkPage(texts(), c.get('locales')[0] ?? 'en'), 404);
  const show = async (c: Context<AppEnv>, done?: AppointmentPageDone) => {
    const view = await appointmentPageView(
      c.get('db'),
      c.get('crypto'),
      texts(),
      c.req.param('token') ?? '',
      clock.now(),
    );
    return view ? answer(c, appointmentPage(texts(), { ...view, done })) : invalid(c);
  };
  const showOffer = async (c: Context<AppEnv>, taken = false) => {
    const view = await offerPageView(c.get('db'), texts(), c.req.param('token') ?? '', clock.now());
    return view ? answer(c, offerPage(texts(), { ...view, taken })) : invalid(c);
  };
  const idOf = (c: Context<AppEnv>) => appointmentIdForToken(c.get('db'), c.req.param('token') ?? '');

  app.get('/a/offer/:token', (c) => showOffer(c));
  app.post('/a/offer/:token/book', limitWrites, async (c) => {
    const start = await postedStart(c);
    if (!start) return showOffer(c, true);
    const booked = await bookFromOffer(c.get('db'), c.get('crypto'), c.req.param('token'), start, clock.now());
    if (!booked) return invalid(c);
    if ('taken' in booked) return showOffer(c, true);
    // The booking's own page, as its confirmation will link to it.
    return c.redirect(`/a/${encodeURIComponent(booked.manageToken)}`, 303);
  });

  app.get('/a/:token', (c) => show(c));
  app.post('/a/:token/stop-reminders', limitWrites, async (c) =>
    (await stopAppointmentReminders(c.get('db'), c.req.param('token'))) ? show(c, 'reminders-stopped') : invalid(c),
  );
  app.post('/a/:token/cancel', limitWrites, async (c) => {
    const id = await idOf(c);
    if (!id) return invalid(c);
    const outcome = await cancelAppointment(c.get('db'), id, { now: clock.now() });
    return show(c, outcome.ok ? 'cancelled' : undefined);
  });
  app.post('/a/:token/move', limitWrites, async (c) => {
    const id = await idOf(c);
    if (!id) return invalid(c);
    const start = await postedStart(c);
    if (!start) return show(c, 'slot-taken');
    const outcome = await moveAppointment(c.get('db'), id, start, { now: clock.now() });
    return show(
      c,
      outcome.ok ? 'moved' : outcome.status === 409 && outcome.slug === 'slot-taken' ? 'slot-taken' : undefined,
    );
  });
}
