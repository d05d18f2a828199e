import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { OpenDatabase } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { errorCode } from '../lib/database-unavailable.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import { DIRECTORY_CHANNEL, readDirectoryVersion } from './version.js';

/** Which directory version answers may be served from. */
export interface DirectoryVersions {
  /** A version at least as new as every write committed before this call: an answer cached under it is current. */
  current(): Promise<string>;
  close(): Promise<void>;
}

/** Called with each new version this process hears of (to free the answers of older ones). */
export type OnVersion = (version: string) => void;

/** Reads the version for every answer: always right, one small query each time. */
export const versionsReadEachTime = (db: Kysely<Database>): DirectoryVersions => ({
  current: () => readDirectoryVersion(db),
  close: async () => {},
});

/**
 * The versions for a process's database. PGlite: the database lives in this process and tells its listener of a
 * commit before the writer's `COMMIT` returns, so the version in memory is current and costs nothing.
 * PostgreSQL: see `PostgresDirectoryVersions`.
 */
export async function watchDirectoryVersions(
  database: OpenDatabase,
  onVersion: OnVersion = () => {},
  { logger = silentLogger, notificationDelayMs = 0 }: { logger?: Logger; notificationDelayMs?: number } = {},
): Promise<DirectoryVersions> {
  if (database.pglite) return pgliteVersions(database.db, database.pglite, onVersion);
  if (database.databaseUrl) {
    // Tests hold notifications back, as a busy network or event loop may, to show answers stay current without them.
    const heard: OnVersion =
      notificationDelayMs > 0 ? (version) => setTimeout(() => onVersion(version), notificationDelayMs) : onVersion;
    return new PostgresDirectoryVersions(database.db, database.databaseUrl, heard, logger).start();
  }
  return versionsReadEachTime(database.db);
}

const newer = (a: string, b: string) => (BigInt(a) >= BigInt(b) ? a : b);

async function pgliteVersions(db: Kysely<Database>, pglite: PGlite, onVersion: OnVersion): Promise<DirectoryVersions> {
  // Listening first, then reading: a bump in between is heard, and `newer` keeps the highest.
  let known = '0';
  const unlisten = await pglite.listen(DIRECTORY_CHANNEL, (payload) => {
    known = newer(known, payload);
    onVersion(known);
  });
  known = newer(known, await readDirectoryVersion(db));
  return { current: async () => known, close: unlisten };
}

/**
 * PostgreSQL, where other processes write: a dedicated connection LISTENs on `ww_directory` (reconnecting after a
 * restart) so this process frees old answers as soon as a write is announced. A notification arrives some time after
 * its commit, though, so it cannot alone promise that no process serves an answer from before a committed write.
 * Each answer therefore reads the committed version (`SELECT … FROM directory_version`, one row) on the same
 * connection, never taking one from the pool that searches need; callers arriving while a read is waiting to be sent
 * share it, and one read never serves a caller who arrived after it was sent. While that connection is down, the
 * pool reads the version (or the request gets the usual 503).
 */
class PostgresDirectoryVersions implements DirectoryVersions {
  private client: pg.Client | undefined;
  /** A read not yet sent, which callers arriving now may share. */
  private waiting: Promise<string> | undefined;
  private sent: Promise<unknown> = Promise.resolve();
  private reconnect: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly connectionString: string,
    private readonly onVersion: OnVersion,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<this> {
    await this.connect().catch(() => this.reconnectSoon());
    return this;
  }

  current(): Promise<string> {
    const client = this.client;
    if (!client) return readDirectoryVersion(this.db);
    this.waiting ??= this.sent.then(() => {
      this.waiting = undefined;
      const read = client
        .query<{ version: string }>('SELECT version::text AS version FROM directory_version WHERE id = 1')
        .then(({ rows }) => rows[0]!.version);
      this.sent = read.catch(() => {});
      return read;
    });
    return this.waiting.catch(() => readDirectoryVersion(this.db));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000 });
    client.on('error', (error) => {
      this.logger.error('directory listener lost', { code: errorCode(error) });
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    client.on('notification', ({ channel, payload }) => {
      if (channel === DIRECTORY_CHANNEL && payload) this.onVersion(payload);
    });
    await client.connect();
    await client.query(`LISTEN ${DIRECTORY_CHANNEL}`);
    if (this.closed) await client.end();
    else this.client = client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => {});
    this.reconnectSoon();
  }

  private reconnectSoon(): void {
    if (this.closed || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      this.connect().catch(() => this.reconnectSoon());
    }, 1_000);
    this.reconnect.unref();
  }
}
