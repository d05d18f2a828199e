import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadAppointmentType, type AppointmentTypeRow } from './availability-data.js';
import { typeTexts } from './type-texts.js';
import { today } from './wall-clock.js';

/** An appointment type as the public API lists it (CONTRACT19 "AppointmentType"). */
export interface PublicAppointmentType {
  id: string;
  location_id: string;
  location_name: string;
  timezone: string;
  code: string;
  title: string;
  what_to_bring: string;
  review: 'draft' | 'reviewed';
  duration_minutes: number;
  on_behalf_allowed: boolean;
  /** Languages the staff who take it speak. */
  languages: string[];
  /** Languages of interpreters on call at the place, now or later ('ase': ASL). */
  interpreter_languages: string[];
}

/** The active types of a place, by title, in the reader's languages. */
export async function listAppointmentTypes(
  db: Kysely<Database>,
  locationId: string,
  locales: readonly string[],
  now = new Date(),
): Promise<PublicAppointmentType[]> {
  const ids = await db
    .selectFrom('appointment_types')
    .select('id')
    .where('location_id', '=', locationId)
    .where('status', '=', 'active')
    .execute();
  const types = (await Promise.all(ids.map((row) => loadAppointmentType(db, row.id)))).filter(
    (t): t is AppointmentTypeRow => t !== undefined,
  );
  if (types.length === 0) return [];
  const zone = types[0]!.timezone;
  const [texts, staff, interpreters] = await Promise.all([
    typeTexts(db, types, locales),
    db
      .selectFrom('appointment_staff')
      .select(['languages', 'type_ids'])
      .where('location_id', '=', locationId)
      .where('active', '=', true)
      .execute(),
    db
      .selectFrom('interpreter_availability')
      .select('language')
      .distinct()
      .where('location_id', '=', locationId)
      .where((eb) => eb.or([eb('date', 'is', null), eb('date', '>=', today(now, zone))]))
      .orderBy('language')
      .execute(),
  ]);
  return types
    .map((type) => {
      const text = texts.get(type.id)!;
      const languages = new Set(staff.filter((s) => s.type_ids.includes(type.id)).flatMap((s) => s.languages));
      return {
        id: type.id,
        location_id: type.location_id,
        location_name: text.location_name,
        timezone: type.timezone,
        code: type.code,
        title: text.title,
        what_to_bring: text.what_to_bring,
        review: text.review,
        duration_minutes: type.duration_minutes,
        on_behalf_allowed: type.on_behalf_allowed,
        languages: [...languages].sort(),
        interpreter_languages: interpreters.map((i) => i.language),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Whether a location exists (a list for an unknown one is a 404, not an empty list). */
export async function locationExists(db: Kysely<Database>, locationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('locations')
    .select(sql<number>`1`.as('one'))
    .where('id', '=', locationId)
    .executeTakeFirst();
  return row !== undefined;
}
