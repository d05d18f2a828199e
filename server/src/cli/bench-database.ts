import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../db/database.js';

/**
 * The database a bench server runs on: embedded PGlite in memory, or the
 * PostgreSQL named by WW_BENCH_DATABASE_URL, emptied first (its tables are
 * dropped: never point it at real data).
 */
export async function openBenchDatabase(): Promise<OpenDatabase> {
  const benchUrl = process.env.WW_BENCH_DATABASE_URL || undefined;
  if (benchUrl) {
    const bare = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: benchUrl, max: 1 }) }),
    });
    await sql`DROP SCHEMA public CASCADE; CREATE SCHEMA public`.execute(bare);
    await bare.destroy();
  }
  return openDatabase({ databaseUrl: benchUrl });
}
