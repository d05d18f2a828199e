import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { eventIdForUid, upsertEvent, type EventInput } from '../src/events/store.js';
import { enqueueJob } from '../src/jobs/queue.js';
import { JobRunner, MAX_JOB_ATTEMPTS } from '../src/jobs/runner.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { silentLogger } from '../src/lib/logger.js';
import { MailSender } from '../src/mail/sender.js';
import { sharedTexts } from '../src/messages/texts.js';
import { sendConfirmation } from '../src/messages/handlers.js';
import { sweepReminders } from '../src/messages/reminders.js';
import { cancelSigner } from '../src/events/cancel-token.js';
import { SmsSender } from '../src/sms/sender.js';
import { seededTestApp } from './helpers/app.js';
import { makeAccount, signIn } from './helpers/staff-session.js';
import { parseMail, SmtpReceiver } from './helpers/smtp-receiver.js';

const crypto = FieldCrypto.fromKeyText('m'.repeat(43) + '=');
const texts = sharedTexts();
const HOUR = 3600_000;
const Y = new Date().getUTCFullYear() + 1;
const PUBLIC_URL = 'https://office.example';

const clinic: EventInput = {
  uid: 'm-clinic',
  type: 'legal-clinic',
  title: 'Legal clinic',
  timezone: 'America/New_York',
  dtstart: `${Y}-03-03T18:00`,
  durationMinutes: 120,
  rrule: 'FREQ=WEEKLY;COUNT=4',
  capacity: 2,
  registrationMode: 'per-session',
};
const course: EventInput = {
  uid: 'm-course',
  type: 'english-class',
  title: 'English class',
  timezone: 'America/New_York',
  dtstart: `${Y}-04-06T10:00`,
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;COUNT=3',
  capacity: 10,
  registrationMode: 'series',
};
const clinicId = eventIdForUid('m-clinic');
const courseId = eventIdForUid('m-course');
const first = `${Y}-03-03T18:00`;
const second = `${Y}-03-10T18:00`;
/** 18:00 in New York in March (after the change to daylight time on the second Sunday: EDT, else EST). */
const instantOf = (local: string) => {
  const guess = new Date(`${local}:00-05:00`);
  const hour = Number(
    new Intl.DateTimeFormat('en', { hour: 'numeric', hourCycle: 'h23', timeZone: 'America/New_York' }).format(guess),
  );
  return new Date(guess.getTime() - (hour - Number(local.slice(11, 13))) * HOUR);
};

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
/** The runners' time: the real clock, unless a test moves it. */
let now: Date | undefined;
const clock = { now: () => now ?? new Date() };
const stops: (() => Promise<void>)[] = [];

function runner(options: { sms?: boolean } = {}) {
  return new JobRunner({
    db: database.db,
    crypto,
    logger: process.env.DEBUG_JOBS ? { info: console.log, error: console.error } : silentLogger,
    publicUrl: PUBLIC_URL,
    smtp: true,
    sms: options.sms ?? false,
    clock,
  });
}

let counter = 0;
async function signUp(eventId: string, extra: Record<string, unknown> = {}) {
  counter++;
  const response = await app.post(`/v1/events/${eventId}/registrations`, {
    name: `Person ${counter}`,
    contact_method: 'email',
    email: `person${counter}@example.org`,
    preferred_language: 'en',
    scope: eventId === courseId ? 'series' : 'session',
    ...(eventId === courseId ? {} : { occurrence: first }),
    party_size: 1,
    idempotency_key: `m-key-${counter}-000000`,
    ...extra,
  });
  assert.equal(response.status, 201, response.text);
  return response.body as { id: string; cancel_token: string; status: string };
}

/** What the message handlers get from the runner, at `now`: mail on, text messages off. */
const notifyContextAt = async (now: Date) => ({
  crypto,
  smtp: true,
  sms: false,
  texts,
  publicUrl: PUBLIC_URL,
  sign: await cancelSigner(database.db),
  now,
});

/** Every mail queued, decrypted, oldest first. */
async function mails() {
  const rows = await database.db.selectFrom('mail_outbox').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({
    row,
    to: crypto.decrypt(row.to_enc)!,
    subject: crypto.decrypt(row.subject_enc)!,
    text: crypto.decrypt(row.text_enc)!,
    html: crypto.decrypt(row.html_enc)!,
    attachments: JSON.parse(crypto.decrypt(row.attachments_enc) ?? '[]') as {
      filename: string;
      contentType: string;
      content: string;
      cid?: string;
    }[],
    headers: JSON.parse(crypto.decrypt(row.headers_enc) ?? '{}') as Record<string, string>,
  }));
}
const mailsTo = async (address: string) => (await mails()).filter((m) => m.to === address);
const tr = (locale: string, id: string, values: Record<string, string | number> = {}) =>
  texts.text(locale, id, values).value;

describe(`messages to registrants (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ writesPerMinute: 10_000, crypto });
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE registrations, event_capacity, events, jobs, mail_outbox, sms_outbox, office_settings, event_session_changes CASCADE`.execute(
      database.db,
    );
    await upsertEvent(database.db, clinic);
    await upsertEvent(database.db, course);
    now = undefined;
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });
  after(() => database.close());

  test('the confirmation: one mail in Bangla and one in Spanish, with the .ics, the check-in code and its QR code', async () => {
    const bangla = await signUp(clinicId, { preferred_language: 'bn', email: 'bn@example.org', name: 'রহিম' });
    await signUp(clinicId, { preferred_language: 'es', email: 'es@example.org', name: 'Ana' });
    const jobs = runner();
    await jobs.runOnce();
    await jobs.runOnce();
    const [bn] = await mailsTo('bn@example.org');
    const [es] = await mailsTo('es@example.org');
    assert.equal((await mails()).length, 2, 'one mail each, however often the runner goes');
    assert.equal(bn!.row.locale, 'bn');
    assert.equal(bn!.subject, tr('bn', 'mail.confirmed.subject', { title: 'Legal clinic' }));
    assert.match(bn!.subject, /[\u0980-\u09FF]/, 'the subject is in Bangla');
    assert.ok(bn!.text.startsWith(tr('bn', 'mail.greeting', { name: 'রহিম' })));
    assert.ok(bn!.text.includes(tr('bn', 'mail.line.machine')), 'a machine draft says so');
    assert.match(bn!.text, /[০-৯]/, 'the date in Bangla digits');
    assert.equal(es!.subject, tr('es', 'mail.confirmed.subject', { title: 'Legal clinic' }));
    assert.match(es!.text, /de marzo de \d{4}, 18:00/, 'the date in Spanish, on New York time');
    assert.match(es!.html, /<html lang="es" dir="ltr">/);

    const registration = await database.db
      .selectFrom('registrations')
      .select(['checkin_code', 'id'])
      .where('id', '=', bangla.id)
      .executeTakeFirstOrThrow();
    const code = `${registration.checkin_code!.slice(0, 4)}-${registration.checkin_code!.slice(4)}`;
    assert.ok(bn!.text.includes(code), 'the check-in code, XXXX-XXXX');
    assert.ok(bn!.text.includes(`${PUBLIC_URL}/r/${bangla.cancel_token}`), 'the manage link');
    assert.equal(bn!.headers['List-Unsubscribe'], `<${PUBLIC_URL}/r/${bangla.cancel_token}/stop-reminders>`);
    assert.equal(bn!.headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');

    const ics = bn!.attachments.find((a) => a.filename.endsWith('.ics'))!;
    assert.match(ics.contentType, /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(ics.content, 'base64').toString('utf8')));
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    assert.equal(event.summary, 'Legal clinic');
    assert.equal(event.startDate.toJSDate().getTime(), instantOf(first).getTime());
    assert.equal(vevent.getFirstPropertyValue('sequence'), 0);
    assert.equal(vevent.getFirstPropertyValue('rrule'), null, 'one session, not the series');

    const qr = bn!.attachments.find((a) => a.cid)!;
    assert.equal(qr.contentType, 'image/gif');
    assert.equal(Buffer.from(qr.content, 'base64').subarray(0, 6).toString(), 'GIF87a');
    assert.ok(bn!.html.includes(`src="cid:${qr.cid}"`));
    const sent = await database.db.selectFrom('registration_messages').selectAll().execute();
    assert.deepEqual(
      sent.map((m) => [m.kind, m.channel]),
      [
        ['confirmation', 'email'],
        ['confirmation', 'email'],
      ],
    );
  });

  test('a full session: the waiting list (with the position), then the place when someone cancels', async () => {
    const a = await signUp(clinicId);
    await signUp(clinicId);
    const waiting = await signUp(clinicId, { preferred_language: 'es', email: 'wait@example.org' });
    assert.equal(waiting.status, 'waitlisted');
    await runner().runOnce();
    const [told] = await mailsTo('wait@example.org');
    assert.equal(told!.subject, tr('es', 'mail.waitlisted.subject', { title: 'Legal clinic' }));
    assert.ok(told!.text.includes(tr('es', 'mail.waitlisted.intro', { title: 'Legal clinic', position: 1 })));
    assert.equal(told!.attachments.length, 0, 'no .ics and no code without a place');

    const cancelled = await app.app.request(`/r/${a.cancel_token}/cancel`, { method: 'POST' });
    assert.equal(cancelled.status, 200);
    await runner().runOnce();
    const [, promoted] = await mailsTo('wait@example.org');
    assert.equal(promoted!.subject, tr('es', 'mail.promoted.subject', { title: 'Legal clinic' }));
    assert.ok(promoted!.attachments.some((x) => x.filename.endsWith('.ics')));
    assert.equal((await mailsTo('person' + (counter - 2) + '@example.org')).length, 1, 'nothing more to who cancelled');
  });

  test('reminders: once per session even when two runners sweep at once; none after stop or cancel', async () => {
    const kept = await signUp(clinicId, { email: 'kept@example.org' });
    const stopped = await signUp(clinicId, { email: 'stopped@example.org' });
    const cancelled = await signUp(clinicId, { email: 'cancelled@example.org' });
    const series = await signUp(courseId, { email: 'series@example.org', preferred_language: 'bn' });
    await runner().runOnce();
    assert.equal((await app.app.request(`/r/${stopped.cancel_token}/stop-reminders`, { method: 'POST' })).status, 200);
    assert.equal((await app.app.request(`/r/${cancelled.cancel_token}/cancel`, { method: 'POST' })).status, 200);

    now = new Date(instantOf(first).getTime() - 10 * HOUR);
    await Promise.all([runner().runOnce(), runner().runOnce()]);
    await runner().runOnce();
    const reminder = tr('en', 'mail.reminder.subject', { title: 'Legal clinic' });
    assert.equal((await mailsTo('kept@example.org')).filter((m) => m.subject === reminder).length, 1);
    assert.equal((await mailsTo('stopped@example.org')).filter((m) => m.subject === reminder).length, 0);
    assert.equal((await mailsTo('cancelled@example.org')).filter((m) => m.subject === reminder).length, 0);
    assert.ok(kept);

    // The series: a reminder before each of its sessions, in Bangla; a cancelled session has none.
    await database.db
      .insertInto('event_session_changes')
      .values({ event_id: courseId, occurrence_key: `${Y}-04-13T10:00`, status: 'cancelled', changed_by: 'test' })
      .execute();
    const bnReminder = tr('bn', 'mail.reminder.subject', { title: 'English class' });
    for (const session of [`${Y}-04-06T10:00`, `${Y}-04-13T10:00`, `${Y}-04-20T10:00`]) {
      now = new Date(instantOf(session).getTime() - 2 * HOUR);
      await runner().runOnce();
      await runner().runOnce();
    }
    assert.ok(series);
    assert.equal((await mailsTo('series@example.org')).filter((m) => m.subject === bnReminder).length, 2);
  });

  test('the office sets the reminder window; a moved session is reminded at its new time', async () => {
    await signUp(clinicId, { email: 'moved@example.org', occurrence: second });
    await runner().runOnce();
    const account = await makeAccount(database.db, { email: 'admin@office.example', roles: ['admin'] });
    assert.ok(account);
    const admin = await signIn(app.post, 'admin@office.example');
    assert.equal((await app.get('/v1/staff/settings/reminders', admin.read)).body.reminder_hours, 24);
    const put = await app.send('PUT', '/v1/staff/settings/reminders', { reminder_hours: 48 }, admin.write);
    assert.equal(put.status, 200, put.text);
    assert.equal(
      (await app.send('PUT', '/v1/staff/settings/reminders', { reminder_hours: 0 }, admin.write)).status,
      400,
    );
    // Moved a day later: 40 hours before the old time is 64 before the new one, outside 48 hours.
    await database.db
      .insertInto('event_session_changes')
      .values({
        event_id: clinicId,
        occurrence_key: second,
        status: 'moved',
        new_start: `${Y}-03-11T18:00`,
        sequence: 1,
        changed_by: 'test',
      })
      .execute();
    await enqueueJob(database.db, 'session.moved', { event_id: clinicId, occurrence_key: second, sequence: 1 });
    now = new Date(instantOf(second).getTime() - 40 * HOUR);
    await runner().runOnce();
    let got = await mailsTo('moved@example.org');
    assert.deepEqual(
      got.map((m) => m.subject),
      [
        tr('en', 'mail.confirmed.subject', { title: 'Legal clinic' }),
        tr('en', 'mail.moved.subject', { title: 'Legal clinic' }),
      ],
    );
    const ics = got[1]!.attachments.find((a) => a.filename.endsWith('.ics'))!;
    const vevent = new ICAL.Component(
      ICAL.parse(Buffer.from(ics.content, 'base64').toString('utf8')),
    ).getFirstSubcomponent('vevent')!;
    assert.equal(new ICAL.Event(vevent).startDate.toJSDate().getTime(), instantOf(`${Y}-03-11T18:00`).getTime());
    now = new Date(instantOf(`${Y}-03-11T18:00`).getTime() - 30 * HOUR);
    await runner().runOnce();
    got = await mailsTo('moved@example.org');
    assert.equal(got.length, 3);
    assert.equal(got[2]!.subject, tr('en', 'mail.reminder.subject', { title: 'Legal clinic' }));
    assert.ok(got[2]!.text.includes('March 11'), 'the new day');
  });

  test('a cancelled session: everyone signed up for it hears once; a cancelled series tells its whole list', async () => {
    await signUp(clinicId, { email: 'one@example.org' });
    await signUp(clinicId, { email: 'two@example.org', occurrence: second });
    const gone = await signUp(clinicId, { email: 'gone@example.org' });
    await signUp(courseId, { email: 'class@example.org', preferred_language: 'es' });
    await runner().runOnce();
    await app.app.request(`/r/${gone.cancel_token}/cancel`, { method: 'POST' });
    await enqueueJob(database.db, 'session.cancelled', { event_id: clinicId, occurrence_key: first, sequence: 1 });
    await enqueueJob(database.db, 'session.cancelled', { event_id: clinicId, occurrence_key: first, sequence: 1 });
    await sql`UPDATE events SET status = 'cancelled', sequence = 1 WHERE id = ${courseId}`.execute(database.db);
    await enqueueJob(database.db, 'session.cancelled', { event_id: courseId, occurrence_key: 'series', sequence: 1 });
    await runner().runOnce();
    const cancelled = tr('en', 'mail.cancelled.subject', { title: 'Legal clinic' });
    assert.equal((await mailsTo('one@example.org')).filter((m) => m.subject === cancelled).length, 1);
    assert.equal((await mailsTo('two@example.org')).filter((m) => m.subject === cancelled).length, 0);
    assert.equal((await mailsTo('gone@example.org')).length, 1, 'only its confirmation');
    const [, notice] = await mailsTo('class@example.org');
    assert.equal(notice!.subject, tr('es', 'mail.cancelled.subject', { title: 'English class' }));
    assert.ok(notice!.text.includes(tr('es', 'mail.series-cancelled.intro', { title: 'English class' })));
    const ics = Buffer.from(notice!.attachments[0]!.content, 'base64').toString('utf8');
    assert.match(ics, /STATUS:CANCELLED/);
    assert.match(ics, /SEQUENCE:1/);
  });

  test('the manage page: in the registrant language, strict headers, stop and cancel, an altered link', async () => {
    const person = await signUp(clinicId, { preferred_language: 'ar', email: 'ar@example.org' });
    const page = await app.app.request(`/r/${person.cancel_token}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.ok(html.includes(`action="/r/${person.cancel_token}/stop-reminders"`));
    assert.ok(html.includes(tr('ar', 'mail.page.cancel')));
    assert.match(page.headers.get('Content-Security-Policy')!, /default-src 'none'.*form-action 'self'/);
    assert.equal(page.headers.get('Set-Cookie'), null);
    assert.equal(page.headers.get('Cache-Control'), 'no-store');
    assert.doesNotMatch(html, /<script/);

    const stopped = await (
      await app.app.request(`/r/${person.cancel_token}/stop-reminders`, { method: 'POST' })
    ).text();
    assert.ok(stopped.includes(tr('ar', 'mail.page.reminders-stopped')));
    assert.ok(!stopped.includes('stop-reminders"'), 'no stop button once stopped');
    const altered = person.cancel_token.slice(0, -2) + (person.cancel_token.endsWith('AA') ? 'BB' : 'AA');
    for (const request of [
      app.app.request(`/r/${altered}`, { headers: { 'Accept-Language': 'es' } }),
      app.app.request(`/r/${altered}/cancel`, { method: 'POST', headers: { 'Accept-Language': 'es' } }),
      app.app.request('/r/not-a-token'),
    ]) {
      const response = await request;
      assert.equal(response.status, 404);
      const text = await response.text();
      assert.ok(
        text.includes(tr('es', 'mail.page.invalid-title')) || text.includes(tr('en', 'mail.page.invalid-title')),
      );
    }
    const row = () =>
      database.db
        .selectFrom('registrations')
        .select(['status', 'reminders'])
        .where('id', '=', person.id)
        .executeTakeFirstOrThrow();
    assert.deepEqual(await row(), { status: 'confirmed', reminders: 'stopped' });
    const cancel = await (await app.app.request(`/r/${person.cancel_token}/cancel`, { method: 'POST' })).text();
    assert.ok(cancel.includes(tr('ar', 'mail.page.cancelled')));
    assert.equal((await row()).status, 'cancelled');
  });

  test('a permanent refusal (550) marks the mail bounced and the registration; no more mail goes there', async () => {
    const receiver = await new SmtpReceiver({ refuse: (address) => address === 'nobody@example.org' }).start();
    stops.push(() => receiver.stop());
    const sender = new MailSender({
      db: database.db,
      crypto,
      config: { smtpUrl: receiver.url, from: 'Office <office@example.org>' },
      logger: silentLogger,
    });
    stops.push(() => sender.stop());
    const bounced = await signUp(clinicId, { email: 'nobody@example.org' });
    await signUp(clinicId, { email: 'somebody@example.org', preferred_language: 'es' });
    await runner().runOnce();
    await sender.runOnce();
    const statuses = Object.fromEntries((await mails()).map((m) => [m.to, m.row.status]));
    assert.deepEqual(statuses, { 'nobody@example.org': 'bounced', 'somebody@example.org': 'sent' });
    const row = await database.db
      .selectFrom('registrations')
      .selectAll()
      .where('id', '=', bounced.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.contact_bounced_at, 'the registration is marked');
    assert.doesNotMatch(String((await mails())[0]!.row.last_error), /nobody@/);
    // The delivered one, as the receiver got it: text, HTML, the .ics and the inline QR code.
    const got = parseMail(receiver.messages[0]!.raw);
    assert.equal(got.headers.get('content-language'), 'es');
    assert.match(got.headers.get('list-unsubscribe')!, /\/stop-reminders>$/);
    assert.ok(got.attachments.some((a) => /^text\/calendar/.test(a.contentType)));
    assert.ok(got.attachments.some((a) => a.cid && /^image\/gif/.test(a.contentType)));
    now = new Date(instantOf(first).getTime() - 2 * HOUR);
    await runner().runOnce();
    assert.equal((await mailsTo('nobody@example.org')).length, 1, 'no reminder to a bounced address');
    assert.equal((await mailsTo('somebody@example.org')).length, 2);
  });

  test('SMS: kept without a provider; through a Twilio-shaped endpoint with one; a bad number fails once', async () => {
    const requests: { method: string; url: string; auth: string; form: URLSearchParams }[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization ?? '', form });
        const json = (status: number, value: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(value));
        };
        if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return json(415, {});
        if (form.get('To') === '+15550000000') {
          return json(400, { code: 21211, message: "The 'To' number is not valid.", status: 400 });
        }
        return json(201, { sid: `SM${requests.length}`, status: 'queued', to: form.get('To') });
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    stops.push(() => new Promise((done) => server.close(() => done())));
    const config = {
      provider: 'twilio' as const,
      accountSid: 'AC123',
      authToken: 'secret',
      from: '+15551230000',
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    };

    await signUp(clinicId, { contact_method: 'phone', phone: '+15557654321', email: undefined });
    await runner({ sms: false }).runOnce();
    let rows = await database.db.selectFrom('sms_outbox').selectAll().execute();
    assert.deepEqual(
      rows.map((r) => r.status),
      ['kept'],
    );

    await signUp(clinicId, {
      contact_method: 'phone',
      phone: '+15559876543',
      preferred_language: 'es',
      email: undefined,
    });
    await signUp(courseId, { contact_method: 'phone', phone: '+15550000000', email: undefined });
    await signUp(courseId, { contact_method: 'none', email: undefined });
    await runner({ sms: true }).runOnce();
    const sender = new SmsSender({ db: database.db, crypto, config, logger: silentLogger });
    await sender.runOnce();
    await sender.runOnce(new Date(Date.now() + 3 * HOUR));
    assert.equal(requests.length, 2, 'one request each, the refused number not retried');
    const sent = requests.find((r) => r.form.get('To') === '+15559876543');
    assert.equal(sent!.method, 'POST');
    assert.equal(sent!.url, '/2010-04-01/Accounts/AC123/Messages.json');
    assert.equal(sent!.auth, `Basic ${Buffer.from('AC123:secret').toString('base64')}`);
    assert.equal(sent!.form.get('To'), '+15559876543');
    assert.equal(sent!.form.get('From'), '+15551230000');
    assert.ok(sent!.form.get('Body')!.includes(tr('es', 'mail.confirmed.intro', { title: 'Legal clinic' })));
    rows = await database.db.selectFrom('sms_outbox').selectAll().orderBy('created_at').execute();
    assert.deepEqual(rows.map((r) => r.status).sort(), ['failed', 'kept', 'sent']);
    const failed = rows.find((r) => r.status === 'failed')!;
    assert.equal(failed.last_error, 'HTTP 400 code 21211');
    assert.match(rows.find((r) => r.status === 'sent')!.provider_id!, /^SM\d$/, "the provider's id kept");
    assert.equal(
      (await database.db.selectFrom('registration_messages').selectAll().execute()).length,
      3,
      'none for "no contact"',
    );
  });

  test('the same work done twice (a job retried, two sweeps racing) queues each message once', async () => {
    const person = await signUp(clinicId, { email: 'twice@example.org' });
    const context = await notifyContextAt(new Date(instantOf(first).getTime() - 3 * HOUR));
    for (let i = 0; i < 2; i++) {
      await database.db.transaction().execute((tx) => sendConfirmation(tx, context, { registration_id: person.id }));
      await database.db.transaction().execute((tx) => sweepReminders(tx, context));
    }
    const got = await mailsTo('twice@example.org');
    assert.deepEqual(
      got.map((m) => m.row.purpose),
      ['confirmation', 'reminder'],
    );
  });

  test('no reminder for a sign-up made inside the window: its confirmation has just said when', async () => {
    const context = await notifyContextAt(new Date(instantOf(first).getTime() - 2 * HOUR));
    const early = await signUp(clinicId, { email: 'early@example.org' });
    const late = await signUp(clinicId, { email: 'late@example.org' });
    const lateSeries = await signUp(courseId, { email: 'late-series@example.org' });
    const signedUp = (id: string, at: Date) =>
      database.db.updateTable('registrations').set({ created_at: at }).where('id', '=', id).execute();
    await signedUp(early.id, new Date(instantOf(first).getTime() - 30 * HOUR));
    await signedUp(late.id, new Date(instantOf(first).getTime() - 3 * HOUR));
    await signedUp(lateSeries.id, new Date(instantOf(`${Y}-04-06T10:00`).getTime() - 3 * HOUR));
    await database.db.transaction().execute((tx) => sweepReminders(tx, context));
    const courseContext = { ...context, now: new Date(instantOf(`${Y}-04-06T10:00`).getTime() - 2 * HOUR) };
    await database.db.transaction().execute((tx) => sweepReminders(tx, courseContext));
    const reminded = (await mails()).filter((m) => m.row.purpose === 'reminder').map((m) => m.to);
    assert.deepEqual(reminded, ['early@example.org']);
  });

  test('a failing job backs off, then fails for good, its error without personal data', async () => {
    await enqueueJob(database.db, 'registration.confirmation', { registration_id: 'not-a-uuid' });
    const jobs = runner();
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      await jobs.runOnce();
      const [job] = await database.db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', 'registration.confirmation')
        .execute();
      assert.equal(job!.attempts, attempt);
      assert.equal(job!.status, attempt < MAX_JOB_ATTEMPTS ? 'queued' : 'failed');
      assert.ok(job!.last_error);
      assert.ok(new Date(job!.run_at) > clock.now() || job!.status === 'failed', 'backed off');
      now = new Date(new Date(job!.run_at).getTime() + 1000);
    }
  });
});
