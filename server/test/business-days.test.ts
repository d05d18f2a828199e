import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addBusinessDays, businessDaysBefore } from '../src/lib/business-days.js';

const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('business days (Mon–Fri in the office zone)', () => {
  test('a weekday inquiry is due the same time N weekdays later, skipping the weekend', () => {
    // Wednesday 10:00 New York (EST, -5) + 2 → Friday 10:00.
    assert.equal(addBusinessDays(at('2026-01-14T15:00:00Z'), 2, NY).toISOString(), '2026-01-16T15:00:00.000Z');
    // Friday 16:00 + 2 → Tuesday 16:00.
    assert.equal(addBusinessDays(at('2026-01-16T21:00:00Z'), 2, NY).toISOString(), '2026-01-20T21:00:00.000Z');
  });

  test('a weekend inquiry starts counting on Monday at midnight', () => {
    // Saturday 10:00 + 2 → Wednesday 00:00 (end of Tuesday).
    assert.equal(addBusinessDays(at('2026-01-17T15:00:00Z'), 2, NY).toISOString(), '2026-01-21T05:00:00.000Z');
  });

  test('the zone decides the weekday: Friday 22:00 in New York is Saturday in UTC', () => {
    // Friday 22:00 EST = Saturday 03:00 UTC; + 1 → Monday 22:00 EST.
    assert.equal(addBusinessDays(at('2026-01-17T03:00:00Z'), 1, NY).toISOString(), '2026-01-20T03:00:00.000Z');
    // In UTC the same instant is Saturday: due at the end of Monday.
    assert.equal(addBusinessDays(at('2026-01-17T03:00:00Z'), 1, 'UTC').toISOString(), '2026-01-20T00:00:00.000Z');
  });

  test('across the change to daylight time the wall clock is kept', () => {
    // Friday 2026-03-06 09:00 EST (-5) + 2 → Tuesday 2026-03-10 09:00 EDT (-4).
    assert.equal(addBusinessDays(at('2026-03-06T14:00:00Z'), 2, NY).toISOString(), '2026-03-10T13:00:00.000Z');
  });

  test('the cutoff: received before it, more than N business days have passed', () => {
    // Now Tuesday 2026-01-20 12:00 EST: 2 business days back is Friday 12:00.
    const now = at('2026-01-20T17:00:00Z');
    assert.equal(businessDaysBefore(now, 2, NY).toISOString(), '2026-01-16T17:00:00.000Z');
    // Now Saturday: the weekend holds no business time, so the cutoff is as of Friday's end.
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
        const overdueByDue = now > addBusinessDays(received, 2, NY);
        assert.equal(overdueByCutoff, overdueByDue, `now ${now.toISOString()} received ${received.toISOString()}`);
      }
    }
  });
});
