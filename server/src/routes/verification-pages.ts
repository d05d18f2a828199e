import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { today } from '../appointments/wall-clock.js';
import { loadProviderListing } from '../directory/verification/listing.js';
import {
  confirmByProvider,
  CORRECTION_FIELDS,
  CORRECTION_MAX,
  correctByProvider,
  linkState,
  type CorrectionField,
  type LinkState,
} from '../directory/verification/provider-link.js';
import {
  linkProblemPage,
  providerDonePage,
  providerPage,
  type ProviderPageError,
} from '../directory/verification/page.js';
import type { Clock } from '../lib/clock.js';
import { UI_LOCALES } from '../lib/ui-locales.js';
import { MANAGE_CSP } from '../messages/manage-page.js';
import { sharedTexts } from '../messages/texts.js';

/** What the correction form posted: the fields written (trimmed), and an error when none or one is too long. */
async function postedCorrections(c: Context<AppEnv>) {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const values: Partial<Record<CorrectionField, string>> = {};
  for (const name of CORRECTION_FIELDS) {
    const value = typeof body[name] === 'string' ? body[name].trim() : '';
    if (value) values[name] = value;
  }
  const error: ProviderPageError | undefined = Object.values(values).some((v) => v.length > CORRECTION_MAX)
    ? 'too-long'
    : Object.keys(values).length === 0
      ? 'empty'
      : undefined;
  return { values, error };
}

/**
 * The pages a re-verification mail links to: `/v/{token}` (the listing as it is, "Confirm it is right" and
 * "Correct it"), `/v/{token}/confirm` and `/v/{token}/correct`. Server-rendered forms in the provider's
 * language (`?lang=`, else the request's), no script, no cookie (so there is no session to forge a request
 * with: the token in the address is the only key), under the manage pages' CSP. A link used, expired or
 * altered gets a page saying so (410 or 404), never an error. Pages, not API: outside the OpenAPI document.
 */
export function registerVerificationPages(
  app: OpenAPIHono<AppEnv>,
  limitWrites: MiddlewareHandler<AppEnv>,
  { clock, timeZone }: { clock: Clock; timeZone: string },
) {
  const texts = sharedTexts;
  const answer = (c: Context<AppEnv>, html: string, status: 200 | 400 | 404 | 410 = 200) => {
    c.header('Content-Security-Policy', MANAGE_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(html, status);
  };
  /** The page's language: `?lang=` when it is a UI language, else the request's (the provider's). */
  const localeOf = (c: Context<AppEnv>, state?: LinkState) => {
    const asked = c.req.query('lang');
    if (asked && (UI_LOCALES as readonly string[]).includes(asked)) return asked;
    return state && state.kind !== 'invalid' ? state.request.locale : (c.get('locales')[0] ?? 'en');
  };
  const refused = (c: Context<AppEnv>, state: Exclude<LinkState, { kind: 'open' }>) =>
    answer(c, linkProblemPage(texts(), localeOf(c, state), state.kind), state.kind === 'invalid' ? 404 : 410);
  const token = (c: Context<AppEnv>) => c.req.param('token') ?? '';

  app.use('/v/*', async (c, next) => {
    await next();
    // Nothing here is cached or framed, whatever the path.
    c.header('Cache-Control', 'no-store');
  });

  app.get('/v/:token', async (c) => {
    const state = await linkState(c.get('db'), token(c), clock.now());
    if (state.kind !== 'open') return refused(c, state);
    const listing = await loadProviderListing(c.get('db'), state.request.service_id);
    if (!listing) return refused(c, { kind: 'invalid' });
    return answer(c, providerPage(texts(), { token: token(c), locale: localeOf(c, state), listing }));
  });

  app.post('/v/:token/confirm', limitWrites, async (c) => {
    const now = clock.now();
    const state = await confirmByProvider(c.get('db'), token(c), { today: today(now, timeZone), now });
    if (state.kind !== 'open') return refused(c, state);
    const listing = await loadProviderListing(c.get('db'), state.request.service_id);
    return answer(c, providerDonePage(texts(), localeOf(c, state), 'confirmed', listing?.name ?? ''));
  });

  app.post('/v/:token/correct', limitWrites, async (c) => {
    const now = clock.now();
    const { values, error } = await postedCorrections(c);
    if (error) {
      // Checked before anything is written: the form comes back with what was typed, the link still good.
      const state = await linkState(c.get('db'), token(c), now);
      if (state.kind !== 'open') return refused(c, state);
      const listing = await loadProviderListing(c.get('db'), state.request.service_id);
      if (!listing) return refused(c, { kind: 'invalid' });
      const locale = localeOf(c, state);
      return answer(c, providerPage(texts(), { token: token(c), locale, listing, error, values }), 400);
    }
    const asked = c.req.query('lang');
    const state = await correctByProvider(c.get('db'), c.get('crypto'), token(c), {
      proposed: values,
      locale: asked && (UI_LOCALES as readonly string[]).includes(asked) ? asked : undefined,
      now,
    });
    if (state.kind !== 'open') return refused(c, state);
    const listing = await loadProviderListing(c.get('db'), state.request.service_id);
    return answer(c, providerDonePage(texts(), localeOf(c, state), 'corrected', listing?.name ?? ''));
  });
}
