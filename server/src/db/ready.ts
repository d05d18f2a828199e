import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Whether the database answers a query: the server is ready to serve. */
export async function databaseAnswers(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
