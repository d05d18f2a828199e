/**
 * Imports iCalendar exports (LibCal, Google Calendar, Outlook) as events, by UID:
 * running it again on the same files creates nothing.
 *
 *   tsx src/cli/import-ics.ts <file.ics | folder> [--timezone America/New_York]
 *
 * A folder imports every .ics file in it (not its subfolders), each in its own
 * transaction. `--timezone` is the zone of floating and UTC times when a
 * calendar names none. Opens the database as the server does (DATABASE_URL,
 * otherwise PGlite in WW_DATA_DIR, default server/.data). Prints one line per
 * file and the events skipped with their reasons; exits 1 when a file cannot be
 * read, is not iCalendar or could not be written (the other files are still
 * imported; each file is written whole or not at all).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import { IcsSyntaxError } from '../events/ics-parse.js';
import { importIcs } from '../events/import-ics.js';

const USAGE = 'Usage: tsx src/cli/import-ics.ts <file.ics | folder> [--timezone America/New_York]';

function readArgs() {
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: { timezone: { type: 'string', default: 'America/New_York' } },
    });
    if (positionals.length !== 1) throw new Error('Give one file or folder.');
    return { path: positionals[0]!, timezone: values.timezone };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const { path, timezone } = readArgs();
try {
  new Intl.DateTimeFormat('en', { timeZone: timezone });
} catch {
  console.error(`Unknown time zone ${timezone}: use an IANA name such as America/New_York`);
  process.exit(2);
}

/** The .ics files to import, or an error message when the path cannot be read. */
function icsFiles(target: string): string[] | string {
  try {
    if (!statSync(target).isDirectory()) return [target];
    const files = readdirSync(target)
      .filter((name) => name.toLowerCase().endsWith('.ics'))
      .sort()
      .map((name) => join(target, name));
    return files.length > 0 ? files : `No .ics files in ${target}`;
  } catch (error) {
    return `Cannot read ${target}: ${(error as Error).message}`;
  }
}

const files = icsFiles(resolve(path));
if (typeof files === 'string') {
  console.error(files);
  process.exit(1);
}

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.WW_DATA_DIR ?? resolve(import.meta.dirname, '../../.data'),
});
let exitCode = 0;
try {
  for (const file of files) {
    const name = basename(file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      console.error(`${name}: cannot read: ${(error as Error).message}`);
      exitCode = 1;
      continue;
    }
    try {
      const result = await importIcs(database.db, bytes, { defaultTimezone: timezone, source: `ics:${name}` });
      console.log(
        `${name}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.skipped.length} skipped`,
      );
      for (const warning of result.warnings) console.warn(`  warning: ${warning}`);
      for (const { uid, reason } of result.skipped) console.warn(`  skipped ${uid || '(no UID)'}: ${reason}`);
    } catch (error) {
      // One file that cannot be read or written must not stop the others.
      const reason =
        error instanceof IcsSyntaxError ? error.message : `could not be written: ${(error as Error).message}`;
      console.error(`${name}: not imported: ${reason}`);
      exitCode = 1;
    }
  }
} finally {
  await database.close();
}
process.exit(exitCode);
