/**
 * Starts the reference server.
 *
 *   tsx src/index.ts [--memory] [--port 8080] [--host 127.0.0.1] [--demo <repository root>]
 *
 * Environment: DATABASE_URL (PostgreSQL; otherwise embedded PGlite in WW_DATA_DIR,
 * default server/.data), WW_ALLOWED_ORIGINS (comma-separated), WW_SEED=false never to
 * load the sample data (otherwise loaded into a completely empty database only), WW_WRITES_PER_MINUTE (sign-ups per client and minute, default 30),
 * WW_READS_PER_MINUTE (API GETs per client and minute, default 1200: a library's computers share one address),
 * WW_CLIENT_MS_PER_SECOND (server time a client's public reads may take per second, default 250; `off` for none),
 * WW_TRUST_PROXY=true (or a number of proxies) behind reverse proxies that append to X-Forwarded-For,
 * WW_REGISTRATION_RETENTION_DAYS (days after an event ends that sign-up details are kept, default 30),
 * WW_DATA_KEY (32 bytes, base64 or hex: encrypts inquiries' personal fields; required with DATABASE_URL),
 * WW_INQUIRY_RETENTION_DAYS (default 365), WW_RESPONSE_DAYS (business days to answer an inquiry, default 2),
 * WW_STAFF_TOKENS (staff API tokens as comma-separated name:read|write:sha256hex; see `npm run staff:token`),
 * WW_TIME_ZONE (the office's IANA zone, for monthly statistics and imports; default America/New_York),
 * WW_SMTP_URL (smtp:// or smtps:// mail server; without it mail is kept in the desk's outbox), WW_MAIL_FROM (the From
 * address), PORT, HOST.
 * Text messages to registrants who gave a phone: WW_SMS_PROVIDER=twilio with WW_TWILIO_ACCOUNT_SID,
 * WW_TWILIO_AUTH_TOKEN, WW_TWILIO_FROM (a number, or a Messaging Service SID MG…) and WW_TWILIO_BASE_URL (default
 * https://api.twilio.com); without a provider they are kept in the outbox, unsent.
 * Background jobs (confirmations, reminders, notices, retention): WW_JOB_POLL_MS (how often this process looks for due
 * jobs, default 5000), WW_JOB_CLAIM_SECONDS (how long a job is a process's before another may take it over, default
 * 300), WW_TEST_CLOCK_FILE (tests only: a file holding a clock offset in milliseconds; see lib/clock.ts),
 * WW_TEST_NOTIFY_DELAY_MS (tests only: hold directory notifications back this long; see directory/directory-versions.ts).
 * Staff sign-in: WW_PUBLIC_URL (the origin people reach the server at, e.g. https://office.example.gov: cookies are
 * Secure and __Host- when it is https; writes must come from it; set-up links and the OIDC redirect use it),
 * WW_STAFF_IDLE_MINUTES (a desk session ends after this long idle, default 30; always 12 h after sign-in),
 * WW_OIDC_ISSUER, WW_OIDC_CLIENT_ID, WW_OIDC_CLIENT_SECRET (the office's OpenID Connect provider; register the
 * redirect URI `${WW_PUBLIC_URL}/staff/auth/callback`). With --demo, a one-time demo sign-in is printed.
 */
import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, defaultStatusPageUrl } from './app.js';
import { openDatabase } from './db/database.js';
import { DEFAULT_RETENTION_DAYS } from './events/retention.js';
import { DEFAULT_INQUIRY_RETENTION_DAYS } from './inquiries/store.js';
import { JobRunner } from './jobs/runner.js';
import { clockFromEnv } from './lib/clock.js';
import { trustedProxyHops } from './lib/client-key.js';
import { loadDataKey } from './lib/data-key.js';
import { jsonLogger } from './lib/logger.js';
import { mailConfig } from './mail/config.js';
import { MailSender } from './mail/sender.js';
import { smsConfig } from './sms/config.js';
import { SmsSender } from './sms/sender.js';
import { DEFAULT_READS_PER_MINUTE } from './lib/rate-limit.js';
import { clientTimeShare, DEFAULT_CLIENT_MS_PER_SECOND } from './lib/time-budget.js';
import { officeTimeZone } from './lib/time-zone.js';
import { seedReplyTemplates } from './seed/reply-templates.js';
import { seedSampleData } from './seed/sample.js';
import { openPublicAnswers } from './routes/answer-caching.js';
import { prepareDemoSignIn } from './staff/demo-sign-in.js';
import { deleteEndedSessions } from './staff/sessions.js';
import { signInConfig } from './staff/sign-in-config.js';
import { parseStaffTokens } from './staff/tokens.js';
import { mountStaffSite } from './staff-site.js';
import { mountDemo } from './static-site.js';

const { values } = parseArgs({
  options: {
    memory: { type: 'boolean', default: false },
    port: { type: 'string' },
    host: { type: 'string' },
    demo: { type: 'string' },
  },
});

const logger = jsonLogger();
// A bad WW_TRUST_PROXY stops the start instead of failing every rate-limited request.
trustedProxyHops(process.env.WW_TRUST_PROXY);
const clientMsPerSecond = clientTimeShare(process.env.WW_CLIENT_MS_PER_SECOND, DEFAULT_CLIENT_MS_PER_SECOND);
const port = Number(values.port ?? process.env.PORT ?? 8080);
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
const allowedOrigins = (process.env.WW_ALLOWED_ORIGINS ?? origin)
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

const signIn = signInConfig(process.env, origin);

const dataDir = values.memory ? undefined : (process.env.WW_DATA_DIR ?? resolve(import.meta.dirname, '../.data'));
const crypto = loadDataKey({
  envKey: process.env.WW_DATA_KEY,
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  warn: (message) => logger.info(message),
});
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, logger });
if (process.env.WW_SEED !== 'false' && (await seedSampleData(database.db, new Date(), crypto))) {
  logger.info('seeded the sample directory (clearly labelled sample data)');
}
// Reply templates are the office's to edit; a database without any (a new one, sample data or not) gets them.
if (await seedReplyTemplates(database.db)) logger.info('added the reply templates');

// Mail goes through the outbox; with a mail server, this process's sender delivers it (with any other process's).
const mail = mailConfig();
const mailSender = mail ? new MailSender({ db: database.db, crypto, config: mail, logger }).start() : undefined;
if (!mail) logger.info('no WW_SMTP_URL: mail is kept in the outbox for the desk');

const sms = smsConfig();
const smsSender = sms ? new SmsSender({ db: database.db, crypto, config: sms, logger }).start() : undefined;

// Background work from the job table (messages to registrants, reminders, retention), shared with every other
// process on the same database; personal details are erased after their retention periods by the
// `retention.purge` job every six hours.
const jobs = new JobRunner({
  db: database.db,
  crypto,
  logger,
  clock: clockFromEnv(),
  publicUrl: signIn.publicUrl ?? origin,
  smtp: mail !== undefined,
  sms: sms !== undefined,
  claimMs: Number(process.env.WW_JOB_CLAIM_SECONDS ?? 300) * 1000,
  retention: {
    registrationDays: Number(process.env.WW_REGISTRATION_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS),
    inquiryDays: Number(process.env.WW_INQUIRY_RETENTION_DAYS ?? DEFAULT_INQUIRY_RETENTION_DAYS),
  },
  onMessagesQueued: () => {
    void mailSender?.runOnce().catch(() => {});
    void smsSender?.runOnce().catch(() => {});
  },
}).start(Number(process.env.WW_JOB_POLL_MS ?? 5000));
// Sessions that ended without a sign-out (idle, 12 h) leave rows behind; sweep them hourly.
setInterval(
  () =>
    void deleteEndedSessions(database.db, signIn.idleMinutes).catch((error: unknown) =>
      logger.error('session sweep failed', { message: String(error) }),
    ),
  3600_000,
).unref();
// `npm start`: a newcomer reaches the desk in one step, as the demo account.
const demoToken = values.demo ? await prepareDemoSignIn(database.db) : undefined;

const writesPerMinute = process.env.WW_WRITES_PER_MINUTE ? Number(process.env.WW_WRITES_PER_MINUTE) : undefined;
const readsPerMinute = Number(process.env.WW_READS_PER_MINUTE ?? DEFAULT_READS_PER_MINUTE);
const responseDays = Number(process.env.WW_RESPONSE_DAYS ?? 2);
const staffTokens = parseStaffTokens(process.env.WW_STAFF_TOKENS);
const timeZone = officeTimeZone();
// Whole directory answers kept in memory, never one from before a committed write (routes/answer-caching.ts).
const answers = await openPublicAnswers(database, {
  logger,
  notificationDelayMs: Number(process.env.WW_TEST_NOTIFY_DELAY_MS ?? 0),
});
const app = createApp({
  db: database.db,
  allowedOrigins,
  logger,
  writesPerMinute,
  readsPerMinute,
  clientMsPerSecond,
  crypto,
  responseDays,
  staffTokens,
  timeZone,
  statusPageUrl: defaultStatusPageUrl(signIn.publicUrl ?? origin),
  smtp: mail !== undefined,
  onMailQueued: mailSender && (() => void mailSender.runOnce().catch(() => {})),
  publicUrl: signIn.publicUrl,
  oidc: signIn.oidc,
  staffIdleMinutes: signIn.idleMinutes,
  demoSignIn: !!demoToken,
  answers,
});
// The desk (built into dist/staff-app) at /staff/, whether or not the demo pages are served.
mountStaffSite(app, resolve(import.meta.dirname, '../..'));
if (values.demo) mountDemo(app, values.demo);

const server = serve({ fetch: app.fetch, port, hostname: host }, () => {
  logger.info('listening', { url: origin, database: database.kind });
  console.log(`\nWelcome Widgets: ${origin}/${values.demo ? '  (demo pages)' : 'v1/openapi.json'}`);
  if (demoToken) {
    console.log(`Staff desk: ${signIn.publicUrl ?? origin}/staff/#demo=${demoToken}  (one-step demo sign-in)`);
  }
  console.log('');
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  server.close();
  await jobs.stop();
  await mailSender?.stop();
  await smsSender?.stop();
  await answers.versions.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
