#!/usr/bin/env node
/**
 * `npm start`: builds the widgets and the desk app when the sources changed
 * since the last build (or either build is missing), then starts the reference server on its embedded database (seeded
 * with the sample directory on first run), serving the API, the demo pages and
 * the script-tag bundle from one origin. Extra arguments go to the server
 * (`npm start -- --memory --port 9000`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from './lib/run.mjs';

const root = resolve(import.meta.dirname, '..');
const bundle = join(root, 'dist/cdn/welcome-widgets.js');
/** The desk app the server serves at /staff/. */
const desk = join(root, 'dist/staff-app/index.html');

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(bundle) ||
  !existsSync(desk) ||
  Math.max(newestChange(join(root, 'src')), newestChange(join(root, 'locales')), newestChange(join(root, 'staff'))) >
    Math.min(statSync(bundle).mtimeMs, statSync(desk).mtimeMs);
if (stale) await run('node', [join(root, 'scripts/build.mjs')]);

const server = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'server/src/index.ts'), '--demo', root, ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: join(root, 'server') },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
