import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { expandOccurrences } from '../events/recurrence.js';
import { eventIdForUid, upsertEvent, type EventInput } from '../events/store.js';
import { stableId } from './ids.js';

/**
 * Sample attendance for the dashboard demo: past sessions from January 2025 to
 * last month (a monthly legal clinic, a monthly know-your-rights forum, a
 * spring English class with series sign-up), each with people signed up in
 * several languages, most of them checked in, some no-shows and walk-ins.
 * Counts only: the names were erased after the session, as retention does.
 * The same every time (a fixed generator).
 */
const ZONE = 'America/New_York';
const SAMPLE = ' (Sample event: times and places are examples.)';
const LANGUAGES: [string, number][] = [
  ['es', 8],
  ['zh-Hans', 3],
  ['bn', 3],
  ['ht', 2],
  ['ar', 1],
  ['en', 2],
];

const pastEvents = (until: string): EventInput[] => [
  {
    uid: 'sample-history-legal-consultations',
    type: 'legal-clinic',
    title: 'Free immigration legal clinic (past sessions)',
    description: 'Monthly one-on-one consultations with a lawyer.' + SAMPLE,
    locationId: stableId('location:nyc-bpl-flatbush'),
    languages: ['en', 'es', 'ht'],
    timezone: ZONE,
    dtstart: '2025-01-14T17:00',
    durationMinutes: 180,
    rrule: `FREQ=MONTHLY;BYDAY=2TU;UNTIL=${until}`,
    capacity: 20,
    registrationMode: 'per-session',
    source: 'seed',
  },
  {
    uid: 'sample-history-rights-forum',
    type: 'know-your-rights',
    title: 'Know your rights forum (past sessions)',
    description: 'What to do if immigration agents come to your home or work.' + SAMPLE,
    locationId: stableId('location:nyc-bpl-flatbush'),
    languages: ['en', 'es', 'zh-Hans', 'bn'],
    timezone: ZONE,
    dtstart: '2025-01-22T18:30',
    durationMinutes: 90,
    rrule: `FREQ=MONTHLY;BYDAY=4WE;UNTIL=${until}`,
    capacity: 40,
    registrationMode: 'per-session',
    source: 'seed',
  },
  {
    uid: 'sample-history-english-spring-2025',
    type: 'english-class',
    title: 'English conversation class, spring 2025 (past)',
    description: 'Ten weeks of practice in a small group.' + SAMPLE,
    locationId: stableId('location:nyc-bpl-flatbush'),
    languages: ['en', 'es', 'bn'],
    timezone: ZONE,
    dtstart: '2025-03-04T18:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
    capacity: 15,
    registrationMode: 'series',
    source: 'seed',
  },
];

export async function seedSampleAttendance(db: Kysely<Database>, now = new Date()): Promise<number> {
  let state = 1717;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const weights = LANGUAGES.reduce((sum, [, w]) => sum + w, 0);
  const language = () => {
    let pick = random() * weights;
    for (const [code, w] of LANGUAGES) if ((pick -= w) < 0) return code;
    return 'es';
  };
  // Sessions that ended before this month began.
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const until = `${monthStart.toISOString().slice(0, 10).replace(/-/g, '')}T000000Z`;
  let sessions = 0;
  for (const event of pastEvents(until)) {
    await upsertEvent(db, event);
    const eventId = eventIdForUid(event.uid);
    const held = expandOccurrences(
      { dtstart: event.dtstart, durationMinutes: event.durationMinutes, timezone: ZONE, rrule: event.rrule ?? null },
      new Date('2025-01-01T00:00:00Z'),
      monthStart,
      200,
    ).filter((o) => o.end <= now);
    const person = (key: string, source: 'web' | 'walk-in', end: Date) => ({
      id: randomUUID(),
      event_id: eventId,
      occurrence_key: key,
      scope: key === 'series' ? ('series' as const) : ('session' as const),
      status: 'confirmed' as const,
      party_size: random() < 0.15 ? 2 : 1,
      name: '',
      contact_method: 'none' as const,
      email: null,
      phone: null,
      preferred_language: language(),
      access_needs: null,
      idempotency_key: `sample:${randomUUID()}`,
      checkin_code: null,
      source,
      created_by: source === 'walk-in' ? 'sample data' : null,
      created_at: end,
      updated_at: end,
      purged_at: end,
    });
    const classList =
      event.registrationMode === 'series'
        ? Array.from({ length: 12 }, () => person('series', 'web', held[0]?.end ?? now))
        : [];
    if (classList.length) await db.insertInto('registrations').values(classList).execute();
    for (const session of held) {
      const signedUp =
        event.registrationMode === 'series'
          ? []
          : Array.from({ length: 10 + Math.floor(random() * 9) }, () => person(session.localStart, 'web', session.end));
      const walkIns = Array.from({ length: Math.floor(random() * 4) }, () =>
        person(session.localStart, 'walk-in', session.end),
      );
      const rows = [...signedUp, ...walkIns];
      if (rows.length) await db.insertInto('registrations').values(rows).execute();
      const marks = [...classList, ...signedUp].map((r) => ({
        registration_id: r.id,
        occurrence_key: session.localStart,
        status: random() < 0.8 ? ('attended' as const) : ('no-show' as const),
        marked_by: 'sample data',
      }));
      marks.push(
        ...walkIns.map((r) => ({
          registration_id: r.id,
          occurrence_key: session.localStart,
          status: 'attended' as const,
          marked_by: 'sample data',
        })),
      );
      if (marks.length) await db.insertInto('attendance').values(marks).execute();
      sessions++;
    }
  }
  return sessions;
}
