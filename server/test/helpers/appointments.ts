import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';

/** A place for appointment tests, on New York's clock unless told. */
export async function appointmentPlace(db: Kysely<Database>, timezone = 'America/New_York'): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('locations')
    .values({
      id,
      organization_id: null,
      name: 'Test library',
      description: null,
      transportation: null,
      accessibility: null,
      latitude: null,
      longitude: null,
      corner_description: null,
      timezone,
    })
    .execute();
  return id;
}

export interface TypeOptions {
  code?: string;
  title?: string;
  duration_minutes?: number;
  buffer_minutes?: number;
  book_ahead_days?: number;
  min_notice_minutes?: number;
  on_behalf_allowed?: boolean;
  release_weekday?: number | null;
  release_time?: string | null;
  release_weeks_before?: number;
}

export async function addType(db: Kysely<Database>, locationId: string, options: TypeOptions = {}): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('appointment_types')
    .values({
      id,
      location_id: locationId,
      code: options.code ?? `type-${id.slice(0, 8)}`,
      title: options.title ?? 'IDNYC enrollment',
      what_to_bring: 'Proof of identity and of residence',
      duration_minutes: options.duration_minutes ?? 30,
      buffer_minutes: options.buffer_minutes ?? 0,
      book_ahead_days: options.book_ahead_days ?? 28,
      min_notice_minutes: options.min_notice_minutes ?? 0,
      on_behalf_allowed: options.on_behalf_allowed ?? false,
      release_weekday: options.release_weekday ?? null,
      release_time: options.release_time ?? null,
      release_weeks_before: options.release_weeks_before ?? 1,
    })
    .execute();
  return id;
}

export interface StaffOptions {
  name?: string;
  languages?: string[];
  typeIds: string[];
  /** Weekly rules; every day 09:00–12:00 unless told. */
  rules?: { weekday: number; starts_at: string; ends_at: string; valid_from?: string; valid_until?: string }[];
}

export const everyDay = (starts_at: string, ends_at: string): NonNullable<StaffOptions['rules']> =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts_at, ends_at }));

export async function addStaff(db: Kysely<Database>, locationId: string, options: StaffOptions): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('appointment_staff')
    .values({
      id,
      location_id: locationId,
      display_name: options.name ?? `Staff ${id.slice(0, 4)}`,
      staff_account_id: null,
      languages: options.languages ?? ['en'],
      type_ids: options.typeIds,
    })
    .execute();
  const rules = options.rules ?? everyDay('09:00', '12:00');
  if (rules.length > 0) {
    await db
      .insertInto('availability_rules')
      .values(
        rules.map((r) => ({
          staff_id: id,
          weekday: r.weekday,
          starts_at: r.starts_at,
          ends_at: r.ends_at,
          valid_from: r.valid_from ?? null,
          valid_until: r.valid_until ?? null,
        })),
      )
      .execute();
  }
  return id;
}

export async function addInterpreter(
  db: Kysely<Database>,
  locationId: string,
  language: string,
  when: { weekday?: number; date?: string; starts_at: string; ends_at: string; capacity?: number },
): Promise<void> {
  await db
    .insertInto('interpreter_availability')
    .values({
      location_id: locationId,
      language,
      weekday: when.weekday ?? null,
      date: when.date ?? null,
      starts_at: when.starts_at,
      ends_at: when.ends_at,
      capacity: when.capacity ?? 1,
    })
    .execute();
}
