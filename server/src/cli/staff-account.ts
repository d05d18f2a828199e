/**
 * Manages the desk's staff accounts (admins do the same on the desk's Accounts page).
 *
 *   tsx src/cli/staff-account.ts create --email ana@office.example --name "Ana" --roles desk,admin [--locations id,id]
 *                                          prints a one-time set-up link (72 hours)
 *   tsx src/cli/staff-account.ts list      email, name, roles, state
 *   tsx src/cli/staff-account.ts disable --email ana@office.example    ends every session of it at once
 *   tsx src/cli/staff-account.ts setup-link --email ana@office.example a new set-up link (forgotten password, lost phone)
 *   tsx src/cli/staff-account.ts locations --email olu@office.example --locations id,id
 *                                          the locations whose events an organizer runs (replaces the list; '' for none)
 *
 * Opens the database as the server does (DATABASE_URL, otherwise PGlite in
 * WW_DATA_DIR, default server/.data). Links start with WW_PUBLIC_URL, else
 * http://HOST:PORT (default 127.0.0.1:8080). Changes are in the audit log, by "command line".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import {
  AccountExistsError,
  createAccount,
  findAccountByEmail,
  listAccounts,
  renewSetupLink,
  setupUrl,
  updateAccount,
} from '../staff/accounts.js';
import { recordAudit } from '../staff/audit.js';
import { STAFF_ROLES, type StaffRole } from '../staff/identity.js';
import { signInConfig } from '../staff/sign-in-config.js';

const USAGE = `Usage:
  tsx src/cli/staff-account.ts create --email <email> --name <name> --roles ${STAFF_ROLES.join(',')} [--locations <id,id>]
  tsx src/cli/staff-account.ts list
  tsx src/cli/staff-account.ts disable --email <email>
  tsx src/cli/staff-account.ts setup-link --email <email>
  tsx src/cli/staff-account.ts locations --email <email> --locations <id,id>`;
const ACTOR = { name: 'command line' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    roles: { type: 'string' },
    locations: { type: 'string' },
  },
});
const [command, ...extra] = positionals;
if (!command || !['create', 'list', 'disable', 'setup-link', 'locations'].includes(command) || extra.length) {
  fail(USAGE);
}
if (command === 'locations' && values.locations === undefined) fail(`locations needs --locations\n${USAGE}`);
if (command !== 'list' && !values.email?.includes('@')) fail(`${command} needs --email\n${USAGE}`);
const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const roles = list(values.roles);
if (command === 'create') {
  if (!values.name?.trim()) fail(`create needs --name\n${USAGE}`);
  const unknown = roles.filter((role) => !(STAFF_ROLES as readonly string[]).includes(role));
  if (!roles.length || unknown.length) fail(`--roles takes one or more of ${STAFF_ROLES.join(', ')}`);
}

const origin =
  signInConfig(process.env, '').publicUrl ?? `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? 8080}`;
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.WW_DATA_DIR ?? resolve(import.meta.dirname, '../../.data'),
});
let exitCode = 0;
try {
  const db = database.db;
  if (command === 'create') {
    const { account, setupToken } = await createAccount(db, {
      email: values.email!,
      displayName: values.name!,
      roles: roles as StaffRole[],
      locationIds: list(values.locations),
    });
    await recordAudit(db, ACTOR, { action: 'create', recordType: 'account', recordId: account.id });
    console.error(
      `Created ${account.email} (${account.roles.join(', ')}). Send this set-up link; it works once, for 72 hours:`,
    );
    console.log(setupUrl(origin, setupToken));
  } else if (command === 'list') {
    const accounts = await listAccounts(db);
    if (!accounts.length) console.error('No staff accounts.');
    for (const a of accounts) {
      const state = a.disabled_at ? 'disabled' : a.password_hash || a.oidc_subject ? 'active' : 'not set up';
      const granted = a.location_ids.length ? [a.location_ids.join(',')] : [];
      console.log([a.email, a.display_name, a.roles.join(','), state, ...granted].join('\t'));
    }
  } else {
    const account = await findAccountByEmail(db, values.email!);
    if (!account) {
      console.error(`No account with the email ${values.email}.`);
      exitCode = 1;
    } else if (command === 'locations') {
      const wanted = list(values.locations);
      const uuids = wanted.filter((id) => UUID.test(id));
      const known = uuids.length
        ? (await db.selectFrom('locations').select('id').where('id', 'in', uuids).execute()).map((row) => row.id)
        : [];
      const unknown = wanted.filter((id) => !known.includes(id));
      if (unknown.length) {
        console.error(`No location has the id ${unknown.join(', ')}.`);
        exitCode = 1;
      } else {
        await updateAccount(db, account.id, { location_ids: wanted });
        await recordAudit(db, ACTOR, {
          action: 'account',
          recordType: 'account',
          recordId: account.id,
          fields: ['location_ids'],
        });
        if (!account.roles.includes('organizer')) {
          console.error(`Note: ${account.email} has no organizer role; the locations count once it has.`);
        }
        console.log(`${account.email} runs events at ${wanted.length} location(s).`);
      }
    } else if (command === 'disable') {
      await updateAccount(db, account.id, { disabled: true });
      await recordAudit(db, ACTOR, {
        action: 'account',
        recordType: 'account',
        recordId: account.id,
        fields: ['disabled'],
      });
      console.log(`Disabled ${account.email}; its sessions have ended.`);
    } else {
      const token = (await renewSetupLink(db, account.id))!;
      await recordAudit(db, ACTOR, {
        action: 'account',
        recordType: 'account',
        recordId: account.id,
        fields: ['setup_link'],
      });
      console.error(`A new set-up link for ${account.email}; the previous one no longer works:`);
      console.log(setupUrl(origin, token));
    }
  }
} catch (error) {
  if (!(error instanceof AccountExistsError)) throw error;
  console.error(`An account with the email ${values.email} exists.`);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
