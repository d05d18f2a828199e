/**
 * The server under test for the calendar bench: a throwaway in-memory database
 * holding one month with `count` occurrences (20 daily events at spread-out
 * hours, in America/New_York), the app on a loopback port. Prints
 * `ready <port> <month YYYY-MM>`, then serves until killed.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { EVENT_TYPES } from '../events/schemas.js';
import { upsertEvent } from '../events/store.js';
import { silentLogger } from '../lib/logger.js';

const count = Number(process.argv[2] ?? 500);
const EVENTS = 20;
const days = Math.ceil(count / EVENTS);
// March of next year: 31 days, so 25 days of sessions fit from the 3rd on.
const year = new Date().getUTCFullYear() + 1;
const month = `${year}-03`;

const database = await openDatabase({});
await database.db.transaction().execute(async (tx) => {
  for (let i = 0; i < EVENTS; i++) {
    const hour = String(8 + (i % 12)).padStart(2, '0');
    await upsertEvent(tx, {
      uid: `bench-${i}`,
      type: EVENT_TYPES[i % EVENT_TYPES.length]!,
      title: `Bench event ${i + 1}: conversation practice and legal questions`,
      description: 'A synthetic event for the calendar benchmark.',
      languages: ['en', 'es', 'bn'].slice(0, 1 + (i % 3)),
      timezone: 'America/New_York',
      dtstart: `${month}-03T${hour}:${i % 2 ? '30' : '00'}`,
      durationMinutes: 60,
      rrule: `FREQ=DAILY;COUNT=${Math.min(days, Math.ceil((count - i) / EVENTS))}`,
      capacity: 20,
      registrationMode: i % 2 ? 'per-session' : 'none',
    });
  }
});

const app = createApp({ db: database.db, allowedOrigins: ['*'], logger: silentLogger });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`ready ${(server.address() as AddressInfo).port} ${month}`);
});
process.on('SIGTERM', () => {
  server.close();
  void database.close().then(() => process.exit(0));
});
