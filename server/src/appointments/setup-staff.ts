import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AppointmentStaffTable, Database } from '../db/schema.js';
import type { StaffIdentity } from '../staff/identity.js';
import { maySetUp, refusable, SetupRefused, type SetupOutcome } from './setup-outcome.js';
import type { AppointmentStaffInputT, StaffAppointmentStaffT } from './setup-schemas.js';

type Tx = Transaction<Database>;

/** The people who hold appointments at a place, with their weekly hours, by name. */
export async function listSetupStaff(db: Kysely<Database>, locationId: string): Promise<StaffAppointmentStaffT[]> {
  const rows = await db
    .selectFrom('appointment_staff')
    .selectAll()
    .where('location_id', '=', locationId)
    .orderBy('display_name')
    .execute();
  return withRules(db, rows);
}

export async function setupStaffDetail(db: Kysely<Database>, id: string): Promise<StaffAppointmentStaffT | undefined> {
  const row = await db.selectFrom('appointment_staff').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withRules(db, [row]))[0] : undefined;
}

export async function createSetupStaff(
  db: Kysely<Database>,
  staff: StaffIdentity,
  input: AppointmentStaffInputT,
): Promise<SetupOutcome<string>> {
  if (!maySetUp(staff, input.location_id)) return { kind: 'forbidden' };
  return refusable(() =>
    db.transaction().execute(async (tx) => {
      await checkReferences(tx, input);
      const id = randomUUID();
      const { rules, ...columns } = input;
      await tx
        .insertInto('appointment_staff')
        .values({ id, ...columns, updated_by: staff.name })
        .execute();
      await saveRules(tx, id, rules);
      return id;
    }),
  );
}

/** Changes a staff member under If-Match; their weekly rules are replaced whole. */
export async function updateSetupStaff(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  input: AppointmentStaffInputT,
  versions: number[] | undefined,
): Promise<SetupOutcome<string>> {
  return refusable(() =>
    db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('appointment_staff')
        .select(['location_id', 'version', 'updated_by', 'updated_at'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw new SetupRefused({ kind: 'missing' });
      if (!maySetUp(staff, row.location_id)) throw new SetupRefused({ kind: 'forbidden' });
      if (versions && !versions.includes(row.version)) {
        throw new SetupRefused({
          kind: 'stale',
          version: row.version,
          updated_by: row.updated_by,
          updated_at: new Date(row.updated_at as unknown as Date).toISOString(),
        });
      }
      if (row.location_id !== input.location_id) {
        throw new SetupRefused({
          kind: 'invalid',
          field: 'location_id',
          message: 'Staff cannot move to another place',
        });
      }
      await checkReferences(tx, input);
      const { rules, ...columns } = input;
      await tx
        .updateTable('appointment_staff')
        .set((eb) => ({ ...columns, version: eb('version', '+', 1), updated_by: staff.name, updated_at: sql`now()` }))
        .where('id', '=', id)
        .execute();
      await tx.deleteFrom('availability_rules').where('staff_id', '=', id).execute();
      await saveRules(tx, id, rules);
      return id;
    }),
  );
}

/** The types named must be this place's, and the desk account must exist. */
async function checkReferences(tx: Tx, input: AppointmentStaffInputT) {
  if (input.type_ids.length > 0) {
    const found = await tx
      .selectFrom('appointment_types')
      .select('id')
      .where('id', 'in', input.type_ids)
      .where('location_id', '=', input.location_id)
      .execute();
    if (found.length !== new Set(input.type_ids).size) {
      throw new SetupRefused({ kind: 'invalid', field: 'type_ids', message: 'Every type must be one of this place’s' });
    }
  }
  if (input.staff_account_id) {
    const account = await tx
      .selectFrom('staff_accounts')
      .select('id')
      .where('id', '=', input.staff_account_id)
      .executeTakeFirst();
    if (!account) throw new SetupRefused({ kind: 'invalid', field: 'staff_account_id', message: 'No such account' });
  }
}

async function saveRules(tx: Tx, staffId: string, rules: AppointmentStaffInputT['rules']) {
  if (rules.length === 0) return;
  await tx
    .insertInto('availability_rules')
    .values(
      rules.map((r) => ({
        staff_id: staffId,
        weekday: r.weekday,
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        valid_from: r.valid_from ?? null,
        valid_until: r.valid_until ?? null,
      })),
    )
    .execute();
}

type StaffRow = Selectable<AppointmentStaffTable>;

async function withRules(db: Kysely<Database>, rows: StaffRow[]): Promise<StaffAppointmentStaffT[]> {
  const ids = rows.map((r) => r.id);
  const rules =
    ids.length === 0
      ? []
      : await db
          .selectFrom('availability_rules')
          .select([
            'staff_id',
            'weekday',
            'starts_at',
            'ends_at',
            sql<string | null>`valid_from::text`.as('valid_from'),
            sql<string | null>`valid_until::text`.as('valid_until'),
          ])
          .where('staff_id', 'in', ids)
          .orderBy('weekday')
          .orderBy('starts_at')
          .execute();
  return rows.map((row) => ({
    id: row.id,
    location_id: row.location_id,
    display_name: row.display_name,
    staff_account_id: row.staff_account_id,
    languages: row.languages,
    type_ids: row.type_ids,
    active: row.active,
    rules: rules.filter((r) => r.staff_id === row.id).map(({ staff_id: _staff, ...rule }) => rule),
    version: row.version,
    updated_by: row.updated_by,
    updated_at: new Date(row.updated_at as unknown as Date).toISOString(),
  }));
}
