import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; in memory when undefined. */
  dataDir?: string | undefined;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: 'postgresql' | 'pglite';
  close(): Promise<void>;
}

const DATE_OID = 1082;

// PostgreSQL returns count(*) and bigint as strings; numbers fit in our counts.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// Dates stay ISO strings (YYYY-MM-DD) as on PGlite.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  let kind: OpenDatabase['kind'];
  if (options.databaseUrl) {
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: options.databaseUrl, max: 10 }) }),
    });
    kind = 'postgresql';
  } else {
    const pglite = await PGlite.create(options.dataDir ?? 'memory://', {
      extensions: { unaccent, pg_trgm },
      parsers: { [DATE_OID]: (value: string) => value },
    });
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    kind = 'pglite';
  }
  await migrate(db);
  return { db, kind, close: () => db.destroy() };
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
