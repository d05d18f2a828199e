import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { queueMail } from '../mail/outbox.js';
import { queueSms } from '../sms/outbox.js';
import type { ComposedMessage } from './compose.js';
import type { Registrant } from './registrants.js';

/** How messages can leave this server. */
export interface Channels {
  crypto: FieldCrypto;
  /** A mail server is configured (else mail is kept for the desk). */
  smtp: boolean;
  /** An SMS provider is configured (else text messages are kept). */
  sms: boolean;
}

/** Which message this is, once per registration: the key of `registration_messages`. */
export interface MessageKey {
  kind: string;
  occurrenceKey: string;
  sequence: number;
}

/** The channel a registrant chose and can be reached by, if any. */
export function channelOf(registrant: Registrant): 'email' | 'sms' | undefined {
  const { row } = registrant;
  if (row.status === 'cancelled' || row.purged_at) return undefined;
  if (row.contact_method === 'email' && registrant.email && !row.contact_bounced_at) return 'email';
  if (row.contact_method === 'phone' && registrant.phone) return 'sms';
  return undefined;
}

/**
 * Queues one message to a registrant, inside the caller's transaction: first
 * the `registration_messages` row (ON CONFLICT DO NOTHING on its key), and the
 * outbox row only if that row is new. So a job that is retried, or two that
 * race, send it once. Returns whether it was queued.
 */
export async function deliverOnce(
  tx: Transaction<Database>,
  channels: Channels,
  registrant: Registrant,
  key: MessageKey,
  compose: () => ComposedMessage,
): Promise<boolean> {
  const channel = channelOf(registrant);
  if (!channel) return false;
  const outboxId = randomUUID();
  const claimed = await tx
    .insertInto('registration_messages')
    .values({
      registration_id: registrant.row.id,
      kind: key.kind,
      occurrence_key: key.occurrenceKey,
      sequence: key.sequence,
      channel,
      outbox_id: outboxId,
    })
    .onConflict((oc) => oc.columns(['registration_id', 'kind', 'occurrence_key', 'sequence', 'channel']).doNothing())
    .executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  const message = compose();
  await queueOnChannel(tx, channels, channel, registrant, outboxId, key.kind, message, {
    recordType: 'registration',
    recordId: registrant.row.id,
  });
  return true;
}

/**
 * Puts one composed message in the outbox of its channel (mail or SMS), under
 * the id its message row already names. Shared by every kind of message.
 */
export async function queueOnChannel(
  tx: Transaction<Database>,
  channels: Channels,
  channel: 'email' | 'sms',
  to: { email: string | null; phone: string | null },
  outboxId: string,
  purpose: string,
  message: ComposedMessage,
  record: { recordType: string; recordId: string },
): Promise<void> {
  if (channel === 'email') {
    await queueMail(
      tx,
      channels.crypto,
      {
        id: outboxId,
        purpose,
        to: to.email!,
        subject: message.subject,
        text: message.text,
        html: message.html,
        locale: message.locale,
        attachments: message.attachments,
        headers: message.headers,
        ...record,
      },
      { smtp: channels.smtp },
    );
  } else {
    await queueSms(
      tx,
      channels.crypto,
      { id: outboxId, purpose, to: to.phone!, body: message.sms, locale: message.locale, ...record },
      { provider: channels.sms },
    );
  }
}
