import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import rrule from 'rrule';
import { expandOccurrences, formatLocal, parseLocal, RecurrenceError } from '../src/events/recurrence.js';
import { instantToZoned, zonedToInstant, type LocalDateTime } from '../src/events/zoned-time.js';

/**
 * The server's expansion (ical.js) against an independent implementation,
 * rrule.js, over a few hundred generated rules: every BY-part, WKST, INTERVAL,
 * COUNT and UNTIL, EXDATE, series in UTC, four zones and times at the edges
 * of daylight-saving time. A rule the server refuses must say which part; a
 * rule it accepts must give rrule.js's sessions, no more, no fewer.
 *
 * How the two sides are made comparable:
 * - rrule.js runs on "floating" wall-clock times (UTC Date objects, no tzid):
 *   it picks dates on the event's wall clock, as RFC 5545 does for a zoned DTSTART.
 * - Its wall-clock starts become instants through our zoned-time helpers, which
 *   resolve daylight-saving edges as RFC 5545 §3.3.5 does: a time the change
 *   skips moves forward by the gap (02:30 on New York's spring-forward day is
 *   03:30 EDT; 02:15 on Lord Howe's is 02:45, a 30-minute gap), a time it repeats
 *   is the first of the two. recurrence.test.ts pins those helpers to fixed instants.
 * - UNTIL is written in UTC for the server (as RFC 5545 asks) and as the same
 *   wall-clock time for rrule.js; it is always at noon, never in an hour a change
 *   skips or repeats, where the two readings would differ.
 * - A DTSTART the rule does not pick is not a session (rrule.js's reading;
 *   RFC 5545 leaves that case undefined).
 */
const { rrulestr } = rrule;

/** mulberry32: the same rules on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
  const some = <T>(items: readonly T[], max: number) => [
    ...new Set(Array.from({ length: int(1, max) }, () => pick(items))),
  ];
  return { chance: (p: number) => next() < p, int, pick, some };
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** Zones, and wall-clock times on their daylight-saving days that are skipped or repeated. */
const ZONES = {
  'America/New_York': ['02:30', '01:30'],
  'Europe/London': ['01:30', '01:15'],
  'Asia/Kolkata': ['00:00', '23:30'],
  'Australia/Lord_Howe': ['02:15', '01:45'],
} as const;
/** Rules that land on the daylight-saving days themselves. */
const DST_DAYS = {
  'America/New_York': 'BYMONTH=3,11;BYDAY=2SU',
  'Europe/London': 'BYMONTH=3,10;BYDAY=-1SU',
  'Asia/Kolkata': 'BYMONTH=3,10;BYDAY=-1SU',
  'Australia/Lord_Howe': 'BYMONTH=4,10;BYDAY=1SU',
} as const;

const FROM = new Date('2024-01-01T00:00:00Z');
const TO = new Date('2031-01-01T00:00:00Z');
const LIMIT = 120;
const LATE_FROM = new Date('2030-03-01T00:00:00Z');
const LATE_TO = new Date('2030-09-01T00:00:00Z');
const pad = (n: number) => String(n).padStart(2, '0');
const compact = (local: string) => `${local.replace(/[-:]/g, '')}00`;

interface Generated {
  zone: keyof typeof ZONES;
  /** The series' rule runs in UTC (DTSTART written with Z). */
  utc: boolean;
  dtstart: string;
  /** The RRULE without UNTIL, and UNTIL as a wall-clock time when there is one. */
  parts: string[];
  until?: string;
  /** Which features the rule exercises, to prove each is covered. */
  features: string[];
}

/** A rule of the shapes calendars write, or now and then one from the whole vocabulary. */
function generate(r: ReturnType<typeof random>): Generated {
  const zone = r.pick(Object.keys(ZONES) as (keyof typeof ZONES)[]);
  const utc = r.chance(0.15);
  const freq = r.pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const);
  const parts = [`FREQ=${freq}`];
  const features: string[] = [freq];
  const add = (feature: string, part: string) => {
    parts.push(part);
    features.push(feature);
  };
  const wild = r.chance(0.15);
  const interval = r.chance(0.3) ? r.int(2, 4) : 1;
  const ordinal = (day: string) => `${r.pick([1, 2, 3, 4, -1, -2])}${day}`;
  if (wild) {
    features.push('wild');
    if (interval > 1) add('INTERVAL', `INTERVAL=${interval}`);
    if (r.chance(0.4)) add('BYMONTH', `BYMONTH=${r.some(MONTHS, 4).join(',')}`);
    if (r.chance(0.3)) add('BYMONTHDAY', `BYMONTHDAY=${r.some([1, 5, 13, 28, 29, 30, 31, -1, -2], 3).join(',')}`);
    if (r.chance(0.15)) add('BYYEARDAY', `BYYEARDAY=${r.some([1, 60, 100, 366, -1, -100], 3).join(',')}`);
    if (r.chance(0.15)) add('BYWEEKNO', `BYWEEKNO=${r.some([1, 10, 20, 52, -1], 2).join(',')}`);
    // All with a position or none: rrule.js gives nothing for a mix such as BYDAY=TH,1SU.
    const positions = r.chance(0.4);
    if (r.chance(0.5))
      add(
        'BYDAY',
        `BYDAY=${r
          .some(DAYS, 3)
          .map((d) => (positions ? ordinal(d) : d))
          .join(',')}`,
      );
    if (r.chance(0.2)) add('BYSETPOS', `BYSETPOS=${r.some([1, 2, 3, -1, -2], 2).join(',')}`);
    if (r.chance(0.1)) add('BYHOUR', `BYHOUR=${r.some([9, 12, 18], 2).join(',')}`);
  } else {
    const monthly = interval === 1 && r.chance(0.3);
    if (interval > 1) add('INTERVAL', `INTERVAL=${interval}`);
    switch (freq) {
      case 'DAILY':
        if (r.chance(0.5)) add('BYDAY', `BYDAY=${r.some(DAYS, 5).join(',')}`);
        if (r.chance(0.4)) add('BYMONTH', `BYMONTH=${r.some(MONTHS, 3).join(',')}`);
        if (r.chance(0.3)) add('BYMONTHDAY', `BYMONTHDAY=${r.some([1, 2, 13, 15, 28, 29, 30, 31], 3).join(',')}`);
        break;
      case 'WEEKLY':
        if (r.chance(0.7)) add('BYDAY', `BYDAY=${r.some(DAYS, 3).join(',')}`);
        if (r.chance(0.3)) add('BYMONTH', `BYMONTH=${r.some(MONTHS, 4).join(',')}`);
        if (r.chance(0.5)) add('WKST', `WKST=${r.pick(DAYS)}`);
        break;
      case 'MONTHLY':
        if (monthly) add('BYMONTH', `BYMONTH=${r.some(MONTHS, 4).join(',')}`);
        switch (r.int(0, 4)) {
          case 0:
            add('BYDAY position', `BYDAY=${r.some(DAYS, 2).map(ordinal).join(',')}`);
            break;
          case 1:
            add('BYMONTHDAY', `BYMONTHDAY=${r.some([1, 10, 15, 28, 29, 30, 31, -1, -3], 2).join(',')}`);
            break;
          case 2:
            if (interval === 1) {
              add('BYDAY', `BYDAY=${r.some(DAYS, 2).join(',')}`);
              add('BYMONTHDAY', `BYMONTHDAY=${r.some([1, 8, 13, 20, 29, 31], 3).join(',')}`);
            }
            break;
          case 3:
            add('BYDAY', `BYDAY=${r.pick(DAYS)}`);
            add('BYSETPOS', `BYSETPOS=${r.pick([1, 2, 3, 4, -1, -2])}`);
            break;
        }
        break;
      case 'YEARLY':
        switch (r.int(0, 4)) {
          case 0:
            add('BYMONTH', `BYMONTH=${r.some(MONTHS, 3).join(',')}`);
            add('BYDAY position', `BYDAY=${r.some(DAYS, 2).map(ordinal).join(',')}`);
            break;
          case 1:
            add('BYMONTH', `BYMONTH=${r.some(MONTHS, 3).join(',')}`);
            add('BYMONTHDAY', `BYMONTHDAY=${r.some([1, 5, 15, 28], 2).join(',')}`);
            break;
          case 2:
            add('BYYEARDAY', `BYYEARDAY=${r.some([1, 32, 100, 200, 365, -1, -100], 3).join(',')}`);
            if (r.chance(0.4)) add('BYDAY', `BYDAY=${r.some(DAYS, 3).join(',')}`);
            break;
          case 3:
            add('BYMONTH', `BYMONTH=${r.int(1, 12)}`);
            add('BYDAY', `BYDAY=${r.pick(DAYS)}`);
            add('BYSETPOS', `BYSETPOS=${r.pick([1, 2, 3, -1])}`);
            break;
          default:
            parts.push(DST_DAYS[zone]);
            features.push('DST days');
        }
        break;
    }
  }
  if (r.chance(0.25)) add('WKST', `WKST=${r.pick(DAYS)}`);
  const year = r.int(2024, 2027);
  const date = `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
  const time = r.chance(0.35) ? r.pick(ZONES[zone]) : `${pad(r.int(0, 23))}:${r.pick(['00', '15', '30', '45'])}`;
  const bound = r.int(0, 2);
  let until: string | undefined;
  if (bound === 1) add('COUNT', `COUNT=${r.int(1, 40)}`);
  if (bound === 2) {
    until = `${r.int(year, 2030)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T12:00`;
    features.push('UNTIL');
  }
  if (utc) features.push('UTC');
  return { zone, utc, dtstart: `${date}T${time}`, parts, until, features };
}

/** rrule.js's sessions, as instants and local starts in the event's zone, EXDATEs left out. */
function expected(rule: Generated, exdates: Set<string>, from = FROM, to = TO) {
  const ruleZone = rule.utc ? 'UTC' : rule.zone;
  const untilPart = rule.until ? [`UNTIL=${compact(rule.until)}`] : [];
  const set = rrulestr(`DTSTART:${compact(rule.dtstart)}\nRRULE:${[...rule.parts, ...untilPart].join(';')}`);
  const sessions: { localStart: string; start: string }[] = [];
  set.all((floating) => {
    const wallClock = floating.toISOString().slice(0, 16);
    const start = zonedToInstant(parseLocal(wallClock), ruleZone);
    if (start >= to || sessions.length >= LIMIT + exdates.size) return false;
    const localStart = formatLocal(rule.utc ? instantToZoned(start, rule.zone) : parseLocal(wallClock));
    if (!exdates.has(localStart) && start.getTime() + 3600_000 > from.getTime()) {
      sessions.push({ localStart, start: start.toISOString() });
    }
    return true;
  });
  return sessions.slice(0, LIMIT);
}

function serverUntil(rule: Generated): string[] {
  if (!rule.until) return [];
  const instant = zonedToInstant(parseLocal(rule.until), rule.utc ? 'UTC' : rule.zone);
  return [`UNTIL=${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`];
}

describe('recurrence expansion against rrule.js, over generated rules', () => {
  test('gives the same sessions for every rule it accepts, and names the part of every rule it refuses', () => {
    const r = random(20_260_313);
    const covered = new Map<string, number>();
    const refusals: string[] = [];
    let accepted = 0;
    let withExdates = 0;
    for (let i = 0; i < 450; i++) {
      const rule = generate(r);
      const recurrence = {
        dtstart: rule.utc ? `${formatLocal(toUtcWallClock(rule))}Z` : rule.dtstart,
        durationMinutes: 60,
        timezone: rule.zone,
        rrule: [...rule.parts, ...serverUntil(rule)].join(';'),
      };
      if (rule.utc) rule.dtstart = recurrence.dtstart.slice(0, -1);
      let all: string[];
      try {
        all = expandOccurrences(recurrence, FROM, TO, LIMIT).map((o) => o.localStart);
      } catch (error) {
        assert.ok(error instanceof RecurrenceError, `${recurrence.rrule}: ${String(error)}`);
        assert.match(error.message, /RRULE|yearly series/, recurrence.rrule);
        refusals.push(`${recurrence.rrule}: ${error.message}`);
        continue;
      }
      // Leave out a session or two, and a time that is not a session.
      const exdates = new Set(all.filter(() => r.chance(0.08)).slice(0, 3));
      if (exdates.size) withExdates++;
      exdates.add(`${rule.dtstart.slice(0, 11)}23:59`);
      const label = `${recurrence.dtstart} ${rule.zone} ${recurrence.rrule}`;
      const ours = expandOccurrences({ ...recurrence, exdates: [...exdates] }, FROM, TO, LIMIT).map((o) => ({
        localStart: o.localStart,
        start: o.start.toISOString(),
      }));
      assert.deepEqual(ours, expected(rule, exdates), label);
      // A window years after the start: daily and weekly rules then start near it instead of at DTSTART.
      const late = expandOccurrences({ ...recurrence, exdates: [...exdates] }, LATE_FROM, LATE_TO, LIMIT).map((o) => ({
        localStart: o.localStart,
        start: o.start.toISOString(),
      }));
      assert.deepEqual(late, expected(rule, exdates, LATE_FROM, LATE_TO), `${label}, late window`);
      accepted++;
      for (const feature of rule.features) covered.set(feature, (covered.get(feature) ?? 0) + 1);
    }
    assert.ok(accepted >= 350, `${accepted} rules accepted; refused: ${refusals.join('\n')}`);
    assert.ok(withExdates >= 30, `${withExdates} rules with EXDATEs`);
    for (const feature of [
      'DAILY',
      'WEEKLY',
      'MONTHLY',
      'YEARLY',
      'INTERVAL',
      'BYDAY',
      'BYDAY position',
      'BYMONTHDAY',
      'BYMONTH',
      'BYYEARDAY',
      'BYSETPOS',
      'WKST',
      'COUNT',
      'UNTIL',
      'UTC',
      'DST days',
      'wild',
    ]) {
      assert.ok((covered.get(feature) ?? 0) >= 10, `${feature}: ${covered.get(feature) ?? 0} accepted rules`);
    }
    for (const part of ['BYWEEKNO', 'BYHOUR', 'BYSETPOS']) {
      assert.ok(
        refusals.some(
          (refusal) => refusal.endsWith(`part ${part} is not supported`) || refusal.includes(`RRULE ${part}`),
        ),
        `${part} is refused by name`,
      );
    }
  });
});

/** The UTC wall clock of a generated start given in its zone, for series written in UTC. */
function toUtcWallClock(rule: Generated): LocalDateTime {
  return instantToZoned(zonedToInstant(parseLocal(rule.dtstart), rule.zone), 'UTC');
}
