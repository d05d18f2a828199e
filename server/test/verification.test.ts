import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { today } from '../src/appointments/wall-clock.js';
import type { OpenDatabase } from '../src/db/database.js';
import { verificationTokenSigner } from '../src/directory/verification/tokens.js';
import { JobRunner } from '../src/jobs/runner.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { silentLogger } from '../src/lib/logger.js';
import { MailSender } from '../src/mail/sender.js';
import { MANAGE_CSP } from '../src/messages/manage-page.js';
import { sharedTexts } from '../src/messages/texts.js';
import { seedDirectories } from '../src/seed/seed.js';
import { stableId } from '../src/seed/ids.js';
import { testApp } from './helpers/app.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testDirectory } from './helpers/directory.js';
import { parseMail, SmtpReceiver } from './helpers/smtp-receiver.js';
import { makeAccount, signIn } from './helpers/staff-session.js';

const crypto = FieldCrypto.fromKeyText('v'.repeat(43) + '=');
const texts = sharedTexts();
const PUBLIC_URL = 'https://office.example';
const LEGAL = stableId('service:t-legal'); // accredited (a DOJ badge with a date)
const ENGLISH = stableId('service:t-english');
const DIRECTORY = stableId('service:t-directory');
const LEGAL_NAME = 'Free immigration legal screening';
const DAY = 86_400_000;

let database: OpenDatabase;
let app: ReturnType<typeof testApp>;
let editor: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
let desk: Awaited<ReturnType<typeof signIn>>;
const stops: (() => Promise<void>)[] = [];

const officeToday = () => today(new Date(), 'America/New_York');
const daysAgo = (days: number) => today(new Date(Date.now() - days * DAY), 'America/New_York');
const tr = (locale: string, id: string, values: Record<string, string> = {}) => texts.text(locale, id, values).value;
const runner = () =>
  new JobRunner({ db: database.db, crypto, logger: silentLogger, publicUrl: PUBLIC_URL, smtp: true, sms: false });

async function setService(id: string, values: { last_verified?: string; contact?: string; source_locale?: string }) {
  await database.db
    .updateTable('services')
    .set({
      ...(values.last_verified ? { last_verified: values.last_verified } : {}),
      ...(values.contact ? { verification_contact: crypto.encrypt(values.contact) } : {}),
      ...(values.source_locale ? { source_locale: values.source_locale } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Asks for a request by the desk's route and returns the token the job would mail (signed as it signs). */
async function requestFor(serviceId: string) {
  const response = await app.post(
    '/v1/staff/directory/verification/requests',
    { service_ids: [serviceId] },
    editor.write,
  );
  assert.equal(response.status, 202, response.text);
  const row = await database.db
    .selectFrom('verification_requests')
    .selectAll()
    .where('service_id', '=', serviceId)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return { row, token: (await verificationTokenSigner(database.db))(row.id) };
}

const post = (path: string, form: Record<string, string> = {}) =>
  app.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
const badgeDate = async (path: string) => {
  const response = await app.get(path);
  assert.equal(response.status, 200, response.text);
  const service = path.startsWith('/v1/services/')
    ? response.body
    : (response.body.items as { id: string }[]).find((s) => s.id === LEGAL);
  return (service.badges as { code: string; verified: string | null }[]).find(
    (b) => b.code === 'doj-accredited-representative',
  )!.verified;
};

describe(`re-verification (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    app = testApp(database, { crypto, writesPerMinute: 10_000 });
  });
  beforeEach(async () => {
    await emptyDatabase(database.db);
    await sql`TRUNCATE directory_changes`.execute(database.db);
    await seedDirectories(database.db, [testDirectory]);
    await makeAccount(database.db, { email: 'eve@office.example', roles: ['editor'], name: 'Eve Editor' });
    await makeAccount(database.db, { email: 'ada@office.example', roles: ['admin'], name: 'Ada Admin' });
    await makeAccount(database.db, { email: 'dev@office.example', roles: ['desk'], name: 'Dev Desk' });
    editor = await signIn(app.post, 'eve@office.example');
    admin = await signIn(app.post, 'ada@office.example');
    desk = await signIn(app.post, 'dev@office.example');
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });
  after(() => database.close());

  test('the due list: accredited providers come due sooner, overdue ones are flagged, by due date; the office setting moves them', async () => {
    await setService(LEGAL, { last_verified: daysAgo(170), contact: 'listings@legal.example.org' });
    await setService(ENGLISH, { last_verified: daysAgo(170) });
    await setService(DIRECTORY, { last_verified: daysAgo(400) });
    const due = await app.get('/v1/staff/directory/verification?state=due', editor.read);
    assert.equal(due.status, 200, due.text);
    assert.deepEqual(
      due.body.items.map((i: any) => [i.service_id, i.accredited, i.verification.overdue, i.contact]),
      [
        [DIRECTORY, false, true, false],
        [LEGAL, true, false, true],
      ],
      'the accredited service is due in 10 days (180-day interval); the other at 170 days is not (365)',
    );
    assert.equal(due.body.items[1].verification.verified, daysAgo(170));
    assert.equal(due.body.items[1].verification.due, today(new Date(Date.now() + 10 * DAY), 'America/New_York'));
    assert.equal(due.body.items[1].last_request, null);
    const overdue = await app.get('/v1/staff/directory/verification?state=overdue', admin.read);
    assert.deepEqual(
      overdue.body.items.map((i: any) => i.service_id),
      [DIRECTORY],
    );
    assert.equal((await app.get('/v1/staff/directory/verification?state=all', editor.read)).body.total, 3);

    // The office's setting: accredited providers every year too, so the legal service is not due soon.
    assert.equal((await app.get('/v1/staff/settings/verification', editor.read)).status, 403, 'admins only');
    const settings = await app.get('/v1/staff/settings/verification', admin.read);
    assert.deepEqual(settings.body, { interval_days: 365, accredited_interval_days: 180, link_days: 14 });
    const put = await app.send(
      'PUT',
      '/v1/staff/settings/verification',
      { interval_days: 365, accredited_interval_days: 365, link_days: 7 },
      admin.write,
    );
    assert.equal(put.status, 200, put.text);
    assert.equal(
      (await app.send('PUT', '/v1/staff/settings/verification', { ...put.body, link_days: 0 }, admin.write)).status,
      400,
    );
    const after = await app.get('/v1/staff/directory/verification?state=due', editor.read);
    assert.deepEqual(
      after.body.items.map((i: any) => i.service_id),
      [DIRECTORY],
    );
  });

  test('a desk-only account gets 403 on every verification route', async () => {
    assert.equal((await app.get('/v1/staff/directory/verification', desk.read)).status, 403);
    assert.equal(
      (await app.post('/v1/staff/directory/verification/requests', { service_ids: [LEGAL] }, desk.write)).status,
      403,
    );
    assert.equal(
      (await app.post(`/v1/staff/directory/services/${LEGAL}/verify`, {}, { ...desk.write, 'If-Match': '"1"' })).status,
      403,
    );
    assert.equal(
      (
        await app.send(
          'PUT',
          '/v1/staff/settings/verification',
          { interval_days: 1, accredited_interval_days: 1, link_days: 1 },
          desk.write,
        )
      ).status,
      403,
    );
    assert.equal(
      (await database.db.selectFrom('verification_requests').select('id').execute()).length,
      0,
      'nothing was asked',
    );
  });

  test('a request mails the provider once, in their language, with the link; confirming moves the dates and the public answers', async () => {
    await setService(LEGAL, {
      last_verified: daysAgo(170),
      contact: 'listings@legal.example.org',
      source_locale: 'es',
    });
    const requested = await app.post(
      '/v1/staff/directory/verification/requests',
      { service_ids: [LEGAL, ENGLISH] },
      editor.write,
    );
    assert.equal(requested.status, 202, requested.text);
    assert.deepEqual(requested.body, { queued: 1, skipped: [{ service_id: ENGLISH, reason: 'no-contact' }] });
    const [row] = await database.db.selectFrom('verification_requests').selectAll().execute();
    assert.equal(row!.locale, 'es');
    assert.ok(!row!.sent_to.includes('listings@'), 'the address is stored encrypted');
    assert.equal(crypto.decrypt(row!.sent_to), 'listings@legal.example.org');

    // Two runners at once (as two processes would), then again: one mail.
    await Promise.all([runner().runOnce(), runner().runOnce()]);
    await runner().runOnce();
    const outbox = await database.db.selectFrom('mail_outbox').selectAll().execute();
    assert.equal(outbox.length, 1, 'one mail, whoever ran the job');
    assert.equal(
      (await database.db.selectFrom('jobs').select('status').where('kind', '=', 'verification.request').execute())
        .map((j) => j.status)
        .join(),
      'done',
    );

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
    assert.equal(receiver.messages.length, 1);
    assert.deepEqual(receiver.messages[0]!.to, ['listings@legal.example.org']);
    const mail = parseMail(receiver.messages[0]!.raw);
    assert.equal(mail.headers.get('content-language'), 'es');
    const subject = tr('es', 'mail.verification.subject', { name: LEGAL_NAME });
    assert.notEqual(subject, tr('en', 'mail.verification.subject', { name: LEGAL_NAME }), 'written in Spanish');
    assert.equal(mail.headers.get('subject'), subject);
    assert.ok(mail.text.includes(tr('es', 'mail.line.machine')), 'a machine draft says so');
    const link = new RegExp(`${PUBLIC_URL}/v/([A-Za-z0-9_-]+)`).exec(mail.text);
    assert.ok(link, mail.text);
    const token = link[1]!;

    const page = await app.app.request(`/v/${token}`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('Content-Security-Policy'), MANAGE_CSP);
    assert.equal(page.headers.get('Set-Cookie'), null, 'no cookie');
    assert.equal(page.headers.get('Cache-Control'), 'no-store');
    const html = await page.text();
    assert.match(html, /<html lang="es"/);
    assert.ok(html.includes(LEGAL_NAME));
    assert.ok(html.includes(tr('es', 'mail.verification.page.confirm')));
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(!/https?:\/\/(?!office\.example)/.test(html.replace(/https?:\/\/[^"<\s]*example\.[a-z]+[^"<\s]*/g, '')));
    const french = await (await app.app.request(`/v/${token}?lang=fr`)).text();
    assert.ok(french.includes('<html lang="fr"'), '?lang= chooses the page’s language');

    // The public answers before: cached under the directory version the confirmation bumps.
    assert.equal(await badgeDate(`/v1/services/${LEGAL}`), '2026-09-15');
    assert.equal(await badgeDate('/v1/services?q=legal'), '2026-09-15');
    const version = (
      await database.db.selectFrom('services').select('version').where('id', '=', LEGAL).executeTakeFirstOrThrow()
    ).version;

    const confirmed = await post(`/v/${token}/confirm`);
    assert.equal(confirmed.status, 200);
    assert.ok((await confirmed.text()).includes(tr('es', 'mail.verification.page.confirmed')));
    const service = await database.db
      .selectFrom('services')
      .select(['last_verified', 'version'])
      .where('id', '=', LEGAL)
      .executeTakeFirstOrThrow();
    assert.equal(service.last_verified, officeToday());
    assert.equal(service.version, version + 1);
    assert.equal(await badgeDate(`/v1/services/${LEGAL}`), officeToday(), 'the badge’s date moved');
    assert.equal(await badgeDate('/v1/services?q=legal'), officeToday(), 'search is not stale');
    const history = await database.db.selectFrom('directory_changes').selectAll().execute();
    assert.deepEqual(
      history.map((h) => [h.service_id, h.kind, h.changed_by, h.service_version]),
      [[LEGAL, 'provider-confirm', 'provider', version + 1]],
    );
    const used = await database.db.selectFrom('verification_requests').selectAll().executeTakeFirstOrThrow();
    assert.equal(used.outcome, 'confirmed');
    assert.ok(used.used_at);
    const listed = await app.get('/v1/staff/directory/verification?state=all', editor.read);
    const item = listed.body.items.find((i: any) => i.service_id === LEGAL);
    assert.equal(item.verification.verified, officeToday());
    assert.equal(item.last_request.outcome, 'confirmed');

    // Used twice: a clear page, nothing changes again.
    for (const again of [await post(`/v/${token}/confirm`), await app.app.request(`/v/${token}`)]) {
      assert.equal(again.status, 410);
      const text = await again.text();
      assert.ok(text.includes(tr('es', 'mail.verification.page.used-title')), text);
    }
    assert.equal((await database.db.selectFrom('directory_changes').select('id').execute()).length, 1);
  });

  test('an expired link gets a clear page and changes nothing', async () => {
    await setService(LEGAL, { last_verified: daysAgo(170), contact: 'listings@legal.example.org' });
    const { row, token } = await requestFor(LEGAL);
    await database.db
      .updateTable('verification_requests')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', row.id)
      .execute();
    for (const response of [
      await app.app.request(`/v/${token}`),
      await post(`/v/${token}/confirm`),
      await post(`/v/${token}/correct`, { phone: '212-555-0100' }),
    ]) {
      assert.equal(response.status, 410);
      assert.ok((await response.text()).includes(tr('en', 'mail.verification.page.expired-title')));
    }
    const service = await database.db
      .selectFrom('services')
      .select('last_verified')
      .where('id', '=', LEGAL)
      .executeTakeFirstOrThrow();
    assert.equal(service.last_verified, daysAgo(170));
    assert.equal((await database.db.selectFrom('service_reports').select('id').execute()).length, 0);
  });

  test('an altered or cut token gets a 404 page, never an error', async () => {
    await setService(LEGAL, { contact: 'listings@legal.example.org' });
    const { token } = await requestFor(LEGAL);
    const altered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const path of [`/v/${altered}`, `/v/${token.slice(0, 10)}`, '/v/%00%ff', `/v/${'x'.repeat(300)}`]) {
      const response = await app.app.request(path);
      assert.equal(response.status, 404, path);
      assert.ok((await response.text()).includes(tr('en', 'mail.verification.page.invalid-title')));
    }
    const forged = await post(`/v/${altered}/confirm`);
    assert.equal(forged.status, 404);
    const service = await database.db
      .selectFrom('services')
      .select('version')
      .where('id', '=', LEGAL)
      .executeTakeFirstOrThrow();
    assert.equal(service.version, 1, 'nothing changed');
  });

  test('a correction becomes a provider report for editors; an empty one comes back with the link still good', async () => {
    await setService(LEGAL, { contact: 'listings@legal.example.org' });
    const { row, token } = await requestFor(LEGAL);
    const empty = await post(`/v/${token}/correct`, { phone: '  ' });
    assert.equal(empty.status, 400);
    assert.ok((await empty.text()).includes(tr('en', 'mail.verification.page.correct-empty')));
    const long = await post(`/v/${token}/correct`, { note: 'x'.repeat(1001) });
    assert.equal(long.status, 400);
    const longHtml = await long.text();
    assert.ok(longHtml.includes(tr('en', 'mail.verification.page.too-long')));
    assert.ok(longHtml.includes('x'.repeat(1001)), 'what was typed is kept');

    const sent = await post(`/v/${token}/correct?lang=es`, {
      phone: '212-555-0199',
      hours: 'Lunes a viernes, 9 a 5',
      note: 'Call Maria first',
    });
    assert.equal(sent.status, 200);
    assert.ok((await sent.text()).includes(tr('es', 'mail.verification.page.corrected')));
    const reports = await database.db.selectFrom('service_reports').selectAll().execute();
    assert.equal(reports.length, 1);
    const [report] = reports;
    assert.equal(report!.service_id, LEGAL);
    assert.equal(report!.source, 'provider');
    assert.equal(report!.kind, 'provider-correction');
    assert.equal(report!.status, 'open');
    assert.equal(report!.locale, 'es');
    assert.deepEqual(report!.proposed, { phone: '212-555-0199', hours: 'Lunes a viernes, 9 a 5' });
    assert.ok(!report!.note!.includes('Maria'), 'the note is stored encrypted');
    assert.equal(crypto.decrypt(report!.note), 'Call Maria first');
    const used = await database.db
      .selectFrom('verification_requests')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.equal(used.outcome, 'corrected');
    const service = await database.db
      .selectFrom('services')
      .select(['version', 'last_verified'])
      .where('id', '=', LEGAL)
      .executeTakeFirstOrThrow();
    assert.equal(service.version, 1, 'the listing changes only when an editor saves');
    assert.equal((await post(`/v/${token}/correct`, { phone: '1' })).status, 410);
  });

  test('staff mark a listing verified under If-Match', async () => {
    await setService(DIRECTORY, { last_verified: daysAgo(400) });
    const path = `/v1/staff/directory/services/${DIRECTORY}/verify`;
    const missing = await app.post(path, {}, editor.write);
    assert.equal(missing.status, 428);
    const stale = await app.post(path, {}, { ...editor.write, 'If-Match': '"7"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.current_version, 1);
    const done = await app.post(path, {}, { ...editor.write, 'If-Match': '"1"' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.headers.get('ETag'), '"2"');
    assert.deepEqual(done.body.verification, {
      verified: officeToday(),
      due: today(new Date(Date.now() + 365 * DAY), 'America/New_York'),
      overdue: false,
    });
    const history = await database.db.selectFrom('directory_changes').selectAll().executeTakeFirstOrThrow();
    assert.equal(history.kind, 'verify');
    assert.deepEqual(history.fields, [{ field: 'last_verified', before: daysAgo(400), after: officeToday() }]);
    const again = await app.post(path, {}, { ...editor.write, 'If-Match': '"1"' });
    assert.equal(again.status, 412, 'the old version is stale now');
    assert.equal(again.body.changed_by, 'Eve Editor');
    assert.equal(
      (
        await app.post(
          `/v1/staff/directory/services/${ENGLISH.slice(0, -1)}0/verify`,
          {},
          { ...editor.write, 'If-Match': '"1"' },
        )
      ).status,
      404,
    );
  });
});
