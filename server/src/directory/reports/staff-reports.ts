import type { Kysely, Selectable } from 'kysely';
import type { Database, ServiceReportTable } from '../../db/schema.js';
import type { FieldCrypto } from '../../lib/field-crypto.js';
import type { StaffReportView } from './schemas.js';

export interface ReportFilter {
  status: 'open' | 'closed';
  serviceId?: string | undefined;
  page: number;
  pageSize: number;
}

/** A timestamp column as ISO 8601 (the drivers give a Date; `created_at`'s type is nested in Generated). */
const iso = (value: unknown) => (value == null ? null : new Date(value as Date | string).toISOString());

/**
 * The editors' queue: open reports oldest first (the longest wait on top), closed ones most recently closed
 * first; notes decrypted (the caller audits the view).
 */
export async function listReports(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  filter: ReportFilter,
): Promise<{ items: StaffReportView[]; total: number }> {
  let query = db
    .selectFrom('service_reports as r')
    .innerJoin('services as s', 's.id', 'r.service_id')
    .where('r.status', '=', filter.status);
  if (filter.serviceId) query = query.where('r.service_id', '=', filter.serviceId);
  const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('r')
    .select('s.name as service_name')
    .$call((q) =>
      filter.status === 'open'
        ? q.orderBy('r.created_at', 'asc')
        : q.orderBy('r.closed_at', 'desc').orderBy('r.created_at', 'desc'),
    )
    .orderBy('r.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { total: Number(total), items: rows.map((row) => toView(row, crypto)) };
}

export type CloseOutcome = { kind: 'ok'; report: StaffReportView } | { kind: 'missing' } | { kind: 'closed' };

/** Closes an open report as seen and left as it is ('no-change'); a report closed already is left alone. */
export async function closeWithoutChange(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  id: string,
  by: string,
): Promise<CloseOutcome> {
  const closed = await db
    .updateTable('service_reports')
    .set({ status: 'closed', resolution: 'no-change', closed_by: by, closed_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('service_id')
    .executeTakeFirst();
  if (!closed) {
    const exists = await db.selectFrom('service_reports').select('id').where('id', '=', id).executeTakeFirst();
    return exists ? { kind: 'closed' } : { kind: 'missing' };
  }
  const report = (await findReport(db, crypto, id))!;
  return { kind: 'ok', report };
}

/**
 * Closes open reports as `fixed` by a directory change, inside the save's transaction (the editor's
 * `closes_reports`). Only reports on that service; answers the ids closed.
 */
export async function closeFixedReports(
  tx: Kysely<Database>,
  serviceId: string,
  ids: readonly string[],
  changeId: string,
  by: string,
): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx
    .updateTable('service_reports')
    .set({ status: 'closed', resolution: 'fixed', change_id: changeId, closed_by: by, closed_at: new Date() })
    .where('id', 'in', [...ids])
    .where('service_id', '=', serviceId)
    .where('status', '=', 'open')
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

async function findReport(db: Kysely<Database>, crypto: FieldCrypto, id: string) {
  const row = await db
    .selectFrom('service_reports as r')
    .innerJoin('services as s', 's.id', 'r.service_id')
    .selectAll('r')
    .select('s.name as service_name')
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row && toView(row, crypto);
}

type ReportRow = Selectable<ServiceReportTable> & { service_name: string };

function toView(row: ReportRow, crypto: FieldCrypto): StaffReportView {
  return {
    id: row.id,
    service_id: row.service_id,
    service_name: row.service_name,
    source: row.source,
    kind: row.kind,
    note: crypto.decrypt(row.note),
    proposed: row.proposed ?? null,
    locale: row.locale,
    status: row.status,
    resolution: row.resolution,
    created_at: iso(row.created_at)!,
    closed_at: iso(row.closed_at),
    closed_by: row.closed_by,
  };
}
