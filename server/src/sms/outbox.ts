import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SmsOutboxTable } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';

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

const CLAIM_MS = 5 * 60_000;
export const SMS_MAX_ATTEMPTS = 8;
const BACKOFF_MINUTES = [1, 5, 15, 60, 120, 240, 480];

/** Claims due rows (queued and due, or claimed by a sender that stopped): other processes skip them. */
export function claimDueSms(db: Kysely<Database>, now: Date, limit: number): Promise<SmsRow[]> {
  const due = db
    .selectFrom('sms_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('sms_outbox')
    .set((eb) => ({
      status: 'sending',
      claimed_until: new Date(now.getTime() + CLAIM_MS),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

export async function markSmsSent(db: Kysely<Database>, id: string, providerId: string | null, now: Date) {
  await db
    .updateTable('sms_outbox')
    .set({ status: 'sent', sent_at: now, provider_id: providerId, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** A failed attempt: retried after the backoff; `permanent` (the provider refused the number) or the last attempt: failed. */
export async function markSmsFailed(db: Kysely<Database>, row: SmsRow, error: string, now: Date, permanent: boolean) {
  const last = permanent || row.attempts >= SMS_MAX_ATTEMPTS;
  const wait = BACKOFF_MINUTES[Math.min(row.attempts, BACKOFF_MINUTES.length) - 1]! * 60_000;
  await db
    .updateTable('sms_outbox')
    .set({
      status: last ? 'failed' : 'queued',
      next_attempt_at: new Date(now.getTime() + (last ? 0 : wait)),
      claimed_until: null,
      last_error: error,
    })
    .where('id', '=', row.id)
    .where('status', '=', 'sending')
    .execute();
}
