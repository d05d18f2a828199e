/**
 * Load and integrity figures for `npm run bench`: the server in its own
 * process (bench-integrity-server.ts), autocannon from this one, and then the
 * database read back and held against every answer the client saw.
 *
 * 1. Sign-ups for three counters of 25 places (two sessions, one series), a
 *    share of them retries of an earlier idempotency key, and inquiries the same way.
 * 2. Cancellations, each token sent twice at once, while more sign-ups arrive.
 *
 * Prints one JSON object: throughput, latency and statuses of each load, the
 * checks (each a count of faults), the totals lost / duplicated / overCapacity
 * and `ok`. Runs on PGlite in memory, or on the PostgreSQL database named by
 * WW_BENCH_DATABASE_URL (emptied first).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INQUIRY_TOPICS } from '../inquiries/schemas.js';
import { checkCancellations, checkInquiries, checkSignUps, type Dump, type Target } from './bench-integrity-checks.js';
import { postMany, withRetries, type Post } from './bench-integrity-load.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    connections: { type: 'string', default: '32' },
    retries: { type: 'string', default: '0.2' },
  },
});
const amount = Number(values.requests);
const connections = Number(values.connections);
const retryShare = Number(values.retries);

const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'bench-integrity-server.ts')], {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  env: process.env,
});
const [, port, targetText] = await new Promise<RegExpExecArray>((resolveReady, reject) => {
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
    const match = /^ready (\d+) (.+)$/m.exec(output);
    if (match) resolveReady(match);
  });
  child.on('exit', (code) => reject(new Error(`bench integrity server exited with ${code}`)));
});
const base = `http://127.0.0.1:${port}`;
const targets = JSON.parse(targetText!) as Target[];
const readDatabase = () =>
  new Promise<Dump>((resolveDump) => {
    child.once('message', (message) => resolveDump(message as Dump));
    child.send('dump');
  });

const signUp =
  (batch: string) =>
  (n: number): Post => {
    const target = targets[n % targets.length]!;
    const key = `${batch}-${n}-${randomUUID()}`;
    return {
      key,
      path: `/v1/events/${target.eventId}/registrations`,
      headers: { 'idempotency-key': key },
      body: JSON.stringify({
        name: `Bench person ${n}`,
        contact_method: 'email',
        email: `person${n}@example.org`,
        preferred_language: 'es',
        scope: target.scope,
        occurrence: target.occurrence,
        party_size: 1 + (n % 3),
        idempotency_key: key,
      }),
    };
  };

const inquiry = (n: number): Post => {
  const key = `inquiry-${n}-${randomUUID()}`;
  return {
    key,
    path: '/v1/inquiries',
    headers: { 'idempotency-key': key },
    body: JSON.stringify({
      topic: INQUIRY_TOPICS[n % INQUIRY_TOPICS.length],
      message: 'I need help filling in a form.',
      preferred_language: 'es',
      contact_method: 'email',
      email: `person${n}@example.org`,
      consent: true,
      idempotency_key: key,
    }),
  };
};

// 1. Sign-ups, then inquiries, each with retries.
const signUps = await postMany(base, { amount, connections, next: withRetries(signUp('first'), retryShare) });
const inquiries = await postMany(base, { amount, connections, next: withRetries(inquiry, retryShare) });
const afterSignUps = await readDatabase();

// 2. Six confirmed people per counter cancel (each link sent twice at once) while others keep signing up.
const confirmed = signUps.answers
  .filter((a) => a.status === 201)
  .map(
    (a) => JSON.parse(a.body) as { event_id: string; occurrence: string | null; status: string; cancel_token: string },
  )
  .filter((r) => r.status === 'confirmed');
const tokens = targets.flatMap((t) =>
  confirmed
    .filter((r) => r.event_id === t.eventId && r.occurrence === (t.occurrence ?? null))
    .slice(0, 6)
    .map((r) => r.cancel_token),
);
const cancelPosts = tokens.flatMap((token) => {
  const post = { key: token, path: '/v1/registrations/cancel', body: JSON.stringify({ token }) };
  return [post, post];
});
let nextCancel = 0;
const [cancels, moreSignUps] = await Promise.all([
  postMany(base, { amount: cancelPosts.length, connections: 8, next: () => cancelPosts[nextCancel++]! }),
  postMany(base, { amount: Math.round(amount / 3), connections, next: withRetries(signUp('second'), retryShare) }),
]);
const afterCancels = await readDatabase();

// The cheapest route on the same server, for scale.
const healthz = await autocannon({ url: `${base}/healthz`, connections: 10, duration: 3 });
child.kill('SIGTERM');

const checks = {
  signUps: checkSignUps(signUps.answers, afterSignUps, { asAnswered: true }),
  inquiries: checkInquiries(inquiries.answers, afterSignUps),
  cancellations: checkCancellations(cancels.answers, [...signUps.answers, ...moreSignUps.answers], afterCancels),
  signUpsAfterCancellations: checkSignUps([...signUps.answers, ...moreSignUps.answers], afterCancels, {
    asAnswered: false,
  }),
};
const total = (field: string) =>
  Object.values(checks).reduce(
    (sum, c) => sum + (((c as Record<string, unknown>)[field] as number | undefined) ?? 0),
    0,
  );
const faults = [
  'lost',
  'duplicated',
  'overCapacity',
  'counterDrift',
  'queueSkipped',
  'statusMismatches',
  'replayMismatches',
  'positionMismatches',
  'waitlistDuplicates',
  'waitlistGaps',
  'rowsWithoutAcceptedAnswer',
  'duplicateReferences',
  'cancelledWithoutAnswer',
  'promotionDrift',
];
const loads = { signUps, inquiries, cancels, moreSignUps };
// Every request is valid: anything but 200 or 201, or no answer at all, is a failure.
const failedRequests = Object.values(loads).reduce(
  (sum, { figures }) =>
    sum +
    figures.errors +
    Object.entries(figures.statuses)
      .filter(([status]) => status !== '200' && status !== '201')
      .reduce((n, [, count]) => n + count, 0),
  0,
);
const serverErrors = [...afterSignUps.serverErrors, ...afterCancels.serverErrors];

console.log(
  JSON.stringify({
    database: process.env.WW_BENCH_DATABASE_URL ? 'postgresql' : 'pglite (in memory)',
    connections,
    retryShare,
    load: Object.fromEntries(Object.entries(loads).map(([name, l]) => [name, l.figures])),
    healthz: { requestsPerSecond: Math.round(healthz.requests.average), p99Ms: healthz.latency.p99 },
    checks,
    lost: total('lost'),
    duplicated: total('duplicated'),
    overCapacity: total('overCapacity'),
    failedRequests,
    serverErrors,
    ok: faults.every((f) => total(f) === 0) && failedRequests === 0 && serverErrors.length === 0,
  }),
);
