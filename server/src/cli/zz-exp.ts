import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'bench-server.ts'), process.argv[2] ?? '10000'], {
  stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, WW_BENCH_LIMITS: process.env.LIMITS ?? 'production', WW_TRUST_PROXY: '1' } });
const line = await new Promise<string>((r) => { let o = ''; child.stdout!.on('data', (c) => { o += c; const l = o.split('\n').find((x) => x.startsWith('ready ')); if (l) r(l); }); });
const base = `http://127.0.0.1:${line.split(' ')[1]}`;
let n = 0;
const visitors = (path: string) => ({ url: base, requests: [{ method: 'GET' as const, path, setupRequest: (q: autocannon.Request) => ({ ...q, headers: { ...q.headers, 'x-forwarded-for': `10.0.${(++n >> 8) & 255}.${n & 255}` } }) }] });
const search = '/v1/services?q=legal%20help&lang=es';
const d = Number(process.env.D ?? 8);
await autocannon({ ...visitors(search), connections: 2, duration: 1 });
const alone = await autocannon({ ...visitors(search), connections: 1, duration: d });
console.log('alone', alone.latency.p50);
for (const abuse of ['/v1/topics', '/v1/services?near=40.75,-73.98&radius_km=200&page_size=100&sort=distance', '/v1/events?from=2035-01-01&to=2036-01-01']) {
  const [s, a] = await Promise.all([
    autocannon({ ...visitors(search), connections: 1, duration: d }),
    autocannon({ url: base + abuse, headers: { 'x-forwarded-for': '203.0.113.9' }, connections: 1, duration: d + 1, timeout: 300 }),
  ]);
  console.log(abuse, 'search p50', s.latency.p50, 'p90', s.latency.p90, 'abuser 2xx', a['2xx'], 'non2xx', a.non2xx);
}
child.kill();
