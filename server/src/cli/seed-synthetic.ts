/**
 * Fills a database with a synthetic directory for benchmarks and load tests:
 *   npm run seed:synthetic -- 100000
 * Uses DATABASE_URL, or PGlite in WW_DATA_DIR (default server/.data-synthetic,
 * kept apart from the demo's sample data).
 */
import { resolve } from 'node:path';
import { openDatabase } from '../db/database.js';
import { seedSyntheticDirectory } from '../seed/synthetic.js';

const count = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error('usage: seed-synthetic <number of services, 1 to 1,000,000>');
  process.exit(2);
}
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.WW_DATA_DIR ?? resolve(import.meta.dirname, '../../.data-synthetic'),
});
const started = performance.now();
await seedSyntheticDirectory(database.db, count);
console.log(`seeded ${count} synthetic services in ${Math.round(performance.now() - started)} ms (${database.kind})`);
await database.close();
