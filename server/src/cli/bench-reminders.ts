/**
 * Reminders at scale, for `npm run bench`: 10,000 people signed up for
 * sessions whose reminders all fall due at the same moment, two server
 * processes (src/index.ts, as `npm start` runs them) on one PostgreSQL, and a
 * real SMTP receiver counting what arrives. Reports messages per second from
 * the moment they fall due until the last arrives, duplicates (must be 0) and
 * lost (must be 0). Prints one JSON object.
 *
 * Needs the PostgreSQL database named by WW_BENCH_DATABASE_URL (emptied first):
 * two processes cannot share an embedded database.
 *
 *   tsx src/cli/bench-reminders.ts [--people 10000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { newCheckinCode } from '../events/checkin-code.js';
import { eventIdForUid, upsertEvent } from '../events/store.js';
import { FieldCrypto } from '../lib/field-crypto.js';
import { openBenchDatabase } from './bench-database.js';

const { values } = parseArgs({ options: { people: { type: 'string', default: '10000' } } });
const people = Number(values.people);
const HOUR = 3600_000;
const DATA_KEY = 'b'.repeat(43) + '=';
const LANGUAGES = ['es', 'zh-Hans', 'ht', 'bn', 'ru', 'ar', 'fr', 'ko', 'ur', 'pl', 'wo', 'en'];
const TIMEOUT_MS = 30 * 60_000;

const benchUrl = process.env.WW_BENCH_DATABASE_URL;
if (!benchUrl) {
  console.log(JSON.stringify({ skipped: 'needs WW_BENCH_DATABASE_URL (two processes share one PostgreSQL)' }));
  process.exit(0);
}

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

// The receiver: counts each recipient it accepts.
const received = new Map<string, number>();
let deliveries = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  closeTimeout: 1000,
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      for (const { address } of session.envelope.rcptTo) received.set(address, (received.get(address) ?? 0) + 1);
      deliveries++;
      callback();
    });
  },
});
const smtpPort = await freePort();
await new Promise<void>((done) => smtp.listen(smtpPort, '127.0.0.1', () => done()));

// The data: one session per 500 people (a busy week of clinics), all starting in three days.
const database = await openBenchDatabase();
const { db } = database;
const crypto = FieldCrypto.fromKeyText(DATA_KEY);
const start = new Date(Math.ceil((Date.now() + 72 * HOUR) / 60_000) * 60_000);
const keyOf = (date: Date) => date.toISOString().slice(0, 16);
const sessions = Math.ceil(people / 500);
for (let s = 0; s < sessions; s++) {
  await upsertEvent(db, {
    uid: `bench-reminders-${s}`,
    type: 'legal-clinic',
    title: `Clinic ${s + 1}`,
    timezone: 'UTC',
    dtstart: keyOf(start),
    durationMinutes: 60,
    capacity: null,
    registrationMode: 'per-session',
  });
}
const setupStarted = performance.now();
for (let offset = 0; offset < people; offset += 1000) {
  const rows = [];
  for (let n = offset; n < Math.min(people, offset + 1000); n++) {
    const id = randomUUID();
    rows.push({
      id,
      event_id: eventIdForUid(`bench-reminders-${Math.floor(n / 500)}`),
      occurrence_key: keyOf(start),
      scope: 'session' as const,
      status: 'confirmed' as const,
      party_size: 1,
      name: crypto.encrypt(`Bench person ${n}`)!,
      contact_method: 'email' as const,
      email: crypto.encrypt(`person${n}@example.org`),
      phone: null,
      preferred_language: LANGUAGES[n % LANGUAGES.length]!,
      access_needs: null,
      idempotency_key: `bench-${id}`,
      checkin_code: newCheckinCode(),
      created_at: new Date(),
      updated_at: new Date(),
      purged_at: null,
      contact_bounced_at: null,
      created_by: null,
    });
  }
  await db.insertInto('registrations').values(rows).execute();
}
const setupSeconds = (performance.now() - setupStarted) / 1000;
await database.close();

// Two server processes, their clocks on a file this script moves.
const dir = mkdtempSync(join(tmpdir(), 'ww-bench-reminders-'));
const clockFile = join(dir, 'offset');
writeFileSync(clockFile, '0');
const children: ChildProcess[] = [];
async function startServer(): Promise<void> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, '../index.ts'), '--port', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: benchUrl,
        WW_DATA_KEY: DATA_KEY,
        WW_SEED: 'false',
        WW_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        WW_PUBLIC_URL: 'https://office.example',
        WW_TEST_CLOCK_FILE: clockFile,
        WW_JOB_POLL_MS: '500',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const deadline = Date.now() + 120_000;
  while (!output.includes('"message":"listening"')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`a server did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

let result: Record<string, unknown>;
try {
  await Promise.all([startServer(), startServer()]);
  // Now every reminder falls due at once: both processes' clocks move 60 hours on (12 hours before the sessions).
  writeFileSync(clockFile, String(60 * HOUR));
  const due = performance.now();
  while (received.size < people && performance.now() - due < TIMEOUT_MS) {
    await new Promise((done) => setTimeout(done, 100));
  }
  const seconds = (performance.now() - due) / 1000;
  // Let any duplicate arrive: both processes go on sweeping and sending.
  await new Promise((done) => setTimeout(done, 5000));
  const duplicates = deliveries - received.size;
  result = {
    database: 'PostgreSQL',
    processes: 2,
    people,
    sessions,
    setupSeconds: Math.round(setupSeconds * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    messagesPerSecond: Math.round((received.size / seconds) * 10) / 10,
    delivered: received.size,
    duplicates,
    lost: people - received.size,
  };
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) => new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)))),
  );
  await new Promise<void>((done) => smtp.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
