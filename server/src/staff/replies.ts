import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { mailHtml } from '../mail/html.js';
import { queueMail, type MailStatus } from '../mail/outbox.js';
import type { InquiryRow } from '../inquiries/store.js';
import { loadReferralDestinations, referralNamesIn } from '../stats/published-values.js';
import { fillPlaceholders } from './reply-templates.js';

export interface ReplyRequest {
  templateCode?: string | undefined;
  locale: string;
  subject: string;
  body: string;
  author: string;
}

/** The status page of one inquiry: the page's address with the reference in its fragment (never sent to a server). */
export const statusUrlFor = (statusPageUrl: string, reference: string) =>
  `${statusPageUrl}#reference=${encodeURIComponent(reference)}`;

/** Where the inquiry was referred, named in `locale` (a destination's translated name, else the text typed). */
async function referralIn(db: Kysely<Database>, row: InquiryRow, locale: string): Promise<string> {
  if (row.referral_code) {
    const destination = (await loadReferralDestinations(db)).find((d) => d.code === row.referral_code);
    if (destination)
      return (await referralNamesIn(db, [destination], [locale, locale.split('-')[0]!])).names[destination.code]!;
  }
  return row.referral ?? '';
}

/**
 * Replies to the person by email, in the language chosen: the placeholders
 * filled, the mail queued in the outbox (encrypted), and the reply logged
 * (author, template, language, method, the outbox row) without its text.
 * 'no-email' when the person did not ask to be answered by email or the
 * address is no longer on record.
 */
export async function sendReply(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  row: InquiryRow,
  reply: ReplyRequest,
  { statusPageUrl, smtp }: { statusPageUrl: string; smtp: boolean },
): Promise<{ id: string; status: MailStatus } | 'no-email'> {
  const email = row.contact_method === 'email' ? crypto.decrypt(row.email_enc) : null;
  if (!email) return 'no-email';
  const values = {
    reference: row.reference,
    referral: await referralIn(db, row, reply.locale),
    status_url: statusUrlFor(statusPageUrl, row.reference),
  };
  const subject = fillPlaceholders(reply.subject, values);
  const text = fillPlaceholders(reply.body, values);
  return db.transaction().execute(async (trx) => {
    const mail = await queueMail(
      trx,
      crypto,
      {
        purpose: 'reply',
        to: email,
        subject,
        text,
        html: mailHtml(text, { locale: reply.locale, title: subject }),
        locale: reply.locale,
        recordType: 'inquiry',
        recordId: row.id,
      },
      { smtp },
    );
    const id = randomUUID();
    await trx
      .insertInto('inquiry_replies')
      .values({
        id,
        inquiry_id: row.id,
        author: reply.author,
        template_code: reply.templateCode ?? null,
        locale: reply.locale,
        method: 'email',
        outbox_id: mail.id,
      })
      .execute();
    return { id, status: mail.status };
  });
}
