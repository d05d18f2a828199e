import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { addDays, today } from '../src/appointments/wall-clock.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testApp } from './helpers/app.js';
import { addStaff, addType, appointmentPlace } from './helpers/appointments.js';

/**
 * Fifty visitors race for the last three slots, by real HTTP requests to a real server on loopback (on
 * PostgreSQL each request on its own pool connection): exactly three bookings, no staff member's time shared.
 */
let database: OpenDatabase;
let server: Server;
let base: string;

describe('the race for the last slots', () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    const { app } = testApp(database, { writesPerMinute: 10_000 });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  test('50 concurrent bookings for 3 slots make exactly 3', async () => {
    const place = await appointmentPlace(database.db);
    // Two staff members, 09:00–10:00, 25 minutes and a 5-minute buffer: four slots at two times.
    const type = await addType(database.db, place, { duration_minutes: 25, buffer_minutes: 5 });
    const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts_at: '09:00', ends_at: '10:00' }));
    await addStaff(database.db, place, { name: 'A', typeIds: [type], rules });
    await addStaff(database.db, place, { name: 'B', typeIds: [type], rules });
    const date = addDays(today(new Date(), 'America/New_York'), 2);
    const day: any = await (
      await fetch(`${base}/v1/appointment-types/${type}/availability?from=${date}&days=1`)
    ).json();
    const starts = (day.days[0].slots as { start: string }[]).map((s) => s.start);
    assert.equal(starts.length, 2);
    const book = (start: string, key: string) =>
      fetch(`${base}/v1/appointments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type_id: type,
          start,
          language: 'en',
          name: 'Racer',
          contact_method: 'email',
          email: 'racer@example.org',
          idempotency_key: key,
        }),
      });
    // One of the four is gone already: three are left.
    assert.equal((await book(starts[0]!, 'race-first-000')).status, 201);

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => book(starts[i % 2]!, `race-visitor-${String(i).padStart(3, '0')}`)),
    );
    const statuses = answers.map((a) => a.status);
    await Promise.all(answers.map((a) => a.arrayBuffer()));
    assert.equal(statuses.filter((s) => s === 201).length, 3, statuses.join(' '));
    assert.equal(statuses.filter((s) => s === 409).length, 47, statuses.join(' '));

    const booked = await database.db
      .selectFrom('appointments')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('status', '=', 'booked')
      .executeTakeFirstOrThrow();
    assert.equal(Number(booked.n), 4);
    const shared = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM appointments a JOIN appointments b
        ON a.staff_id = b.staff_id AND a.id < b.id
       AND a.starts_at < b.blocks_until AND b.starts_at < a.blocks_until
     WHERE a.status IN ('held', 'booked', 'checked_in') AND b.status IN ('held', 'booked', 'checked_in')`.execute(
      database.db,
    );
    assert.equal(Number(shared.rows[0]!.n), 0, 'no two bookings share a staff member’s time');
    const again: any = await (
      await fetch(`${base}/v1/appointment-types/${type}/availability?from=${date}&days=1`)
    ).json();
    assert.deepEqual(again.days[0].slots, []);
  });
});
