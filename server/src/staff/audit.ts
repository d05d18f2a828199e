import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StaffIdentity } from './identity.js';

export type AuditAction =
  | 'view'
  | 'change'
  | 'export'
  | 'reply'
  | 'note'
  | 'create'
  | 'delete'
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'account';

export interface AuditEntry {
  action: AuditAction;
  /** inquiry, registration, account, session, export… */
  recordType: string;
  /** The record's id; never a name, an address or a message. */
  recordId?: string | null;
  /** Names of the fields shown or changed, never their values. */
  fields?: readonly string[];
}

/**
 * Records who viewed, changed or exported which personal record, and when.
 * Kept (no retention purge): it holds ids and field names only.
 */
export async function recordAudit(
  db: Kysely<Database>,
  staff: Pick<StaffIdentity, 'name' | 'accountId'>,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor: staff.name,
      actor_account_id: staff.accountId ?? null,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId ?? null,
      fields: [...(entry.fields ?? [])],
    })
    .execute();
}
