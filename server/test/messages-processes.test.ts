import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import pg from 'pg';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { newCheckinCode } from '../src/events/checkin-code.js';
import { eventIdForUid, upsertEvent } from '../src/events/store.js';
import { enqueueJob } from '../src/jobs/queue.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { openTestDatabase } from './helpers/database.js';
import { startServerProcess, type ServerProcess } from './helpers/server-process.js';
import { SmtpReceiver } from './helpers/smtp-receiver.js';

// Two real server processes on one PostgreSQL, each with its job runner and mail sender,
// delivering through a real SMTP receiver. PGlite is one process's database: nothing to share.
const url = process.env.DATABASE_URL;
const DATA_KEY = 'p'.repeat(43) + '=';
const crypto = FieldCrypto.fromKeyText(DATA_KEY);
const HOUR = 3600_000;
const PEOPLE = 20;

let database: OpenDatabase;
let receiver: SmtpReceiver;
let dir: string;
let clockFile: string;
let servers: ServerProcess[] = [];

const localUtc = (date: Date) => date.toISOString().slice(0, 16);

async function addRegistration(eventId: string, key: string, email: string) {
  const id = randomUUID();
  await database.db
    .insertInto('registrations')
    .values({
      id,
      event_id: eventId,
      occurrence_key: key,
      scope: 'session',
      status: 'confirmed',
      party_size: 1,
      name: crypto.encrypt(`Person ${email}`)!,
      contact_method: 'email',
      email: crypto.encrypt(email),
      phone: null,
      preferred_language: 'es',
      access_needs: null,
      idempotency_key: `processes-${id}`,
      checkin_code: newCheckinCode(),
      created_at: new Date(),
      updated_at: new Date(),
      purged_at: null,
      contact_bounced_at: null,
      created_by: null,
    })
    .execute();
  return id;
}

function serverEnv(extra: Record<string, string> = {}) {
  return {
    DATABASE_URL: url!,
    WW_DATA_KEY: DATA_KEY,
    WW_SEED: 'false',
    WW_SMTP_URL: receiver.url,
    WW_PUBLIC_URL: 'https://office.example',
    WW_TEST_CLOCK_FILE: clockFile,
    WW_JOB_POLL_MS: '300',
    ...extra,
  };
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

const recipients = () => receiver.messages.flatMap((m) => m.to);

describe('jobs across two server processes (PostgreSQL)', { skip: !url && 'needs DATABASE_URL' }, () => {
  before(async () => {
    database = await openTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'ww-clock-'));
    clockFile = join(dir, 'offset');
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    await receiver?.stop();
  });
  after(async () => {
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('reminders due with two processes: each delivered exactly once, when the clock reaches the day before', async () => {
    await sql`TRUNCATE registrations, events, jobs, mail_outbox, registration_messages CASCADE`.execute(database.db);
    writeFileSync(clockFile, '0');
    receiver = await new SmtpReceiver().start();
    const start = new Date(Math.ceil((Date.now() + 72 * HOUR) / 60_000) * 60_000);
    const key = localUtc(start);
    await upsertEvent(database.db, {
      uid: 'processes-clinic',
      type: 'legal-clinic',
      title: 'Clinic',
      timezone: 'UTC',
      dtstart: key,
      durationMinutes: 60,
      capacity: 100,
      registrationMode: 'per-session',
    });
    const eventId = eventIdForUid('processes-clinic');
    const emails = Array.from({ length: PEOPLE }, (_, i) => `p${i}@example.org`);
    for (const email of emails) await addRegistration(eventId, key, email);

    servers = await Promise.all([startServerProcess({ env: serverEnv() }), startServerProcess({ env: serverEnv() })]);
    // Three days ahead: nothing is due yet.
    await new Promise((done) => setTimeout(done, 2000));
    assert.equal(receiver.messages.length, 0);

    // Every process moves to 60 hours later: the session is 12 hours away, inside the 24-hour window.
    writeFileSync(clockFile, String(60 * HOUR));
    await until(() => receiver.messages.length >= PEOPLE, 'the reminders');
    // Two minutes later still inside the window: the next slots' sweeps (in either process) find them all reminded.
    writeFileSync(clockFile, String(60 * HOUR + 2 * 60_000));
    const later = new Date(Date.now() + 60 * HOUR + 2 * 60_000 - 1000);
    await until(async () => {
      const swept = await database.db
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', 'reminders.sweep')
        .where('status', '=', 'done')
        .where('run_at', '>=', new Date(Math.floor(later.getTime() / 60_000) * 60_000))
        .execute();
      return swept.length > 0;
    }, 'a later sweep');
    await new Promise((done) => setTimeout(done, 2000));
    assert.deepEqual(recipients().sort(), [...emails].sort(), 'each person once');
    const rows = await database.db.selectFrom('mail_outbox').select(['status']).execute();
    assert.deepEqual(new Set(rows.map((r) => r.status)), new Set(['sent']));
    assert.equal(rows.length, PEOPLE);
    const sweeps = await database.db
      .selectFrom('jobs')
      .select(['status', 'claimed_by', 'dedupe_key'])
      .where('kind', '=', 'reminders.sweep')
      .execute();
    assert.ok(sweeps.length >= 1);
    assert.equal(new Set(sweeps.map((s) => s.dedupe_key)).size, sweeps.length, 'one job per slot');
  });

  test('a process killed in the middle of a job: the other takes it over after the claim runs out, without a double', async () => {
    await sql`TRUNCATE registrations, events, jobs, mail_outbox, registration_messages CASCADE`.execute(database.db);
    writeFileSync(clockFile, '0');
    receiver = await new SmtpReceiver().start();
    const start = new Date(Math.ceil((Date.now() + 240 * HOUR) / 60_000) * 60_000);
    await upsertEvent(database.db, {
      uid: 'processes-killed',
      type: 'legal-clinic',
      title: 'Clinic',
      timezone: 'UTC',
      dtstart: localUtc(start),
      durationMinutes: 60,
      capacity: 100,
      registrationMode: 'per-session',
    });
    const id = await addRegistration(eventIdForUid('processes-killed'), localUtc(start), 'once@example.org');
    await enqueueJob(database.db, 'registration.confirmation', { registration_id: id });

    // Hold the registration's row: the job's insert of its message (a foreign key to it) waits mid-transaction.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM registrations WHERE id = $1 FOR UPDATE', [id]);
      const first = await startServerProcess({ env: serverEnv({ WW_JOB_CLAIM_SECONDS: '3' }) });
      servers.push(first);
      const firstRunner = /"runner":"([^"]+)"/.exec(first.output())?.[1];
      assert.ok(firstRunner);
      const job = () =>
        database.db
          .selectFrom('jobs')
          .selectAll()
          .where('kind', '=', 'registration.confirmation')
          .executeTakeFirstOrThrow();
      await until(async () => (await job()).claimed_by === firstRunner, 'the first process to claim the job');
      await until(
        async () => Number((await holder.query('SELECT count(*) AS n FROM pg_locks WHERE NOT granted')).rows[0].n) > 0,
        'the job to wait on the held row',
      );
      first.child.kill('SIGKILL');
      await first.stop();
      const second = await startServerProcess({ env: serverEnv({ WW_JOB_CLAIM_SECONDS: '3' }) });
      servers.push(second);
      await holder.query('COMMIT');
      await until(async () => (await job()).status === 'done', 'the job to be done', 30_000);
      await until(() => receiver.messages.length >= 1, 'the confirmation');
      await new Promise((done) => setTimeout(done, 2000));
      const done = await job();
      assert.notEqual(done.claimed_by, firstRunner, 'the other process ran it');
      assert.equal(done.attempts, 2);
      assert.deepEqual(recipients(), ['once@example.org'], 'one mail');
      const messages = await database.db.selectFrom('registration_messages').selectAll().execute();
      assert.equal(messages.length, 1);
    } finally {
      await holder.end().catch(() => {});
    }
  });
});
