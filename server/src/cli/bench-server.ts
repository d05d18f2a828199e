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
import { seedBenchEvents } from '../seed/bench-events.js';
import { seedSyntheticDirectory } from '../seed/synthetic.js';
import { openBenchDatabase } from './bench-database.js';

const count = Number(process.argv[2] ?? 10_000);
const database = await openBenchDatabase();
const started = performance.now();
await seedSyntheticDirectory(database.db, count);
await seedBenchEvents(database.db);
const seedMs = Math.round(performance.now() - started);

// Any origin: the browser part of the bench loads the widgets from another loopback port.
const app = createApp({ db: database.db, allowedOrigins: ['*'], logger: silentLogger });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`ready ${(server.address() as AddressInfo).port} ${seedMs}`);
});
process.on('SIGTERM', () => {
  server.close();
  void database.close().then(() => process.exit(0));
});
