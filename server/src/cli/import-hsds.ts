/**
 * Imports Open Referral HSDS 3.0 data: a tabular datapackage folder or a JSON file.
 *
 *   tsx src/cli/import-hsds.ts <path> [--time-zone America/New_York]
 *
 * `--time-zone` is the zone of schedules that name none (HSDS `timezone` is
 * optional), and of locations none of whose schedules names one; default: the
 * office's, WW_TIME_ZONE, else America/New_York. Opens the database as the
 * server does (DATABASE_URL, otherwise PGlite in WW_DATA_DIR, default
 * server/.data). Prints rows written per table and warnings. Exits 1, writing
 * nothing, when the input is not HSDS 3.0 (an HSDS 1.x or 2.x datapackage, JSON
 * of another shape; said in one line) or when any row is bad (one line per bad
 * row); exits 2 on bad arguments.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import type { Dataset } from '../hsds/dataset.js';
import { formatProblem } from '../hsds/errors.js';
import { ImportError, importDataset, readHsds, UnsupportedInputError } from '../hsds/import.js';
import { isTimeZone, officeTimeZone } from '../lib/time-zone.js';

const USAGE = 'Usage: tsx src/cli/import-hsds.ts <datapackage folder | file.json> [--time-zone America/New_York]';

function readArgs() {
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: { 'time-zone': { type: 'string' } },
    });
    if (positionals.length !== 1) throw new Error('Give one datapackage folder or JSON file.');
    return { path: positionals[0]!, timeZone: values['time-zone'] ?? officeTimeZone() };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const { path, timeZone } = readArgs();
if (!isTimeZone(timeZone)) {
  console.error(`Unknown time zone ${timeZone}: use an IANA name such as America/New_York`);
  process.exit(2);
}
if (!existsSync(path)) {
  console.error(`No such file or folder: ${path}`);
  process.exit(2);
}

// Read before opening the database: input that is not HSDS 3.0 leaves no trace.
let dataset: Dataset;
try {
  dataset = readHsds(resolve(path));
} catch (error) {
  if (!(error instanceof UnsupportedInputError)) throw error;
  console.error(error.message);
  console.error('Nothing was imported.');
  process.exit(1);
}

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.WW_DATA_DIR ?? resolve(import.meta.dirname, '../../.data'),
});
let exitCode = 0;
try {
  const summary = await importDataset(database.db, dataset, { timeZone });
  for (const warning of summary.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  for (const [name, count] of Object.entries(summary.notHeld)) {
    console.warn(`not imported: ${count} ${name} (no table for it here)`);
  }
  for (const [name, fields] of Object.entries(summary.notKept)) {
    console.warn(`not kept: ${name} ${fields.join(', ')} (no column for them here)`);
  }
  const { zone, schedules, locations } = summary.defaultZone;
  if (schedules || locations) {
    console.warn(
      `time zone: ${schedules} schedule(s) and ${locations} location(s) named none; ${zone} was used (--time-zone)`,
    );
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
