/**
 * Where a cache miss of the mixed search workload spends its time: every distinct search of bench/search-queries.mjs
 * through the app without the answer cache (so each is computed), against a synthetic directory, with every
 * database statement timed by a Kysely plugin. Prints one JSON object: the request's median and p99, and per kind of
 * statement its share (mean ms and count per request). The rest of a request is JavaScript (parsing, planning, JSON).
 *
 *   node --import tsx src/cli/profile-mixed.ts [--services 10000] [--warm]
 * With --warm, each search is measured the second time it is asked (records of the first kept).
 */
import type { KyselyPlugin, QueryId, RootOperationNode, UnknownRow } from 'kysely';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { silentLogger } from '../lib/logger.js';
import { seedSyntheticDirectory } from '../seed/synthetic.js';
import { openBenchDatabase } from './bench-database.js';

const { values } = parseArgs({
  options: { services: { type: 'string', default: '10000' }, warm: { type: 'boolean', default: false } },
});
const { SEARCH_QUERIES } = (await import(
  pathToFileURL(resolve(import.meta.dirname, '../../../bench/search-queries.mjs')).href
)) as { SEARCH_QUERIES: string[] };

/** A statement's kind: the first words of its SQL that tell it apart. */
function kindOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const markers: [RegExp, string][] = [
    [/WITH input AS/, 'word lookup'],
    [/WITH scored AS/, 'search statement'],
    [/search_concepts/, 'everyday words'],
    [/^select .* from "services" as "s" inner join "organizations"/i, 'views: services'],
    [/^select .* from "attributes"/i, 'views: topics, badges'],
    [/^select .* from "languages"/i, 'views: languages'],
    [/from "service_at_location" as "sal"/i, 'views: places'],
    [/from "phones"/i, 'views: phones'],
    [/from "schedules"/i, 'views: schedules'],
    [/from "translations"/i, 'translations'],
    [/taxonomy_terms/, 'topics'],
  ];
  return markers.find(([pattern]) => pattern.test(flat))?.[1] ?? flat.slice(0, 60);
}

const started = new Map<QueryId, { at: number; kind: string }>();
let spans: { kind: string; ms: number }[] = [];
const timer: KyselyPlugin = {
  transformQuery({ node, queryId }: { node: RootOperationNode; queryId: QueryId }) {
    started.set(queryId, {
      at: performance.now(),
      kind: kindOf(database.db.getExecutor().compileQuery(node, queryId).sql),
    });
    return node;
  },
  async transformResult({ result, queryId }: { result: import('kysely').QueryResult<UnknownRow>; queryId: QueryId }) {
    const start = started.get(queryId);
    started.delete(queryId);
    if (start) spans.push({ kind: start.kind, ms: performance.now() - start.at });
    return result;
  },
};

const database = await openBenchDatabase();
await seedSyntheticDirectory(database.db, Number(values.services));
const db = database.db.withPlugin(timer);
const app = createApp({ db, allowedOrigins: ['*'], logger: silentLogger });

const distinct = [...new Set(SEARCH_QUERIES)];
const measure = async () => {
  const perRequest: { path: string; ms: number; spans: { kind: string; ms: number }[] }[] = [];
  for (const path of distinct) {
    spans = [];
    const at = performance.now();
    const response = await app.request(path);
    await response.text();
    perRequest.push({ path, ms: performance.now() - at, spans });
  }
  return perRequest;
};
// The first pass is what the bench's misses meet (service records not yet kept); the second has them kept.
const cold = await measure();
const measured = values.warm ? await measure() : cold;
const sorted = measured.map((r) => r.ms).sort((a, b) => a - b);
const pick = (p: number) =>
  Number(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(1));
const byKind = new Map<string, { ms: number; count: number }>();
for (const request of measured)
  for (const span of request.spans) {
    const entry = byKind.get(span.kind) ?? { ms: 0, count: 0 };
    entry.ms += span.ms;
    entry.count += 1;
    byKind.set(span.kind, entry);
  }
const slowest = [...measured].sort((a, b) => b.ms - a.ms).slice(0, 8);
console.log(
  JSON.stringify(
    {
      database: database.kind,
      services: Number(values.services),
      searches: measured.length,
      requestMs: {
        p50: pick(50),
        p90: pick(90),
        p99: pick(99),
        mean: Number((sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(1)),
      },
      perRequest: Object.fromEntries(
        [...byKind].map(([kind, { ms, count }]) => [
          kind,
          { ms: Number((ms / measured.length).toFixed(2)), count: Number((count / measured.length).toFixed(2)) },
        ]),
      ),
      slowest: slowest.map((r) => ({ path: r.path, ms: Number(r.ms.toFixed(1)), statements: r.spans.length })),
    },
    null,
    1,
  ),
);
await database.close();
