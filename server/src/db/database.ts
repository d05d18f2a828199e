import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { errorCode } from '../lib/database-unavailable.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import { migrationProvider } from './migrations.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; in memory when undefined. */
  dataDir?: string | undefined;
  /** Where lost PostgreSQL connections are reported. */
  logger?: Logger;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: 'postgresql' | 'pglite';
  /** The embedded database itself (its LISTEN), when PGlite. */
  pglite?: PGlite;
  /** The PostgreSQL connection string, for a dedicated LISTEN connection. */
  databaseUrl?: string;
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
  let pglite: PGlite | undefined;
  if (options.databaseUrl) {
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: resilientPool(options.databaseUrl, options.logger ?? silentLogger) }),
    });
    kind = 'postgresql';
  } else {
    pglite = await PGlite.create(options.dataDir ?? 'memory://', {
      extensions: { unaccent, pg_trgm },
      parsers: { [DATE_OID]: (value: string) => value },
    });
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    kind = 'pglite';
  }
  await migrate(db);
  return {
    db,
    kind,
    ...(pglite ? { pglite } : {}),
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    close: () => db.destroy(),
  };
}

/**
 * A pool that outlives PostgreSQL restarts. node-postgres emits 'error' on a
 * pool (for an idle connection) and on a client (for one in use) when the
 * server goes away; with no listener, Node ends the process. Here both are
 * logged, the broken connection is dropped by the pool, requests fail (the app
 * answers 503) and the next request connects anew once PostgreSQL is back.
 */
function resilientPool(connectionString: string, logger: Logger): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  pool.on('connect', (client) =>
    client.on('error', (error) => logger.error('database connection lost', { code: errorCode(error) })),
  );
  // An idle client's error comes here too, after its own listener above has logged it.
  pool.on('error', () => {});
  return pool;
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
