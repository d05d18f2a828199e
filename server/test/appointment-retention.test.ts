import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { purgeAppointmentDetails } from '../src/appointments/retention.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { addAppointment, addAppointmentPlace } from './helpers/appointment-rows.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';

let database: OpenDatabase;
const crypto = FieldCrypto.fromKeyText('b'.repeat(43) + '=');
const DAY = 86_400_000;

describe(`appointments past retention (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
  });
  after(() => database.close());

  test("erases a past appointment's name, contact and notes, keeps the row to count; a recent one is kept", async () => {
    const place = await addAppointmentPlace(database.db);
    const now = new Date('2027-03-01T15:00:00Z');
    const old = await addAppointment(database.db, crypto, place, { start: new Date(now.getTime() - 40 * DAY) });
    const recent = await addAppointment(database.db, crypto, place, { start: new Date(now.getTime() - 5 * DAY) });
    await database.db
      .updateTable('appointments')
      .set({ notes: crypto.encrypt('Brought a passport') })
      .execute();
    await database.db
      .insertInto('appointment_waitlist')
      .values([
        {
          type_id: place.typeId,
          week_start: '2027-01-04',
          language: 'wo',
          name: crypto.encrypt('Awa'),
          contact_method: 'email',
          email: crypto.encrypt('awa@example.org'),
        },
        {
          type_id: place.typeId,
          week_start: '2027-02-22',
          language: 'wo',
          name: crypto.encrypt('Fatou'),
          contact_method: 'email',
          email: crypto.encrypt('fatou@example.org'),
        },
      ])
      .execute();

    assert.equal(await purgeAppointmentDetails(database.db, 30, now), 2, 'the old appointment and the old week');
    const rows = await database.db.selectFrom('appointments').selectAll().execute();
    const gone = rows.find((r) => r.id === old)!;
    assert.deepEqual([gone.name, gone.email, gone.phone, gone.notes], [null, null, null, null]);
    assert.ok(gone.purged_at);
    assert.equal(gone.status, 'booked', 'still counted');
    const kept = rows.find((r) => r.id === recent)!;
    assert.equal(crypto.decrypt(kept.name), 'Awa');
    assert.equal(crypto.decrypt(kept.notes), 'Brought a passport');
    const waiting = await database.db.selectFrom('appointment_waitlist').selectAll().orderBy('week_start').execute();
    assert.deepEqual(
      waiting.map((w) => [w.week_start, w.name === null]),
      [
        ['2027-01-04', true],
        ['2027-02-22', false],
      ],
    );
    assert.equal(await purgeAppointmentDetails(database.db, 30, now), 0, 'erased once');
  });
});
