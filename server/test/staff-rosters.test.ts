import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { eventIdForUid, upsertEvent, type EventInput } from '../src/events/store.js';
import { JobRunner } from '../src/jobs/runner.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { silentLogger } from '../src/lib/logger.js';
import { MailSender } from '../src/mail/sender.js';
import { stableId } from '../src/seed/ids.js';
import { seededTestApp } from './helpers/app.js';
import { SmtpReceiver } from './helpers/smtp-receiver.js';
import { makeAccount, signIn } from './helpers/staff-session.js';

const crypto = FieldCrypto.fromKeyText('q'.repeat(43) + '=');
const Y = new Date().getUTCFullYear() + 1;
const LIBRARY = stableId('location:t-library');
const FLUSHING = stableId('location:t-flushing');

const A = `${Y}-05-05T10:00`;
const B = `${Y}-05-12T10:00`;
const clinic: EventInput = {
  uid: 'roster-clinic',
  type: 'legal-clinic',
  title: 'Immigration clinic',
  locationId: LIBRARY,
  timezone: 'America/New_York',
  dtstart: A,
  durationMinutes: 120,
  rrule: 'FREQ=WEEKLY;COUNT=4',
  capacity: 3,
  registrationMode: 'per-session',
};
const taxHelp: EventInput = { ...clinic, uid: 'roster-tax', title: 'Tax help', dtstart: `${Y}-06-02T18:00` };
const series: EventInput = {
  ...clinic,
  uid: 'roster-series',
  type: 'english-class',
  title: 'English, ten weeks',
  dtstart: `${Y}-05-04T18:00`,
  rrule: 'FREQ=WEEKLY;COUNT=10',
  capacity: 10,
  registrationMode: 'series',
};
// Held last year: every session is over.
const PAST = `${Y - 2}-03-04T10:00`;
const past: EventInput = { ...clinic, uid: 'roster-past', title: 'Past clinic', dtstart: PAST, rrule: null };
const elsewhere: EventInput = { ...clinic, uid: 'roster-flushing', title: 'Flushing clinic', locationId: FLUSHING };
const noPlace: EventInput = { ...clinic, uid: 'roster-online', title: 'Online clinic', locationId: null };
const [clinicId, taxId, seriesId, pastId, elsewhereId, noPlaceId] = [
  clinic,
  taxHelp,
  series,
  past,
  elsewhere,
  noPlace,
].map((e) => eventIdForUid(e.uid));

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
type Session = Awaited<ReturnType<typeof signIn>>;
let organizer: Session;
let admin: Session;
let stranger: Session;
let desk: Session;

const roster = (eventId: string, key: string) => `/v1/staff/events/${eventId}/sessions/${key}/roster`;
const codeOf = (type: string) => type.split('/').pop();

/** Signs up through the public form, as a visitor would. */
async function signUp(eventId: string, name: string, extra: Record<string, unknown> = {}) {
  const response = await app.post(`/v1/events/${eventId}/registrations`, {
    name,
    contact_method: 'email',
    email: `${name.toLowerCase().replace(/\W+/g, '')}@example.org`,
    preferred_language: 'bn',
    scope: 'session',
    occurrence: A,
    party_size: 1,
    idempotency_key: `key-${randomUUID()}`,
    ...extra,
  });
  assert.equal(response.status, 201, response.text);
  return response.body.id as string;
}

/** A registration for a session already held (the public form takes none), straight into the table. */
async function pastRegistration(name: string, status: 'confirmed' | 'waitlisted' = 'confirmed') {
  const id = randomUUID();
  await database.db
    .insertInto('registrations')
    .values({
      id,
      event_id: pastId,
      occurrence_key: PAST,
      scope: 'session',
      status,
      party_size: 1,
      name: crypto.encrypt(name)!,
      contact_method: 'phone',
      email: null,
      phone: crypto.encrypt('+1 212 555 0100'),
      preferred_language: 'es',
      access_needs: null,
      idempotency_key: id,
      checkin_code: null,
      created_by: null,
      created_at: new Date(),
      updated_at: new Date(),
      purged_at: null,
      contact_bounced_at: null,
    })
    .execute();
  return id;
}

const setCode = (id: string, code: string) =>
  database.db.updateTable('registrations').set({ checkin_code: code }).where('id', '=', id).execute();

describe(`rosters and check-in (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ writesPerMinute: 10_000, crypto });
    database = app.database;
    await sql`TRUNCATE staff_accounts CASCADE`.execute(database.db);
    const grant = async (email: string, roles: ('organizer' | 'admin' | 'desk')[], locations: string[]) => {
      const id = await makeAccount(database.db, { email, roles });
      await database.db.updateTable('staff_accounts').set({ location_ids: locations }).where('id', '=', id).execute();
      return signIn(app.post, email);
    };
    organizer = await grant('org@office.example', ['organizer'], [LIBRARY]);
    admin = await grant('admin@office.example', ['admin'], []);
    stranger = await grant('queens@office.example', ['organizer'], [FLUSHING]);
    desk = await grant('desk@office.example', ['desk'], [LIBRARY]);
  });
  beforeEach(async () => {
    await sql`TRUNCATE registrations, event_capacity, events, attendance, audit_log CASCADE`.execute(database.db);
    for (const event of [clinic, taxHelp, series, past, elsewhere, noPlace]) await upsertEvent(database.db, event);
  });
  after(() => database.close());

  test('a roster: names and access needs decrypted, sorted by name, waiting list in order, audited', async () => {
    await signUp(clinicId, 'Rahima', { party_size: 2, access_needs: 'Step-free entrance' });
    await signUp(clinicId, 'Ahmed');
    await signUp(clinicId, 'Zainab');
    await signUp(clinicId, 'Mina');
    await signUp(clinicId, 'Other session', { occurrence: B });
    const { status, body, text } = await app.get(roster(clinicId, A), organizer.read);
    assert.equal(status, 200, text);
    assert.deepEqual(body.event, {
      id: clinicId,
      title: 'Immigration clinic',
      type: 'legal-clinic',
      timezone: 'America/New_York',
      location_name: 'Main Library',
    });
    assert.deepEqual(body.session, {
      key: A,
      start: new Date(`${A}:00-04:00`).toISOString(),
      end: new Date(`${Y}-05-05T12:00:00-04:00`).toISOString(),
      status: 'scheduled',
      over: false,
    });
    assert.equal(body.capacity, 3);
    assert.deepEqual(
      body.entries.map((e: any) => [e.name, e.status, e.party_size, e.waitlist_position]),
      [
        ['Ahmed', 'confirmed', 1, null],
        ['Mina', 'waitlisted', 1, 2],
        ['Rahima', 'confirmed', 2, null],
        ['Zainab', 'waitlisted', 1, 1],
      ],
      'by name; Zainab waits ahead of Mina; the other session is not here',
    );
    assert.deepEqual(body.counts, { confirmed: 3, waitlisted: 2, attended: 0, no_show: 0, walk_ins: 0 });
    const rahima = body.entries.find((e: any) => e.name === 'Rahima');
    assert.equal(rahima.access_needs, 'Step-free entrance');
    assert.equal(rahima.language, 'bn');
    assert.equal(rahima.source, 'web');
    assert.doesNotMatch(text, /example\.org/, 'no email on the roster');
    const audit = await database.db.selectFrom('audit_log').selectAll().where('record_type', '=', 'roster').execute();
    assert.deepEqual(
      audit.map((a) => [a.action, a.record_id, a.fields, a.actor]),
      [['view', `${clinicId}/${A}`, ['name', 'access_needs'], 'org']],
    );
  });

  test('organizers see only the locations granted; admins see all; the desk role none', async () => {
    assert.equal((await app.get(roster(clinicId, A), admin.read)).status, 200);
    assert.equal((await app.get(roster(noPlaceId, A), admin.read)).status, 200, 'an event with no place: admin');
    for (const [session, eventId] of [
      [stranger, clinicId],
      [organizer, elsewhereId],
      [organizer, noPlaceId],
    ] as const) {
      const refused = await app.get(roster(eventId, A), session.read);
      assert.equal(refused.status, 403, refused.text);
      assert.equal(refused.body.code, 'location-not-granted');
      assert.equal(codeOf(refused.body.type), 'location-not-granted');
    }
    assert.equal((await app.get(roster(elsewhereId, A), stranger.read)).status, 200);
    assert.equal((await app.get(roster(clinicId, A), desk.read)).status, 403);
    assert.equal((await app.get(roster(clinicId, A))).status, 401);
    const checkIn = await app.post(`${roster(elsewhereId, A)}/check-in`, { code: 'AAAA-AAAA' }, organizer.write);
    assert.equal(checkIn.body.code, 'location-not-granted');
    const csv = await app.get(`${roster(elsewhereId, A)}.csv`, organizer.read);
    assert.equal(csv.status, 403);
  });

  test('a key that is not a session of the event is 404', async () => {
    for (const key of [`${Y}-05-06T10:00`, `${Y}-05-05T10:30`, 'series', `${Y}-06-02T10:00`, 'nonsense']) {
      const response = await app.get(roster(clinicId, key), organizer.read);
      assert.equal(response.status, 404, key);
    }
    assert.equal((await app.get(roster(randomUUID(), A), admin.read)).status, 404);
    assert.equal((await app.get(roster('not-a-uuid', A), admin.read)).status, 400);
  });

  test('check-in by registration and by code as typed; twice is already checked in', async () => {
    const rahima = await signUp(clinicId, 'Rahima');
    const ahmed = await signUp(clinicId, 'Ahmed');
    const first = await app.post(`${roster(clinicId, A)}/check-in`, { registration_id: rahima }, organizer.write);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.already, false);
    assert.equal(first.body.entry.name, 'Rahima');
    assert.equal(first.body.entry.attendance, 'attended');
    assert.ok(first.body.entry.marked_at);
    const again = await app.post(`${roster(clinicId, A)}/check-in`, { registration_id: rahima }, organizer.write);
    assert.deepEqual([again.status, again.body.already], [200, true]);

    await setCode(ahmed, '0ABC0DEF');
    // Lower case, a dash, spaces, and the letter O for the digit 0.
    const typed = await app.post(`${roster(clinicId, A)}/check-in`, { code: ' oabc-odef ' }, organizer.write);
    assert.equal(typed.status, 200, typed.text);
    assert.deepEqual([typed.body.entry.registration_id, typed.body.already], [ahmed, false]);
    const scanned = await app.post(`${roster(clinicId, A)}/check-in`, { code: '0ABC0DEF' }, organizer.write);
    assert.equal(scanned.body.already, true);

    const view = await app.get(roster(clinicId, A), organizer.read);
    assert.equal(view.body.counts.attended, 2);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'record_id', 'fields'])
      .where('record_type', '=', 'registration')
      .execute();
    assert.equal(audit.length, 4, 'each check-in audited');
    assert.deepEqual(audit[0], { action: 'change', record_id: rahima, fields: ['attendance', 'name', 'access_needs'] });
  });

  test('a code that is unknown, for another event, another session, or not confirmed says so', async () => {
    await signUp(clinicId, 'Rahima');
    await signUp(clinicId, 'Bilal', { party_size: 2 });
    const waiting = await signUp(clinicId, 'Waiting');
    const otherSession = await signUp(clinicId, 'Next week', { occurrence: B });
    const otherEvent = await signUp(taxId, 'Tax', { occurrence: `${Y}-06-02T18:00` });
    const seriesPerson = await signUp(seriesId, 'Series', { scope: 'series', occurrence: undefined });
    await setCode(waiting, 'WWWW1111');
    await setCode(otherSession, 'SSSS2222');
    await setCode(otherEvent, 'EEEE3333');
    await setCode(seriesPerson, 'RRRR4444');
    const tryCode = (code: string) => app.post(`${roster(clinicId, A)}/check-in`, { code }, organizer.write);

    for (const code of ['ZZZZ-ZZZZ', 'hello', '!!!!']) {
      const unknown = await tryCode(code);
      assert.deepEqual([unknown.status, unknown.body.code], [404, 'unknown-code'], code);
    }
    const event = await tryCode('eeee-3333');
    assert.deepEqual([event.status, event.body.code, event.body.event_title], [409, 'other-event', 'Tax help']);
    assert.equal(event.body.session_start, new Date(`${Y}-06-02T18:00:00-04:00`).toISOString());
    const seriesCode = await tryCode('RRRR4444');
    assert.deepEqual([seriesCode.body.code, seriesCode.body.session_start], ['other-event', null]);

    const session = await tryCode('ssss 2222');
    assert.deepEqual([session.status, session.body.code], [409, 'other-session']);
    assert.equal(session.body.session_start, new Date(`${B}:00-04:00`).toISOString());
    const byId = await app.post(`${roster(clinicId, A)}/check-in`, { registration_id: otherSession }, organizer.write);
    assert.equal(byId.body.code, 'other-session');

    const notConfirmed = await tryCode('WWWW-1111');
    assert.deepEqual([notConfirmed.status, notConfirmed.body.code], [409, 'not-confirmed']);
    await database.db.updateTable('registrations').set({ status: 'cancelled' }).where('id', '=', otherEvent).execute();
    const atTax = await app.post(
      `${roster(taxId, `${Y}-06-02T18:00`)}/check-in`,
      { code: 'EEEE3333' },
      organizer.write,
    );
    assert.deepEqual([atTax.status, atTax.body.code], [409, 'not-confirmed']);

    const stranger = await app.post(
      `${roster(clinicId, A)}/check-in`,
      { registration_id: randomUUID() },
      organizer.write,
    );
    assert.equal(stranger.status, 404);
    const bad = await app.post(
      `${roster(clinicId, A)}/check-in`,
      { code: 'X', registration_id: otherEvent },
      organizer.write,
    );
    assert.equal(bad.status, 400);
    const none = await database.db.selectFrom('attendance').selectAll().execute();
    assert.deepEqual(none, [], 'no refused check-in marked anyone');
  });

  test('a series registration is on every session, its attendance kept per session', async () => {
    const person = await signUp(seriesId, 'Lin', { scope: 'series', occurrence: undefined, party_size: 2 });
    const first = `${Y}-05-04T18:00`;
    const second = `${Y}-05-11T18:00`;
    for (const key of [first, second]) {
      const view = await app.get(roster(seriesId, key), organizer.read);
      assert.deepEqual(
        view.body.entries.map((e: any) => e.name),
        ['Lin'],
        key,
      );
    }
    const checked = await app.post(`${roster(seriesId, first)}/check-in`, { registration_id: person }, organizer.write);
    assert.equal(checked.status, 200, checked.text);
    const [one, two] = await Promise.all([first, second].map((key) => app.get(roster(seriesId, key), organizer.read)));
    assert.equal(one!.body.entries[0].attendance, 'attended');
    assert.equal(one!.body.counts.attended, 2, 'party of two');
    assert.equal(two!.body.entries[0].attendance, null, 'not at the second session yet');
    const again = await app.post(`${roster(seriesId, second)}/check-in`, { registration_id: person }, organizer.write);
    assert.equal(again.body.already, false, 'a new session, a new check-in');
    const rows = await database.db
      .selectFrom('attendance')
      .select('occurrence_key')
      .orderBy('occurrence_key')
      .execute();
    assert.deepEqual(
      rows.map((r) => r.occurrence_key),
      [first, second],
    );
  });

  test('walk-ins count in the places and are checked in; a full session still takes them', async () => {
    await signUp(clinicId, 'Rahima', { party_size: 2 });
    const added = await app.post(
      `${roster(clinicId, A)}/walk-ins`,
      { name: 'Walk In', party_size: 1, language: 'es', access_needs: 'Interpreter' },
      organizer.write,
    );
    assert.equal(added.status, 201, added.text);
    assert.equal(added.body.over_capacity, false, '2 + 1 of 3');
    assert.deepEqual(
      [added.body.entry.source, added.body.entry.status, added.body.entry.attendance, added.body.entry.name],
      ['walk-in', 'confirmed', 'attended', 'Walk In'],
    );
    const full = await app.post(`${roster(clinicId, A)}/walk-ins`, { party_size: 2, language: 'bn' }, organizer.write);
    assert.equal(full.status, 201, full.text);
    assert.equal(full.body.over_capacity, true, 'the person is there: taken, and said so');
    assert.equal(full.body.entry.name, '');
    const counter = await database.db
      .selectFrom('event_capacity')
      .select('taken')
      .where('event_id', '=', clinicId)
      .where('occurrence_key', '=', A)
      .executeTakeFirstOrThrow();
    assert.equal(Number(counter.taken), 5);
    const view = await app.get(roster(clinicId, A), organizer.read);
    assert.deepEqual(view.body.counts, { confirmed: 5, waitlisted: 0, attended: 3, no_show: 0, walk_ins: 3 });
    const stored = await database.db
      .selectFrom('registrations')
      .select(['name', 'created_by', 'checkin_code', 'contact_method'])
      .where('id', '=', added.body.entry.registration_id)
      .executeTakeFirstOrThrow();
    assert.notEqual(stored.name, 'Walk In', 'encrypted at rest');
    assert.deepEqual([stored.created_by, stored.checkin_code, stored.contact_method], ['org', null, 'none']);
    // The public listing sees the places gone.
    const event = await app.get(`/v1/events/${clinicId}`);
    const session = event.body.occurrences.find((o: any) => o.local_start === A);
    assert.equal(session.availability.available, 0);
    // A retry with the same key adds nobody.
    const once = { ...organizer.write, 'Idempotency-Key': 'walk-in-retry-1' };
    const first = await app.post(`${roster(clinicId, A)}/walk-ins`, { party_size: 1, language: 'ht' }, once);
    const retry = await app.post(`${roster(clinicId, A)}/walk-ins`, { party_size: 1, language: 'ht' }, once);
    assert.deepEqual([first.status, retry.status], [201, 200]);
    assert.equal(retry.body.entry.registration_id, first.body.entry.registration_id);
    assert.equal((await app.get(roster(clinicId, A), organizer.read)).body.counts.walk_ins, 4);
    const invalid = await app.post(
      `${roster(clinicId, A)}/walk-ins`,
      { party_size: 0, language: 'es' },
      organizer.write,
    );
    assert.equal(invalid.status, 400);
  });

  test('no-shows only after the session ends; attendance can be corrected and undone', async () => {
    const rahima = await signUp(clinicId, 'Rahima');
    const early = await app.post(`${roster(clinicId, A)}/no-shows`, {}, organizer.write);
    assert.deepEqual([early.status, early.body.code], [409, 'session-not-over']);
    const one = await app.post(
      `${roster(clinicId, A)}/attendance`,
      { registration_id: rahima, status: 'no-show' },
      organizer.write,
    );
    assert.deepEqual([one.status, one.body.code], [409, 'session-not-over']);

    const came = await pastRegistration('Came');
    const missed = await pastRegistration('Missed');
    const alsoMissed = await pastRegistration('Also missed');
    await pastRegistration('Waited', 'waitlisted');
    const view = await app.get(roster(pastId, PAST), organizer.read);
    assert.equal(view.body.session.over, true);
    await app.post(`${roster(pastId, PAST)}/check-in`, { registration_id: came }, organizer.write);
    const marked = await app.post(`${roster(pastId, PAST)}/no-shows`, {}, organizer.write);
    assert.deepEqual([marked.status, marked.body], [200, { marked: 2 }]);
    const after = await app.get(roster(pastId, PAST), organizer.read);
    assert.deepEqual(after.body.counts, { confirmed: 3, waitlisted: 1, attended: 1, no_show: 2, walk_ins: 0 });
    assert.deepEqual((await app.post(`${roster(pastId, PAST)}/no-shows`, {}, organizer.write)).body, { marked: 0 });

    // Missed came late after all; the other mark is undone.
    const late = await app.post(`${roster(pastId, PAST)}/check-in`, { registration_id: missed }, organizer.write);
    assert.deepEqual([late.body.already, late.body.entry.attendance], [false, 'attended']);
    const undone = await app.post(
      `${roster(pastId, PAST)}/attendance`,
      { registration_id: alsoMissed, status: null },
      organizer.write,
    );
    assert.equal(undone.status, 200, undone.text);
    assert.equal(undone.body.entry.attendance, null);
    const final = await app.get(roster(pastId, PAST), organizer.read);
    assert.deepEqual([final.body.counts.attended, final.body.counts.no_show], [2, 0]);
  });

  test('each entry says how the last message went: not yet sent while the mail server is down, then sent; a bounce', async () => {
    const told = await signUp(clinicId, 'Told');
    const refused = await signUp(clinicId, 'Refused');
    const jobs = new JobRunner({
      db: database.db,
      crypto,
      logger: silentLogger,
      publicUrl: 'http://office.example',
      smtp: true,
      sms: false,
    });
    await jobs.runOnce();
    const entry = async (id: string) => {
      const { body } = await app.get(roster(clinicId, A), organizer.read);
      return (body.entries as { registration_id: string }[]).find((e) => e.registration_id === id) as Record<
        string,
        unknown
      >;
    };
    // The confirmation is queued and no mail server has taken it: "not yet sent".
    assert.deepEqual((await entry(told)).last_message, { kind: 'confirmation', delivery: 'waiting' });
    const receiver = await new SmtpReceiver({ refuse: (address) => address.startsWith('refused') }).start();
    const sender = new MailSender({
      db: database.db,
      crypto,
      config: { smtpUrl: receiver.url, from: 'clinics@office.example' },
      logger: silentLogger,
    });
    try {
      await sender.runOnce();
    } finally {
      await sender.stop();
      await receiver.stop();
    }
    assert.deepEqual((await entry(told)).last_message, { kind: 'confirmation', delivery: 'sent' });
    assert.equal((await entry(told)).contact_bounced, false);
    assert.deepEqual((await entry(refused)).last_message, { kind: 'confirmation', delivery: 'bounced' });
    assert.equal((await entry(refused)).contact_bounced, true);
  });

  test('the CSV export has the sign-in sheet and no contact details, and is audited', async () => {
    await signUp(clinicId, 'Rahima', {
      access_needs: '=cmd|calc',
      contact_method: 'phone',
      phone: '+1 718 555 0199',
      email: undefined,
    });
    await signUp(clinicId, 'Ahmed, Jr.');
    const { status, text, headers } = await app.get(`${roster(clinicId, A)}.csv`, organizer.read);
    assert.equal(status, 200, text);
    assert.match(headers.get('content-type')!, /^text\/csv/);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.deepEqual(lines, [
      'name,party_size,language,access_needs,status,attendance',
      '"Ahmed, Jr.",1,bn,,confirmed,',
      "Rahima,1,bn,'=cmd|calc,confirmed,",
    ]);
    assert.doesNotMatch(text, /@|555|example|email|phone/i);
    const audit = await database.db.selectFrom('audit_log').selectAll().where('action', '=', 'export').execute();
    assert.deepEqual(
      audit.map((a) => [a.record_type, a.record_id, a.fields]),
      [['roster', `${clinicId}/${A}`, ['name', 'party_size', 'language', 'access_needs', 'status', 'attendance']]],
    );
  });
});
