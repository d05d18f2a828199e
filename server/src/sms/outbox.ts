import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SmsOutboxTable } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { claimDue, retryLater } from '../outbox/claim.js';

/**
 * Text messages, like mail (mail/outbox.ts): a row of `sms_outbox` first, its
 * number and text encrypted; a sender per process (sms/sender.ts) claims due
 * rows with FOR UPDATE SKIP LOCKED. Without a provider they are `kept`.
 */
export interface OutgoingSms {
  id: string;
  purpose: string;
  to: string;
  body: string;
  locale: string;
  recordType?: string | undefined;
  recordId?: string | undefined;
}

export type SmsRow = Selectable<SmsOutboxTable>;

export async function queueSms(
  db: Kysely<Database> | Transaction<Database>,
  crypto: FieldCrypto,
  sms: OutgoingSms,
  { provider }: { provider: boolean },
): Promise<void> {
  await db
    .insertInto('sms_outbox')
    .values({
      id: sms.id,
      purpose: sms.purpose,
      record_type: sms.recordType ?? null,
      record_id: sms.recordId ?? null,
      to_enc: crypto.encrypt(sms.to)!,
      body_enc: crypto.encrypt(sms.body)!,
      locale: sms.locale,
      status: provider ? 'queued' : 'kept',
      claimed_until: null,
      last_error: null,
      provider_id: null,
      sent_at: null,
    })
    .execute();
}

/** Claims due text messages; other processes skip them (outbox/claim.ts). */
export const claimDueSms = (db: Kysely<Database>, now: Date, limit: number): Promise<SmsRow[]> =>
  claimDue(db, 'sms_outbox', now, limit);

export async function markSmsSent(db: Kysely<Database>, id: string, providerId: string | null, now: Date) {
  await db
    .updateTable('sms_outbox')
    .set({ status: 'sent', sent_at: now, provider_id: providerId, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** A failed attempt: retried after the backoff; `permanent` (the provider refused the number) or the last attempt: failed. */
export const markSmsFailed = (db: Kysely<Database>, row: SmsRow, error: string, now: Date, permanent: boolean) =>
  retryLater(db, 'sms_outbox', row, error, now, { permanent });
