import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { appliesOn, openAt, type ScheduleRule } from '../src/directory/schedule.js';
import { openTestDatabase } from './helpers/database.js';

const NY = 'America/New_York';
const rules: Record<string, ScheduleRule> = {
  weekdays: { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00', timezone: NY },
  evenings: { freq: 'WEEKLY', byday: 'TU,TH', opens_at: '18:00', closes_at: '20:00', timezone: NY },
  firstAndThirdThursday: { freq: 'MONTHLY', byday: '1TH,3TH', opens_at: '12:00', closes_at: '15:00', timezone: NY },
  lastFriday: { freq: 'MONTHLY', byday: '-1FR', opens_at: '10:00', closes_at: '12:00', timezone: NY },
  tokyo: { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', timezone: 'Asia/Tokyo' },
};

// Instants around New York's daylight-saving changes (8 March and 1 November 2026) and month ends.
const instants = [
  '2026-03-06T14:30:00Z', // Fri 09:30 EST
  '2026-03-09T13:30:00Z', // Mon 09:30 EDT (the first weekday after the change)
  '2026-03-09T13:59:00Z',
  '2026-03-09T21:00:00Z', // Mon 17:00 EDT: closed (closing time is exclusive)
  '2026-11-02T14:30:00Z', // Mon 09:30 EST (after the change back)
  '2026-11-02T13:30:00Z', // Mon 08:30 EST: not yet
  '2026-11-05T17:00:00Z', // Thu 5 Nov 12:00 EST: first Thursday
  '2026-11-12T17:00:00Z', // Thu 12 Nov: second Thursday
  '2026-11-19T17:00:00Z', // Thu 19 Nov: third Thursday
  '2026-11-27T15:30:00Z', // Fri 27 Nov 10:30: last Friday of November
  '2026-11-20T15:30:00Z', // Fri 20 Nov: not the last
  '2026-11-10T23:30:00Z', // Tue 18:30 EST
  '2026-11-09T00:30:00Z', // Sun 8 Nov 19:30 in New York, Mon 09:30 in Tokyo
];

describe(`opening hours in each service's time zone (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: OpenDatabase;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('known answers across daylight-saving changes, monthly rules and time zones', () => {
    const open = (rule: string, at: string) => openAt(rules[rule]!, new Date(at));
    assert.equal(open('weekdays', '2026-03-06T14:30:00Z'), true);
    assert.equal(open('weekdays', '2026-03-09T13:30:00Z'), true, '09:30 EDT is 13:30 UTC');
    assert.equal(open('weekdays', '2026-03-09T21:00:00Z'), false, 'closes at 17:00');
    assert.equal(open('weekdays', '2026-11-02T14:30:00Z'), true, '09:30 EST is 14:30 UTC');
    assert.equal(open('weekdays', '2026-11-02T13:30:00Z'), false);
    assert.equal(open('firstAndThirdThursday', '2026-11-05T17:00:00Z'), true);
    assert.equal(open('firstAndThirdThursday', '2026-11-12T17:00:00Z'), false);
    assert.equal(open('firstAndThirdThursday', '2026-11-19T17:00:00Z'), true);
    assert.equal(open('lastFriday', '2026-11-27T15:30:00Z'), true);
    assert.equal(open('lastFriday', '2026-11-20T15:30:00Z'), false);
    assert.equal(open('tokyo', '2026-11-09T00:30:00Z'), true);
    assert.equal(appliesOn(rules.evenings!, new Date('2026-11-10T23:30:00Z')), true);
  });

  test('the database and the server agree on every rule and instant', async () => {
    for (const [name, rule] of Object.entries(rules)) {
      for (const at of instants) {
        const { rows } = await sql<{ open: boolean }>`SELECT ww_open_at(${rule.freq}, ${rule.byday}, ${rule.opens_at},
          ${rule.closes_at}, ${rule.timezone}, ${at}::timestamptz) AS open`.execute(database.db);
        assert.equal(rows[0]!.open, openAt(rule, new Date(at)), `${name} at ${at}`);
      }
    }
  });
});
