import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { AppEnv } from './app-env.js';
import { problem, sendProblem } from './lib/problem.js';

/**
 * The desk's page: nothing but its own scripts and styles (no inline script,
 * no eval), Trusted Types with Lit's policy only, never framed, forms posting
 * only here. As strict as the demo's DEMO_CSP, and stricter where a staff page
 * can be (frames, form targets, Trusted Types policies).
 */
export const STAFF_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Hashed file names: a new build has new names, so a file can be kept a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the desk app (`dist/staff-app`, built by `npm run build`) at
 * `/staff/`, on the API's own origin so that its session cookie and CSRF
 * token stay first-party. `/staff` redirects there; `/staff/auth/*` is the
 * sign-in API, untouched. The page is revalidated on every load (`no-cache`)
 * so a new build is picked up at once; its assets are immutable.
 */
export function mountStaffSite(app: OpenAPIHono<AppEnv>, repositoryRoot: string): void {
  const dir = resolve(repositoryRoot, 'dist/staff-app');
  const page = async () => {
    try {
      return await readFile(join(dir, 'index.html'), 'utf8');
    } catch {
      return undefined;
    }
  };
  app.get('/staff', (c) => c.redirect('/staff/', 301));
  for (const path of ['/staff/', '/staff/index.html']) {
    app.get(path, async (c) => {
      const html = await page();
      if (!html) {
        return sendProblem(
          c,
          problem(503, 'desk-not-built', 'The desk is not built', {
            detail: 'Run npm run build at the repository root, then reload.',
          }),
        );
      }
      c.header('Content-Security-Policy', STAFF_CSP);
      c.header('Cache-Control', 'no-cache');
      return c.html(html);
    });
  }
  app.use('/staff/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', IMMUTABLE);
  });
  app.use(
    '/staff/assets/*',
    serveStatic({
      root: relative(process.cwd(), dir) || '.',
      rewriteRequestPath: (path) => path.replace(/^\/staff/, ''),
    }),
  );
}
