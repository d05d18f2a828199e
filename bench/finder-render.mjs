/**
 * The finder in Chromium at 10,000 services: search-to-render (from the request
 * leaving, after the debounce, to the updated results painted) and first render
 * (from the data arriving to the first results painted). Measured in the page
 * with performance.now(); reported by `npm run bench`, never asserted.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');

function startApi(count) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bench-server.ts', String(count)], {
    cwd: join(root, 'server'),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, WW_BENCH_DATABASE_URL: '' },
  });
  return new Promise((resolvePort, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /ready (\d+)/.exec(output);
      if (match) resolvePort({ port: Number(match[1]), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** Serves dist/ and the bench page on a loopback port. */
function startStatic(apiPort) {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>finder bench</title>
    <script type="module" src="/dist/cdn/welcome-widgets.js" data-endpoint="http://127.0.0.1:${apiPort}/v1/"></script>
    <script src="/bench/finder-probe.js"></script></head><body></body></html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, {
      'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

export async function benchFinderRender({ services = 10_000, searches = 25 } = {}) {
  const api = await startApi(services);
  const site = await startStatic(api.port);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${site.address().port}/`);
    const figures = await page.evaluate((count) => window.finderProbe(count), searches);
    return { services, ...figures };
  } finally {
    await browser.close();
    site.close();
    api.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchFinderRender()));
}
