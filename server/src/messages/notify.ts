import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { composeNotice, type Notice } from './compose.js';
import { deliverOnce, type Channels, type MessageKey } from './deliver.js';
import { loadEventFacts, sessionsStarting, sessionTime, type EventFacts } from './event-facts.js';
import type { Registrant } from './registrants.js';
import type { MessageTexts } from './texts.js';

/** What every message needs from the process: texts, channels, links, the time. */
export interface NotifyContext extends Channels {
  texts: MessageTexts;
  /** WW_PUBLIC_URL (or the server's own origin): the manage links start with it. */
  publicUrl: string;
  /** Makes a registration's cancel token (events/cancel-token.ts). */
  sign: (registrationId: string) => string;
  now: Date;
}

export const manageUrl = (context: Pick<NotifyContext, 'publicUrl' | 'sign'>, registrationId: string) =>
  `${context.publicUrl.replace(/\/+$/, '')}/r/${context.sign(registrationId)}`;

/** Event facts per (event, language), loaded once per job. */
export class FactsCache {
  private readonly facts = new Map<string, Promise<EventFacts | undefined>>();
  constructor(private readonly tx: Transaction<Database>) {}
  get(eventId: string, locale: string) {
    const key = `${eventId} ${locale}`;
    let found = this.facts.get(key);
    if (!found) this.facts.set(key, (found = loadEventFacts(this.tx, eventId, locale)));
    return found;
  }
}

/**
 * Tells one registrant one thing, once (see deliverOnce). `sessionKey` is the
 * session the message is about; for a series registration with none, its first session.
 */
export async function notify(
  tx: Transaction<Database>,
  context: NotifyContext,
  cache: FactsCache,
  registrant: Registrant,
  notice: Notice,
  key: MessageKey,
  extra: { sessionKey?: string; movedFrom?: Date; position?: number | null } = {},
): Promise<boolean> {
  const locale = context.texts.localeFor(registrant.row.preferred_language);
  const facts = await cache.get(registrant.row.event_id, locale);
  if (!facts) return false;
  const registrationKey = registrant.row.occurrence_key;
  // A series registration without a session named: its next session.
  const sessionKey =
    extra.sessionKey ??
    (registrationKey === 'series'
      ? (sessionsStarting(facts, context.now, new Date(context.now.getTime() + 730 * 86_400_000))[0]?.key ??
        facts.row.dtstart)
      : registrationKey);
  return deliverOnce(tx, context, registrant, key, () =>
    composeNotice(context.texts, {
      notice,
      locale,
      name: registrant.name,
      facts,
      registrationKey,
      session: sessionTime(facts, sessionKey),
      movedFrom: extra.movedFrom,
      position: extra.position,
      checkinCode: registrant.row.checkin_code,
      manageUrl: manageUrl(context, registrant.row.id),
      now: context.now,
    }),
  );
}
