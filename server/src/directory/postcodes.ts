import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The middle of the places we know at a postcode (any case), for "near me" by ZIP code; undefined when none. */
export async function postcodePoint(
  db: Kysely<Database>,
  postcode: string,
): Promise<{ latitude: number; longitude: number } | undefined> {
  const found = await sql<{ latitude: number | null; longitude: number | null }>`
    SELECT avg(l.latitude) AS latitude, avg(l.longitude) AS longitude
    FROM addresses a JOIN locations l ON l.id = a.location_id
    WHERE upper(a.postal_code) = upper(${postcode}) AND l.latitude IS NOT NULL`.execute(db);
  const row = found.rows[0];
  if (!row || row.latitude === null || row.longitude === null) return undefined;
  return { latitude: Number(row.latitude), longitude: Number(row.longitude) };
}
