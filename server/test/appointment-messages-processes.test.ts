import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { addAppointment, addAppointmentPlace } from './helpers/appointment-rows.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { startServerProcess, type ServerProcess } from './helpers/server-process.js';
import { SmtpReceiver } from './helpers/smtp-receiver.js';

// Two real server processes on one PostgreSQL, each with its job runner (and its appointments sweep) and mail
// sender, delivering through a real SMTP receiver. PGlite is one process's database: nothing to share.
const url = process.env.DATABASE_URL;
const DATA_KEY = 'q'.repeat(43) + '=';
const crypto = FieldCrypto.fromKeyText(DATA_KEY);
const HOUR = 3600_000;
const PEOPLE = 12;

let database: OpenDatabase;
let receiver: SmtpReceiver | undefined;
let dir: string;
let servers: ServerProcess[] = [];

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe(
  'appointment reminders across two server processes (PostgreSQL)',
  { skip: !url && 'needs DATABASE_URL' },
  () => {
    before(async () => {
      database = await openTestDatabase();
      dir = mkdtempSync(join(tmpdir(), 'ww-appt-clock-'));
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

    test('each reminder delivered exactly once when the clock of both processes reaches the window', async () => {
      await emptyDatabase(database.db);
      const clockFile = join(dir, 'offset');
      writeFileSync(clockFile, '0');
      receiver = await new SmtpReceiver().start();
      const place = await addAppointmentPlace(database.db);
      const start = new Date(Math.ceil((Date.now() + 72 * HOUR) / 60_000) * 60_000);
      const emails = Array.from({ length: PEOPLE }, (_, i) => `a${i}@example.org`);
      for (const [i, email] of emails.entries()) {
        await addAppointment(database.db, crypto, place, {
          start: new Date(start.getTime() + i * 30 * 60_000),
          language: 'es',
          contact: { email },
        });
      }
      const env = {
        DATABASE_URL: url!,
        WW_DATA_KEY: DATA_KEY,
        WW_SEED: 'false',
        WW_SMTP_URL: receiver.url,
        WW_PUBLIC_URL: 'https://office.example',
        WW_TEST_CLOCK_FILE: clockFile,
        WW_JOB_POLL_MS: '300',
      };
      servers = await Promise.all([startServerProcess({ env }), startServerProcess({ env })]);
      await new Promise((done) => setTimeout(done, 2000));
      assert.equal(receiver.messages.length, 0, 'three days ahead: nothing due');

      // Both processes move 60 hours on: every appointment is within the 24-hour window.
      writeFileSync(clockFile, String(60 * HOUR));
      await until(() => receiver!.messages.length >= PEOPLE, 'the reminders');
      // A few more sweeps in either process find them all reminded.
      writeFileSync(clockFile, String(60 * HOUR + 3 * 60_000));
      await until(async () => {
        const sweeps = await database.db
          .selectFrom('jobs')
          .select('id')
          .where('kind', '=', 'appointments.sweep')
          .where('status', '=', 'done')
          .execute();
        return sweeps.length >= 3;
      }, 'later sweeps');
      await new Promise((done) => setTimeout(done, 1500));
      assert.deepEqual(receiver.messages.flatMap((m) => m.to).sort(), [...emails].sort(), 'each person once');
      const kinds = await database.db.selectFrom('appointment_messages').select(['kind']).execute();
      assert.equal(kinds.length, PEOPLE);
      assert.ok(kinds.every((k) => k.kind === 'reminder'));
      const claimed = await database.db
        .selectFrom('jobs')
        .select(['claimed_by', 'dedupe_key'])
        .where('kind', '=', 'appointments.sweep')
        .execute();
      assert.equal(new Set(claimed.map((s) => s.dedupe_key)).size, claimed.length, 'one sweep per slot');
    });
  },
);
