/**
 * What the browser benches run against: a server CLI of server/src/cli in its
 * own process, a loopback site serving the repository's files and a bench
 * page, and headless Chromium. Loopback only; nothing leaves the machine.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

export const root = resolve(import.meta.dirname, '..');

/** Runs `server/src/cli/<script>`; resolves with the words after its `ready` line, and stop(). */
export function startCli(script, args = [], env = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...args.map(String)], {
    cwd: join(root, 'server'),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolveReady, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /^ready (.+)$/m.exec(output);
      if (match) resolveReady({ words: match[1].split(' '), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** A synthetic directory of `count` services on PGlite (bench-server.ts) while `use(port)` runs. */
export async function withDirectory(count, use) {
  const api = await startCli('bench-server.ts', [count], { WW_BENCH_DATABASE_URL: '' });
  try {
    return await use(api.words[0]);
  } finally {
    api.stop();
  }
}

/** A month holding `count` occurrences (bench-events.ts) while `use(port, month)` runs. */
export async function withMonth(count, use) {
  const api = await startCli('bench-events.ts', [count]);
  try {
    return await use(...api.words);
  } finally {
    api.stop();
  }
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/**
 * Serves `page` at `/`, each of `files` (URL path → file on disk) and the
 * repository's own files (dist/ and bench/ for the pages).
 */
export function startStatic(page, files = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    const file = files[path] ?? join(root, path);
    if (!(files[path] || file.startsWith(root)) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/** A page of `site` open in headless Chromium, 1280×900; closes the browser after `use(page)`. */
export async function inChromium(site, use, { cache = true } = {}) {
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setCacheEnabled(cache);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${site.address().port}/`);
    return await use(page);
  } finally {
    await browser.close();
  }
}

/** Median, 95th percentile and maximum of a list of milliseconds, to a tenth. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value) => Math.round(value * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(sorted[Math.floor(sorted.length / 2)]),
    p95Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]),
    maxMs: round(sorted.at(-1)),
  };
}
