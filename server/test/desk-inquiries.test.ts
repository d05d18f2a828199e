import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { createInquiry, type NewInquiry } from '../src/inquiries/store.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { createStaffToken } from '../src/staff/tokens.js';
import { seededTestApp, testApp } from './helpers/app.js';
import { fakeSessionApp, insertAccount, sessionIdentity } from './helpers/desk.js';

const fieldCrypto = FieldCrypto.ephemeral();
const DAY = 86_400_000;

let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let writeToken: string;
let readToken: string;
let ana: string;
let ben: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function inquiry(fields: Partial<NewInquiry> = {}) {
  const { row } = await createInquiry(database.db, fieldCrypto, {
    kind: 'inquiry',
    channel: 'web',
    topic: 'housing',
    preferred_language: 'es',
    contact_method: 'email',
    consent: true,
    name: 'Rosa Díaz',
    email: 'rosa@example.org',
    message: 'Mi casero no arregla la calefacción',
    ...fields,
  });
  return row;
}

const audit = () => database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

describe(`the desk's inquiries (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ crypto: fieldCrypto, responseDays: 2 });
    database = app.database;
  });
  beforeEach(async () => {
    await sql`TRUNCATE inquiries, staff_tokens, staff_accounts, audit_log CASCADE`.execute(database.db);
    await database.db.updateTable('referral_destinations').set({ active: true }).where('code', '=', 'idnyc').execute();
    writeToken = (await createStaffToken(database.db, 'desk', 'write')).token;
    readToken = (await createStaffToken(database.db, 'analyst', 'read')).token;
    ana = await insertAccount(database, { name: 'Ana Ruiz' });
    ben = await insertAccount(database, { name: 'Ben Osei' });
  });
  after(() => database.close());

  describe('the queue', () => {
    test('rows show the name only, with assignee, referral code, due time, overdue flag and version', async () => {
      const row = await inquiry({ assigned_to: ana, referral_code: 'actionnyc', status: 'referred' });
      const response = await app.get('/v1/staff/inquiries', bearer(readToken));
      assert.equal(response.status, 200, response.text);
      const [item] = response.body.items;
      assert.equal(item.id, row.id);
      assert.equal(item.name, 'Rosa Díaz');
      assert.equal(item.email, null, 'no contact detail in the queue');
      assert.equal(item.message, null, 'no message in the queue');
      assert.deepEqual(item.assigned_to, { id: ana, name: 'Ana Ruiz' });
      assert.equal(item.referral_code, 'actionnyc');
      assert.equal(item.version, 1);
      assert.equal(item.updated_by, null);
      assert.equal(item.overdue, false);
      assert.ok(Date.parse(item.due_at) > Date.parse(item.received_at));
      // One audit row for the list: a view of names, no record.
      const rows = await audit();
      assert.equal(rows.length, 1);
      assert.deepEqual(
        {
          action: rows[0]!.action,
          record_type: rows[0]!.record_type,
          record_id: rows[0]!.record_id,
          fields: rows[0]!.fields,
          actor: rows[0]!.actor,
        },
        { action: 'view', record_type: 'inquiry', record_id: null, fields: ['name'], actor: 'analyst' },
      );
    });

    test('newest or oldest first', async () => {
      const now = Date.now();
      const refs = [];
      for (const days of [3, 1, 2]) refs.push((await inquiry({ received_at: new Date(now - days * DAY) })).reference);
      const order = async (query: string) =>
        (await app.get(`/v1/staff/inquiries${query}`, bearer(readToken))).body.items.map(
          (i: { reference: string }) => i.reference,
        );
      assert.deepEqual(await order(''), [refs[1], refs[2], refs[0]]);
      assert.deepEqual(await order('?sort=newest'), [refs[1], refs[2], refs[0]]);
      assert.deepEqual(await order('?sort=oldest'), [refs[0], refs[2], refs[1]]);
      assert.equal((await app.get('/v1/staff/inquiries?sort=random', bearer(readToken))).status, 400);
    });

    test('overdue: open and older than the response time in business days; the count ignores other filters but kind', async () => {
      const now = Date.now();
      const late = await inquiry({ received_at: new Date(now - 10 * DAY), channel: 'hotline' });
      const lateInProgress = await inquiry({ received_at: new Date(now - 9 * DAY), status: 'in-progress' });
      await inquiry({ received_at: new Date(now - 10 * DAY), status: 'resolved' });
      await inquiry({ received_at: new Date(now - 10 * DAY), status: 'referred', referral_code: 'idnyc' });
      await inquiry({ received_at: new Date(now - 3600_000) });
      const lateVolunteer = await inquiry({
        kind: 'volunteer',
        topic: 'volunteer',
        received_at: new Date(now - 12 * DAY),
      });

      const overdue = await app.get('/v1/staff/inquiries?overdue=true', bearer(readToken));
      assert.equal(overdue.status, 200, overdue.text);
      assert.deepEqual(
        overdue.body.items.map((i: { id: string }) => i.id).sort(),
        [late.id, lateInProgress.id, lateVolunteer.id].sort(),
      );
      assert.ok(overdue.body.items.every((i: { overdue: boolean }) => i.overdue));
      assert.equal(overdue.body.overdue_count, 3);

      const notOverdue = await app.get('/v1/staff/inquiries?overdue=false', bearer(readToken));
      assert.equal(notOverdue.body.total, 3);
      assert.ok(notOverdue.body.items.every((i: { overdue: boolean }) => !i.overdue));

      // The count stays whatever the other filters show…
      const hotline = await app.get('/v1/staff/inquiries?channel=hotline&status=new', bearer(readToken));
      assert.equal(hotline.body.total, 1);
      assert.equal(hotline.body.overdue_count, 3);
      // …but follows the kind.
      const inquiries = await app.get('/v1/staff/inquiries?kind=inquiry', bearer(readToken));
      assert.equal(inquiries.body.overdue_count, 2);
      const volunteers = await app.get('/v1/staff/inquiries?kind=volunteer', bearer(readToken));
      assert.equal(volunteers.body.overdue_count, 1);
    });

    test('the response time is business days: a longer one makes fewer overdue', async () => {
      await inquiry({ received_at: new Date(Date.now() - 6 * DAY) });
      const hasty = await app.get('/v1/staff/inquiries', bearer(readToken));
      assert.equal(hasty.body.overdue_count, 1);
      const patient = testApp(database, { crypto: fieldCrypto, responseDays: 10 });
      const list = await patient.get('/v1/staff/inquiries', bearer(readToken));
      assert.equal(list.body.overdue_count, 0);
      assert.equal(list.body.items[0].overdue, false);
      assert.ok(Date.parse(list.body.items[0].due_at) >= Date.parse(hasty.body.items[0].due_at) + 10 * DAY - 3600_000);
    });

    test('assigned=none, an account id, and me (a session only)', async () => {
      const mine = await inquiry({ assigned_to: ana });
      const bens = await inquiry({ assigned_to: ben });
      const nobodys = await inquiry();
      const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((i) => i.id);
      assert.deepEqual(ids(await app.get('/v1/staff/inquiries?assigned=none', bearer(readToken))), [nobodys.id]);
      assert.deepEqual(ids(await app.get(`/v1/staff/inquiries?assigned=${ben}`, bearer(readToken))), [bens.id]);
      const tokenMe = await app.get('/v1/staff/inquiries?assigned=me', bearer(readToken));
      assert.equal(tokenMe.status, 400);
      assert.equal(tokenMe.body.errors[0].path, 'assigned');
      assert.equal((await app.get('/v1/staff/inquiries?assigned=someone', bearer(readToken))).status, 400);
      const session = fakeSessionApp(database, fieldCrypto, sessionIdentity(ana, 'Ana Ruiz'));
      assert.deepEqual(ids(await session.get('/v1/staff/inquiries?assigned=me')), [mine.id]);
    });
  });

  describe('one inquiry', () => {
    test('decrypted, with notes, replies and an ETag; audited as a view of the fields shown', async () => {
      const row = await inquiry();
      await app.post(`/v1/staff/inquiries/${row.id}/notes`, { body: 'Called back, no answer' }, bearer(writeToken));
      const response = await app.get(`/v1/staff/inquiries/${row.id}`, bearer(readToken));
      assert.equal(response.status, 200, response.text);
      assert.equal(response.headers.get('ETag'), '"v1"');
      assert.equal(response.body.email, 'rosa@example.org');
      assert.equal(response.body.message, 'Mi casero no arregla la calefacción');
      assert.equal(response.body.notes.length, 1);
      assert.equal(response.body.notes[0].body, 'Called back, no answer');
      assert.equal(response.body.notes[0].author, 'desk');
      assert.deepEqual(response.body.replies, []);
      const views = (await audit()).filter((a) => a.action === 'view');
      assert.equal(views.length, 1);
      assert.equal(views[0]!.record_id, row.id);
      assert.deepEqual(views[0]!.fields, ['name', 'email', 'message', 'notes']);
      assert.equal(views[0]!.actor, 'analyst');
      // By reference: the same, audited again.
      const byReference = await app.get(`/v1/staff/inquiries/by-reference/${row.reference}`, bearer(readToken));
      assert.equal(byReference.headers.get('ETag'), '"v1"');
      assert.equal((await audit()).filter((a) => a.action === 'view').length, 2);
      // The audit log holds no values.
      assert.doesNotMatch(JSON.stringify(await audit()), /Rosa|rosa@|casero|Called back/);
    });
  });

  describe('changes', () => {
    test('every change bumps the version, names who made it and answers the new ETag', async () => {
      const row = await inquiry();
      const path = `/v1/staff/inquiries/${row.id}`;
      const first = await app.patch(path, { status: 'in-progress' }, bearer(writeToken));
      assert.equal(first.status, 200, first.text);
      assert.equal(first.body.version, 2);
      assert.equal(first.body.updated_by, 'desk');
      assert.equal(first.headers.get('ETag'), '"v2"');
      const second = await app.patch(path, { topic: 'work' }, { ...bearer(writeToken), 'If-Match': '"v2"' });
      assert.equal(second.status, 200, second.text);
      assert.equal(second.body.topic, 'work');
      assert.equal(second.headers.get('ETag'), '"v3"');
      const changes = (await audit()).filter((a) => a.action === 'change');
      assert.deepEqual(
        changes.map((a) => [a.record_id, a.fields]),
        [
          [row.id, ['status']],
          [row.id, ['topic']],
        ],
      );
    });

    test('a stale If-Match is refused with who changed it, when, and the current version', async () => {
      const row = await inquiry();
      const path = `/v1/staff/inquiries/${row.id}`;
      const benSession = fakeSessionApp(database, fieldCrypto, sessionIdentity(ben, 'Ben Osei'));
      const anaSession = fakeSessionApp(database, fieldCrypto, sessionIdentity(ana, 'Ana Ruiz'));
      const read = await anaSession.get(path);
      const etag = read.headers.get('ETag')!;
      assert.equal(etag, '"v1"');
      const bens = await benSession.patch(path, { status: 'in-progress' }, { 'If-Match': etag });
      assert.equal(bens.status, 200, bens.text);
      const anas = await anaSession.patch(path, { status: 'resolved' }, { 'If-Match': etag });
      assert.equal(anas.status, 412, anas.text);
      assert.equal(anas.headers.get('Content-Type'), 'application/problem+json');
      assert.match(anas.body.type, /\/stale$/);
      assert.equal(anas.body.changed_by, 'Ben Osei');
      assert.equal(anas.body.current_version, 2);
      assert.equal(anas.body.changed_at, bens.body.updated_at);
      const stored = await database.db.selectFrom('inquiries').selectAll().where('id', '=', row.id).executeTakeFirst();
      assert.equal(stored!.status, 'in-progress', "Ben's change stands");
      // A token's stale If-Match is refused the same way; a tag that is no version never matches.
      assert.equal(
        (await app.patch(path, { status: 'closed' }, { ...bearer(writeToken), 'If-Match': '"v1"' })).status,
        412,
      );
      assert.equal(
        (await app.patch(path, { status: 'closed' }, { ...bearer(writeToken), 'If-Match': '"abc"' })).status,
        412,
      );
      const listed = await app.patch(path, { status: 'closed' }, { ...bearer(writeToken), 'If-Match': '"v1", "v2"' });
      assert.equal(listed.status, 200, 'a list matches any of its tags');
    });

    test('a session must send If-Match (428); a token need not', async () => {
      const row = await inquiry();
      const path = `/v1/staff/inquiries/${row.id}`;
      const session = fakeSessionApp(database, fieldCrypto, sessionIdentity(ana, 'Ana Ruiz'));
      const refused = await session.patch(path, { status: 'in-progress' });
      assert.equal(refused.status, 428);
      assert.match(refused.body.type, /\/precondition-required$/);
      assert.equal((await database.db.selectFrom('inquiries').select('version').executeTakeFirst())!.version, 1);
      const accepted = await session.patch(path, { status: 'in-progress' }, { 'If-Match': '"v1"' });
      assert.equal(accepted.status, 200);
      assert.equal(accepted.body.updated_by, 'Ana Ruiz');
      assert.equal((await app.patch(path, { status: 'new' }, bearer(writeToken))).status, 200);
    });

    test('referral_code must be an active destination; it replaces free text', async () => {
      const row = await inquiry({ referral: 'my cousin' });
      const path = `/v1/staff/inquiries/${row.id}`;
      for (const code of ['nowhere', 'idnyc']) {
        if (code === 'idnyc') {
          await database.db
            .updateTable('referral_destinations')
            .set({ active: false })
            .where('code', '=', code)
            .execute();
        }
        const refused = await app.patch(path, { status: 'referred', referral_code: code }, bearer(writeToken));
        assert.equal(refused.status, 400, code);
        assert.equal(refused.body.errors[0].path, 'referral_code');
      }
      const malformed = await app.patch(path, { referral_code: 'Action NYC' }, bearer(writeToken));
      assert.equal(malformed.body.errors[0].path, 'referral_code');
      const referred = await app.patch(path, { status: 'referred', referral_code: 'actionnyc' }, bearer(writeToken));
      assert.equal(referred.status, 200, referred.text);
      assert.equal(referred.body.referral_code, 'actionnyc');
      assert.equal(referred.body.referral, null);
      const cleared = await app.patch(path, { status: 'in-progress', referral_code: null }, bearer(writeToken));
      assert.equal(cleared.body.referral_code, null);
    });

    test('free text from a token is mapped to a destination as statistics map it; a session must choose', async () => {
      const row = await inquiry();
      const path = `/v1/staff/inquiries/${row.id}`;
      const named = await app.patch(path, { status: 'referred', referral: '  action   NYC ' }, bearer(writeToken));
      assert.equal(named.status, 200, named.text);
      assert.equal(named.body.referral_code, 'actionnyc');
      assert.equal(named.body.referral, 'action   NYC');
      const unknown = await app.patch(path, { referral: 'Jane at the church' }, bearer(writeToken));
      assert.equal(unknown.body.referral_code, 'other');
      const cleared = await app.patch(path, { status: 'in-progress', referral: null }, bearer(writeToken));
      assert.equal(cleared.body.referral_code, null);
      const session = fakeSessionApp(database, fieldCrypto, sessionIdentity(ana, 'Ana Ruiz'));
      const typed = await session.patch(path, { referral: 'ActionNYC' }, { 'If-Match': '"v4"' });
      assert.equal(typed.status, 400);
      assert.equal(typed.body.errors[0].path, 'referral');
    });

    test('assigned_to: an enabled desk account, or null', async () => {
      const organizer = await insertAccount(database, { name: 'Olu Events', roles: ['organizer'] });
      const gone = await insertAccount(database, { name: 'Gone Away', disabled: true });
      const row = await inquiry();
      const path = `/v1/staff/inquiries/${row.id}`;
      for (const id of [organizer, gone, '00000000-0000-4000-8000-000000000000']) {
        const refused = await app.patch(path, { assigned_to: id }, bearer(writeToken));
        assert.equal(refused.status, 400, id);
        assert.equal(refused.body.errors[0].path, 'assigned_to');
      }
      const assigned = await app.patch(path, { assigned_to: ben }, bearer(writeToken));
      assert.deepEqual(assigned.body.assigned_to, { id: ben, name: 'Ben Osei' });
      const unassigned = await app.patch(path, { assigned_to: null }, bearer(writeToken));
      assert.equal(unassigned.body.assigned_to, null);
      assert.equal(unassigned.body.version, 3, 'refused changes did not count');
    });

    test('a volunteer keeps its topic; an unknown topic is 400', async () => {
      const volunteer = await inquiry({ kind: 'volunteer', topic: 'volunteer' });
      const refused = await app.patch(`/v1/staff/inquiries/${volunteer.id}`, { topic: 'housing' }, bearer(writeToken));
      assert.equal(refused.status, 400);
      assert.equal(refused.body.errors[0].path, 'topic');
      const other = await inquiry();
      const unknown = await app.patch(`/v1/staff/inquiries/${other.id}`, { topic: 'astrology' }, bearer(writeToken));
      assert.equal(unknown.body.errors[0].path, 'topic');
    });
  });

  describe('notes', () => {
    test('encrypted at rest, audited, listed oldest first; the version is not bumped', async () => {
      const row = await inquiry();
      const path = `/v1/staff/inquiries/${row.id}/notes`;
      const first = await app.post(path, { body: 'Left a voicemail in Spanish' }, bearer(writeToken));
      assert.equal(first.status, 201, first.text);
      assert.equal(first.body.author, 'desk');
      assert.equal(first.body.body, 'Left a voicemail in Spanish');
      const session = fakeSessionApp(database, fieldCrypto, sessionIdentity(ana, 'Ana Ruiz'));
      const second = await session.post(path, { body: 'She called back: needs a lawyer' });
      assert.equal(second.body.author, 'Ana Ruiz');
      const stored = await database.db.selectFrom('inquiry_notes').selectAll().execute();
      assert.equal(stored.length, 2);
      for (const note of stored) assert.match(note.body_enc!, /^v1\./);
      assert.doesNotMatch(JSON.stringify(stored), /voicemail|lawyer/);
      const detail = await app.get(`/v1/staff/inquiries/${row.id}`, bearer(readToken));
      assert.deepEqual(
        detail.body.notes.map((n: { body: string }) => n.body),
        ['Left a voicemail in Spanish', 'She called back: needs a lawyer'],
      );
      assert.equal(detail.body.version, 1);
      const notes = (await audit()).filter((a) => a.action === 'note');
      assert.deepEqual(
        notes.map((a) => [a.actor, a.record_id]),
        [
          ['desk', row.id],
          ['Ana Ruiz', row.id],
        ],
      );
    });

    test('empty, too long, unknown inquiry, read token', async () => {
      const row = await inquiry();
      const path = `/v1/staff/inquiries/${row.id}/notes`;
      assert.equal((await app.post(path, { body: '   ' }, bearer(writeToken))).status, 400);
      assert.equal((await app.post(path, { body: 'x'.repeat(4001) }, bearer(writeToken))).status, 400);
      assert.equal((await app.post(path, { body: 'x'.repeat(4000) }, bearer(writeToken))).status, 201);
      const missing = '/v1/staff/inquiries/00000000-0000-4000-8000-000000000000/notes';
      assert.equal((await app.post(missing, { body: 'hello' }, bearer(writeToken))).status, 404);
      assert.equal((await app.post(path, { body: 'hello' }, bearer(readToken))).status, 403);
    });
  });

  describe('the call log', () => {
    test('a walk-in resolved on the spot, referred to a destination; no personal data needed', async () => {
      const response = await app.post(
        '/v1/staff/inquiries',
        {
          channel: 'walk-in',
          topic: 'municipal-id',
          preferred_language: 'bn',
          status: 'resolved',
          referral_code: 'idnyc',
        },
        bearer(writeToken),
      );
      assert.equal(response.status, 201, response.text);
      assert.equal(response.body.channel, 'walk-in');
      assert.equal(response.body.referral_code, 'idnyc');
      assert.ok(response.body.resolved_at);
      assert.equal(response.body.version, 1);
      const created = (await audit()).filter((a) => a.action === 'create');
      assert.equal(created.length, 1);
      assert.equal(created[0]!.record_id, response.body.id);
      const listed = await app.get('/v1/staff/inquiries?channel=walk-in', bearer(readToken));
      assert.equal(listed.body.total, 1);
    });

    test('a follow-up assigned to the caller, logged by the account name; free text only from tokens', async () => {
      const session = fakeSessionApp(database, fieldCrypto, sessionIdentity(ana, 'Ana Ruiz'));
      const followUp = await session.post('/v1/staff/inquiries', {
        channel: 'hotline',
        topic: 'immigration-legal',
        preferred_language: 'ht',
        assigned_to: ana,
      });
      assert.equal(followUp.status, 201, followUp.text);
      assert.equal(followUp.body.status, 'new');
      assert.equal(followUp.body.logged_by, 'Ana Ruiz');
      assert.deepEqual(followUp.body.assigned_to, { id: ana, name: 'Ana Ruiz' });
      const typed = await session.post('/v1/staff/inquiries', {
        channel: 'hotline',
        topic: 'housing',
        preferred_language: 'ht',
        referral: 'Legal Aid',
      });
      assert.equal(typed.status, 400);
      assert.equal(typed.body.errors[0].path, 'referral');
      const byToken = await app.post(
        '/v1/staff/inquiries',
        { channel: 'hotline', topic: 'housing', preferred_language: 'ht', status: 'referred', referral: 'legal aid' },
        bearer(writeToken),
      );
      assert.equal(byToken.status, 201, byToken.text);
      assert.equal(byToken.body.referral_code, 'legal-services');
      for (const [body, field] of [
        [{ referral_code: 'nowhere' }, 'referral_code'],
        [{ assigned_to: '00000000-0000-4000-8000-000000000000' }, 'assigned_to'],
        [{ channel: 'fax' }, 'channel'],
      ] as const) {
        const refused = await app.post(
          '/v1/staff/inquiries',
          { channel: 'hotline', topic: 'housing', preferred_language: 'ht', ...body },
          bearer(writeToken),
        );
        assert.equal(refused.status, 400, field);
        assert.equal(refused.body.errors[0].path, field);
      }
    });
  });

  test('the CSV export is audited as an export, and carries the referral code', async () => {
    await inquiry({ status: 'referred', referral_code: 'actionnyc' });
    const response = await app.app.request('/v1/staff/inquiries.csv', { headers: bearer(readToken) });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /,actionnyc,/);
    const exports = (await audit()).filter((a) => a.action === 'export');
    assert.equal(exports.length, 1);
    assert.equal(exports[0]!.record_id, null);
    assert.ok(exports[0]!.fields.includes('referral_code'));
  });
});
