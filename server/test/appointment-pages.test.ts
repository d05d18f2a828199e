import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { localDate, mondayOf } from '../src/appointments/wall-clock.js';
import type { OpenDatabase } from '../src/db/database.js';
import { JobRunner } from '../src/jobs/runner.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { silentLogger } from '../src/lib/logger.js';
import { sharedTexts } from '../src/messages/texts.js';
import { testApp } from './helpers/app.js';
import { addAppointmentPlace } from './helpers/appointment-rows.js';
import { openTestDatabase } from './helpers/database.js';

const crypto = FieldCrypto.fromKeyText('b'.repeat(43) + '=');
const texts = sharedTexts();
const ZONE = 'America/New_York';

let database: OpenDatabase;
let app: ReturnType<typeof testApp>;
let place: Awaited<ReturnType<typeof addAppointmentPlace>>;
let counter = 0;

interface Slot {
  start: string;
  end: string;
  local_start: string;
}
const tr = (locale: string, id: string) => texts.text(locale, id).value;
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function freeSlots(): Promise<Slot[]> {
  const answer = await app.get(`/v1/appointment-types/${place.typeId}/availability?days=14`);
  assert.equal(answer.status, 200, answer.text);
  return (answer.body.days as { slots: Slot[] }[]).flatMap((d) => d.slots);
}

async function book(start: string, extra: Record<string, unknown> = {}) {
  counter++;
  const answer = await app.post('/v1/appointments', {
    type_id: place.typeId,
    start,
    language: 'en',
    name: `Person ${counter}`,
    contact_method: 'email',
    email: `p${counter}@example.org`,
    idempotency_key: `pages-${counter}-${Date.now()}`,
    ...extra,
  });
  assert.equal(answer.status, 201, answer.text);
  return answer.body as { id: string; manage_token: string; start: string };
}

/** POSTs a form as a browser without script does. */
const submit = (path: string, fields: Record<string, string> = {}) =>
  app.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
const jobs = (kind: string) => database.db.selectFrom('jobs').selectAll().where('kind', '=', kind).execute();
const row = (id: string) =>
  database.db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe(`the appointment pages (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    app = testApp(database, { crypto, writesPerMinute: 10_000 });
  });
  beforeEach(async () => {
    await sql`TRUNCATE appointment_messages, appointment_waitlist, appointments, availability_rules, appointment_staff,
      appointment_types, translations, addresses, locations, jobs, mail_outbox CASCADE`.execute(database.db);
    place = await addAppointmentPlace(database.db);
  });
  after(() => database.close());

  test('/a/{token} in the appointment’s language: the booking, what to bring, and forms that work without script', async () => {
    const [first, second] = await freeSlots();
    const booked = await book(first!.start, { language: 'ar', interpreter: null });
    const response = await app.app.request(`/a/${booked.manage_token}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy')!, /default-src 'none'/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const page = await response.text();
    assert.match(page, /<html lang="ar" dir="rtl">/);
    assert.ok(page.includes('IDNYC enrollment'));
    assert.ok(
      page.includes(
        html(texts.text('ar', 'mail.appointment.line.bring', { items: 'A passport and a utility bill' }).value),
      ),
    );
    assert.ok(page.includes(html(tr('ar', 'mail.appointment.page.booked'))));
    assert.ok(page.includes(html(tr('ar', 'mail.appointment.page.cancel'))));
    assert.ok(page.includes(`action="/a/${booked.manage_token}/move"`));
    assert.ok(page.includes(`value="${second!.start}"`), 'the next time offered');
    assert.ok(!page.includes(`value="${first!.start}"`), 'not its own time');
    assert.ok(!/<script/i.test(page));

    const wrong = await app.app.request(`/a/${'x'.repeat(43)}`, { headers: { 'Accept-Language': 'es' } });
    assert.equal(wrong.status, 404);
    assert.ok((await wrong.text()).includes(html(tr('es', 'mail.page.invalid-title'))));
  });

  test('move to a next time, a taken one refused with the page again, stop reminders, cancel: each with its job', async () => {
    const [first, second, third] = await freeSlots();
    const booked = await book(first!.start);
    const other = await book(third!.start);
    void other;
    const toldAtBooking = (await row(booked.id)).start_told_at;
    assert.ok(toldAtBooking, 'booking tells the person the start (the reminder window counts from it)');

    const taken = await submit(`/a/${booked.manage_token}/move`, { start: third!.start });
    assert.equal(taken.status, 200);
    assert.ok((await taken.text()).includes(html(tr('en', 'mail.appointment.page.slot-taken'))));
    assert.equal(new Date((await row(booked.id)).starts_at).toISOString(), first!.start, 'not moved');
    assert.equal(
      (await submit(`/a/${booked.manage_token}/move`, { start: 'soon' })).status,
      200,
      'bad input: the page',
    );

    const moved = await submit(`/a/${booked.manage_token}/move`, { start: second!.start });
    assert.ok((await moved.text()).includes(html(tr('en', 'mail.appointment.page.moved'))));
    const after = await row(booked.id);
    assert.equal(new Date(after.starts_at).toISOString(), second!.start);
    assert.equal(new Date(after.moved_from!).toISOString(), first!.start);
    assert.ok(new Date(after.start_told_at!) > new Date(toldAtBooking), 'the move tells the new start');
    assert.equal((await jobs('appointment.moved')).length, 1);

    const stopped = await submit(`/a/${booked.manage_token}/stop-reminders`);
    assert.ok((await stopped.text()).includes(html(tr('en', 'mail.page.reminders-stopped'))));
    assert.equal((await row(booked.id)).reminders, 'stopped');

    const cancelled = await submit(`/a/${booked.manage_token}/cancel`);
    const page = await cancelled.text();
    assert.ok(page.includes(html(tr('en', 'mail.appointment.page.cancelled'))));
    assert.ok(!page.includes('/cancel"'), 'no more buttons');
    assert.equal((await row(booked.id)).status, 'cancelled');
    const offers = await jobs('appointment.offer');
    assert.equal(offers.length, 1);
    const week = mondayOf(localDate(Date.parse(second!.start), ZONE));
    assert.deepEqual(typeof offers[0]!.payload === 'string' ? JSON.parse(offers[0]!.payload) : offers[0]!.payload, {
      type_id: place.typeId,
      week_start: week,
    });
  });

  test('a cancellation offered to the first person waiting; the offer link books the freed time with their details, once', async () => {
    const [first] = await freeSlots();
    const week = mondayOf(localDate(Date.parse(first!.start), ZONE));
    // Everything else that week is taken: the freed time is the one offered.
    const booked = await book(first!.start);
    for (const slot of (await freeSlots()).filter((s) => mondayOf(localDate(Date.parse(s.start), ZONE)) === week)) {
      await book(slot.start);
    }
    const waiting = await app.post('/v1/appointment-waitlist', {
      type_id: place.typeId,
      week_start: week,
      language: 'es',
      name: 'Lucía',
      contact_method: 'email',
      email: 'lucia@example.org',
      idempotency_key: `waiting-${Date.now()}`,
    });
    assert.equal(waiting.status, 201, waiting.text);
    await submit(`/a/${booked.manage_token}/cancel`);
    await new JobRunner({
      db: database.db,
      crypto,
      logger: silentLogger,
      publicUrl: 'https://office.example',
      smtp: true,
      sms: false,
    }).runOnce();
    const mail = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('purpose', '=', 'appointment.offer')
      .executeTakeFirstOrThrow();
    assert.equal(crypto.decrypt(mail.to_enc), 'lucia@example.org');
    const token = /\/a\/offer\/([A-Za-z0-9_-]+)/.exec(crypto.decrypt(mail.text_enc)!)![1]!;

    const offer = await (await app.app.request(`/a/offer/${token}`)).text();
    assert.match(offer, /<html lang="es"/);
    assert.ok(offer.includes(`value="${first!.start}"`), 'the freed time');
    assert.ok(offer.includes(html(tr('es', 'mail.appointment.page.offer-note'))));

    const press = await submit(`/a/offer/${token}/book`, { start: first!.start });
    assert.equal(press.status, 303);
    const location = press.headers.get('location')!;
    assert.match(location, /^\/a\/[A-Za-z0-9_-]+$/);
    const again = await submit(`/a/offer/${token}/book`, { start: first!.start });
    assert.equal(again.headers.get('location'), location, 'pressed twice: the same booking');
    const mine = await (await app.app.request(location)).text();
    assert.match(mine, /<html lang="es"/);
    assert.ok(mine.includes(html(tr('es', 'mail.appointment.page.booked'))));
    const rows = await database.db
      .selectFrom('appointments')
      .selectAll()
      .where('starts_at', '=', new Date(first!.start))
      .where('status', '=', 'booked')
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(crypto.decrypt(rows[0]!.email), 'lucia@example.org');
    assert.equal(rows[0]!.language, 'es');
    const entry = await database.db.selectFrom('appointment_waitlist').select('status').executeTakeFirstOrThrow();
    assert.equal(entry.status, 'booked');
    assert.equal(
      (await jobs('appointment.confirmation')).filter((j) => JSON.stringify(j.payload).includes(rows[0]!.id)).length,
      1,
    );
  });

  test('the waiting list refuses bad input with the field named', async () => {
    const base = {
      type_id: place.typeId,
      week_start: '2030-03-04',
      language: 'en',
      name: 'A',
      contact_method: 'email',
      email: 'a@example.org',
      idempotency_key: 'bad-input-key-1',
    };
    const field = async (body: Record<string, unknown>) => {
      const answer = await app.post('/v1/appointment-waitlist', body);
      return [answer.status, answer.body?.errors?.[0]?.path];
    };
    assert.deepEqual(await field({ ...base, week_start: '2030-03-05' }), [400, 'week_start']);
    assert.deepEqual(await field({ ...base, week_start: '2030-02-31' }), [400, 'week_start']);
    assert.deepEqual(await field({ ...base, email: undefined }), [400, 'email']);
    assert.deepEqual(await field({ ...base, contact_method: 'sms' }), [400, 'phone']);
    assert.deepEqual(await field({ ...base, language: 'not a tag' }), [400, 'language']);
    const unknown = await app.post('/v1/appointment-waitlist', {
      ...base,
      type_id: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknown.status, 404);
  });
});
