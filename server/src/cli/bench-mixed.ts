/**
 * The mixed search workload of bench-search: 2,000 searches drawn Zipf-like (fixed seed) from what visitors type,
 * at 10 connections (throughput as a ratio to /healthz in the same run, p99), then one request at a time: a
 * repeated search (p50, from the answer cache) and each distinct search once, cold (p50, p99).
 */
import autocannon from 'autocannon';

/** Issue 18's targets, printed beside the figures. */
export const MIXED_TARGETS = {
  ratioPostgres: 0.1,
  ratioEmbedded: 0.03,
  p99MsUnderLoad: 50,
  repeatedP50Ms: 5,
  newP99Ms: 30,
};

const SEARCHES = 2_000;
const CONNECTIONS = 10;

/** A deterministic draw: ranks shuffled once (so the popular searches mix languages and filters), then Zipf (s = 1). */
export function zipfDraw(items: readonly string[], count: number, seed = 18): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const ranked = [...items];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= ranked.length; rank++) cumulative.push((sum += 1 / rank));
  return Array.from({ length: count }, () => {
    const target = random() * sum;
    return ranked[cumulative.findIndex((c) => c >= target)]!;
  });
}

const percentile = (sorted: number[], p: number) =>
  Number(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(2));

export async function mixedWorkload(
  base: string,
  queries: readonly string[],
  options: { healthzRequestsPerSecond: number; embedded: boolean; visitorAddress: () => string },
) {
  const drawn = zipfDraw(queries, SEARCHES);
  // Each request from a visitor of its own (X-Forwarded-For, see bench-search), taking the drawn paths in turn.
  let next = 0;
  const fromVisitor = (request: autocannon.Request, path: string) => ({
    ...request,
    path,
    headers: { ...request.headers, 'x-forwarded-for': options.visitorAddress() },
  });
  const started = performance.now();
  let lastAnswer = started;
  const load = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount: SEARCHES,
    timeout: 60,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => fromVisitor(request, drawn[next++ % drawn.length]!),
        onResponse: () => {
          lastAnswer = performance.now();
        },
      },
    ],
  });
  // autocannon's duration, start and finish are whole ticks of a second (2,000 requests in 4 or 5 s read as 500 or
  // 400/s): from the start to the last answer instead.
  const seconds = (lastAnswer - started) / 1000;
  const requestsPerSecond = Math.round(load.requests.total / Math.max(seconds, 0.001));

  // One at a time, a search repeated (the most drawn), after it was asked once.
  const counts = new Map<string, number>();
  for (const path of drawn) counts.set(path, (counts.get(path) ?? 0) + 1);
  const [popular] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  await fetch(base + popular, { headers: { 'X-Forwarded-For': options.visitorAddress() } });
  const repeated = await autocannon({
    url: base,
    connections: 1,
    amount: 200,
    requests: [{ method: 'GET', setupRequest: (request) => fromVisitor(request, popular) }],
  });

  // One at a time, every distinct search once, cold: a content language no earlier request asked for.
  const latencies: number[] = [];
  let misses = 0;
  let failures = 0;
  for (const path of queries) {
    const started = performance.now();
    const response = await fetch(base + path, {
      headers: { 'Accept-Language': 'pl', 'X-Forwarded-For': options.visitorAddress() },
    });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    if (response.headers.get('X-Cache') !== 'hit') misses++;
    if (response.status !== 200) failures++;
  }
  latencies.sort((a, b) => a - b);

  const ratio = Number((requestsPerSecond / options.healthzRequestsPerSecond).toFixed(3));
  return {
    queries: queries.length,
    searches: SEARCHES,
    distinctDrawn: counts.size,
    connections: CONNECTIONS,
    requestsPerSecond,
    healthzRequestsPerSecond: options.healthzRequestsPerSecond,
    ratio,
    ratioTarget: options.embedded ? MIXED_TARGETS.ratioEmbedded : MIXED_TARGETS.ratioPostgres,
    p50MsUnderLoad: load.latency.p50,
    p99MsUnderLoad: load.latency.p99,
    errors: load.errors + load.timeouts,
    non2xx: load.non2xx,
    repeated: { path: popular, p50Ms: repeated.latency.p50, p99Ms: repeated.latency.p99 },
    new: {
      requests: queries.length,
      misses,
      failures,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
    },
    targets: MIXED_TARGETS,
  };
}
