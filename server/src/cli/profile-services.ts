/**
 * Where the time of `GET /v1/services` goes: a fresh bench database (PGlite, or WW_BENCH_DATABASE_URL) with a
 * synthetic directory, then each query timed in its parts: the search statement, the service views, the JSON, and
 * the whole request through the app (middleware included). Prints one JSON object (medians in ms).
 *
 *   node --import tsx src/cli/profile-services.ts [--services 10000] [--rounds 20]
 */
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { loadServiceViews, toSummary } from '../directory/service-view.js';
import { searchServices, type SearchFilters } from '../directory/search.js';
import { DEFAULT_VERIFICATION_POLICY } from '../directory/verification-policy.js';
import { silentLogger } from '../lib/logger.js';
import { seedSyntheticDirectory } from '../seed/synthetic.js';
import { openBenchDatabase } from './bench-database.js';

const { values } = parseArgs({
  options: { services: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '20' } },
});
const rounds = Number(values.rounds);
const database = await openBenchDatabase();
await seedSyntheticDirectory(database.db, Number(values.services));
const app = createApp({ db: database.db, allowedOrigins: ['*'], logger: silentLogger });

const cases: {
  name: string;
  path: string;
  filters: Omit<SearchFilters, 'page' | 'pageSize' | 'sort'>;
  locales: string[];
}[] = [
  { name: 'keyword', path: '/v1/services?q=legal%20help&lang=es', filters: { q: 'legal help' }, locales: ['es', 'en'] },
  { name: 'browse', path: '/v1/services?lang=en', filters: {}, locales: ['en'] },
  {
    name: 'filtered',
    path: '/v1/services?q=clinic&topic=immigration-legal,citizenship&language=es&free=true&lang=es',
    filters: { q: 'clinic', topics: ['immigration-legal', 'citizenship'], languages: ['es'], free: true },
    locales: ['es', 'en'],
  },
  {
    name: 'near',
    path: '/v1/services?near=40.75,-73.98&sort=distance&topic=english-classes',
    filters: { near: { latitude: 40.75, longitude: -73.98 }, topics: ['english-classes'] },
    locales: ['en'],
  },
  { name: 'openNow', path: '/v1/services?open_now=true&lang=en', filters: { openNow: true }, locales: ['en'] },
];

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2));
};
const timed = async <T>(work: () => Promise<T> | T, into: number[]): Promise<T> => {
  const started = performance.now();
  const result = await work();
  into.push(performance.now() - started);
  return result;
};

const report: Record<string, Record<string, number>> = {};
for (const { name, path, filters, locales } of cases) {
  const spans = { sql: [] as number[], views: [] as number[], json: [] as number[], request: [] as number[] };
  for (let round = 0; round < rounds + 2; round++) {
    const sort = filters.near ? ('distance' as const) : ('relevance' as const);
    const result = await timed(
      () => searchServices(database.db, { ...filters, sort, page: 1, pageSize: 20 }),
      spans.sql,
    );
    const views = await timed(
      () =>
        loadServiceViews(database.db, result.ids, locales, {
          detail: false,
          near: filters.near,
          verification: { policy: DEFAULT_VERIFICATION_POLICY, today: new Date().toISOString().slice(0, 10) },
        }),
      spans.views,
    );
    await timed(
      () => JSON.stringify({ total: result.total, items: views.map(toSummary), facets: result.facets }),
      spans.json,
    );
    await timed(async () => (await app.request(path)).text(), spans.request);
  }
  // The first two rounds warm the caches of the database and V8.
  const [sql, views, json, request] = [spans.sql, spans.views, spans.json, spans.request].map((xs) =>
    median(xs.slice(2)),
  );
  report[name] = {
    sql: sql!,
    views: views!,
    json: json!,
    request: request!,
    middleware: Number((request! - sql! - views! - json!).toFixed(2)),
  };
}
console.log(JSON.stringify({ database: database.kind, services: Number(values.services), medianMs: report }, null, 1));
await database.close();
