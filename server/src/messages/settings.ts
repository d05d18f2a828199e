import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Hours before a session that its reminder goes, unless the office set another number. */
export const DEFAULT_REMINDER_HOURS = 24;

export async function reminderHours(db: Db): Promise<number> {
  const row = await db
    .selectFrom('office_settings')
    .select('value')
    .where('key', '=', 'reminder_hours')
    .executeTakeFirst();
  const hours = Number(row?.value);
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_REMINDER_HOURS;
}

export async function setReminderHours(db: Db, hours: number, updatedBy: string): Promise<void> {
  await db
    .insertInto('office_settings')
    .values({ key: 'reminder_hours', value: JSON.stringify(hours), updated_by: updatedBy })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(hours), updated_by: updatedBy, updated_at: new Date() }),
    )
    .execute();
}
