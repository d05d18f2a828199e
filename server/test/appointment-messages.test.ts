import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import { appointmentIdForToken } from '../src/appointments/manage.js';
import { addDays, mondayOf } from '../src/appointments/wall-clock.js';
import { waitlistIdForToken } from '../src/appointments/waitlist-token.js';
import type { OpenDatabase } from '../src/db/database.js';
import { enqueueJob } from '../src/jobs/queue.js';
import { JobRunner } from '../src/jobs/runner.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { silentLogger } from '../src/lib/logger.js';
import { MailSender } from '../src/mail/sender.js';
import { setReminderHours } from '../src/messages/settings.js';
import { sharedTexts } from '../src/messages/texts.js';
import { addAppointment, addAppointmentPlace, type AppointmentRowInput } from './helpers/appointment-rows.js';
import { testApp } from './helpers/app.js';
import { openTestDatabase } from './helpers/database.js';
import { parseMail, SmtpReceiver } from './helpers/smtp-receiver.js';

const crypto = FieldCrypto.fromKeyText('a'.repeat(43) + '=');
const texts = sharedTexts();
const HOUR = 3600_000;
const PUBLIC_URL = 'https://office.example';
const Y = new Date().getUTCFullYear() + 1;
/** 10:00 in New York on 14 March (daylight time from the 2nd Sunday of March: the 14th is always after it). */
const START = new Date(`${Y}-03-14T14:00:00Z`);

let database: OpenDatabase;
let app: ReturnType<typeof testApp>;
let place: Awaited<ReturnType<typeof addAppointmentPlace>>;
let now: Date | undefined;
const clock = { now: () => now ?? new Date() };
const stops: (() => Promise<void>)[] = [];

const runner = (options: { sms?: boolean } = {}) =>
  new JobRunner({
    db: database.db,
    crypto,
    logger: silentLogger,
    publicUrl: PUBLIC_URL,
    smtp: true,
    sms: options.sms ?? false,
    clock,
  });
const book = (input: Partial<AppointmentRowInput> = {}) =>
  addAppointment(database.db, crypto, place, { start: START, ...input });
const tr = (locale: string, id: string, values: Record<string, string | number> = {}) =>
  texts.text(locale, id, values).value;

async function mails() {
  const rows = await database.db.selectFrom('mail_outbox').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({
    row,
    to: crypto.decrypt(row.to_enc)!,
    subject: crypto.decrypt(row.subject_enc)!,
    text: crypto.decrypt(row.text_enc)!,
    attachments: JSON.parse(crypto.decrypt(row.attachments_enc) ?? '[]') as { filename: string; content: string }[],
    headers: JSON.parse(crypto.decrypt(row.headers_enc) ?? '{}') as Record<string, string>,
  }));
}
const calendarOf = (attachment: { content: string }) =>
  new ICAL.Component(ICAL.parse(Buffer.from(attachment.content, 'base64').toString('utf8')));
const update = (id: string, values: Record<string, unknown>) =>
  database.db.updateTable('appointments').set(values).where('id', '=', id).execute();

describe(`messages about appointments (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    app = testApp(database, { crypto, writesPerMinute: 10_000 });
  });
  beforeEach(async () => {
    await sql`TRUNCATE appointment_messages, appointment_waitlist, appointments, appointment_staff, appointment_types,
      translations, addresses, locations, jobs, mail_outbox, sms_outbox, office_settings CASCADE`.execute(database.db);
    place = await addAppointmentPlace(database.db);
    now = new Date(START.getTime() - 10 * 24 * HOUR);
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });
  after(() => database.close());

  test('the confirmation in Spanish, delivered to a real SMTP server once: time in the place’s zone, what to bring, interpreter, the .ics, the manage link', async () => {
    await database.db
      .insertInto('translations')
      .values([
        {
          entity: 'appointment_type',
          entity_id: place.typeId,
          field: 'title',
          locale: 'es',
          value: 'Inscripción en IDNYC',
          method: 'machine',
        },
        {
          entity: 'appointment_type',
          entity_id: place.typeId,
          field: 'what_to_bring',
          locale: 'es',
          value: 'Un pasaporte y una factura',
          method: 'machine',
        },
      ])
      .execute();
    const id = await book({ language: 'es', name: 'Ana', contact: { email: 'ana@example.org' }, interpreter: 'wo' });
    await enqueueJob(database.db, 'appointment.confirmation', { appointment_id: id });
    await enqueueJob(database.db, 'appointment.confirmation', { appointment_id: id });
    const jobs = runner();
    await jobs.runOnce();
    await jobs.runOnce();

    const all = await mails();
    assert.equal(all.length, 1, 'one mail, though the job ran twice');
    const [mail] = all;
    assert.equal(mail!.to, 'ana@example.org');
    assert.equal(mail!.row.locale, 'es');
    assert.equal(mail!.subject, tr('es', 'mail.appointment.confirmed.subject', { title: 'Inscripción en IDNYC' }));
    assert.ok(mail!.text.startsWith(tr('es', 'mail.greeting', { name: 'Ana' })));
    assert.match(mail!.text, /14 de marzo de \d{4}, 10:00/, 'the time on New York’s clock, in Spanish');
    assert.ok(mail!.text.includes(tr('es', 'mail.appointment.line.bring', { items: 'Un pasaporte y una factura' })));
    assert.ok(mail!.text.includes(tr('es', 'mail.appointment.line.interpreter', { language: 'wólof' })));
    assert.ok(mail!.text.includes('Queens Library, 89-11 Merrick Blvd, Jamaica NY 11432'));
    assert.ok(mail!.text.includes(tr('es', 'mail.line.machine')), 'machine drafts say so');
    const link = /https:\/\/office\.example\/a\/([^\s]+)/.exec(mail!.text)?.[1];
    assert.ok(link, 'the manage link');
    assert.equal(await appointmentIdForToken(database.db, link), id, 'the booking’s own manage token');
    assert.equal(await waitlistIdForToken(database.db, link), undefined);
    assert.equal(mail!.headers['List-Unsubscribe'], `<${PUBLIC_URL}/a/${link}/stop-reminders>`);

    const ics = mail!.attachments.find((a) => a.filename.endsWith('.ics'))!;
    const vevent = calendarOf(ics).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    assert.equal(event.summary, 'Inscripción en IDNYC');
    assert.equal(vevent.getFirstProperty('dtstart')!.getParameter('tzid'), 'America/New_York');
    assert.equal(event.startDate.hour, 10);
    assert.equal(event.startDate.toJSDate().getTime(), START.getTime());
    assert.equal(event.duration.toSeconds(), 30 * 60);
    assert.match(event.description, /Un pasaporte y una factura/);
    assert.equal(event.uid, `appointment-${id}@welcome-widgets`);

    const receiver = await new SmtpReceiver().start();
    stops.push(() => receiver.stop());
    const sender = new MailSender({
      db: database.db,
      crypto,
      config: { smtpUrl: receiver.url, from: 'Office <office@example.org>' },
      logger: silentLogger,
    });
    stops.push(() => sender.stop());
    await sender.runOnce();
    await sender.runOnce();
    assert.equal(receiver.messages.length, 1);
    assert.deepEqual(receiver.messages[0]!.to, ['ana@example.org']);
    const got = parseMail(receiver.messages[0]!.raw);
    assert.equal(got.headers.get('content-language'), 'es');
    assert.ok(got.text.includes('10:00'));
    assert.ok(got.attachments.some((a) => /^text\/calendar/.test(a.contentType)));
    const sent = await database.db.selectFrom('appointment_messages').selectAll().execute();
    assert.deepEqual(
      sent.map((m) => [m.appointment_id, m.kind, new Date(m.starts_at).getTime(), m.channel]),
      [[id, 'confirmation', START.getTime(), 'email']],
    );
  });

  test('reminders through the sweep, N hours before (the office setting), once; again after a move; none when stopped or cancelled', async () => {
    await setReminderHours(database.db, 6, 'test');
    const en = await book({ contact: { email: 'en@example.org' } });
    const text = await book({ language: 'fr', contact: { phone: '+15551234567' } });
    const stopped = await book({ contact: { email: 'stopped@example.org' } });
    await update(stopped, { reminders: 'stopped' });
    const cancelled = await book({ status: 'cancelled', contact: { email: 'cancelled@example.org' } });
    void cancelled;

    now = new Date(START.getTime() - 7 * HOUR);
    await runner({ sms: false }).runOnce();
    assert.equal((await mails()).length, 0, 'seven hours before: not yet');

    now = new Date(START.getTime() - 5 * HOUR);
    await runner().runOnce();
    now = new Date(START.getTime() - 4 * HOUR);
    await runner().runOnce();
    const reminded = await mails();
    assert.deepEqual(
      reminded.map((m) => m.to),
      ['en@example.org'],
      'one mail, whatever the number of sweeps',
    );
    assert.equal(reminded[0]!.subject, tr('en', 'mail.appointment.reminder.subject', { title: 'IDNYC enrollment' }));
    assert.ok(reminded[0]!.text.includes('What to bring: A passport and a utility bill'));
    const sms = await database.db.selectFrom('sms_outbox').selectAll().execute();
    assert.equal(sms.length, 1, 'the text message, kept without a provider');
    assert.equal(sms[0]!.status, 'kept');
    assert.equal(sms[0]!.locale, 'fr');
    const body = crypto.decrypt(sms[0]!.body_enc)!;
    assert.ok(body.includes(tr('fr', 'mail.appointment.reminder.intro', { title: 'IDNYC enrollment' })), body);
    assert.ok(body.includes(`${PUBLIC_URL}/a/`), 'the manage link in the text');
    void text;

    // Moved two hours later: a reminder of the new time.
    const later = new Date(START.getTime() + 2 * HOUR);
    await update(en, { starts_at: later, ends_at: new Date(later.getTime() + 30 * 60_000), moved_from: START });
    now = new Date(later.getTime() - 5 * HOUR);
    await runner().runOnce();
    assert.equal((await mails()).length, 2, 'a reminder for the new start');
    const kinds = await database.db
      .selectFrom('appointment_messages')
      .select(['kind', 'starts_at'])
      .where('appointment_id', '=', en)
      .orderBy('starts_at')
      .execute();
    assert.deepEqual(
      kinds.map((k) => [k.kind, new Date(k.starts_at).getTime()]),
      [
        ['reminder', START.getTime()],
        ['reminder', later.getTime()],
      ],
    );
  });

  test('no reminder for a start the person was told of inside the window: booked or moved there, the confirmation or notice just said it', async () => {
    await setReminderHours(database.db, 24, 'test');
    const early = await book({ contact: { email: 'early@example.org' } });
    await update(early, { start_told_at: new Date(START.getTime() - 3 * 24 * HOUR) });
    const late = await book({ contact: { email: 'late@example.org' } });
    await update(late, { start_told_at: new Date(START.getTime() - 5 * HOUR) });
    const movedIn = await book({ contact: { email: 'moved@example.org' } });
    await update(movedIn, {
      moved_from: new Date(START.getTime() + 48 * HOUR),
      start_told_at: new Date(START.getTime() - 3 * HOUR),
    });

    now = new Date(START.getTime() - 2 * HOUR);
    await runner().runOnce();
    assert.deepEqual(
      (await mails()).map((m) => m.to),
      ['early@example.org'],
      'only the one booked before the window opened',
    );
  });

  test('moved and cancelled: the old time named, the same calendar entry replaced (SEQUENCE up, CANCELLED), nothing when no longer true', async () => {
    const id = await book({ contact: { email: 'mover@example.org' } });
    await enqueueJob(database.db, 'appointment.confirmation', { appointment_id: id });
    await runner().runOnce();
    const later = new Date(START.getTime() + 24 * HOUR);
    await update(id, { starts_at: later, ends_at: new Date(later.getTime() + 30 * 60_000), moved_from: START });
    await enqueueJob(database.db, 'appointment.moved', { appointment_id: id });
    // The office cancelling a booked appointment's job before it is cancelled: nothing said.
    await enqueueJob(database.db, 'appointment.cancelled', { appointment_id: id });
    await runner().runOnce();
    let all = await mails();
    assert.equal(all.length, 2);
    const moved = all[1]!;
    assert.equal(moved.subject, tr('en', 'mail.appointment.moved.subject', { title: 'IDNYC enrollment' }));
    assert.match(moved.text, /on March 14, \d{4} at 10:00\sAM has moved/);
    assert.match(moved.text, /When: Monday, March 15, \d{4}|When: \w+, March 15, \d{4}/);
    const first = new ICAL.Event(calendarOf(all[0]!.attachments[0]!).getFirstSubcomponent('vevent')!);
    const second = new ICAL.Event(calendarOf(moved.attachments[0]!).getFirstSubcomponent('vevent')!);
    assert.equal(second.uid, first.uid, 'the same entry');
    assert.ok(second.sequence > first.sequence);
    assert.equal(second.startDate.toJSDate().getTime(), later.getTime());

    await update(id, { status: 'cancelled', cancelled_at: new Date() });
    await enqueueJob(database.db, 'appointment.cancelled', { appointment_id: id });
    now = new Date(now!.getTime() + 60_000);
    await runner().runOnce();
    all = await mails();
    assert.equal(all.length, 3);
    const cancelled = all[2]!;
    assert.equal(cancelled.subject, tr('en', 'mail.appointment.cancelled.subject', { title: 'IDNYC enrollment' }));
    assert.ok(!cancelled.text.includes('/a/'), 'no manage link for a cancelled appointment');
    const vevent = calendarOf(cancelled.attachments[0]!).getFirstSubcomponent('vevent')!;
    assert.equal(vevent.getFirstPropertyValue('status'), 'CANCELLED');
    assert.ok(Number(vevent.getFirstPropertyValue('sequence')) > second.sequence);
  });

  test('an offer of a freed time to the first person waiting for that type and week, in their language; the next offer to the next', async () => {
    const weekStart = mondayOf(`${Y}-03-10`);
    const wait = async (language: string, email: string, week = weekStart, interpreter: string | null = null) => {
      const body = {
        type_id: place.typeId,
        week_start: week,
        language,
        interpreter,
        name: `Person ${email}`,
        contact_method: 'email',
        email,
        idempotency_key: `wait-${email.replace(/\W/g, '-')}`,
      };
      const response = await app.post('/v1/appointment-waitlist', body);
      assert.equal(response.status, 201, response.text);
      assert.equal((await app.post('/v1/appointment-waitlist', body)).status, 200, 'the same key: the same entry');
      return response.body as { id: string; status: string };
    };
    await wait('es', 'other-week@example.org', addDays(weekStart, 7));
    // First in line, but no one at the place signs and no ASL interpreter is on call: no time for them.
    const asl = await wait('en', 'asl@example.org', weekStart, 'ase');
    await new Promise((done) => setTimeout(done, 5));
    const first = await wait('wo', 'first@example.org');
    await new Promise((done) => setTimeout(done, 5));
    await wait('fr', 'second@example.org');
    await enqueueJob(database.db, 'appointment.offer', { type_id: place.typeId, week_start: weekStart });
    await runner().runOnce();
    let all = await mails();
    assert.deepEqual(
      all.map((m) => m.to),
      ['first@example.org'],
    );
    assert.equal(all[0]!.row.locale, 'wo');
    assert.equal(all[0]!.subject, tr('wo', 'mail.appointment.offer.subject', { title: 'IDNYC enrollment' }));
    const link = /https:\/\/office\.example\/a\/offer\/([^\s]+)/.exec(all[0]!.text)?.[1];
    assert.ok(link, all[0]!.text);
    assert.equal(await waitlistIdForToken(database.db, link), first.id);
    const entry = await database.db
      .selectFrom('appointment_waitlist')
      .select(['status', 'offered_at'])
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    assert.equal(entry.status, 'offered');
    const skipped = await database.db
      .selectFrom('appointment_waitlist')
      .select('status')
      .where('id', '=', asl.id)
      .executeTakeFirstOrThrow();
    assert.equal(skipped.status, 'waiting', 'still waiting for a time with an ASL interpreter');

    await enqueueJob(database.db, 'appointment.offer', { type_id: place.typeId, week_start: weekStart });
    await runner().runOnce();
    await enqueueJob(database.db, 'appointment.offer', { type_id: place.typeId, week_start: weekStart });
    await runner().runOnce();
    all = await mails();
    assert.deepEqual(
      all.map((m) => m.to),
      ['first@example.org', 'second@example.org'],
      'no one left waiting: nothing',
    );
    assert.equal(all[1]!.row.locale, 'fr');
  });

  test('an address the mail server refuses (550): the appointment is marked, and its reminder does not go', async () => {
    const receiver = await new SmtpReceiver({ refuse: (address) => address === 'nobody@example.org' }).start();
    stops.push(() => receiver.stop());
    const sender = new MailSender({
      db: database.db,
      crypto,
      config: { smtpUrl: receiver.url, from: 'Office <office@example.org>' },
      logger: silentLogger,
    });
    stops.push(() => sender.stop());
    const id = await book({ contact: { email: 'nobody@example.org' } });
    await enqueueJob(database.db, 'appointment.confirmation', { appointment_id: id });
    await runner().runOnce();
    await sender.runOnce();
    const row = await database.db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.ok(row.contact_bounced_at, 'marked for the desk');
    now = new Date(START.getTime() - HOUR);
    await runner().runOnce();
    assert.equal((await mails()).length, 1, 'no reminder to a refused address');
  });

  test('the sweep releases holds whose time ran out, and only those', async () => {
    const expired = await book({ status: 'held', holdExpiresAt: new Date(now!.getTime() - 60_000) });
    const live = await book({
      status: 'held',
      start: new Date(START.getTime() + HOUR),
      holdExpiresAt: new Date(now!.getTime() + 4 * 60_000),
    });
    const booked = await book({ start: new Date(START.getTime() + 2 * HOUR) });
    await runner().runOnce();
    const left = await database.db.selectFrom('appointments').select('id').execute();
    assert.deepEqual(new Set(left.map((r) => r.id)), new Set([live, booked]));
    assert.ok(!left.some((r) => r.id === expired));
    now = new Date(now!.getTime() + 5 * 60_000);
    await runner().runOnce();
    assert.deepEqual(
      (await database.db.selectFrom('appointments').select('id').execute()).map((r) => r.id),
      [booked],
    );
  });
});
