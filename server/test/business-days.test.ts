import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql, type RawBuilder } from 'kysely';
import { addBusinessDays, businessDaysBefore } from '../src/lib/business-days.js';
import { businessDaysBetween } from '../src/stats/business-days.js';
import { openTestDatabase } from './helpers/database.js';

const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('business days (Mon–Fri in the office zone)', () => {
  test('a weekday inquiry is due by the end of the N-th weekday after its day, skipping the weekend', () => {
    // Wednesday 10:00 New York (EST, -5) + 2 → the end of Friday (Saturday 00:00 EST).
    assert.equal(addBusinessDays(at('2026-01-14T15:00:00Z'), 2, NY).toISOString(), '2026-01-17T05:00:00.000Z');
    // Friday 16:00 + 2 → the end of Tuesday.
    assert.equal(addBusinessDays(at('2026-01-16T21:00:00Z'), 2, NY).toISOString(), '2026-01-21T05:00:00.000Z');
  });

  test('a weekend inquiry counts from Monday', () => {
    // Saturday 10:00 + 2 → Wednesday 00:00 (end of Tuesday).
    assert.equal(addBusinessDays(at('2026-01-17T15:00:00Z'), 2, NY).toISOString(), '2026-01-21T05:00:00.000Z');
  });

  test('the zone decides the weekday: Friday 22:00 in New York is Saturday in UTC', () => {
    // Friday 22:00 EST = Saturday 03:00 UTC; + 1 → the end of Monday in New York.
    assert.equal(addBusinessDays(at('2026-01-17T03:00:00Z'), 1, NY).toISOString(), '2026-01-20T05:00:00.000Z');
    // In UTC the same instant is Saturday: due at the end of Monday.
    assert.equal(addBusinessDays(at('2026-01-17T03:00:00Z'), 1, 'UTC').toISOString(), '2026-01-20T00:00:00.000Z');
  });

  test('across the change to daylight time the day still ends at midnight', () => {
    // Friday 2026-03-06 09:00 EST (-5) + 2 → the end of Tuesday 2026-03-10, midnight EDT (-4).
    assert.equal(addBusinessDays(at('2026-03-06T14:00:00Z'), 2, NY).toISOString(), '2026-03-11T04:00:00.000Z');
  });

  test('the cutoff: received before it, more than N business days have passed', () => {
    // Now Tuesday 2026-01-20 12:00 EST: Friday's inquiries are due tonight, Thursday's were due last night.
    const now = at('2026-01-20T17:00:00Z');
    assert.equal(businessDaysBefore(now, 2, NY).toISOString(), '2026-01-16T05:00:00.000Z');
    // Now Saturday: Wednesday's were due by Friday's end; Thursday's are due Monday.
    assert.equal(businessDaysBefore(at('2026-01-24T15:00:00Z'), 2, NY).toISOString(), '2026-01-22T05:00:00.000Z');
  });

  test('the cutoff and the due time agree, for every hour over four weeks', () => {
    const start = Date.parse('2026-02-23T00:00:00Z');
    for (let h = 0; h < 28 * 24; h += 1) {
      const now = new Date(start + h * 3600_000);
      const cutoff = businessDaysBefore(now, 2, NY);
      for (const offset of [-3600_000, -1, 0, 1, 3600_000]) {
        const received = new Date(cutoff.getTime() + offset);
        const overdueByCutoff = received < cutoff;
        const overdueByDue = now >= addBusinessDays(received, 2, NY);
        assert.equal(overdueByCutoff, overdueByDue, `now ${now.toISOString()} received ${received.toISOString()}`);
      }
    }
  });
});

describe('the dashboard counts the same rule in SQL', () => {
  test('resolved within N business days in SQL exactly when before the due time, for every weekday pair over five weeks', async () => {
    const database = await openTestDatabase();
    try {
      const start = Date.parse('2026-02-23T15:00:00Z');
      const days = Array.from({ length: 35 }, (_, i) => new Date(start + i * 86_400_000));
      const weekdays = days.filter((d) => ![0, 6].includes(new Date(d.getTime() - 5 * 3600_000).getUTCDay()));
      const pairs = weekdays.flatMap((received) => weekdays.filter((r) => r >= received).map((r) => [received, r]));
      const localDay = (column: RawBuilder<unknown>) => sql`(${column} AT TIME ZONE ${NY})::date`;
      for (const [received, resolved] of pairs) {
        const { rows } = await sql<{ days: number }>`SELECT ${businessDaysBetween(
          localDay(sql`${received!.toISOString()}::timestamptz`),
          localDay(sql`${resolved!.toISOString()}::timestamptz`),
        )} AS days`.execute(database.db);
        const withinBySql = rows[0]!.days <= 2;
        const withinByDue = resolved! < addBusinessDays(received!, 2, NY);
        assert.equal(
          withinBySql,
          withinByDue,
          `received ${received!.toISOString()} resolved ${resolved!.toISOString()}`,
        );
      }
    } finally {
      await database.close();
    }
  });
});
