import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import type { Logger } from '../lib/logger.js';
import { Rounds } from '../lib/rounds.js';
import type { SmsConfig } from './config.js';
import { claimDueSms, markSmsFailed, markSmsSent, type SmsRow } from './outbox.js';
import { sendTwilio } from './twilio.js';

export interface SmsSenderOptions {
  db: Kysely<Database>;
  crypto: FieldCrypto;
  config: SmsConfig;
  logger: Logger;
  batch?: number;
}

/** Delivers `sms_outbox` through the provider, one process among any number (as MailSender does mail). */
export class SmsSender extends Rounds<{ sent: number; failed: number }> {
  protected readonly roundName = 'sms round';
  protected readonly roundLogger: Logger;

  constructor(private readonly options: SmsSenderOptions) {
    super();
    this.roundLogger = options.logger;
  }

  protected async round(now = new Date()) {
    const { db, batch = 10 } = this.options;
    let sent = 0;
    let failed = 0;
    for (;;) {
      const rows = await claimDueSms(db, now, batch);
      for (const row of rows) {
        if (await this.send(row)) sent++;
        else failed++;
      }
      if (rows.length < batch) break;
    }
    return { sent, failed };
  }

  private async send(row: SmsRow): Promise<boolean> {
    const { db, crypto, config, logger } = this.options;
    const result = await sendTwilio(config, crypto.decrypt(row.to_enc)!, crypto.decrypt(row.body_enc)!);
    if (result.status === 'sent') {
      await markSmsSent(db, row.id, result.providerId, new Date());
      return true;
    }
    await markSmsFailed(db, row, result.error, new Date(), result.status === 'refused');
    logger.error('sms attempt failed', { id: row.id, purpose: row.purpose, attempts: row.attempts });
    return false;
  }
}
