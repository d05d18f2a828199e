import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export type AttendanceStatus = 'attended' | 'no-show';

/**
 * Marks a person as come to a session. Atomic, so two volunteers scanning the
 * same code at once check them in once: true when this call marked them
 * (from nothing or from a no-show), false when they were checked in already.
 */
export async function markAttended(
  db: Kysely<Database>,
  registrationId: string,
  key: string,
  by: string,
): Promise<boolean> {
  const changed = await db
    .insertInto('attendance')
    .values({ registration_id: registrationId, occurrence_key: key, status: 'attended', marked_by: by })
    .onConflict((oc) =>
      oc
        .columns(['registration_id', 'occurrence_key'])
        .doUpdateSet({ status: 'attended', marked_by: by, marked_at: sql`now()` })
        .where('attendance.status', '<>', 'attended'),
    )
    .returning('registration_id')
    .executeTakeFirst();
  return changed !== undefined;
}

/** Sets (or with null, clears) one person's attendance at a session: the desk's correction and undo. */
export async function setAttendance(
  db: Kysely<Database>,
  registrationId: string,
  key: string,
  status: AttendanceStatus | null,
  by: string,
): Promise<void> {
  if (status === null) {
    await db
      .deleteFrom('attendance')
      .where('registration_id', '=', registrationId)
      .where('occurrence_key', '=', key)
      .execute();
    return;
  }
  await db
    .insertInto('attendance')
    .values({ registration_id: registrationId, occurrence_key: key, status, marked_by: by })
    .onConflict((oc) =>
      oc.columns(['registration_id', 'occurrence_key']).doUpdateSet({ status, marked_by: by, marked_at: sql`now()` }),
    )
    .execute();
}

/**
 * After a session: everyone confirmed for it (or for the series) who was not
 * marked is a no-show. Returns how many registrations were marked.
 */
export async function markNoShows(db: Kysely<Database>, eventId: string, key: string, by: string): Promise<number> {
  const result = await db
    .insertInto('attendance')
    .columns(['registration_id', 'occurrence_key', 'status', 'marked_by'])
    .expression((eb) =>
      eb
        .selectFrom('registrations')
        .select([
          'id',
          sql<string>`${key}::text`.as('occurrence_key'),
          sql<AttendanceStatus>`'no-show'`.as('status'),
          sql<string>`${by}::text`.as('marked_by'),
        ])
        .where('event_id', '=', eventId)
        .where('occurrence_key', 'in', [key, 'series'])
        .where('status', '=', 'confirmed'),
    )
    .onConflict((oc) => oc.columns(['registration_id', 'occurrence_key']).doNothing())
    .returning('registration_id')
    .execute();
  return result.length;
}
