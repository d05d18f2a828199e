import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/db/schema.js';
import { isDatabaseUnavailable } from '../src/lib/database-unavailable.js';
import { testApp } from './helpers/app.js';
import { createThrowawayCluster, throwawayClusterUnavailable } from './helpers/postgres-cluster.js';
import { freePort, startServerProcess } from './helpers/server-process.js';

const PATHS = ['/v1/services?q=legal', '/v1/topics', '/v1/stats/inquiries?group_by=channel', '/v1/locations'];

/** Whether an answer is the "database away" problem: 503, problem+json, Retry-After in seconds. */
async function assertUnavailable(response: Response, path: string) {
  assert.equal(response.status, 503, path);
  assert.equal(response.headers.get('content-type'), 'application/problem+json', path);
  assert.match(response.headers.get('retry-after') ?? '', /^\d+$/, `${path}: Retry-After`);
  const body = (await response.json()) as { status: number; type: string };
  assert.equal(body.status, 503, path);
  assert.match(body.type, /database-unavailable$/, path);
}

describe('while the database cannot be reached', () => {
  test('tells a database that is away from a query that failed', () => {
    const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
    for (const error of [
      coded('ECONNREFUSED'),
      coded('57P01', 'terminating connection due to administrator command'),
      coded('57P03', 'the database system is shutting down'),
      coded('08006'),
      new Error('Connection terminated unexpectedly'),
      new AggregateError([coded('ECONNREFUSED')], 'connect failed'),
      new Error('wrapped', { cause: coded('ECONNRESET') }),
    ]) {
      assert.equal(isDatabaseUnavailable(error), true, `${error.message} ${String((error as { code?: string }).code)}`);
    }
    for (const error of [coded('23505', 'duplicate key'), coded('22P02'), new Error('bug'), 'ECONNREFUSED', null]) {
      assert.equal(isDatabaseUnavailable(error), false, String(error));
    }
  });

  test('the API answers 503 problems with Retry-After and /readyz says why', async () => {
    // A pool pointed at a port nobody listens on: every connection is refused.
    const url = `postgres://app:app@127.0.0.1:${await freePort()}/app`;
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });
    try {
      const { app } = testApp({ db, kind: 'postgresql', close: () => db.destroy() });
      for (const path of PATHS) await assertUnavailable(await app.request(path), path);
      const ready = await app.request('/readyz');
      assert.equal(ready.status, 503);
      assert.match(ready.headers.get('retry-after') ?? '', /^\d+$/);
      const body = (await ready.json()) as { status: string; reason: string };
      assert.equal(body.status, 'unavailable');
      assert.match(body.reason, /database/i);
    } finally {
      await db.destroy();
    }
  });
});

// The fault test: a real PostgreSQL of the test's own, stopped and started under traffic.
const skip = !process.env.DATABASE_URL
  ? 'runs with PostgreSQL only (DATABASE_URL is not set)'
  : throwawayClusterUnavailable();

describe('a PostgreSQL restart under traffic', { skip }, () => {
  test('answers 503 while PostgreSQL is away, 200 again once it is back, and the process never exits', async () => {
    const cluster = await createThrowawayCluster();
    let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
    let traffic: Promise<void> | undefined;
    let running = true;
    try {
      server = await startServerProcess({
        env: {
          DATABASE_URL: cluster.url,
          WW_DATA_KEY: randomBytes(32).toString('base64'),
          WW_SEED: 'false',
          // Four clients from one address as fast as they can: not what the per-client limits are tested with.
          WW_CLIENT_MS_PER_SECOND: 'off',
          WW_READS_PER_MINUTE: '1000000',
        },
      });
      const { url } = server;
      const statuses = new Map<number, number>();
      const problems: string[] = [];
      // Four clients, each sending one request after another until told to stop.
      const client = async (offset: number) => {
        for (let i = offset; running; i++) {
          const path = PATHS[i % PATHS.length]!;
          try {
            const response = await fetch(url + path, { signal: AbortSignal.timeout(15_000) });
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            if (response.status !== 200 && response.headers.get('content-type') !== 'application/problem+json') {
              problems.push(`${path}: ${response.status} ${response.headers.get('content-type')}`);
            }
            await response.arrayBuffer();
          } catch (error) {
            problems.push(`${path}: ${String(error)}`);
            await new Promise((done) => setTimeout(done, 100));
          }
        }
      };
      traffic = Promise.all([0, 1, 2, 3].map(client)).then(() => undefined);
      const waitFor = async (what: string, check: () => Promise<boolean>, ms = 30_000) => {
        const deadline = Date.now() + ms;
        while (!(await check().catch(() => false))) {
          assert.equal(
            server!.child.exitCode,
            null,
            `the server exited while waiting for ${what}:\n${server!.output()}`,
          );
          if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}:\n${server!.output()}`);
          await new Promise((done) => setTimeout(done, 200));
        }
      };
      await waitFor('traffic to flow', async () => (statuses.get(200) ?? 0) >= 20);

      await cluster.stop();
      await waitFor('503 answers', async () => (await fetch(`${url}/v1/topics`)).status === 503);
      for (const path of PATHS) await assertUnavailable(await fetch(url + path), path);
      const away = await fetch(`${url}/readyz`);
      assert.equal(away.status, 503);
      assert.match(((await away.json()) as { reason: string }).reason, /database/i);
      assert.equal((await fetch(`${url}/healthz`)).status, 200, 'the process itself is alive');

      await cluster.start();
      await waitFor('/readyz to answer 200', async () => (await fetch(`${url}/readyz`)).status === 200);
      for (const path of PATHS) assert.equal((await fetch(url + path)).status, 200, path);
      const served = statuses.get(200) ?? 0;
      await waitFor('traffic to flow again', async () => (statuses.get(200) ?? 0) >= served + 20);

      running = false;
      await traffic;
      assert.deepEqual(problems, [], 'every answer was 200 or a problem');
      assert.deepEqual(
        [...statuses.keys()].sort(),
        [200, 503],
        `only 200 and 503 under traffic: ${JSON.stringify([...statuses])}`,
      );
      assert.equal(server.child.exitCode, null, 'the server never exited');
      assert.doesNotMatch(server.output(), /Unhandled|uncaught/i);
      assert.equal(await server.stop(), 0, 'and it still stops cleanly');
    } finally {
      running = false;
      await traffic?.catch(() => {});
      await server?.stop();
      cluster.remove();
    }
  });
});
