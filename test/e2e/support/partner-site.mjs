import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { root } from './stack.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * A partner's page policy as strict as a cautious city site sends: scripts and
 * styles from its own origin only, data from the widgets' endpoint, Trusted
 * Types required for every script sink, and only Lit's policy allowed
 * (duplicates, since a page may carry two copies of the bundle).
 */
export function partnerPolicy(apiOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${apiOrigin}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
}

/**
 * A partner's own web server, on an origin other than the API's: test pages
 * from test/e2e/pages (with `{{API}}` replaced by the API origin), two copies
 * of the script-tag bundle the partner copied to its server (/copy-a/,
 * /copy-b/), and the React test app (/react/). Returns `{ origin, close() }`.
 */
export async function startPartnerSite(apiOrigin) {
  const mounts = {
    '/pages/': join(root, 'test/e2e/pages'),
    '/copy-a/': join(root, 'dist/cdn'),
    '/copy-b/': join(root, 'dist/cdn'),
    '/react/': join(root, 'test-results/e2e/react-app'),
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://partner').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const base = prefix && mounts[prefix];
    const file = base && normalize(join(base, path.slice(prefix.length) || 'index.html'));
    if (!file || !file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': partnerPolicy(apiOrigin),
    };
    if (extname(file) === '.html') {
      response.writeHead(200, headers).end(readFileSync(file, 'utf8').replaceAll('{{API}}', apiOrigin));
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolveClose) => server.close(resolveClose)),
  };
}
