/**
 * Manages staff API tokens.
 *
 *   tsx src/cli/staff-token.ts create <name> [--read-only]   prints the token once; stores only its hash
 *   tsx src/cli/staff-token.ts list                          names, scopes, dates (never tokens)
 *   tsx src/cli/staff-token.ts revoke <name>
 *   tsx src/cli/staff-token.ts hash <token | ->              the SHA-256 for WW_STAFF_TOKENS (name:scope:hash);
 *                                                            `-` reads the token from stdin, out of shell history
 *
 * Opens the database as the server does (DATABASE_URL, otherwise PGlite in
 * WW_DATA_DIR, default server/.data); `hash` needs no database.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import { createStaffToken, hashToken, listStaffTokens, revokeStaffToken, StaffTokenError } from '../staff/tokens.js';

const USAGE = `Usage:
  tsx src/cli/staff-token.ts create <name> [--read-only]
  tsx src/cli/staff-token.ts list
  tsx src/cli/staff-token.ts revoke <name>
  tsx src/cli/staff-token.ts hash <token | ->`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'read-only': { type: 'boolean', default: false } },
});
const [command, argument, ...extra] = positionals;
const needsArgument = command === 'create' || command === 'revoke' || command === 'hash';
if (
  !command ||
  !['create', 'list', 'revoke', 'hash'].includes(command) ||
  (needsArgument ? !argument : argument) ||
  extra.length
) {
  console.error(USAGE);
  process.exit(2);
}

if (command === 'hash') {
  const token = argument === '-' ? (await readStdin()).trim() : argument!;
  console.log(hashToken(token));
  process.exit(0);
}

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.WW_DATA_DIR ?? resolve(import.meta.dirname, '../../.data'),
});
let exitCode = 0;
try {
  if (command === 'create') {
    const scope = values['read-only'] ? 'read' : 'write';
    const { token } = await createStaffToken(database.db, argument!, scope);
    console.error(`Created ${scope} token "${argument}". It is shown once and cannot be recovered:`);
    console.log(token);
  } else if (command === 'list') {
    const tokens = await listStaffTokens(database.db);
    if (!tokens.length) console.error('No staff tokens.');
    for (const t of tokens) {
      const revoked = t.revoked_at ? `revoked ${new Date(t.revoked_at).toISOString()}` : 'live';
      console.log(`${t.name}\t${t.scope}\tcreated ${new Date(t.created_at).toISOString()}\t${revoked}`);
    }
  } else {
    const count = await revokeStaffToken(database.db, argument!);
    if (count) console.log(`Revoked "${argument}".`);
    else {
      console.error(`No live token named "${argument}".`);
      exitCode = 1;
    }
  }
} catch (error) {
  if (!(error instanceof StaffTokenError)) throw error;
  console.error(error.message);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
