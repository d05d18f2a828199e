import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { FieldCrypto } from '../../lib/field-crypto.js';
import type { StaffIdentity } from '../../staff/identity.js';
import { closeFixedReports } from '../reports/staff-reports.js';
import { refreshSearchText } from '../search.js';
import { actorOf } from './actors.js';
import { saveChildren } from './children.js';
import { changedFields } from './diff.js';
import { checkHsds } from './hsds-check.js';
import { EditRefusal, type EditOutcome } from './outcome.js';
import { recordChange } from './history.js';
import { readServiceEdit } from './read.js';
import { TEXT_FIELDS, type ServiceCreateInputT, type ServiceEditInputT } from './schemas.js';
import { saveTexts, unreviewChangedSources } from './texts.js';

type Tx = Transaction<Database>;

/** The service's own columns from the editor's input. */
function columnsOf(input: ServiceEditInputT, crypto: FieldCrypto) {
  return {
    ...input.fields,
    availability: input.availability.status,
    availability_since: input.availability.since,
    availability_until: input.availability.until,
    verification_contact: crypto.encrypt(input.verification_contact),
  };
}

/** Runs an edit in one transaction; a refusal rolls everything back. */
export async function runEdit(db: Kysely<Database>, work: (tx: Tx) => Promise<EditOutcome>): Promise<EditOutcome> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (error instanceof EditRefusal) return error.outcome;
    throw error;
  }
}

/**
 * Locks the service and checks the version the editor read (undefined: any, for scripts). The stale answer names
 * who changed it last.
 */
export async function lockVersion(tx: Tx, id: string, versions: number[] | undefined) {
  const row = await tx
    .selectFrom('services')
    .select(['version', 'updated_by', 'last_modified', 'organization_id', 'source_locale'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new EditRefusal({ kind: 'missing' });
  if (versions && !versions.includes(row.version)) {
    throw new EditRefusal({
      kind: 'stale',
      version: row.version,
      updatedBy: row.updated_by,
      updatedAt: new Date(row.last_modified).toISOString(),
    });
  }
  return row;
}

/**
 * The rest of every save, after the service's row: children, translations, the search text and directory version,
 * the HSDS check, the history row and the reports it fixes.
 */
async function finishSave(
  tx: Tx,
  crypto: FieldCrypto,
  /** The office's date, for the answer's verification state. */
  today: string,
  staff: StaffIdentity,
  service: { id: string; organizationId: string; sourceLocale: string; version: number },
  input: ServiceEditInputT,
  before: Awaited<ReturnType<typeof readServiceEdit>>,
): Promise<EditOutcome> {
  const actor = actorOf(staff);
  const paths = await saveChildren(tx, service.id, service.organizationId, input);
  await saveTexts(tx, service.id, service.sourceLocale, input.texts, actor);
  if (before) {
    const changed = TEXT_FIELDS.filter((field) => (before.fields[field] ?? null) !== (input.fields[field] ?? null));
    await unreviewChangedSources(tx, service.id, changed, input.texts);
  }
  await checkHsds(tx, service.id, paths);
  // Also bumps the directory version (its NOTIFY commits with the save), so no search answers from before it.
  await refreshSearchText(tx, [service.id]);
  const after = (await readServiceEdit(tx, crypto, service.id, today))!;
  const changeId = await recordChange(tx, {
    serviceId: service.id,
    kind: before ? 'edit' : 'create',
    actor,
    fields: changedFields(before, after),
    version: service.version,
  });
  // The reports' list shows who closed one by name, as a close without a change does.
  await closeFixedReports(tx, service.id, input.closes_reports ?? [], changeId, staff.name);
  return { kind: 'ok', id: service.id, changeId };
}

/** Saves the editor's whole service under If-Match (`versions`: what it accepts; undefined: any). */
export async function updateService(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  /** The office's date, for the answer's verification state. */
  today: string,
  staff: StaffIdentity,
  id: string,
  input: ServiceEditInputT,
  versions: number[] | undefined,
): Promise<EditOutcome> {
  return runEdit(db, async (tx) => {
    const row = await lockVersion(tx, id, versions);
    const before = await readServiceEdit(tx, crypto, id, today);
    const version = row.version + 1;
    await tx
      .updateTable('services')
      .set({ ...columnsOf(input, crypto), version, updated_by: actorOf(staff), last_modified: new Date() })
      .where('id', '=', id)
      .execute();
    const service = { id, organizationId: row.organization_id, sourceLocale: row.source_locale, version };
    return finishSave(tx, crypto, today, staff, service, input, before);
  });
}

/** The organization a new service belongs to: the one named by id, or a new one by name. */
async function organizationFor(tx: Tx, input: ServiceCreateInputT): Promise<string> {
  if (input.organization_id) {
    const found = await tx
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', input.organization_id)
      .executeTakeFirst();
    if (!found)
      throw new EditRefusal({ kind: 'invalid', field: 'organization_id', message: 'No organization has this id' });
    return found.id;
  }
  const id = randomUUID();
  await tx
    .insertInto('organizations')
    .values({ id, name: input.organization_name!, url: null, email: null, source_locale: input.source_locale })
    .execute();
  return id;
}

export async function createService(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  /** The office's date, for the answer's verification state. */
  today: string,
  staff: StaffIdentity,
  input: ServiceCreateInputT,
): Promise<EditOutcome> {
  return runEdit(db, async (tx) => {
    const organizationId = await organizationFor(tx, input);
    const id = randomUUID();
    await tx
      .insertInto('services')
      .values({
        id,
        organization_id: organizationId,
        ...columnsOf(input, crypto),
        source_locale: input.source_locale,
        last_verified: null,
        last_modified: new Date(),
        updated_by: actorOf(staff),
      })
      .execute();
    const service = { id, organizationId, sourceLocale: input.source_locale, version: 1 };
    return finishSave(tx, crypto, today, staff, service, input, null);
  });
}
