/**
 * The server under test for bench-search: a throwaway database with a synthetic
 * directory and recurring events, the app on a loopback port. Prints `ready <port> <seed ms>`, then
 * serves until killed. Runs in its own process so the load generator does not
 * share its event loop.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { silentLogger } from '../lib/logger.js';
import { DEFAULT_READS_PER_MINUTE } from '../lib/rate-limit.js';
import { DEFAULT_CLIENT_MS_PER_SECOND } from '../lib/time-budget.js';
import { seedBenchEvents } from '../seed/bench-events.js';
import { seedSyntheticDirectory } from '../seed/synthetic.js';
import { openBenchDatabase } from './bench-database.js';
import { openPublicAnswers } from '../routes/answer-caching.js';

const count = Number(process.argv[2] ?? 10_000);
const database = await openBenchDatabase();
const started = performance.now();
await seedSyntheticDirectory(database.db, count);
await seedBenchEvents(database.db);
const seedMs = Math.round(performance.now() - started);

// Any origin: the browser part of the bench loads the widgets from another loopback port.
// WW_BENCH_LIMITS=production: the per-client limits a real server has (bench-search sends each
// client's address in X-Forwarded-For, as a proxy would); otherwise none, for the browser figures.
const limits =
  process.env.WW_BENCH_LIMITS === 'production'
    ? { readsPerMinute: DEFAULT_READS_PER_MINUTE, clientMsPerSecond: DEFAULT_CLIENT_MS_PER_SECOND }
    : {};
// WW_BENCH_ANSWER_CACHE=off: the figures without the answer cache (where the time goes, before).
const answers = process.env.WW_BENCH_ANSWER_CACHE === 'off' ? undefined : await openPublicAnswers(database);
const app = createApp({ db: database.db, allowedOrigins: ['*'], logger: silentLogger, ...limits, answers });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`ready ${(server.address() as AddressInfo).port} ${seedMs}`);
});
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(answers?.versions.close())
    .then(() => database.close())
    .then(() => process.exit(0));
});
