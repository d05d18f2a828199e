/**
 * The server under test for bench-integrity: a throwaway database (see
 * bench-database.ts) holding two events that take sign-ups with few places (a
 * weekly session of 25 places, twice, and a series of 25), the app on a
 * loopback port with the write rate limit out of the way. Prints
 * `ready <port> <targets as JSON>`; asked `dump` over IPC, it sends back what
 * the database holds, read with SQL rather than through the API.
 */
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { upsertEvent } from '../events/store.js';
import { FieldCrypto } from '../lib/field-crypto.js';
import { openBenchDatabase } from './bench-database.js';
import type { Dump, Target } from './bench-integrity-checks.js';

const CAPACITY = 25;

const database = await openBenchDatabase();
const { db } = database;
const year = new Date().getUTCFullYear() + 1;
const sessions = await upsertEvent(db, {
  uid: 'integrity-sessions',
  type: 'legal-clinic',
  title: 'Integrity bench: a clinic, two sessions',
  timezone: 'America/New_York',
  dtstart: `${year}-06-01T18:00`,
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;COUNT=2',
  capacity: CAPACITY,
  registrationMode: 'per-session',
});
const series = await upsertEvent(db, {
  uid: 'integrity-series',
  type: 'english-class',
  title: 'Integrity bench: a course of four',
  timezone: 'America/New_York',
  dtstart: `${year}-07-01T10:00`,
  durationMinutes: 60,
  rrule: 'FREQ=WEEKLY;COUNT=4',
  capacity: CAPACITY,
  registrationMode: 'series',
});
const targets: Target[] = [
  { eventId: sessions.id, scope: 'session', occurrence: `${year}-06-01T18:00` },
  { eventId: sessions.id, scope: 'session', occurrence: `${year}-06-08T18:00` },
  { eventId: series.id, scope: 'series' },
];

const serverErrors: string[] = [];
const app = createApp({
  db,
  allowedOrigins: ['*'],
  logger: { info: () => {}, error: (_message, fields) => serverErrors.push(String(fields?.message)) },
  // One client sends everything: the limit would answer 429 to most of it.
  writesPerMinute: 1e9,
  // Personal fields are encrypted as in production, with a key for this run.
  crypto: FieldCrypto.fromKeyText(FieldCrypto.newKeyText()),
});

async function dump(): Promise<Dump> {
  const registrations = await sql<Dump['registrations'][number]>`
    SELECT id, event_id, occurrence_key, idempotency_key, status, party_size,
      CASE WHEN status = 'waitlisted' THEN (row_number() OVER (
        PARTITION BY event_id, occurrence_key, status ORDER BY created_at, id))::int END AS queue_rank
    FROM registrations`.execute(db);
  const counters = await sql<Dump['counters'][number]>`
    SELECT c.event_id, c.occurrence_key, c.taken, c.waitlisted, e.capacity
    FROM event_capacity c JOIN events e ON e.id = c.event_id`.execute(db);
  const inquiries = await sql<Dump['inquiries'][number]>`
    SELECT id, reference, idempotency_key FROM inquiries`.execute(db);
  return {
    registrations: registrations.rows,
    counters: counters.rows,
    inquiries: inquiries.rows,
    serverErrors: serverErrors.splice(0),
  };
}
process.on('message', (message) => {
  if (message === 'dump') void dump().then((rows) => process.send!(rows));
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`ready ${(server.address() as AddressInfo).port} ${JSON.stringify(targets)}`);
});
process.on('SIGTERM', () => {
  server.close();
  void database.close().then(() => process.exit(0));
});
