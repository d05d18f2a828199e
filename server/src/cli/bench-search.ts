/**
 * Server figures for `npm run bench`: a fresh embedded database with a
 * synthetic directory (10,000 services by default), the app on loopback, and
 * autocannon against `/healthz` and searches with filters, in the same run so
 * that the ratio is comparable across machines. Prints one JSON object.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mixedWorkload } from './bench-mixed.js';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '8' },
    // Only /healthz and the mixed workload (while developing).
    'mixed-only': { type: 'boolean', default: false },
  },
});
const count = Number(values.services);
const duration = Number(values.seconds);

// The server in its own process, so that autocannon does not share its event loop; with the
// per-client limits of a real server behind one proxy, which tells each client's address.
const child = spawn(
  process.execPath,
  // WW_BENCH_SERVER_NODE_ARGS: node options for the server alone (e.g. `--cpu-prof`, which NODE_OPTIONS refuses).
  [
    ...(process.env.WW_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    '--import',
    'tsx',
    resolve(import.meta.dirname, 'bench-server.ts'),
    String(count),
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, WW_BENCH_LIMITS: 'production', WW_TRUST_PROXY: '1' },
  },
);
const ready = await new Promise<string>((resolveReady, reject) => {
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
    const line = output.split('\n').find((l) => l.startsWith('ready '));
    if (line) resolveReady(line);
  });
  child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
const [, portText, seedText] = ready.split(' ');
const base = `http://127.0.0.1:${portText}`;
const seedMs = Number(seedText);
const benchUrl = process.env.WW_BENCH_DATABASE_URL;

const targets = {
  healthz: '/healthz',
  search: '/v1/services?q=legal%20help&lang=es',
  searchFiltered: '/v1/services?q=clinic&topic=immigration-legal,citizenship&language=es&free=true&lang=es',
  searchNonLatin: '/v1/services?q=%E6%B3%95%E5%BE%8B&lang=zh-Hans',
  browseNear: '/v1/services?near=40.75,-73.98&sort=distance&topic=english-classes',
};

let visitors = 0;
/** A visitor of its own, as when many people search at once: none of them reaches a per-client limit. */
const visitorAddress = () => {
  const n = ++visitors;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};
/** Each request from a visitor of its own. */
const fromVisitors = (path: string) => ({
  url: base,
  requests: [
    {
      method: 'GET' as const,
      path,
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        headers: { ...request.headers, 'x-forwarded-for': visitorAddress() },
      }),
    },
  ],
});
/** One client, from one address. */
const ABUSER = { 'x-forwarded-for': '203.0.113.66' };

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
  if (values['mixed-only'] && name !== 'healthz') continue;
  // Warm up, then measure; bounded in time, loopback only.
  await autocannon({ ...fromVisitors(path), connections: 2, duration: 1 });
  const latency = await autocannon({ ...fromVisitors(path), connections: 1, duration });
  const load = await autocannon({ ...fromVisitors(path), connections: 10, duration });
  results[name] = {
    p50Ms: latency.latency.p50,
    p99Ms: latency.latency.p99,
    requestsPerSecond: Math.round(load.requests.average),
    p99MsUnderLoad: load.latency.p99,
    errors: latency.errors + load.errors,
    non2xx: latency.non2xx + load.non2xx,
  };
}

// The mixed workload: what visitors type, drawn Zipf-like, beside /healthz measured above.
const { SEARCH_QUERIES } = (await import(
  pathToFileURL(resolve(import.meta.dirname, '../../../bench/search-queries.mjs')).href
)) as { SEARCH_QUERIES: string[] };
const mixed = await mixedWorkload(base, SEARCH_QUERIES, {
  healthzRequestsPerSecond: results.healthz!.requestsPerSecond,
  embedded: !benchUrl,
  visitorAddress,
});

// Abuse: one client repeating the most expensive public request it can make, while a visitor searches.
const year = new Date().getUTCFullYear();
const expensive: Record<string, string> = {
  eventsFurthestWindow: `/v1/events?from=${year + 9}-01-01&to=${year + 10}-01-01`,
  eventsFeedFurthest: `/v1/events.ics?from=${year + 9}-01-01&to=${year + 10}-01-01`,
  nearWidest: '/v1/services?near=40.75,-73.98&radius_km=200&page_size=100&sort=distance',
  longestQuery: `/v1/services?q=${encodeURIComponent('legal help english class citizenship free id card clinic immigration lawyer court')}&page_size=100`,
};
const singleMs: Record<string, number> = {};
for (const [name, path] of Object.entries(values['mixed-only'] ? {} : expensive)) {
  // A slow request is the finding, not a failure: wait for it (autocannon gives up after 10 s by default).
  singleMs[name] = (await autocannon({ ...fromVisitors(path), connections: 1, amount: 3, timeout: 300 })).latency.p50;
}
const abuse = values['mixed-only'] ? undefined : await measureAbuse();
async function measureAbuse() {
  const [abuseName] = Object.entries(singleMs).sort((a, b) => b[1] - a[1])[0]!;
  const alone = await autocannon({ ...fromVisitors(targets.search), connections: 1, duration });
  const [underAbuse, abuser] = await Promise.all([
    autocannon({ ...fromVisitors(targets.search), connections: 1, duration, timeout: 300 }),
    autocannon({
      url: base + expensive[abuseName]!,
      headers: ABUSER,
      connections: 1,
      duration: duration + 1,
      timeout: 300,
    }),
  ]);
  const figures = {
    candidatesP50Ms: singleMs,
    request: abuseName,
    path: expensive[abuseName],
    searchP50MsAlone: alone.latency.p50,
    searchP50MsUnderAbuse: underAbuse.latency.p50,
    searchErrorsUnderAbuse: underAbuse.errors + underAbuse.timeouts,
    // The abusing client's own answers: served in full, and refused (429) once it had taken its share.
    abuserServed: abuser['2xx'],
    abuserRefused: abuser.non2xx,
    ratio: Number((underAbuse.latency.p50 / Math.max(alone.latency.p50, 0.5)).toFixed(2)),
  };
  return figures;
}

child.kill('SIGTERM');
console.log(
  JSON.stringify({
    services: count,
    database: benchUrl ? 'postgresql' : 'pglite (in memory)',
    seedMs,
    secondsPerTarget: duration,
    targets,
    results,
    searchToHealthzRatio: results.search
      ? Number((results.search.requestsPerSecond / results.healthz!.requestsPerSecond).toFixed(3))
      : undefined,
    answerCache: process.env.WW_BENCH_ANSWER_CACHE === 'off' ? 'off' : 'on',
    mixed,
    abuse,
  }),
);
