import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import type { Logger } from '../lib/logger.js';
import { errorSummary } from '../lib/error-summary.js';
import { Rounds } from '../lib/rounds.js';

export { errorSummary };
import type { MailConfig } from './config.js';
import {
  claimDueMail,
  markAttemptFailed,
  markBounced,
  markSent,
  type MailAttachment,
  type OutboxRow,
} from './outbox.js';

/** Mails sent at the same time by one process (each on a pooled connection of its own). */
const PARALLEL_SENDS = 4;

export interface MailSenderOptions {
  db: Kysely<Database>;
  crypto: FieldCrypto;
  config: MailConfig;
  logger: Logger;
  /** Rows claimed per round. */
  batch?: number;
}

/** A permanent refusal of the recipient (5xx to RCPT TO): retrying cannot help. */
export function isPermanentRefusal(error: unknown): boolean {
  const { responseCode, command, code } = (error ?? {}) as {
    responseCode?: unknown;
    command?: unknown;
    code?: unknown;
  };
  return (
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600 &&
    (command === 'RCPT TO' || code === 'EENVELOPE')
  );
}

/**
 * Delivers the outbox through the mail server, one process among any number:
 * each round claims due rows (mail/outbox.ts), sends them one by one, and
 * marks each sent or to be retried. A mail server that is down costs retries,
 * never a lost or doubled mail.
 */
export class MailSender extends Rounds<{ sent: number; failed: number }> {
  private readonly transport: Transporter;
  protected readonly roundName = 'mail round';
  protected readonly roundLogger: Logger;

  constructor(private readonly options: MailSenderOptions) {
    super();
    this.roundLogger = options.logger;
    this.transport = nodemailer.createTransport({
      url: options.config.smtpUrl,
      // A few connections kept open: a round's mails go side by side, not one connection each.
      pool: true,
      maxConnections: PARALLEL_SENDS,
      // An unreachable server must fail an attempt quickly, well within the claim.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
  }

  /** One round: claims what is due at `now` and sends it. */
  protected async round(now = new Date()) {
    const { db, logger, batch = 10 } = this.options;
    let sent = 0;
    let failed = 0;
    for (;;) {
      const rows = await claimDueMail(db, now, batch);
      for (let i = 0; i < rows.length; i += PARALLEL_SENDS) {
        const results = await Promise.all(rows.slice(i, i + PARALLEL_SENDS).map((row) => this.send(row)));
        sent += results.filter(Boolean).length;
        failed += results.filter((ok) => !ok).length;
      }
      if (rows.length < batch) break;
    }
    if (sent || failed) logger.info('mail round', { sent, failed });
    return { sent, failed };
  }

  private async send(row: OutboxRow): Promise<boolean> {
    const { db, crypto, config, logger } = this.options;
    try {
      const attachments = JSON.parse(crypto.decrypt(row.attachments_enc) ?? '[]') as MailAttachment[];
      const headers = JSON.parse(crypto.decrypt(row.headers_enc) ?? '{}') as Record<string, string>;
      const info = await this.transport.sendMail({
        from: config.from,
        to: crypto.decrypt(row.to_enc)!,
        subject: crypto.decrypt(row.subject_enc)!,
        text: crypto.decrypt(row.text_enc)!,
        html: crypto.decrypt(row.html_enc) ?? undefined,
        headers: { ...headers, 'Content-Language': row.locale },
        attachments: attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, 'base64'),
          ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
        })),
      });
      await markSent(db, row.id, info.messageId ?? null, new Date());
      return true;
    } catch (error) {
      const summary = errorSummary(error);
      if (isPermanentRefusal(error)) {
        await markBounced(db, row, summary, new Date());
        logger.error('mail bounced', { id: row.id, purpose: row.purpose });
        return false;
      }
      await markAttemptFailed(db, row, summary, new Date());
      // The id and the attempt, never the address.
      logger.error('mail attempt failed', { id: row.id, purpose: row.purpose, attempts: row.attempts });
      return false;
    }
  }

  /** Stops the rounds, lets one in progress finish, and closes the connection. */
  override async stop(): Promise<void> {
    await super.stop();
    this.transport.close();
  }
}
