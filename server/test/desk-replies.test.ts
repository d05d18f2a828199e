import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { createInquiry, type NewInquiry } from '../src/inquiries/store.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { UI_LOCALES } from '../src/lib/ui-locales.js';
import { silentLogger } from '../src/lib/logger.js';
import { mailHtml } from '../src/mail/html.js';
import { MailSender } from '../src/mail/sender.js';
import { seedReferralNames } from '../src/seed/seed.js';
import {
  REPLY_TEMPLATE_CODES,
  REPLY_TEMPLATES,
  REVIEWED_TEMPLATE_LOCALES,
  seedReplyTemplates,
} from '../src/seed/reply-templates.js';
import { fillPlaceholders } from '../src/staff/reply-templates.js';
import { createStaffToken, hashToken } from '../src/staff/tokens.js';
import { seededTestApp, testApp } from './helpers/app.js';
import { fakeSessionApp, insertAccount, sessionIdentity } from './helpers/desk.js';
import { startServerProcess } from './helpers/server-process.js';
import { parseMail, SmtpReceiver } from './helpers/smtp-receiver.js';

const fieldCrypto = FieldCrypto.ephemeral();
const STATUS_PAGE = 'https://help.city.example/status';
let database: OpenDatabase;
let seeded: Awaited<ReturnType<typeof seededTestApp>>;
let app: ReturnType<typeof testApp>;
let receiver: SmtpReceiver;
let sender: MailSender;
let writeToken: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const placeholders = (text: string) => [...text.matchAll(/\{[a-z_]+\}/g)].map((m) => m[0]).sort();

async function inquiry(fields: Partial<NewInquiry> = {}) {
  const { row } = await createInquiry(database.db, fieldCrypto, {
    kind: 'inquiry',
    channel: 'web',
    topic: 'immigration-legal',
    preferred_language: 'ht',
    contact_method: 'email',
    consent: true,
    name: 'Jean Baptiste',
    email: 'jean.baptiste@example.org',
    message: 'Mwen bezwen yon avoka pou dosye imigrasyon mwen',
    ...fields,
  });
  return row;
}

describe('reply templates (seed data)', () => {
  test('four templates in all 18 UI languages; English and Spanish reviewed', () => {
    assert.deepEqual(Object.keys(REPLY_TEMPLATES).sort(), [...UI_LOCALES].sort());
    assert.deepEqual([...REVIEWED_TEMPLATE_LOCALES].sort(), ['en', 'es']);
    for (const locale of UI_LOCALES) {
      assert.deepEqual(Object.keys(REPLY_TEMPLATES[locale]).sort(), [...REPLY_TEMPLATE_CODES].sort(), locale);
    }
  });

  test('every translation is written in its language (no English copies) and keeps the placeholders', () => {
    const english = REPLY_TEMPLATES.en;
    for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
      for (const code of REPLY_TEMPLATE_CODES) {
        const text = REPLY_TEMPLATES[locale][code];
        for (const field of ['title', 'subject', 'body'] as const) {
          assert.notEqual(text[field], english[code][field], `${locale} ${code} ${field}`);
          assert.deepEqual(placeholders(text[field]), placeholders(english[code][field]), `${locale} ${code} ${field}`);
        }
        // No English sentence left in it.
        assert.doesNotMatch(text.body, /Thank you|Hello|request|Office of Immigrant Affairs/, `${locale} ${code}`);
      }
    }
  });

  test('placeholders filled; other braces kept', () => {
    assert.equal(
      fillPlaceholders('{reference} → {referral} at {status_url} {unknown}', {
        reference: 'K7M-4QX',
        referral: 'IDNYC',
        status_url: 'https://x.example/s#reference=K7M-4QX',
      }),
      'K7M-4QX → IDNYC at https://x.example/s#reference=K7M-4QX {unknown}',
    );
  });

  test('the HTML part declares language and direction, escapes the text and links the addresses', () => {
    const arabic = mailHtml('مرحبًا،\n\n<b>رقم</b>\nhttps://x.example/s#reference=K7M-4QX', {
      locale: 'ar',
      title: 'طلبك',
    });
    assert.match(arabic, /<html lang="ar" dir="rtl">/);
    assert.match(arabic, /&lt;b&gt;/);
    assert.match(arabic, /<a href="https:\/\/x.example\/s#reference=K7M-4QX">/);
    assert.match(mailHtml('x', { locale: 'ur-PK', title: 't' }), /dir="rtl"/);
    assert.match(mailHtml('x', { locale: 'ht', title: 't' }), /<html lang="ht" dir="ltr">/);
  });
});

describe(`replies and templates (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    seeded = await seededTestApp({ crypto: fieldCrypto });
    database = seeded.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE inquiries, staff_tokens, staff_accounts, audit_log, mail_outbox, reply_templates CASCADE`.execute(
      database.db,
    );
    await database.db.deleteFrom('translations').where('entity', '=', 'referral_destination').execute();
    await seedReferralNames(database.db);
    assert.equal(await seedReplyTemplates(database.db), true);
    receiver = await new SmtpReceiver().start();
    app = testApp(database, { crypto: fieldCrypto, smtp: true, statusPageUrl: STATUS_PAGE });
    sender = new MailSender({
      db: database.db,
      crypto: fieldCrypto,
      config: { smtpUrl: receiver.url, from: 'desk@office.example' },
      logger: silentLogger,
    });
    writeToken = (await createStaffToken(database.db, 'desk', 'write')).token;
  });
  afterEach(async () => {
    await sender.stop();
    await receiver.stop();
  });
  after(() => database.close());

  test('a reply in Haitian Creole reaches the person in Haitian Creole; the database keeps no plaintext', async () => {
    const row = await inquiry({ status: 'referred', referral_code: 'legal-services' });
    const templates = await app.get('/v1/staff/reply-templates?locale=ht', bearer(writeToken));
    const referred = templates.body.items.find((t: { code: string }) => t.code === 'referred');
    assert.equal(referred.fallback, false);
    const response = await app.post(
      `/v1/staff/inquiries/${row.id}/replies`,
      { template_code: 'referred', locale: 'ht', subject: referred.subject, body: referred.body },
      bearer(writeToken),
    );
    assert.equal(response.status, 202, response.text);
    assert.equal(response.body.status, 'queued');
    assert.deepEqual(await sender.runOnce(), { sent: 1, failed: 0 });

    assert.equal(receiver.messages.length, 1);
    const [received] = receiver.messages;
    assert.deepEqual(received!.to, ['jean.baptiste@example.org']);
    const mail = parseMail(received!.raw);
    assert.equal(mail.headers.get('to'), 'jean.baptiste@example.org');
    assert.equal(mail.headers.get('subject'), `Demann ou ${row.reference}: pwochen etap yo`);
    assert.equal(mail.headers.get('content-language'), 'ht');
    assert.match(
      mail.text,
      /^Bonjou,\n\nMèsi pou pasyans ou\. Nou voye demann ou an bay Founisè sèvis legal, ki ka ede w/,
    );
    assert.ok(mail.text.includes(`nimewo referans ou: ${row.reference}.`));
    assert.ok(mail.text.includes(`${STATUS_PAGE}#reference=${row.reference}`));
    assert.doesNotMatch(mail.text, /\{(reference|referral|status_url)\}/);
    assert.match(mail.html, /<html lang="ht" dir="ltr">/);
    assert.match(mail.html, /Founisè sèvis legal/);

    // The reply is logged without its text; the outbox holds ciphertext only.
    const replies = await database.db.selectFrom('inquiry_replies').selectAll().execute();
    assert.equal(replies.length, 1);
    assert.deepEqual(
      [replies[0]!.author, replies[0]!.template_code, replies[0]!.locale, replies[0]!.method],
      ['desk', 'referred', 'ht', 'email'],
    );
    const stored = JSON.stringify([replies, await database.db.selectFrom('mail_outbox').selectAll().execute()]);
    for (const plain of ['pasyans', 'Founisè', 'jean.baptiste', 'Demann ou', row.reference]) {
      assert.ok(!stored.includes(plain), `no ${plain} in the database`);
    }
    const audit = await database.db.selectFrom('audit_log').selectAll().where('action', '=', 'reply').execute();
    assert.deepEqual(
      audit.map((a) => [a.record_id, a.fields]),
      [[row.id, ['email']]],
    );
    // The inquiry shows the reply and how it went.
    const detail = await app.get(`/v1/staff/inquiries/${row.id}`, bearer(writeToken));
    assert.deepEqual(
      detail.body.replies.map((r: { template_code: string; locale: string; status: string; author: string }) => [
        r.template_code,
        r.locale,
        r.status,
        r.author,
      ]),
      [['referred', 'ht', 'sent', 'desk']],
    );
  });

  test('Arabic is sent right to left; with no mail server the reply is kept in the outbox', async () => {
    const row = await inquiry({ preferred_language: 'ar' });
    const noSmtp = testApp(database, { crypto: fieldCrypto, statusPageUrl: STATUS_PAGE });
    const { subject, body } = REPLY_TEMPLATES.ar.received;
    const response = await noSmtp.post(
      `/v1/staff/inquiries/${row.id}/replies`,
      { template_code: 'received', locale: 'ar', subject, body },
      bearer(writeToken),
    );
    assert.equal(response.status, 202, response.text);
    assert.equal(response.body.status, 'kept');
    const outbox = await noSmtp.get('/v1/staff/outbox', bearer(writeToken));
    assert.equal(outbox.body.smtp, false);
    assert.equal(outbox.body.items[0].subject, `تلقّينا رسالتك (${row.reference})`);
    assert.equal(outbox.body.items[0].to, 'jean.baptiste@example.org');
    const [kept] = await database.db.selectFrom('mail_outbox').selectAll().execute();
    assert.match(fieldCrypto.decrypt(kept!.html_enc)!, /<html lang="ar" dir="rtl">/);
  });

  test('no email on record, or another contact method: 409; unknown inquiry 404; bad input 400', async () => {
    const byPhone = await inquiry({ contact_method: 'phone', phone: '+1 718 555 0100' });
    const reply = { locale: 'ht', subject: 'Bonjou', body: 'Mèsi' };
    const refused = await app.post(`/v1/staff/inquiries/${byPhone.id}/replies`, reply, bearer(writeToken));
    assert.equal(refused.status, 409);
    assert.match(refused.body.type, /\/no-email$/);
    const erased = await inquiry();
    await database.db.updateTable('inquiries').set({ email_enc: null }).where('id', '=', erased.id).execute();
    assert.equal((await app.post(`/v1/staff/inquiries/${erased.id}/replies`, reply, bearer(writeToken))).status, 409);
    const missing = '/v1/staff/inquiries/00000000-0000-4000-8000-000000000000/replies';
    assert.equal((await app.post(missing, reply, bearer(writeToken))).status, 404);
    const ok = await inquiry();
    for (const [body, field] of [
      [{ ...reply, subject: 'Bonjou\r\nBcc: everyone@example.org' }, 'subject'],
      [{ ...reply, locale: 'not a language' }, 'locale'],
      [{ ...reply, body: '' }, 'body'],
      [{ ...reply, template_code: 'no-such-template' }, 'template_code'],
    ] as const) {
      const response = await app.post(`/v1/staff/inquiries/${ok.id}/replies`, body, bearer(writeToken));
      assert.equal(response.status, 400, field);
      assert.equal(response.body.errors[0].path, field);
    }
    assert.equal((await database.db.selectFrom('mail_outbox').select('id').execute()).length, 0);
    const readToken = (await createStaffToken(database.db, 'reader', 'read')).token;
    assert.equal((await app.post(`/v1/staff/inquiries/${ok.id}/replies`, reply, bearer(readToken))).status, 403);
  });

  test('templates per language, English standing in (marked) where the office has none', async () => {
    const haitian = await app.get('/v1/staff/reply-templates?locale=ht', bearer(writeToken));
    assert.deepEqual(
      haitian.body.items.map((t: { code: string }) => t.code),
      [...REPLY_TEMPLATE_CODES],
    );
    assert.ok(
      haitian.body.items.every(
        (t: { locale: string; fallback: boolean; reviewed: boolean }) =>
          t.locale === 'ht' && !t.fallback && !t.reviewed,
      ),
    );
    const spanish = await app.get('/v1/staff/reply-templates?locale=es-US', bearer(writeToken));
    assert.ok(spanish.body.items.every((t: { locale: string; reviewed: boolean }) => t.locale === 'es' && t.reviewed));
    const pashto = await app.get('/v1/staff/reply-templates?locale=ps', bearer(writeToken));
    assert.ok(pashto.body.items.every((t: { locale: string; fallback: boolean }) => t.locale === 'en' && t.fallback));
    const all = await app.get('/v1/staff/reply-templates', bearer(writeToken));
    assert.equal(all.body.items.length, 4 * UI_LOCALES.length);
  });

  test('an admin writes a template; a desk account may not; the seed never overwrites', async () => {
    const admin = fakeSessionApp(
      database,
      fieldCrypto,
      sessionIdentity(await insertAccount(database, { name: 'Ada Admin', roles: ['admin'] }), 'Ada Admin', ['admin']),
    );
    const text = { title: 'Nou resevwa l', subject: 'Nou resevwa l ({reference})', body: 'Bonjou, {reference}.' };
    assert.equal(
      (
        await app.app.request('/v1/staff/reply-templates/received/ht', {
          method: 'PUT',
          headers: { ...bearer(writeToken), 'Content-Type': 'application/json' },
          body: JSON.stringify(text),
        })
      ).status,
      403,
    );
    const changed = await admin.put('/v1/staff/reply-templates/received/ht', text);
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.reviewed, true);
    const pashto = await admin.put('/v1/staff/reply-templates/received/ps', {
      ...text,
      title: 'مو ستاسو پیغام ترلاسه کړ',
      reviewed: false,
    });
    assert.equal(pashto.status, 201);
    const listed = await app.get('/v1/staff/reply-templates?locale=ps', bearer(writeToken));
    const received = listed.body.items.find((t: { code: string }) => t.code === 'received');
    assert.deepEqual([received.locale, received.fallback, received.reviewed], ['ps', false, false]);
    assert.equal(await seedReplyTemplates(database.db), false);
    const kept = await app.get('/v1/staff/reply-templates?locale=ht', bearer(writeToken));
    assert.equal(kept.body.items.find((t: { code: string }) => t.code === 'received').title, 'Nou resevwa l');
    assert.equal((await admin.put('/v1/staff/reply-templates/received/ht', { ...text, subject: '' })).status, 400);
    // Each change is audited by who made it; the refused ones are not.
    const audited = await database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'record_id', 'fields'])
      .where('record_type', '=', 'reply-template')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audited.map((a) => [a.actor, a.action, a.record_id]),
      [
        ['Ada Admin', 'change', 'received/ht'],
        ['Ada Admin', 'create', 'received/ps'],
      ],
    );
    assert.deepEqual(audited[0]!.fields, ['title', 'subject', 'body', 'reviewed']);
  });
});

describe('the server as started, with a mail server and no sample data', () => {
  test('templates are in place, and a reply queued by a request is delivered by the process at once', async () => {
    const smtp = await new SmtpReceiver().start();
    const token = 'process-test-token-0123456789abcdef';
    const server = await startServerProcess({
      args: ['--memory'],
      env: {
        DATABASE_URL: '',
        WW_SEED: 'false',
        WW_SMTP_URL: smtp.url,
        WW_MAIL_FROM: 'Biwo <desk@city.example>',
        WW_PUBLIC_URL: 'https://help.city.example',
        WW_STAFF_TOKENS: `desk:write:${hashToken(token)}`,
      },
    });
    try {
      const call = async (path: string, init: RequestInit = {}) => {
        const response = await fetch(`${server.url}${path}`, {
          ...init,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        });
        return { status: response.status, body: (await response.json()) as any };
      };
      const templates = await call('/v1/staff/reply-templates?locale=ht');
      assert.equal(templates.status, 200);
      assert.equal(templates.body.items.length, 4);
      const logged = await call('/v1/staff/inquiries', {
        method: 'POST',
        body: JSON.stringify({
          channel: 'hotline',
          topic: 'housing',
          preferred_language: 'ht',
          contact_method: 'email',
          email: 'marie@example.org',
        }),
      });
      assert.equal(logged.status, 201, JSON.stringify(logged.body));
      const { subject, body } = templates.body.items.find((t: { code: string }) => t.code === 'received');
      const reply = await call(`/v1/staff/inquiries/${logged.body.id}/replies`, {
        method: 'POST',
        body: JSON.stringify({ template_code: 'received', locale: 'ht', subject, body }),
      });
      assert.equal(reply.status, 202, JSON.stringify(reply.body));
      const deadline = Date.now() + 10_000;
      while (smtp.messages.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(smtp.messages.length, 1);
      const mail = parseMail(smtp.messages[0]!.raw);
      assert.equal(mail.headers.get('subject'), `Nou resevwa mesaj ou (${logged.body.reference})`);
      assert.ok(
        mail.text.includes(`https://help.city.example/demo/status.html#reference=${logged.body.reference}`),
        mail.text,
      );
      assert.equal(smtp.messages[0]!.from, 'desk@city.example');
      assert.doesNotMatch(server.output(), /marie@example\.org/, 'no address in the logs');
    } finally {
      assert.equal(await server.stop(), 0);
      await smtp.stop();
    }
  });
});
