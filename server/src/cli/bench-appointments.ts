/**
 * The appointment race of `npm run bench`: a place with three staff members (09:00–17:00, 30-minute slots, so 48
 * places on a day), and 200 visitors asking at once for the times of that day over HTTP on loopback. Reports how many
 * were booked (exactly the places, never more), the refusals, any staff member's time shared (must be 0), the
 * wall time and the answers' p50 and p99. PGlite, or the PostgreSQL of WW_BENCH_DATABASE_URL (emptied first).
 * The visitors share the server's process: the figures are the lock's, not a network's. Prints one JSON object.
 *
 *   node --import tsx src/cli/bench-appointments.ts [--visitors 200]
 */
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { addDays, today } from '../appointments/wall-clock.js';
import { silentLogger } from '../lib/logger.js';
import { openBenchDatabase } from './bench-database.js';
import { seedTestAppointmentPlace } from './test-appointments.js';

const { values } = parseArgs({ options: { visitors: { type: 'string', default: '200' } } });
const visitors = Number(values.visitors);
const database = await openBenchDatabase();
const place = await seedTestAppointmentPlace(database.db, { staff: 3 });
const app = createApp({ db: database.db, allowedOrigins: ['*'], logger: silentLogger, writesPerMinute: 1_000_000 });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const date = addDays(today(new Date(), 'America/New_York'), 3);
const availability = (await (
  await fetch(`${base}/v1/appointment-types/${place.typeId}/availability?from=${date}&days=1`)
).json()) as { days: { slots: { start: string }[] }[] };
const starts = availability.days[0]!.slots.map((slot) => slot.start);
const places = starts.length * 3;

const book = async (i: number) => {
  const started = performance.now();
  const response = await fetch(`${base}/v1/appointments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type_id: place.typeId,
      start: starts[i % starts.length],
      language: 'en',
      name: `Visitor ${i}`,
      contact_method: 'email',
      email: `visitor${i}@example.org`,
      idempotency_key: `bench-race-${String(i).padStart(5, '0')}`,
    }),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
};

const raceStarted = performance.now();
const answers = await Promise.all(Array.from({ length: visitors }, (_, i) => book(i)));
const wallMs = performance.now() - raceStarted;
const shared = await sql<{ n: number }>`
  SELECT count(*)::int AS n FROM appointments a JOIN appointments b
    ON a.staff_id = b.staff_id AND a.id < b.id AND a.starts_at < b.blocks_until AND b.starts_at < a.blocks_until
  WHERE a.status = 'booked' AND b.status = 'booked'`.execute(database.db);
const times = answers.map((a) => a.ms).sort((a, b) => a - b);
const at = (p: number) => Number(times[Math.min(times.length - 1, Math.floor((times.length * p) / 100))]!.toFixed(1));
console.log(
  JSON.stringify({
    database: database.kind,
    visitors,
    places,
    booked: answers.filter((a) => a.status === 201).length,
    refused: answers.filter((a) => a.status === 409).length,
    other: answers.filter((a) => a.status !== 201 && a.status !== 409).length,
    staffTimeShared: Number(shared.rows[0]!.n),
    wallMs: Math.round(wallMs),
    bookingsPerSecond: Math.round((answers.length / wallMs) * 1000),
    p50Ms: at(50),
    p99Ms: at(99),
  }),
);
server.closeAllConnections();
server.close();
await database.close();
