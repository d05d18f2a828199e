import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { seedSampleData } from '../src/seed/sample.js';
import { seedSampleAppointments, DEMO_APPOINTMENT_LOCATION } from '../src/seed/sample-appointments.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';
import { testApp } from './helpers/app.js';

/** The library demo's appointments: two types, staff speaking es/zh/fr, Wolof and ASL on call, slots ahead. */
let database: OpenDatabase;
let app: ReturnType<typeof testApp>;

describe('the demo appointments', () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    await seedSampleData(database.db);
    app = testApp(database);
  });
  after(async () => {
    await database.close();
  });

  test('IDNYC enrollment and ActionNYC consultations at the library, in Wolof, with slots in the coming weeks', async () => {
    const list = await app.get(`/v1/appointment-types?location_id=${DEMO_APPOINTMENT_LOCATION}&lang=wo`);
    assert.equal(list.status, 200, list.text);
    const byCode = Object.fromEntries(list.body.items.map((t: { code: string }) => [t.code, t]));
    const idnyc = byCode['idnyc-enrollment'];
    const action = byCode['actionnyc-legal'];
    assert.equal(idnyc.title, 'Bind IDNYC');
    assert.equal(idnyc.review, 'draft');
    assert.match(idnyc.what_to_bring, /paaspoor/);
    assert.equal(idnyc.on_behalf_allowed, false);
    assert.equal(action.on_behalf_allowed, true);
    assert.deepEqual(idnyc.languages, ['en', 'es', 'fr', 'zh']);
    assert.deepEqual(idnyc.interpreter_languages, ['ase', 'wo']);
    for (const [type, interpreter] of [
      [idnyc, 'wo'],
      [idnyc, 'ase'],
      [action, 'wo'],
      [action, 'es'],
    ] as const) {
      const days = await app.get(`/v1/appointment-types/${type.id}/availability?days=14&interpreter=${interpreter}`);
      assert.equal(days.status, 200, days.text);
      const count = days.body.days.reduce((n: number, d: { slots: unknown[] }) => n + d.slots.length, 0);
      assert.ok(count > 10, `${type.code} with ${interpreter}: ${count} slots`);
    }
  });

  test('seeding again changes nothing', async () => {
    const count = async () =>
      (
        await database.db
          .selectFrom('availability_rules')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    await seedSampleAppointments(database.db);
    assert.equal(Number(await count()), before);
    assert.ok(before > 10);
  });
});
