import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AppointmentTypeTable, Database } from '../db/schema.js';
import type { StaffIdentity } from '../staff/identity.js';
import { isUniqueViolation } from './outcomes.js';
import { maySetUp, refusable, SetupRefused, type SetupOutcome } from './setup-outcome.js';
import type { AppointmentTypeInputT, StaffAppointmentTypeT } from './setup-schemas.js';

type Tx = Transaction<Database>;
const ENTITY = 'appointment_type';
const FIELDS = ['title', 'what_to_bring'] as const;

/** The types of a place for the desk, every status, by title. */
export async function listSetupTypes(db: Kysely<Database>, locationId: string): Promise<StaffAppointmentTypeT[]> {
  const rows = await db
    .selectFrom('appointment_types')
    .selectAll()
    .where('location_id', '=', locationId)
    .orderBy('title')
    .execute();
  return withTranslations(db, rows);
}

export async function setupTypeDetail(db: Kysely<Database>, id: string): Promise<StaffAppointmentTypeT | undefined> {
  const row = await db.selectFrom('appointment_types').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withTranslations(db, [row]))[0] : undefined;
}

export async function createSetupType(
  db: Kysely<Database>,
  staff: StaffIdentity,
  input: AppointmentTypeInputT,
): Promise<SetupOutcome<string>> {
  if (!maySetUp(staff, input.location_id)) return { kind: 'forbidden' };
  return refusable(() =>
    withCodeCheck(() =>
      db.transaction().execute(async (tx) => {
        const id = randomUUID();
        const { translations, ...columns } = input;
        await tx
          .insertInto('appointment_types')
          .values({ id, ...columns, updated_by: staff.name })
          .execute();
        await saveTranslations(tx, id, translations);
        return id;
      }),
    ),
  );
}

/** Changes a type under If-Match (`versions`; undefined: any). A type stays at its place. */
export async function updateSetupType(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  input: AppointmentTypeInputT,
  versions: number[] | undefined,
): Promise<SetupOutcome<string>> {
  return refusable(() =>
    withCodeCheck(() =>
      db.transaction().execute(async (tx) => {
        const row = await lockType(tx, staff, id, versions);
        if (row.location_id !== input.location_id) {
          throw new SetupRefused({
            kind: 'invalid',
            field: 'location_id',
            message: 'A type cannot move to another place',
          });
        }
        const { translations, ...columns } = input;
        await tx
          .updateTable('appointment_types')
          .set((eb) => ({ ...columns, version: eb('version', '+', 1), updated_by: staff.name, updated_at: sql`now()` }))
          .where('id', '=', id)
          .execute();
        await saveTranslations(tx, id, translations);
        return id;
      }),
    ),
  );
}

/** Archives a type: no new bookings; those made stay. */
export async function archiveSetupType(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  versions: number[] | undefined,
): Promise<SetupOutcome<string>> {
  return refusable(() =>
    db.transaction().execute(async (tx) => {
      await lockType(tx, staff, id, versions);
      await tx
        .updateTable('appointment_types')
        .set((eb) => ({
          status: 'archived',
          version: eb('version', '+', 1),
          updated_by: staff.name,
          updated_at: sql`now()`,
        }))
        .where('id', '=', id)
        .execute();
      return id;
    }),
  );
}

async function lockType(tx: Tx, staff: StaffIdentity, id: string, versions: number[] | undefined) {
  const row = await tx
    .selectFrom('appointment_types')
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
  return row;
}

async function withCodeCheck<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new SetupRefused({
        kind: 'conflict',
        slug: 'code-taken',
        title: 'Another type at this place has this code',
      });
    }
    throw error;
  }
}

/** The translations replace the type's earlier ones: `reviewed` is a person's, `draft` a machine's. */
async function saveTranslations(tx: Tx, id: string, translations: AppointmentTypeInputT['translations']) {
  await tx.deleteFrom('translations').where('entity', '=', ENTITY).where('entity_id', '=', id).execute();
  const rows = FIELDS.flatMap((field) =>
    Object.entries(translations[field] ?? {}).map(([locale, text]) => ({
      entity: ENTITY,
      entity_id: id,
      field,
      locale,
      value: text.value,
      method: text.review === 'reviewed' ? ('human' as const) : ('machine' as const),
    })),
  );
  if (rows.length > 0) await tx.insertInto('translations').values(rows).execute();
}

type TypeRow = Selectable<AppointmentTypeTable>;

async function withTranslations(db: Kysely<Database>, rows: TypeRow[]): Promise<StaffAppointmentTypeT[]> {
  const ids = rows.map((r) => r.id);
  const texts =
    ids.length === 0
      ? []
      : await db
          .selectFrom('translations')
          .select(['entity_id', 'field', 'locale', 'value', 'method'])
          .where('entity', '=', ENTITY)
          .where('entity_id', 'in', ids)
          .orderBy('locale')
          .execute();
  return rows.map((row) => {
    const translations: StaffAppointmentTypeT['translations'] = {};
    for (const t of texts.filter((t) => t.entity_id === row.id)) {
      const field = t.field as (typeof FIELDS)[number];
      (translations[field] ??= {})[t.locale] = { value: t.value, review: t.method === 'human' ? 'reviewed' : 'draft' };
    }
    return {
      id: row.id,
      location_id: row.location_id,
      code: row.code,
      title: row.title,
      what_to_bring: row.what_to_bring,
      source_locale: row.source_locale,
      duration_minutes: row.duration_minutes,
      buffer_minutes: row.buffer_minutes,
      book_ahead_days: row.book_ahead_days,
      min_notice_minutes: row.min_notice_minutes,
      on_behalf_allowed: row.on_behalf_allowed,
      release_weekday: row.release_weekday,
      release_time: row.release_time,
      release_weeks_before: row.release_weeks_before,
      status: row.status,
      version: row.version,
      updated_by: row.updated_by,
      updated_at: new Date(row.updated_at as unknown as Date).toISOString(),
      translations,
    };
  });
}
