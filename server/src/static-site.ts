import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { relative, resolve } from 'node:path';
import type { AppEnv } from './app-env.js';

/** The strict policy a cautious city site sends; the demo proves the widgets work under it. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'";

/**
 * Serves the demo pages (demo/) and the built widgets (dist/) from the same
 * origin as the API, for `npm start`.
 */
export function mountDemo(app: OpenAPIHono<AppEnv>, repositoryRoot: string): void {
  const root = relative(process.cwd(), resolve(repositoryRoot)) || '.';
  app.use('/demo/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', DEMO_CSP);
    c.header('Cache-Control', 'no-cache');
  });
  app.use('/dist/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-cache');
  });
  app.use('/demo/*', serveStatic({ root }));
  app.use('/dist/*', serveStatic({ root }));
  app.get('/', (c) => c.redirect('/demo/index.html'));
}
