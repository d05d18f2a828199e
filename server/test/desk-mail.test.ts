import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type OpenDatabase } from '../src/db/database.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { silentLogger } from '../src/lib/logger.js';
import { mailConfig } from '../src/mail/config.js';
import { MAX_ATTEMPTS, queueMail } from '../src/mail/outbox.js';
import { errorSummary, MailSender } from '../src/mail/sender.js';
import { createStaffToken } from '../src/staff/tokens.js';
import { seededTestApp, testApp } from './helpers/app.js';
import { parseMail, SmtpReceiver } from './helpers/smtp-receiver.js';

const fieldCrypto = FieldCrypto.ephemeral();
const MINUTE = 60_000;
let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let receiver: SmtpReceiver;
let senders: MailSender[] = [];

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function sender(db = database.db, batch = 10) {
  const made = new MailSender({
    db,
    crypto: fieldCrypto,
    config: { smtpUrl: receiver.url, from: 'Office <desk@office.example>' },
    logger: silentLogger,
    batch,
  });
  senders.push(made);
  return made;
}

const mail = (n: number) => ({
  purpose: 'reply',
  to: `person${n}@example.org`,
  subject: `Message ${n}`,
  text: `Hello ${n}`,
  locale: 'en',
});

const outbox = () => database.db.selectFrom('mail_outbox').selectAll().orderBy('created_at').execute();

describe(`the mail outbox and its sender (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ crypto: fieldCrypto });
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE mail_outbox, staff_tokens, audit_log`.execute(database.db);
    receiver = await new SmtpReceiver().start();
  });
  afterEach(async () => {
    for (const made of senders) await made.stop();
    senders = [];
    await receiver.stop();
  });
  after(() => database.close());

  test('without a mail server, mail is kept and the desk reads it in the outbox (audited)', async () => {
    const queued = await queueMail(database.db, fieldCrypto, mail(1), { smtp: false });
    assert.equal(queued.status, 'kept');
    const [row] = await outbox();
    for (const column of ['to_enc', 'subject_enc', 'text_enc'] as const) assert.match(row![column], /^v1\./);
    assert.doesNotMatch(JSON.stringify(row), /person1|Message 1|Hello 1/);
    const token = (await createStaffToken(database.db, 'desk', 'read')).token;
    const response = await app.get('/v1/staff/outbox', bearer(token));
    assert.equal(response.status, 200, response.text);
    assert.equal(response.body.smtp, false);
    assert.deepEqual(
      [
        response.body.items[0].to,
        response.body.items[0].subject,
        response.body.items[0].text,
        response.body.items[0].status,
      ],
      ['person1@example.org', 'Message 1', 'Hello 1', 'kept'],
    );
    const views = await database.db.selectFrom('audit_log').selectAll().execute();
    assert.deepEqual(
      views.map((v) => [v.action, v.record_type, v.fields]),
      [['view', 'mail', ['to', 'subject', 'text']]],
    );
    // A kept mail is never sent by a sender that starts later.
    assert.deepEqual(await sender().runOnce(), { sent: 0, failed: 0 });
    assert.equal(receiver.messages.length, 0);
  });

  test('a sender delivers queued mail through a real SMTP server, once', async () => {
    await queueMail(
      database.db,
      fieldCrypto,
      { ...mail(1), subject: 'Demann ou K7M-4QX', text: 'Bonjou,\n\nMèsi.', html: '<p>Bonjou</p>', locale: 'ht' },
      { smtp: true },
    );
    const first = await sender().runOnce();
    assert.deepEqual(first, { sent: 1, failed: 0 });
    assert.equal(receiver.messages.length, 1);
    const [received] = receiver.messages;
    assert.deepEqual(received!.to, ['person1@example.org']);
    assert.equal(received!.from, 'desk@office.example');
    const parsed = parseMail(received!.raw);
    assert.equal(parsed.headers.get('subject'), 'Demann ou K7M-4QX');
    assert.equal(parsed.headers.get('content-language'), 'ht');
    assert.equal(parsed.text, 'Bonjou,\n\nMèsi.');
    assert.equal(parsed.html, '<p>Bonjou</p>');
    const [row] = await outbox();
    assert.equal(row!.status, 'sent');
    assert.equal(row!.attempts, 1);
    assert.ok(row!.sent_at);
    assert.ok(row!.message_id);
    assert.deepEqual(await sender().runOnce(), { sent: 0, failed: 0 });
    assert.equal(receiver.messages.length, 1);
  });

  test('a mail server outage: the mail waits with the error, then a later attempt delivers it exactly once', async () => {
    await receiver.stop();
    await queueMail(database.db, fieldCrypto, mail(1), { smtp: true });
    const outage = sender();
    const start = new Date();
    assert.deepEqual(await outage.runOnce(start), { sent: 0, failed: 1 });
    let [row] = await outbox();
    assert.equal(row!.status, 'queued');
    assert.equal(row!.attempts, 1);
    assert.match(row!.last_error!, /ECONNREFUSED|connect/i);
    assert.doesNotMatch(row!.last_error!, /person1/);
    const wait = new Date(row!.next_attempt_at).getTime() - Date.now();
    assert.ok(wait > 0.5 * MINUTE && wait <= MINUTE, `retried after about a minute, not ${wait} ms`);

    // The server is back, but the mail is not due yet: nothing is sent before the backoff.
    await receiver.start();
    assert.deepEqual(await outage.runOnce(new Date()), { sent: 0, failed: 0 });
    assert.equal(receiver.messages.length, 0);
    // Due: delivered once, even with a second sender running the same round.
    const later = new Date(Date.now() + 2 * MINUTE);
    const [a, b] = await Promise.all([outage.runOnce(later), sender().runOnce(later)]);
    assert.equal(a.sent + b.sent, 1);
    assert.equal(receiver.messages.length, 1);
    [row] = await outbox();
    assert.equal(row!.status, 'sent');
    assert.equal(row!.attempts, 2);
    assert.equal(row!.last_error, null);
  });

  test('after the last attempt a mail is failed, and no longer tried', async () => {
    await receiver.stop();
    await queueMail(database.db, fieldCrypto, mail(1), { smtp: true });
    const stubborn = sender();
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      assert.deepEqual(await stubborn.runOnce(new Date(now)), { sent: 0, failed: 1 }, `attempt ${attempt}`);
      now += 9 * 60 * MINUTE;
    }
    const [row] = await outbox();
    assert.equal(row!.status, 'failed');
    assert.equal(row!.attempts, MAX_ATTEMPTS);
    await receiver.start();
    assert.deepEqual(await stubborn.runOnce(new Date(now + 24 * 60 * MINUTE)), { sent: 0, failed: 0 });
    assert.equal(receiver.messages.length, 0);
  });

  test('two app instances on one database race over 20 mails: each is delivered exactly once', async () => {
    // PostgreSQL: a second connection pool, as a second server process has; PGlite has one database per process.
    const second = process.env.DATABASE_URL ? await openDatabase({ databaseUrl: process.env.DATABASE_URL }) : database;
    try {
      for (let n = 1; n <= 20; n++) await queueMail(database.db, fieldCrypto, mail(n), { smtp: true });
      const one = sender(database.db, 3);
      const two = sender(second.db, 3);
      const rounds = [one.runOnce(), two.runOnce(), one.runOnce(), two.runOnce()];
      assert.equal(rounds[2], rounds[0], 'a round already running is joined, not doubled');
      assert.equal(rounds[3], rounds[1]);
      const results = await Promise.all(rounds);
      // A claim that meets the other's locks can come back short, which ends a round with mail still due: the next
      // round (ten seconds later in a server) takes it. Delivered once either way.
      let sent = results[0]!.sent + results[1]!.sent;
      for (let round = 0; round < 3 && sent < 20; round++) sent += (await one.runOnce()).sent;
      assert.equal(sent, 20);
      const subjects = receiver.messages.map((m) => parseMail(m.raw).headers.get('subject')).sort();
      assert.equal(subjects.length, 20);
      assert.equal(new Set(subjects).size, 20);
      assert.ok((await outbox()).every((row) => row.status === 'sent' && row.attempts === 1));
      if (process.env.DATABASE_URL) {
        // With two pools, both senders really ran: each delivered some.
        assert.ok(results[0]!.sent > 0 && results[1]!.sent > 0, JSON.stringify(results));
      }
    } finally {
      if (second !== database) await second.close();
    }
  });

  test('a sender stopped mid-send leaves its claim; another process takes the mail after the claim runs out', async () => {
    await queueMail(database.db, fieldCrypto, mail(1), { smtp: true });
    await database.db
      .updateTable('mail_outbox')
      .set({ status: 'sending', attempts: 1, claimed_until: new Date(Date.now() + 5 * MINUTE) })
      .execute();
    assert.deepEqual(await sender().runOnce(), { sent: 0, failed: 0 }, 'claimed by someone else');
    assert.deepEqual(await sender().runOnce(new Date(Date.now() + 6 * MINUTE)), { sent: 1, failed: 0 });
    assert.equal(receiver.messages.length, 1);
  });

  test('the outbox answers smtp: true when a mail server is configured, and filters by status', async () => {
    await queueMail(database.db, fieldCrypto, mail(1), { smtp: true });
    await queueMail(database.db, fieldCrypto, mail(2), { smtp: false });
    const configured = testApp(database, { crypto: fieldCrypto, smtp: true });
    const token = (await createStaffToken(database.db, 'desk', 'read')).token;
    const all = await configured.get('/v1/staff/outbox', bearer(token));
    assert.equal(all.body.smtp, true);
    assert.equal(all.body.items.length, 2);
    const kept = await configured.get('/v1/staff/outbox?status=kept', bearer(token));
    assert.deepEqual(
      kept.body.items.map((i: { to: string }) => i.to),
      ['person2@example.org'],
    );
    assert.equal((await configured.get('/v1/staff/outbox?status=lost', bearer(token))).status, 400);
  });
});

describe('mail configuration and errors', () => {
  test('WW_SMTP_URL and WW_MAIL_FROM', () => {
    assert.equal(mailConfig({}), undefined);
    assert.deepEqual(mailConfig({ WW_SMTP_URL: 'smtp://127.0.0.1:2525', WW_MAIL_FROM: 'Desk <d@city.example>' }), {
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Desk <d@city.example>',
    });
    assert.equal(
      mailConfig({ WW_SMTP_URL: 'smtps://u:p@mail.city.example', WW_PUBLIC_URL: 'https://help.city.example' })!.from,
      'no-reply@help.city.example',
    );
    assert.throws(() => mailConfig({ WW_SMTP_URL: 'mail.city.example' }), /WW_SMTP_URL/);
  });

  test('an error kept in the outbox carries no address', () => {
    const refusal = Object.assign(new Error('Recipient <ana.perez@example.org> rejected: mailbox full'), {
      code: 'EENVELOPE',
      responseCode: 552,
    });
    const summary = errorSummary(refusal);
    assert.equal(summary, 'EENVELOPE 552: Recipient <…> rejected: mailbox full');
    assert.ok(errorSummary(new Error('x'.repeat(1000))).length <= 300);
  });
});
