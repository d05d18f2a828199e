import { sql, type Kysely } from 'kysely';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';

const TABLES = [
  'inquiries',
  'staff_tokens',
  'staff_sessions',
  'staff_login_flows',
  'staff_demo_tokens',
  'staff_accounts',
  'audit_log',
  'mail_outbox',
  'sms_outbox',
  'jobs',
  'office_settings',
  'outreach_events',
  'registrations',
  'event_capacity',
  'events',
  'translations',
  'attributes',
  'required_documents',
  'languages',
  'phones',
  'schedules',
  'service_at_location',
  'addresses',
  'services',
  'locations',
  'organizations',
  'taxonomy_terms',
  'taxonomies',
];

/**
 * The database the tests run on: PostgreSQL when DATABASE_URL is set (its
 * schema dropped first, so migrations run from empty), embedded PGlite otherwise.
 */
export async function openTestDatabase(): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const bare = await openDatabaseWithoutMigrations(url);
    await sql`DROP SCHEMA public CASCADE`.execute(bare);
    await sql`CREATE SCHEMA public`.execute(bare);
    await bare.destroy();
  }
  return openDatabase({ databaseUrl: url });
}

async function openDatabaseWithoutMigrations(url: string): Promise<Kysely<Database>> {
  const { Kysely: K, PostgresDialect } = await import('kysely');
  const pg = (await import('pg')).default;
  return new K<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
}

/** Empties every table, keeping the schema. */
export async function emptyDatabase(db: Kysely<Database>): Promise<void> {
  await sql`TRUNCATE ${sql.join(TABLES.map((t) => sql.table(t)))} CASCADE`.execute(db);
}
