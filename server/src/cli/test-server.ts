/**
 * The reference server for the widgets' browser tests: an in-memory database
 * seeded with the sample directory, on a loopback port, any origin allowed.
 * Prints `ready <port>`; stops with its parent. The staff API accepts the
 * token `test-staff-token` (write scope), configured by its hash as
 * WW_STAFF_TOKENS would be.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { silentLogger } from '../lib/logger.js';
import { seedSampleData } from '../seed/sample.js';
import { hashToken } from '../staff/tokens.js';
import { mountStaffSite } from '../staff-site.js';
import { resolve } from 'node:path';

const database = await openDatabase({});
await seedSampleData(database.db);
// Browser tests sign up many times from one address.
const app = createApp({
  db: database.db,
  allowedOrigins: ['*'],
  logger: silentLogger,
  writesPerMinute: 100_000,
  staffTokens: [{ name: 'browser-tests', scope: 'write', hash: hashToken('test-staff-token') }],
});
// The desk app as `npm start` serves it (its page under its CSP), for the desk's browser tests.
mountStaffSite(app, resolve(import.meta.dirname, '../../..'));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`ready ${(server.address() as AddressInfo).port}`);
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
