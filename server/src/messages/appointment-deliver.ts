import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ComposedMessage } from './compose.js';
import { queueOnChannel } from './deliver.js';
import type { NotifyContext } from './notify.js';

/** The process's context for appointment messages: the registrants' one, and the makers of the links' tokens. */
export interface AppointmentContext extends NotifyContext {
  /** An appointment's manage token (appointments/tokens.ts). */
  signManage: (appointmentId: string) => string;
  /** A waiting-list entry's offer token (appointments/waitlist-token.ts). */
  signWaitlist: (entryId: string) => string;
}

const origin = (context: Pick<AppointmentContext, 'publicUrl'>) => context.publicUrl.replace(/\/+$/, '');

/** An appointment's page, `/a/{token}`, on the public origin. */
export const appointmentLink = (context: Pick<AppointmentContext, 'publicUrl' | 'signManage'>, id: string) =>
  `${origin(context)}/a/${context.signManage(id)}`;

/** A waiting-list entry's offer page, `/a/offer/{token}`, on the public origin. */
export const offerLink = (context: Pick<AppointmentContext, 'publicUrl' | 'signWaitlist'>, entryId: string) =>
  `${origin(context)}/a/offer/${context.signWaitlist(entryId)}`;

/** Whom a message goes to: an appointment or a waiting-list entry, with its contact decrypted. */
export interface Recipient {
  id: string;
  recordType: 'appointment' | 'appointment_waitlist';
  contactMethod: 'email' | 'sms' | 'none';
  email: string | null;
  phone: string | null;
  bounced: boolean;
  purged: boolean;
}

/** The channel the person chose and can be reached by, if any. */
export function recipientChannel(to: Recipient): 'email' | 'sms' | undefined {
  if (to.purged) return undefined;
  if (to.contactMethod === 'email' && to.email && !to.bounced) return 'email';
  if (to.contactMethod === 'sms' && to.phone) return 'sms';
  return undefined;
}

/**
 * Queues one message inside the caller's transaction, once per (recipient,
 * kind, start, channel): the `appointment_messages` row first (ON CONFLICT DO
 * NOTHING), and the outbox row only when that row is new, so a retried job or
 * two processes' sweeps send it once. Returns whether it was queued.
 */
export async function deliverAppointmentOnce(
  tx: Transaction<Database>,
  context: AppointmentContext,
  to: Recipient,
  key: { kind: string; startsAt: Date },
  compose: () => ComposedMessage,
): Promise<boolean> {
  const channel = recipientChannel(to);
  if (!channel) return false;
  const outboxId = randomUUID();
  const claimed = await tx
    .insertInto('appointment_messages')
    .values({ appointment_id: to.id, kind: key.kind, starts_at: key.startsAt, channel, outbox_id: outboxId })
    .onConflict((oc) => oc.columns(['appointment_id', 'kind', 'starts_at', 'channel']).doNothing())
    .executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await queueOnChannel(tx, context, channel, to, outboxId, `appointment.${key.kind}`, compose(), {
    recordType: to.recordType,
    recordId: to.id,
  });
  return true;
}
