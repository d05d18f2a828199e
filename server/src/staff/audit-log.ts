import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface AuditFilters {
  record_type?: string | undefined;
  record_id?: string | undefined;
  /** The actor's name as recorded (an account's display name, a token's name). */
  actor?: string | undefined;
}

/** One page of the audit log, newest first, with the total matching. */
export async function listAudit(db: Kysely<Database>, filters: AuditFilters, page: number, pageSize: number) {
  let query = db.selectFrom('audit_log');
  if (filters.record_type) query = query.where('record_type', '=', filters.record_type);
  if (filters.record_id) query = query.where('record_id', '=', filters.record_id);
  if (filters.actor) query = query.where('actor', '=', filters.actor);
  const [rows, count] = await Promise.all([
    query
      .select(['id', 'at', 'actor', 'action', 'record_type', 'record_id', 'fields'])
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.total),
    items: rows.map((row) => ({
      id: String(row.id),
      at: new Date(row.at).toISOString(),
      actor: row.actor,
      action: row.action,
      record_type: row.record_type,
      record_id: row.record_id,
      fields: row.fields,
    })),
  };
}
