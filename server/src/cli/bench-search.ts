/**
 * Server figures for `npm run bench`: a fresh embedded database with a
 * synthetic directory (10,000 services by default), the app on loopback, and
 * autocannon against `/healthz` and searches with filters, in the same run so
 * that the ratio is comparable across machines. Prints one JSON object.
 */
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { silentLogger } from '../lib/logger.js';
import { seedSyntheticDirectory } from '../seed/synthetic.js';

const { values } = parseArgs({
  options: { services: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '8' } },
});
const count = Number(values.services);
const duration = Number(values.seconds);

// A throwaway database: embedded PGlite in memory, or the PostgreSQL named by
// WW_BENCH_DATABASE_URL (its tables are dropped first: never point it at real data).
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
const seeding = performance.now();
await seedSyntheticDirectory(database.db, count);
const seedMs = Math.round(performance.now() - seeding);

const app = createApp({ db: database.db, allowedOrigins: [], logger: silentLogger });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const base = `http://127.0.0.1:${port}`;

const targets = {
  healthz: '/healthz',
  search: '/v1/services?q=legal%20help&lang=es',
  searchFiltered: '/v1/services?q=clinic&topic=immigration-legal,citizenship&language=es&free=true&lang=es',
  searchNonLatin: '/v1/services?q=%E6%B3%95%E5%BE%8B&lang=zh-Hans',
  browseNear: '/v1/services?near=40.75,-73.98&sort=distance&topic=english-classes',
};

interface Figures {
  /** One request at a time: what a visitor waits. */
  p50Ms: number;
  p99Ms: number;
  /** Ten connections at once: what the server can serve. */
  requestsPerSecond: number;
  p99MsUnderLoad: number;
  errors: number;
  non2xx: number;
}
const results: Record<string, Figures> = {};
for (const [name, path] of Object.entries(targets)) {
  // Warm up, then measure; bounded in time, loopback only.
  await autocannon({ url: base + path, connections: 2, duration: 1 });
  const latency = await autocannon({ url: base + path, connections: 1, duration });
  const load = await autocannon({ url: base + path, connections: 10, duration });
  results[name] = {
    p50Ms: latency.latency.p50,
    p99Ms: latency.latency.p99,
    requestsPerSecond: Math.round(load.requests.average),
    p99MsUnderLoad: load.latency.p99,
    errors: latency.errors + load.errors,
    non2xx: latency.non2xx + load.non2xx,
  };
}

server.close();
await database.close();
console.log(
  JSON.stringify({
    services: count,
    database: benchUrl ? 'postgresql' : 'pglite (in memory)',
    seedMs,
    secondsPerTarget: duration,
    targets,
    results,
    searchToHealthzRatio: Number((results.search!.requestsPerSecond / results.healthz!.requestsPerSecond).toFixed(3)),
  }),
);
