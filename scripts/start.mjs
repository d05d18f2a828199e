#!/usr/bin/env node
/**
 * `npm start`: builds the library and serves the demo pages with the
 * script-tag bundle, under the strict Content-Security-Policy a cautious city
 * site would send. The reference server (a later issue) joins this command.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { run } from './lib/run.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

if (!process.argv.includes('--no-build')) await run('node', [join(root, 'scripts/build.mjs')]);

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname === '/' ? '/demo/index.html' : url.pathname;
  const file = normalize(join(root, path));
  const allowed = file.startsWith(join(root, 'demo')) || file.startsWith(join(root, 'dist'));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(response);
});

server.listen(port, '127.0.0.1', () => console.log(`Demo: http://localhost:${port}/`));
