import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Whether the database answers a query (the server is ready to serve), and if not, the error it gave. */
export async function databaseReadiness(
  db: Kysely<Database>,
): Promise<{ ready: true } | { ready: false; error: unknown }> {
  try {
    await sql`SELECT 1`.execute(db);
    return { ready: true };
  } catch (error) {
    return { ready: false, error };
  }
}
