import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
/** The staff API token the end-to-end suite uses to check what reached the office. */
export const STAFF_TOKEN = 'e2e-staff-token';

/** The key for personal fields when processes share a PostgreSQL database (a test key, 32 bytes). */
const E2E_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

/** A port that was free a moment ago: the API keeps it across a stop and a restart. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * The reference server as `npm start` runs it (`--demo`: the demo pages and the
 * script-tag bundle under the same strict CSP), on an embedded database in a
 * folder of its own, so that it can be stopped mid-journey and restarted with
 * its data. `env` adds settings (a mail server, an OIDC provider). With
 * `databaseUrl`, it runs on that PostgreSQL database instead (a second process
 * on the same database is a second `startApi`). Returns `{ origin, stop(),
 * start(), demoSignIn }`: `demoSignIn` is the one-step desk sign-in link the
 * server printed at its last start.
 */
export async function startApi({ port, extraOrigins = [], env = {}, databaseUrl = '' }) {
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ww-e2e-'));
  let child;
  let demoSignIn;

  async function start() {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'server/src/index.ts'), '--demo', root, '--port', String(port)],
      {
        cwd: join(root, 'server'),
        stdio: ['ignore', 'pipe', 'inherit'],
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          WW_DATA_DIR: dataDir,
          // Every process on one PostgreSQL database must share the key for personal fields.
          ...(databaseUrl ? { WW_DATA_KEY: E2E_DATA_KEY } : {}),
          WW_ALLOWED_ORIGINS: [origin, ...extraOrigins].join(','),
          // Every test signs up from one address.
          WW_WRITES_PER_MINUTE: '100000',
          WW_READS_PER_MINUTE: '100000',
          WW_CLIENT_MS_PER_SECOND: 'off',
          WW_STAFF_TOKENS: `e2e:write:${createHash('sha256').update(STAFF_TOKEN).digest('hex')}`,
          ...env,
        },
      },
    );
    const started = child;
    await new Promise((resolveReady, reject) => {
      let output = '';
      const onData = (chunk) => {
        output += chunk;
        // The demo sign-in line comes right after the address, in the same write.
        if (output.includes('Welcome Widgets: http') && output.includes('Staff desk: ')) {
          demoSignIn = /Staff desk: (\S+)/.exec(output)[1];
          started.stdout.off('data', onData);
          started.stdout.resume();
          resolveReady();
        }
      };
      started.stdout.on('data', onData);
      started.once('exit', (code) => reject(new Error(`the reference server exited with ${code}:\n${output}`)));
    });
  }

  async function stop() {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGTERM');
    await exited;
  }

  await start();
  process.once('exit', () => child?.kill());
  return {
    origin,
    start,
    stop,
    get demoSignIn() {
      return demoSignIn;
    },
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
