/**
 * Imports Open Referral HSDS 3.0 data: a tabular datapackage folder or a JSON file.
 *
 *   tsx src/cli/import-hsds.ts <path>
 *
 * Opens the database as the server does (DATABASE_URL, otherwise PGlite in
 * WW_DATA_DIR, default server/.data). Prints rows written per table and
 * warnings; when any row is bad, writes nothing, prints one line per bad row
 * and exits 1.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../db/database.js';
import { formatProblem } from '../hsds/errors.js';
import { ImportError, importHsds } from '../hsds/import.js';

const path = process.argv[2];
if (!path || process.argv.length > 3) {
  console.error('Usage: tsx src/cli/import-hsds.ts <datapackage folder | file.json>');
  process.exit(2);
}
if (!existsSync(path)) {
  console.error(`No such file or folder: ${path}`);
  process.exit(2);
}

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.WW_DATA_DIR ?? resolve(import.meta.dirname, '../../.data'),
});
let exitCode = 0;
try {
  const summary = await importHsds(database.db, resolve(path));
  for (const warning of summary.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  for (const [name, count] of Object.entries(summary.notHeld)) {
    console.warn(`not imported: ${count} ${name} (no table for it here)`);
  }
  for (const [name, fields] of Object.entries(summary.notKept)) {
    console.warn(`not kept: ${name} ${fields.join(', ')} (no column for them here)`);
  }
  for (const [table, count] of Object.entries(summary.counts)) console.log(`${table}: ${count}`);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`Nothing was imported: ${error.problems.length} bad row(s).`);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
