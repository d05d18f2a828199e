import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { FieldCrypto } from '../src/lib/field-crypto.js';
import { stableId } from '../src/seed/ids.js';
import { seededTestApp } from './helpers/app.js';
import { insertAppointment, insertStaff, insertType } from './helpers/booked-appointments.js';

const crypto = FieldCrypto.fromKeyText('f'.repeat(43) + '=');
const LIBRARY = stableId('location:t-library');
const FLUSHING = stableId('location:t-flushing');
const DAY = 86_400_000;

let database: OpenDatabase;
let get: Awaited<ReturnType<typeof seededTestApp>>['get'];

const figures = async (from: string, to: string, lang = 'en') => {
  const response = await get(`/v1/stats/inquiries?from=${from}&to=${to}&lang=${lang}`);
  assert.equal(response.status, 200, response.text);
  return response.body.appointments;
};

describe(`appointment figures (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    ({ database, get } = await seededTestApp());
    const db = database.db;
    await sql`TRUNCATE appointments, appointment_staff, appointment_types, inquiries CASCADE`.execute(db);
    const idnyc = await insertType(db, LIBRARY, 'idnyc', 'IDNYC enrollment');
    // The same type at a second place counts under the same code.
    const idnycQueens = await insertType(db, FLUSHING, 'idnyc', 'IDNYC enrollment (Queens)');
    const legal = await insertType(db, LIBRARY, 'legal', 'Legal consultation');
    await insertType(db, LIBRARY, 'asl-idnyc', 'IDNYC enrollment with ASL interpreter');
    await db
      .insertInto('translations')
      .values({
        entity: 'appointment_type',
        entity_id: idnyc,
        field: 'title',
        locale: 'es',
        value: 'Inscripción en IDNYC',
        method: 'human',
      })
      .execute();
    const rosa = await insertStaff(db, LIBRARY, 'Rosa');
    const queens = await insertStaff(db, FLUSHING, 'Queens');
    const book = (
      typeId: string,
      start: Date,
      language: string,
      daysAhead: number,
      status?: 'no_show' | 'cancelled' | 'held' | 'checked_in',
    ) =>
      insertAppointment(db, crypto, {
        typeId,
        locationId: typeId === idnycQueens ? FLUSHING : LIBRARY,
        staffId: typeId === idnycQueens ? queens : rosa,
        start,
        language,
        bookedAt: new Date(start.getTime() - daysAhead * DAY),
        ...(status ? { status } : {}),
      });
    // March 2030. IDNYC in Spanish: 13, booked 1 to 13 days ahead, two nobody came to; the last at 23:30 on the
    // 31st in New York, already April in UTC. One of them at the second place.
    for (let k = 1; k <= 12; k++) {
      await book(
        k === 5 ? idnycQueens : idnyc,
        new Date(Date.UTC(2030, 2, 10 + k, 14)),
        k === 2 ? 'es-US' : 'es',
        k,
        k <= 2 ? 'no_show' : k === 3 ? 'checked_in' : undefined,
      );
    }
    await book(idnyc, new Date('2030-03-31T23:30:00-04:00'), 'es', 13);
    // Legal consultations in Chinese: 6, ten days ahead, one not come.
    for (let k = 0; k < 6; k++)
      await book(legal, new Date(Date.UTC(2030, 2, 4 + k, 15)), 'zh', 10, k === 0 ? 'no_show' : undefined);
    // One person booked in Wolof, a month ahead.
    await book(idnyc, new Date(Date.UTC(2030, 2, 20, 16)), 'wo', 30);
    // Not bookings: cancelled and held.
    for (let k = 0; k < 3; k++) await book(idnyc, new Date(Date.UTC(2030, 2, 21, 14 + k)), 'es', 2, 'cancelled');
    for (let k = 0; k < 2; k++) await book(idnyc, new Date(Date.UTC(2030, 2, 22, 14 + k)), 'es', 0, 'held');
    // 23:30 on 28 February in New York (March in UTC): February.
    await book(idnyc, new Date('2030-02-28T23:30:00-05:00'), 'es', 4);
  });
  after(() => database.close());

  test('booked, no-shows and median days ahead by type: every type listed, small counts hidden in pairs', async () => {
    const march = await figures('2030-03', '2030-03');
    assert.deepEqual(march.by_type, [
      {
        type_code: 'asl-idnyc',
        title: 'IDNYC enrollment with ASL interpreter',
        booked: 0,
        no_shows: 0,
        median_days_ahead: null,
        suppressed: false,
      },
      // 14 → 15; 2 not come, hidden, and so is the 1 of the other type. Days ahead 1…13 and 30: median 7.5.
      {
        type_code: 'idnyc',
        title: 'IDNYC enrollment',
        booked: 15,
        no_shows: null,
        median_days_ahead: 7.5,
        suppressed: true,
      },
      {
        type_code: 'legal',
        title: 'Legal consultation',
        booked: 5,
        no_shows: null,
        median_days_ahead: 10,
        suppressed: true,
      },
    ]);
    const spanish = await figures('2030-03', '2030-03', 'es');
    assert.equal(spanish.by_type[1].title, 'Inscripción en IDNYC', "the type's title in the language asked for");
  });

  test('by language: a rare language under other, and the next smallest hidden with it', async () => {
    const march = await figures('2030-03', '2030-03');
    assert.deepEqual(march.by_language, [
      // 13 (es-US counts as es) → 15; days ahead 1…13: median 7.
      { language: 'es', booked: 15, no_shows: null, median_days_ahead: 7, suppressed: true },
      // 6 would give the Wolof booking away from the total: hidden, and its median with it.
      { language: 'zh', booked: null, no_shows: null, median_days_ahead: null, suppressed: true },
      { language: 'other', booked: null, no_shows: 0, median_days_ahead: null, suppressed: true },
    ]);
    assert.doesNotMatch(JSON.stringify(march), /"wo"/);
  });

  test("months in the office's zone; a window with nothing has no rows", async () => {
    const february = await figures('2030-02', '2030-02');
    assert.deepEqual(february.by_language, [
      // One Spanish booking: fewer than 5 in the window, so under other.
      { language: 'other', booked: null, no_shows: 0, median_days_ahead: null, suppressed: true },
    ]);
    assert.deepEqual(await figures('2030-04', '2030-04'), { by_type: [], by_language: [] });
  });

  test('two windows that differ by one booking do not reveal it', async () => {
    // February holds one Spanish booking: February–March and March alone differ by it.
    const [both, march] = [await figures('2030-02', '2030-03'), await figures('2030-03', '2030-03')];
    for (const group of ['by_type', 'by_language'] as const) {
      for (const [i, cell] of both[group].entries()) {
        const other = march[group][i];
        for (const measure of ['booked', 'no_shows'] as const) {
          if (cell[measure] === null || other[measure] === null) continue;
          assert.equal((cell[measure] - other[measure]) % 5, 0, `${group} ${measure}: a multiple of 5`);
        }
      }
    }
    assert.equal(both.by_type[1].booked, 15, '15 bookings round to 15, as 14 did');
  });
});
