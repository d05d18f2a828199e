import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { mailHtml } from '../../mail/html.js';
import { queueMail } from '../../mail/outbox.js';
import type { NotifyContext } from '../../messages/notify.js';
import type { MessageTexts } from '../../messages/texts.js';
import { officeTimeZone } from '../../lib/time-zone.js';

type Tx = Transaction<Database>;
export type VerificationMailContext = Pick<NotifyContext, 'crypto' | 'smtp' | 'texts' | 'publicUrl' | 'now'>;

/** The provider's page of a request, `/v/{token}`, on the public origin. */
export const verificationLink = (publicUrl: string, token: string) => `${publicUrl.replace(/\/+$/, '')}/v/${token}`;

/** The mail to a provider, in their language (the service's source language): subject, text and HTML. */
export function composeVerificationMail(
  texts: MessageTexts,
  input: { locale: string; serviceName: string; link: string; expiresAt: Date },
) {
  const locale = texts.localeFor(input.locale);
  let machine = false;
  const t = (id: string, values: Record<string, string> = {}) => {
    const text = texts.text(locale, id, values);
    machine ||= text.machine;
    return text.value;
  };
  const until = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: officeTimeZone() }).format(
    input.expiresAt,
  );
  const subject = t('mail.verification.subject', { name: input.serviceName });
  const blocks = [
    t('mail.verification.greeting'),
    t('mail.verification.intro', { name: input.serviceName }),
    t('mail.verification.line.link', { link: input.link }),
    t('mail.verification.line.expires', { date: until }),
    t('mail.verification.line.why'),
  ];
  if (machine) blocks.push(t('mail.line.machine'));
  const text = `${blocks.join('\n\n')}\n`;
  return { locale, subject, text, html: mailHtml(text, { locale, title: subject }) };
}

/**
 * The job of `verification.request`: mails the request's link once. The request's `outbox_id` is set first,
 * only while it is empty, so a job retried or run by two processes queues one mail; a request already used or
 * expired mails nothing. Returns 1 when a mail was queued.
 */
export async function sendVerificationRequest(
  tx: Tx,
  context: VerificationMailContext,
  sign: (requestId: string) => string,
  requestId: string,
): Promise<number> {
  const request = await tx
    .selectFrom('verification_requests as r')
    .innerJoin('services as s', 's.id', 'r.service_id')
    .select(['r.id', 'r.sent_to', 'r.locale', 'r.expires_at', 'r.used_at', 'r.outbox_id', 's.name'])
    .where('r.id', '=', requestId)
    .executeTakeFirst();
  if (!request || request.outbox_id || request.used_at || new Date(request.expires_at) <= context.now) return 0;
  const outboxId = randomUUID();
  const claimed = await tx
    .updateTable('verification_requests')
    .set({ outbox_id: outboxId })
    .where('id', '=', requestId)
    .where('outbox_id', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) return 0;
  const mail = composeVerificationMail(context.texts, {
    locale: request.locale,
    serviceName: request.name,
    link: verificationLink(context.publicUrl, sign(request.id)),
    expiresAt: new Date(request.expires_at),
  });
  await queueMail(
    tx,
    context.crypto,
    {
      id: outboxId,
      purpose: 'verification.request',
      to: context.crypto.decrypt(request.sent_to)!,
      ...mail,
      recordType: 'verification_request',
      recordId: request.id,
    },
    { smtp: context.smtp },
  );
  return 1;
}
