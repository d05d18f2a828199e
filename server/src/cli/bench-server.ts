/**
 * The server under test for bench-search: a throwaway database with a synthetic
 * directory, the app on a loopback port. Prints `ready <port> <seed ms>`, then
 * serves until killed. Runs in its own process so the load generator does not
 * share its event loop.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { silentLogger } from '../lib/logger.js';
import { seedSyntheticDirectory } from '../seed/synthetic.js';

const count = Number(process.argv[2] ?? 10_000);
// Embedded PGlite in memory, or the PostgreSQL named by WW_BENCH_DATABASE_URL
// (its tables are dropped first: never point it at real data).
const benchUrl = process.env.WW_BENCH_DATABASE_URL;
if (benchUrl) {
  const { Kysely, PostgresDialect, sql } = await import('kysely');
  const pg = (await import('pg')).default;
  const bare = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: benchUrl, max: 1 }) }),
  });
  await sql`DROP SCHEMA public CASCADE; CREATE SCHEMA public`.execute(bare);
  await bare.destroy();
}
const database = await openDatabase({ databaseUrl: benchUrl });
const started = performance.now();
await seedSyntheticDirectory(database.db, count);
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
