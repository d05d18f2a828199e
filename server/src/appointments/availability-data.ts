import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ReleaseRule } from './release-rule.js';
import { addDays, edgeInstant } from './wall-clock.js';

export type Db = Kysely<Database> | Transaction<Database>;

/** An appointment type with its place's zone and name. */
export interface AppointmentTypeRow extends ReleaseRule {
  id: string;
  location_id: string;
  location_name: string;
  location_source_locale: string;
  timezone: string;
  code: string;
  title: string;
  what_to_bring: string;
  source_locale: string;
  duration_minutes: number;
  buffer_minutes: number;
  book_ahead_days: number;
  min_notice_minutes: number;
  on_behalf_allowed: boolean;
  status: 'active' | 'archived';
}

export interface StaffHours {
  id: string;
  display_name: string;
  languages: string[];
  rules: {
    weekday: number;
    starts_at: string;
    ends_at: string;
    valid_from: string | null;
    valid_until: string | null;
  }[];
}

export interface ExceptionRow {
  staff_id: string | null;
  date: string;
  starts_at: string | null;
  ends_at: string | null;
  kind: 'closed' | 'open';
}

export interface InterpreterRow {
  language: string;
  weekday: number | null;
  date: string | null;
  starts_at: string;
  ends_at: string;
  capacity: number;
}

/** An appointment that takes time: held (unexpired), booked or checked in. */
export interface BusyRow {
  id: string;
  staff_id: string;
  start: number;
  end: number;
  blocks_until: number;
  interpreter: string | null;
  /** The languages of the staff member who holds it (an interpreter is not needed when they speak it). */
  staff_languages: string[];
}

/** Everything the slot rule reads for one type over some dates, loaded in a few queries. */
export interface AvailabilityData {
  type: AppointmentTypeRow;
  staff: StaffHours[];
  exceptions: ExceptionRow[];
  interpreters: InterpreterRow[];
  busy: BusyRow[];
}

export async function loadAppointmentType(db: Db, typeId: string): Promise<AppointmentTypeRow | undefined> {
  return db
    .selectFrom('appointment_types as t')
    .innerJoin('locations as l', 'l.id', 't.location_id')
    .select([
      't.id',
      't.location_id',
      'l.name as location_name',
      'l.source_locale as location_source_locale',
      'l.timezone',
      't.code',
      't.title',
      't.what_to_bring',
      't.source_locale',
      't.duration_minutes',
      't.buffer_minutes',
      't.book_ahead_days',
      't.min_notice_minutes',
      't.on_behalf_allowed',
      't.release_weekday',
      't.release_time',
      't.release_weeks_before',
      't.status',
    ])
    .where('t.id', '=', typeId)
    .executeTakeFirst();
}

/** Loads what the slot rule needs for dates `from` (inclusive) to `to` (exclusive). */
export async function loadAvailabilityData(
  db: Db,
  type: AppointmentTypeRow,
  from: string,
  to: string,
  now: Date,
): Promise<AvailabilityData> {
  const zone = type.timezone;
  // A day either side: a window on the local dates asked for is within these instants in any zone.
  const rangeStart = new Date(edgeInstant(addDays(from, -1), 0, zone, 'start'));
  const rangeEnd = new Date(edgeInstant(addDays(to, 1), 0, zone, 'start'));
  const [staffRows, exceptions, interpreters, busy] = await Promise.all([
    db
      .selectFrom('appointment_staff')
      .select(['id', 'display_name', 'languages'])
      .where('location_id', '=', type.location_id)
      .where('active', '=', true)
      .where(sql<boolean>`${type.id}::uuid = ANY(type_ids)`)
      .orderBy('display_name')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('availability_exceptions')
      .select(['staff_id', sql<string>`date::text`.as('date'), 'starts_at', 'ends_at', 'kind'])
      .where('location_id', '=', type.location_id)
      .where('date', '>=', addDays(from, -1))
      .where('date', '<', addDays(to, 1))
      .execute(),
    db
      .selectFrom('interpreter_availability')
      .select(['language', 'weekday', sql<string | null>`date::text`.as('date'), 'starts_at', 'ends_at', 'capacity'])
      .where('location_id', '=', type.location_id)
      .where((eb) =>
        eb.or([eb('date', 'is', null), eb.and([eb('date', '>=', addDays(from, -1)), eb('date', '<', addDays(to, 1))])]),
      )
      .execute(),
    db
      .selectFrom('appointments as a')
      .innerJoin('appointment_staff as s', 's.id', 'a.staff_id')
      .select(['a.id', 'a.staff_id', 'a.starts_at', 'a.ends_at', 'a.blocks_until', 'a.interpreter', 's.languages'])
      .where('a.location_id', '=', type.location_id)
      .where('a.starts_at', '<', rangeEnd)
      .where('a.blocks_until', '>', rangeStart)
      .where((eb) =>
        eb.or([
          eb('a.status', 'in', ['booked', 'checked_in']),
          eb.and([eb('a.status', '=', 'held'), eb('a.hold_expires_at', '>', now)]),
        ]),
      )
      .execute(),
  ]);
  const ids = staffRows.map((s) => s.id);
  const rules =
    ids.length === 0
      ? []
      : await db
          .selectFrom('availability_rules')
          .select([
            'staff_id',
            'weekday',
            'starts_at',
            'ends_at',
            sql<string | null>`valid_from::text`.as('valid_from'),
            sql<string | null>`valid_until::text`.as('valid_until'),
          ])
          .where('staff_id', 'in', ids)
          .execute();
  return {
    type,
    staff: staffRows.map((s) => ({ ...s, rules: rules.filter((r) => r.staff_id === s.id) })),
    exceptions,
    interpreters,
    busy: busy.map((b) => ({
      id: b.id,
      staff_id: b.staff_id,
      start: new Date(b.starts_at).getTime(),
      end: new Date(b.ends_at).getTime(),
      blocks_until: new Date(b.blocks_until).getTime(),
      interpreter: b.interpreter,
      staff_languages: b.languages,
    })),
  };
}
