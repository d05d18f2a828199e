import { sql, type Kysely } from 'kysely';
import type { z } from '@hono/zod-openapi';
import type { Database } from '../db/schema.js';
import type { StaffInquiryUpdate } from '../inquiries/schemas.js';
import type { InquiryRow } from '../inquiries/store.js';
import { whereFilters, type InquiryFilters } from './filters.js';

const CLOSED = new Set(['resolved', 'closed']);

/** One page of the inquiries matching the filters, newest first, and how many match in all. */
export async function listInquiries(
  db: Kysely<Database>,
  filters: InquiryFilters,
  page: number,
  pageSize: number,
): Promise<{ rows: InquiryRow[]; total: number }> {
  const where = whereFilters(filters);
  const [rows, count] = await Promise.all([
    db
      .selectFrom('inquiries')
      .selectAll()
      .where(where)
      .orderBy('received_at', 'desc')
      .orderBy('reference')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('inquiries')
      .select(sql<number>`count(*)::int`.as('total'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export function findInquiry(db: Kysely<Database>, id: string): Promise<InquiryRow | undefined> {
  return db.selectFrom('inquiries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** By its reference code, as normalizeReference writes it. */
export function findInquiryByReference(db: Kysely<Database>, reference: string): Promise<InquiryRow | undefined> {
  return db.selectFrom('inquiries').selectAll().where('reference', '=', reference).executeTakeFirst();
}

/**
 * Moves an inquiry along. `resolved_at` is set when it becomes resolved or
 * closed (kept when a resolved inquiry is closed) and cleared when it is
 * reopened; `referred` needs a referral. The row is locked while it changes:
 * two staff moving the same inquiry cannot lose a resolved_at.
 */
export function updateInquiry(
  db: Kysely<Database>,
  id: string,
  change: z.output<typeof StaffInquiryUpdate>,
): Promise<InquiryRow | 'missing' | 'no-referral'> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('inquiries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) return 'missing' as const;
    const status = change.status ?? row.status;
    const referral = change.referral === undefined ? row.referral : change.referral || null;
    if (status === 'referred' && !referral) return 'no-referral' as const;
    const now = new Date();
    return trx
      .updateTable('inquiries')
      .set({
        status,
        referral,
        resolution_code: change.resolution_code === undefined ? row.resolution_code : change.resolution_code || null,
        updated_at: now,
        resolved_at: !CLOSED.has(status) ? null : CLOSED.has(row.status) ? row.resolved_at : now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}
