import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Name, contact and access needs are kept this many days after the session (or series) ends. */
export const DEFAULT_RETENTION_DAYS = 30;

/**
 * Erases the personal details of sign-ups whose session (or whole series)
 * ended more than `days` ago. The rows stay, so places and attendance can
 * still be counted. Returns how many were erased.
 */
export async function purgeRegistrationDetails(
  db: Kysely<Database>,
  days = DEFAULT_RETENTION_DAYS,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const result = await sql`
    UPDATE registrations AS r
    SET name = '', email = NULL, phone = NULL, access_needs = NULL, purged_at = ${now}
    FROM events AS e
    WHERE e.id = r.event_id AND r.purged_at IS NULL AND (
      CASE WHEN r.occurrence_key = 'series' THEN coalesce(e.last_end, 'infinity'::timestamptz)
      ELSE (replace(r.occurrence_key, 'T', ' ')::timestamp AT TIME ZONE e.timezone)
        + make_interval(mins => e.duration_minutes)
      END) < ${cutoff}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
