import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Sample outreach for the dashboard demo: three events a month from January 2025 to last month (street fairs,
 * libraries, clinics), the people reached there by language and topic, and the sign-ups made. Counts only, the
 * same every time, and clearly sample data (logged by "sample data").
 */
const PLACES: [place: string, partner: string | null][] = [
  ['Jackson Heights street fair', 'Queens Community Board 3'],
  ['Flatbush Library', 'Brooklyn Public Library'],
  ['Sunset Park health fair', 'NYC Health + Hospitals'],
  ['Fordham Plaza', null],
  ['Washington Heights tenant meeting', 'Northern Manhattan tenants association'],
];
const LANGUAGES: [string, number][] = [
  ['es', 40],
  ['zh-Hans', 12],
  ['bn', 9],
  ['ht', 8],
  ['ar', 5],
  ['en', 10],
  ['fr', 3],
  ['wo', 1],
  ['ff', 1],
];
const TOPICS = ['municipal-id', 'immigration-legal', 'know-your-rights', 'benefits', 'health'];

export async function seedSampleOutreach(db: Kysely<Database>, now = new Date()): Promise<number> {
  // A small fixed generator (mulberry32), so that the sample is the same on every start.
  let state = 2025;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const lastMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  let events = 0;
  for (let month = Date.UTC(2025, 0, 1); month < lastMonth;) {
    const date = new Date(month);
    for (let i = 0; i < 3; i++) {
      const id = randomUUID();
      const [place, partner] = PLACES[(events + i) % PLACES.length]!;
      const day = 3 + i * 9 + Math.floor(random() * 6);
      const heldOn = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      await db
        .insertInto('outreach_events')
        .values({ id, held_on: heldOn, place, partner, logged_by: 'sample data' })
        .execute();
      const reach = LANGUAGES.map(([language, weight]) => ({
        outreach_id: id,
        language,
        topic: TOPICS[Math.floor(random() * TOPICS.length)]!,
        people: Math.round(weight * (0.5 + random())),
      })).filter((row) => row.people > 0);
      await db.insertInto('outreach_reach').values(reach).execute();
      await db
        .insertInto('outreach_signups')
        .values({ outreach_id: id, program: 'idnyc', count: 2 + Math.floor(random() * 8) })
        .execute();
    }
    events += 3;
    month = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return events;
}
