import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Erases the name, contact and notes of appointments that ended more than `days` ago, and of waiting-list entries
 * whose week ended that long ago. The rows stay, so bookings, no-shows and time to appointment can still be counted.
 * Returns how many were erased.
 */
export async function purgeAppointmentDetails(db: Kysely<Database>, days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const appointments = await sql`
    UPDATE appointments SET name = NULL, email = NULL, phone = NULL, notes = NULL, purged_at = ${now}
    WHERE purged_at IS NULL AND ends_at < ${cutoff}`.execute(db);
  const waiting = await sql`
    UPDATE appointment_waitlist SET name = NULL, email = NULL, phone = NULL, purged_at = ${now}
    WHERE purged_at IS NULL AND week_start + 7 < ${cutoff}::date`.execute(db);
  return Number(appointments.numAffectedRows ?? 0) + Number(waiting.numAffectedRows ?? 0);
}
