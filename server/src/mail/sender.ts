import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import type { Logger } from '../lib/logger.js';
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

/** An error as kept in the outbox: no address (a server's refusal often quotes it), short. */
export function errorSummary(error: unknown): string {
  const code = (error as { code?: unknown; responseCode?: unknown }) ?? {};
  const text = error instanceof Error ? error.message : String(error);
  const prefix = [code.code, code.responseCode].filter((part) => part !== undefined).join(' ');
  const summary = `${prefix ? `${prefix}: ` : ''}${text}`.replace(/[^\s<>"',;:]+@[^\s<>"',;]+/g, '…');
  return summary.length > 300 ? `${summary.slice(0, 299)}…` : summary;
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
export class MailSender {
  private readonly transport: Transporter;
  private running: Promise<{ sent: number; failed: number }> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: MailSenderOptions) {
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

  /** One round: claims what is due at `now` and sends it. A round already running is joined, not doubled. */
  runOnce(now = new Date()): Promise<{ sent: number; failed: number }> {
    this.running ??= this.round(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(now: Date) {
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

  /** Runs a round every `intervalMs` without keeping the process alive for it. */
  start(intervalMs = 10_000): this {
    const tick = () =>
      void this.runOnce().catch((error: unknown) =>
        this.options.logger.error('mail round failed', { message: String(error) }),
      );
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    tick();
    return this;
  }

  /** Stops the rounds, lets one in progress finish, and closes the connection. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
    this.transport.close();
  }
}
