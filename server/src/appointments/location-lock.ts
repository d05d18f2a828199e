import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Takes the place's appointment lock until the transaction ends. Every change that takes or frees a staff
 * member's time at a place (hold, booking, move) runs under it and reads availability after taking it, so two
 * bookings never share one person's time, whatever the number of processes.
 */
export async function lockLocation(tx: Transaction<Database>, locationId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`appointments:${locationId}`}, 0))`.execute(tx);
}
