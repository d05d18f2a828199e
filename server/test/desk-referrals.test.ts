import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { seedReferralNames } from '../src/seed/seed.js';
import { REFERRAL_ENTITY } from '../src/stats/published-values.js';
import { codeFromName } from '../src/staff/referral-destinations.js';
import { createStaffToken } from '../src/staff/tokens.js';
import { seededTestApp } from './helpers/app.js';
import { fakeSessionApp, insertAccount, sessionIdentity } from './helpers/desk.js';

const fieldCrypto = FieldCrypto.ephemeral();
let database: OpenDatabase;
let app: Awaited<ReturnType<typeof seededTestApp>>;
let original: { code: string; name: string; aliases: string[]; position: number }[];
let writeToken: string;
let admin: ReturnType<typeof fakeSessionApp>;
let desk: ReturnType<typeof fakeSessionApp>;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe(`referral destinations (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    app = await seededTestApp({ crypto: fieldCrypto });
    database = app.database;
    original = await database.db
      .selectFrom('referral_destinations')
      .select(['code', 'name', 'aliases', 'position'])
      .execute();
  });
  beforeEach(async () => {
    const db = database.db;
    await sql`TRUNCATE inquiries, staff_tokens, staff_accounts, audit_log CASCADE`.execute(db);
    await db
      .deleteFrom('referral_destinations')
      .where(
        'code',
        'not in',
        original.map((d) => d.code),
      )
      .execute();
    for (const { code, name, aliases, position } of original) {
      await db
        .updateTable('referral_destinations')
        .set({ name, aliases, position, active: true })
        .where('code', '=', code)
        .execute();
    }
    await db.deleteFrom('translations').where('entity', '=', REFERRAL_ENTITY).execute();
    await seedReferralNames(db);
    writeToken = (await createStaffToken(db, 'desk', 'write')).token;
    const adminId = await insertAccount(database, { name: 'Ada Admin', roles: ['admin'] });
    const deskId = await insertAccount(database, { name: 'Dev Desk', roles: ['desk'] });
    admin = fakeSessionApp(database, fieldCrypto, sessionIdentity(adminId, 'Ada Admin', ['admin']));
    desk = fakeSessionApp(database, fieldCrypto, sessionIdentity(deskId, 'Dev Desk', ['desk']));
  });
  after(() => database.close());

  test('any staff role lists them in order, with kind, topics, aliases and names in other languages', async () => {
    const response = await app.get('/v1/staff/referral-destinations', bearer(writeToken));
    assert.equal(response.status, 200, response.text);
    const items = response.body.items as {
      code: string;
      kind: string;
      active: boolean;
      names: Record<string, string>;
    }[];
    assert.equal(items.length, original.length);
    const legal = items.find((d) => d.code === 'legal-services')!;
    assert.equal(legal.kind, 'partner');
    assert.equal(legal.names.ht, 'Founisè sèvis legal');
    assert.ok(items.every((d) => d.active));
    assert.equal((await admin.get('/v1/staff/referral-destinations')).status, 200);
  });

  test('only an admin adds one: at the end, its code made from the name', async () => {
    const body = { name: 'Make the Road New York', kind: 'partner', topics: ['work', 'immigration-legal'] };
    assert.equal((await app.post('/v1/staff/referral-destinations', body, bearer(writeToken))).status, 403);
    const refused = await desk.post('/v1/staff/referral-destinations', body);
    assert.equal(refused.status, 403);
    assert.match(refused.body.type, /\/forbidden$/);
    const created = await admin.post('/v1/staff/referral-destinations', {
      ...body,
      aliases: ['  MRNY ', 'Make  the Road'],
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.code, 'make-the-road-new-york');
    assert.deepEqual(created.body.aliases, ['mrny', 'make the road']);
    assert.equal(created.body.position, Math.max(...original.map((d) => d.position)) + 1);
    assert.equal(created.body.active, true);
    // The same name again gets a numbered code; a code given that is taken is refused.
    const again = await admin.post('/v1/staff/referral-destinations', body);
    assert.equal(again.body.code, 'make-the-road-new-york-2');
    const taken = await admin.post('/v1/staff/referral-destinations', { ...body, code: 'actionnyc' });
    assert.equal(taken.status, 409);
    for (const [bad, field] of [
      [{ ...body, kind: 'church' }, 'kind'],
      [{ ...body, topics: ['astrology'] }, 'topics'],
      [{ ...body, name: ' ' }, 'name'],
      [{ ...body, code: 'Has Spaces' }, 'code'],
    ] as const) {
      const response = await admin.post('/v1/staff/referral-destinations', bad);
      assert.equal(response.status, 400, field);
      assert.equal(response.body.errors[0].path.split('.')[0], field);
    }
  });

  test('a new destination counts at once; the dashboard shows its English name as a fallback until it has others', async () => {
    const created = await admin.post('/v1/staff/referral-destinations', {
      name: 'Catholic Charities',
      kind: 'partner',
      topics: ['immigration-legal'],
      aliases: ['ccny'],
    });
    const code = created.body.code;
    const stats = async (lang: string) =>
      (await app.get(`/v1/stats/inquiries?group_by=referral&lang=${lang}`)).body as {
        referral_names: Record<string, string>;
        referral_names_fallback: string[];
      };
    const spanish = await stats('es');
    assert.equal(spanish.referral_names[code], 'Catholic Charities');
    assert.ok(spanish.referral_names_fallback.includes(code));
    assert.ok(!spanish.referral_names_fallback.includes('legal-services'), 'seeded drafts are not fallbacks');

    const named = await admin.patch(`/v1/staff/referral-destinations/${code}`, {
      names: { es: 'Caridades Católicas', ht: 'Charite Katolik' },
    });
    assert.equal(named.status, 200, named.text);
    assert.deepEqual(named.body.names, { es: 'Caridades Católicas', ht: 'Charite Katolik' });
    const after = await stats('es');
    assert.equal(after.referral_names[code], 'Caridades Católicas');
    assert.ok(!after.referral_names_fallback.includes(code));

    // Its alias maps a token's free text to it.
    const { body: inquiry } = await app.post(
      '/v1/staff/inquiries',
      { channel: 'hotline', topic: 'housing', preferred_language: 'es', status: 'referred', referral: 'CCNY' },
      bearer(writeToken),
    );
    assert.equal(inquiry.referral_code, code);
  });

  test('renaming drops the machine drafts of the old name but keeps names a person gave', async () => {
    await admin.patch('/v1/staff/referral-destinations/legal-services', { names: { es: 'Abogados' } });
    const renamed = await admin.patch('/v1/staff/referral-destinations/legal-services', {
      name: 'Legal aid partner',
    });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.name, 'Legal aid partner');
    assert.deepEqual(renamed.body.names, { es: 'Abogados' });
    // Starting again does not bring the old drafts back.
    await seedReferralNames(database.db);
    const listed = await app.get('/v1/staff/referral-destinations', bearer(writeToken));
    const legal = listed.body.items.find((d: { code: string }) => d.code === 'legal-services');
    assert.deepEqual(legal.names, { es: 'Abogados' });
    // An empty name removes one.
    const removed = await admin.patch('/v1/staff/referral-destinations/legal-services', { names: { es: '' } });
    assert.deepEqual(removed.body.names, {});
  });

  test('a retired destination is listed but may not be chosen; past referrals keep it', async () => {
    const { body: before } = await app.post(
      '/v1/staff/inquiries',
      { channel: 'hotline', topic: 'work', preferred_language: 'es', status: 'referred', referral_code: 'city-agency' },
      bearer(writeToken),
    );
    const retired = await admin.patch('/v1/staff/referral-destinations/city-agency', { active: false, position: 99 });
    assert.equal(retired.status, 200, retired.text);
    assert.equal(retired.body.active, false);
    assert.equal(retired.body.position, 99);
    const refused = await app.post(
      '/v1/staff/inquiries',
      { channel: 'hotline', topic: 'work', preferred_language: 'es', status: 'referred', referral_code: 'city-agency' },
      bearer(writeToken),
    );
    assert.equal(refused.status, 400);
    assert.equal(refused.body.errors[0].path, 'referral_code');
    const kept = await app.get(`/v1/staff/inquiries/${before.id}`, bearer(writeToken));
    assert.equal(kept.body.referral_code, 'city-agency');
    assert.equal((await admin.patch('/v1/staff/referral-destinations/nowhere', { active: false })).status, 404);
    assert.equal((await admin.patch('/v1/staff/referral-destinations/311', {})).status, 400);
  });

  test('codes made from names', () => {
    assert.equal(codeFromName('Legal Aid Society'), 'legal-aid-society');
    assert.equal(codeFromName('  Médicos — del Barrio! '), 'medicos-del-barrio');
    assert.equal(codeFromName('法律援助'), 'destination');
    assert.ok(codeFromName('x'.repeat(80)).length <= 40);
  });
});
