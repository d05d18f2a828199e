import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StaffIdentity } from '../staff/identity.js';
import { maySetUp, type SetupOutcome } from './setup-outcome.js';
import type { ExceptionInputT, InterpreterInputT } from './setup-schemas.js';

/** Closures, extra hours and interpreters on call at a place: rows added and deleted, never edited. */

const exceptionColumns = [
  'id',
  'location_id',
  'staff_id',
  sql<string>`date::text`.as('date'),
  'starts_at',
  'ends_at',
  'kind',
  'note',
  'created_by',
] as const;

export async function listExceptions(db: Kysely<Database>, locationId: string, from?: string, to?: string) {
  let query = db.selectFrom('availability_exceptions').select(exceptionColumns).where('location_id', '=', locationId);
  if (from) query = query.where('date', '>=', from);
  if (to) query = query.where('date', '<=', to);
  return query.orderBy('date').orderBy('starts_at').execute();
}

export async function createException(db: Kysely<Database>, staff: StaffIdentity, input: ExceptionInputT) {
  if (!maySetUp(staff, input.location_id)) return { kind: 'forbidden' } as const;
  if (input.staff_id) {
    const member = await db
      .selectFrom('appointment_staff')
      .select('id')
      .where('id', '=', input.staff_id)
      .where('location_id', '=', input.location_id)
      .executeTakeFirst();
    if (!member) return { kind: 'invalid', field: 'staff_id', message: 'Not a staff member of this place' } as const;
  }
  const row = await db
    .insertInto('availability_exceptions')
    .values({ ...input, created_by: staff.name })
    .returning(exceptionColumns)
    .executeTakeFirstOrThrow();
  return { kind: 'ok', value: row } as const;
}

const interpreterColumns = [
  'id',
  'location_id',
  'language',
  'weekday',
  sql<string | null>`date::text`.as('date'),
  'starts_at',
  'ends_at',
  'capacity',
] as const;

export async function listInterpreters(db: Kysely<Database>, locationId: string) {
  return db
    .selectFrom('interpreter_availability')
    .select(interpreterColumns)
    .where('location_id', '=', locationId)
    .orderBy('language')
    .orderBy('weekday')
    .orderBy('date')
    .orderBy('starts_at')
    .execute();
}

export async function createInterpreter(db: Kysely<Database>, staff: StaffIdentity, input: InterpreterInputT) {
  if (!maySetUp(staff, input.location_id)) return { kind: 'forbidden' } as const;
  const row = await db
    .insertInto('interpreter_availability')
    .values(input)
    .returning(interpreterColumns)
    .executeTakeFirstOrThrow();
  return { kind: 'ok', value: row } as const;
}

/** Deletes a closure or an interpreter's hours, if the person may set up its place. */
export async function deleteSetupRow(
  db: Kysely<Database>,
  staff: StaffIdentity,
  table: 'availability_exceptions' | 'interpreter_availability',
  id: string,
): Promise<SetupOutcome<null>> {
  const row = await db.selectFrom(table).select('location_id').where('id', '=', id).executeTakeFirst();
  if (!row) return { kind: 'missing' };
  if (!maySetUp(staff, row.location_id)) return { kind: 'forbidden' };
  await db.deleteFrom(table).where('id', '=', id).execute();
  return { kind: 'ok', value: null };
}
