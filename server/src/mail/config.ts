/** The mail server and sender address, from WW_SMTP_URL and WW_MAIL_FROM. */
export interface MailConfig {
  /** smtp://host:port, smtps://user:pass@host:465 (nodemailer's connection URL). */
  smtpUrl: string;
  /** The From header, such as `Office of Immigrant Affairs <desk@city.example>`. */
  from: string;
}

/** The mail configuration, or undefined when no mail server is set (mail is then kept in the outbox). */
export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig | undefined {
  const smtpUrl = env.WW_SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  if (!/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) throw new Error('WW_SMTP_URL is not an smtp:// or smtps:// URL');
  const host = (() => {
    try {
      return new URL(env.WW_PUBLIC_URL ?? '').hostname;
    } catch {
      return 'localhost';
    }
  })();
  return { smtpUrl, from: env.WW_MAIL_FROM?.trim() || `no-reply@${host}` };
}
