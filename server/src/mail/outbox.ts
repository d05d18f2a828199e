import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, MailOutboxTable } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { claimDue, retryLater } from '../outbox/claim.js';

export { CLAIM_MS, MAX_ATTEMPTS } from '../outbox/claim.js';

/**
 * Every mail the server sends is first a row of `mail_outbox`, its recipient
 * and text encrypted: a reply to a person, and (issue 17) a confirmation or a
 * reminder. A sender in each process (mail/sender.ts) delivers queued rows;
 * without a mail server they are `kept`, and the desk reads them in the outbox.
 */
export interface OutgoingMail {
  /** What it is for: `reply`, `confirmation`, `reminder`… (never personal). */
  purpose: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** The language it is written in (Content-Language). */
  locale: string;
  /** The record it is about, for tracing: `inquiry` and its id. */
  recordType?: string | undefined;
  recordId?: string | undefined;
  /** Files sent with it (the .ics), and images the HTML shows by `cid:` (the check-in QR code). */
  attachments?: MailAttachment[] | undefined;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string> | undefined;
  /** The outbox row's id, when the caller needs it first (a registration message points at it). */
  id?: string | undefined;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The bytes, base64. */
  content: string;
  /** Set for an image the HTML part shows inline (`<img src="cid:…">`). */
  cid?: string | undefined;
}

export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'kept' | 'bounced';
export type OutboxRow = Selectable<MailOutboxTable>;

/** Queues a mail; with no mail server configured it is kept for the desk to read and pass on. */
export async function queueMail(
  db: Kysely<Database> | Transaction<Database>,
  crypto: FieldCrypto,
  mail: OutgoingMail,
  { smtp }: { smtp: boolean },
): Promise<{ id: string; status: MailStatus }> {
  const id = mail.id ?? randomUUID();
  const status: MailStatus = smtp ? 'queued' : 'kept';
  await db
    .insertInto('mail_outbox')
    .values({
      id,
      purpose: mail.purpose,
      record_type: mail.recordType ?? null,
      record_id: mail.recordId ?? null,
      to_enc: crypto.encrypt(mail.to)!,
      subject_enc: crypto.encrypt(mail.subject)!,
      text_enc: crypto.encrypt(mail.text)!,
      html_enc: crypto.encrypt(mail.html),
      attachments_enc: mail.attachments?.length ? crypto.encrypt(JSON.stringify(mail.attachments)) : null,
      headers_enc: mail.headers ? crypto.encrypt(JSON.stringify(mail.headers)) : null,
      locale: mail.locale,
      status,
      claimed_until: null,
      last_error: null,
      message_id: null,
      sent_at: null,
    })
    .execute();
  return { id, status };
}

/**
 * Claims due mail (queued and due, or left by a sender that stopped): other
 * processes skip it (outbox/claim.ts), so two never send the same mail.
 */
export const claimDueMail = (db: Kysely<Database>, now: Date, limit: number): Promise<OutboxRow[]> =>
  claimDue(db, 'mail_outbox', now, limit);

export async function markSent(db: Kysely<Database>, id: string, messageId: string | null, now: Date) {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: now, message_id: messageId, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/**
 * The mail server refused the address for good (a 5xx answer to RCPT TO): the
 * mail is `bounced`, never retried, and the registration or appointment it was
 * for is marked, so no more mail goes to that address (and the desk sees it).
 */
export async function markBounced(db: Kysely<Database>, row: OutboxRow, error: string, now: Date) {
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('mail_outbox')
      .set({ status: 'bounced', claimed_until: null, last_error: error })
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .execute();
    if (row.record_type === 'registration' && row.record_id) {
      await tx
        .updateTable('registrations')
        .set({ contact_bounced_at: now })
        .where('id', '=', row.record_id)
        .where('contact_bounced_at', 'is', null)
        .execute();
    }
    if (row.record_type === 'appointment' && row.record_id) {
      await tx
        .updateTable('appointments')
        .set({ contact_bounced_at: now })
        .where('id', '=', row.record_id)
        .where('contact_bounced_at', 'is', null)
        .execute();
    }
  });
}

/** A failed attempt: queued again after the backoff, or failed for good after the last attempt. */
export const markAttemptFailed = (db: Kysely<Database>, row: OutboxRow, error: string, now: Date) =>
  retryLater(db, 'mail_outbox', row, error, now);

export interface OutboxItem {
  id: string;
  purpose: string;
  to: string | null;
  subject: string | null;
  text: string | null;
  locale: string;
  status: MailStatus;
  attempts: number;
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
}

const isoOf = (value: unknown) => (value === null ? null : new Date(value as Date | string).toISOString());

/** The newest mail, decrypted, for the desk to read (and pass on by hand when no mail server is configured). */
export async function listOutbox(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  { limit = 100, status }: { limit?: number; status?: MailStatus[] | undefined } = {},
): Promise<OutboxItem[]> {
  let query = db.selectFrom('mail_outbox').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit);
  if (status?.length) query = query.where('status', 'in', status);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    purpose: row.purpose,
    to: crypto.decrypt(row.to_enc),
    subject: crypto.decrypt(row.subject_enc),
    text: crypto.decrypt(row.text_enc),
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    created_at: isoOf(row.created_at)!,
    sent_at: isoOf(row.sent_at),
    last_error: row.last_error,
  }));
}
