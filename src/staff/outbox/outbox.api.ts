import type { DeskApi } from '../core/desk-api.js';

export interface OutboxMail {
  id: string;
  purpose: string;
  /** Null once retention erased them. */
  to: string | null;
  subject: string | null;
  text: string | null;
  attempts: number;
  locale: string;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'kept';
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
}

export interface Outbox {
  /** Whether a mail server is set up; without one every message is kept here. */
  smtp: boolean;
  items: OutboxMail[];
}

/** The outbox, decrypted (the server audits the view). */
export const loadOutbox = (api: DeskApi, signal: AbortSignal): Promise<Outbox> =>
  api.get<Outbox>('v1/staff/outbox', {}, signal);
