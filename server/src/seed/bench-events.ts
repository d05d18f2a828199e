import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { upsertEvent } from '../events/store.js';

/**
 * Recurring series with no end, started two years ago, for the abuse figure of
 * the bench: a window far ahead makes the server expand every one of them.
 */
export async function seedBenchEvents(db: Kysely<Database>, count = 120): Promise<void> {
  const start = new Date().getUTCFullYear() - 2;
  const rules = [
    'FREQ=DAILY',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA',
    'FREQ=MONTHLY;BYDAY=2TU',
  ];
  for (let i = 0; i < count; i++) {
    await upsertEvent(db, {
      uid: `bench-series-${i}`,
      type: 'english-class',
      title: `Bench class ${i}`,
      timezone: 'America/New_York',
      dtstart: `${start}-01-${String(1 + (i % 28)).padStart(2, '0')}T18:00`,
      durationMinutes: 90,
      rrule: rules[i % rules.length]!,
      registrationMode: 'none',
    });
  }
}
