/**
 * The reference server for the widgets' browser tests: an in-memory database
 * seeded with the sample directory, on a loopback port, any origin allowed.
 * Prints `ready <port>`; stops with its parent. The staff API accepts the
 * token `test-staff-token` (write scope), configured by its hash as
 * WW_STAFF_TOKENS would be, and these desk accounts, each with the password
 * `correct horse battery staple`: desk@desk.test (desk), colleague@desk.test
 * (desk), admin@desk.test (admin and desk), editor@desk.test (editor only).
 * Over IPC (the browser tests' `desk-server` command) it hands out a demo
 * sign-in token (`demo-token`), a fresh set-up link (`setup-link`, by email) and
 * a sign-up's check-in code (`checkin-code`, by registration_id), a place with
 * appointment types, staff and interpreters (`appointment-place`), the count of
 * a type's bookings (`appointment-count`, by type_id) and a day of appointments
 * around now (`appointment-day`, names ending in `run`).
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { JobRunner } from '../jobs/runner.js';
import { FieldCrypto } from '../lib/field-crypto.js';
import { openDatabase } from '../db/database.js';
import { silentLogger } from '../lib/logger.js';
import { seedSampleData } from '../seed/sample.js';
import { hashToken } from '../staff/tokens.js';
import { formatCheckinCode } from '../events/checkin-code.js';
import { mountStaffSite } from '../staff-site.js';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { findAccountByEmail, renewSetupLink } from '../staff/accounts.js';
import { prepareDemoSignIn } from '../staff/demo-sign-in.js';
import { hashPassword } from '../staff/passwords.js';
import type { StaffRole } from '../db/schema.js';
import { appointmentDayFixture, countTestBookings, seedTestAppointmentPlace } from './test-appointments.js';

const database = await openDatabase({});
const crypto = FieldCrypto.ephemeral();
await seedSampleData(database.db, new Date(), crypto);
// Browser tests sign up many times from one address.
const app = createApp({
  db: database.db,
  crypto,
  allowedOrigins: ['*'],
  logger: silentLogger,
  writesPerMinute: 100_000,
  staffTokens: [{ name: 'browser-tests', scope: 'write', hash: hashToken('test-staff-token') }],
  demoSignIn: true,
});

const PASSWORD = 'correct horse battery staple';
const ACCOUNTS: { email: string; name: string; roles: StaffRole[] }[] = [
  { email: 'desk@desk.test', name: 'Dana Desk', roles: ['desk'] },
  { email: 'colleague@desk.test', name: 'Carl Colleague', roles: ['desk'] },
  { email: 'admin@desk.test', name: 'Ada Admin', roles: ['admin', 'desk'] },
  { email: 'editor@desk.test', name: 'Eve Editor', roles: ['editor'] },
];
const passwordHash = await hashPassword(PASSWORD);
for (const { email, name, roles } of ACCOUNTS) {
  await database.db
    .insertInto('staff_accounts')
    .values({ id: randomUUID(), email, display_name: name, roles, password_hash: passwordHash })
    .execute();
}

type IpcMessage = {
  id: number;
  command: string;
  email?: string;
  registration_id?: string;
  run?: string;
  type_id?: string;
  on_behalf_allowed?: boolean;
};

/** The browser tests' requests for one-time tokens, which only the server can make. */
process.on('message', (message: IpcMessage) => {
  const answer = async () => {
    if (message.command === 'demo-token') return prepareDemoSignIn(database.db);
    if (message.command === 'setup-link') {
      const account = await findAccountByEmail(database.db, message.email ?? '');
      return account ? renewSetupLink(database.db, account.id) : undefined;
    }
    if (message.command === 'checkin-code') {
      // The code a sign-up's confirmation carries (the roster's tests type and scan it).
      const row = await database.db
        .selectFrom('registrations')
        .select('checkin_code')
        .where('id', '=', message.registration_id ?? '')
        .executeTakeFirst();
      return row?.checkin_code ? formatCheckinCode(row.checkin_code) : undefined;
    }
    if (message.command === 'appointment-day') return appointmentDayFixture(database.db, crypto, message.run ?? 'x');
    // A place of its own for an appointment booking test, and the count of a type's bookings.
    if (message.command === 'appointment-place') {
      return seedTestAppointmentPlace(database.db, { on_behalf_allowed: message.on_behalf_allowed ?? false });
    }
    if (message.command === 'appointment-count') return countTestBookings(database.db, message.type_id ?? '');
    return undefined;
  };
  void answer().then(
    (value) => process.send?.({ id: message.id, value }),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
  );
});
// The desk app as `npm start` serves it (its page under its CSP), for the desk's browser tests.
mountStaffSite(app, resolve(import.meta.dirname, '../../..'));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  const { port } = server.address() as AddressInfo;
  // Confirmations and reminders as `npm start` makes them; no mail server, so the desk's outbox keeps them.
  new JobRunner({
    db: database.db,
    crypto,
    logger: silentLogger,
    publicUrl: `http://127.0.0.1:${port}`,
    smtp: false,
    sms: false,
  }).start(1000);
  console.log(`ready ${port}`);
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
