import { SMTPServer } from 'smtp-server';

/** A mail as the receiver got it: the envelope and the raw RFC 5322 message. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on loopback (smtp-server, no TLS, no authentication)
 * that keeps every message it accepts. `stop()` closes it, so a test can take
 * the mail server away; `start()` again listens on the same port.
 */
export class SmtpReceiver {
  readonly messages: ReceivedMail[] = [];
  port = 0;
  private server: SMTPServer | undefined;

  /** `refuse`: recipients answered 550 at RCPT TO, as a mail server does an address that does not exist. */
  constructor(private readonly options: { refuse?: (address: string) => boolean } = {}) {}

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      // Closing waits for open connections at most this long (nodemailer says QUIT after each mail anyway).
      closeTimeout: 1000,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.options.refuse?.(address.address)) {
          callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
        } else callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => done());
    });
    this.port = (server.server.address() as { port: number }).port;
    this.server = server;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }
}

/** A parsed message: headers (lower-case names, encoded words decoded), its text and HTML parts and any files. */
export interface ParsedMail {
  headers: Map<string, string>;
  text: string;
  html: string;
  attachments: { contentType: string; filename: string | undefined; cid: string | undefined; content: Buffer }[];
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, at).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** A small RFC 5322 / MIME reader: enough for what nodemailer writes (multipart/alternative, QP or base64). */
export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHead(raw);
  const parsed: ParsedMail = { headers, text: '', html: '', attachments: [] };
  const visit = (partHeaders: Map<string, string>, partBody: string) => {
    const type = partHeaders.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary) {
      for (const part of partBody.split(`--${boundary}`).slice(1)) {
        if (part.startsWith('--')) break;
        // The line break before a boundary belongs to the boundary.
        const inner = splitHead(part.replace(/^\r?\n/, '').replace(/\r?\n$/, ''));
        visit(inner.headers, inner.body);
      }
    } else if (/^(attachment|inline)/i.test(partHeaders.get('content-disposition') ?? '')) {
      const encoding = (partHeaders.get('content-transfer-encoding') ?? '').toLowerCase();
      parsed.attachments.push({
        contentType: type,
        filename: /filename="?([^";]+)"?/i.exec(partHeaders.get('content-disposition') ?? '')?.[1],
        cid: /<([^>]+)>/.exec(partHeaders.get('content-id') ?? '')?.[1],
        content:
          encoding === 'base64'
            ? Buffer.from(partBody.replace(/\s+/g, ''), 'base64')
            : Buffer.from(decodeBody(partHeaders, partBody), 'utf8'),
      });
    } else if (/^text\/html/i.test(type)) parsed.html = decodeBody(partHeaders, partBody);
    else parsed.text = decodeBody(partHeaders, partBody).replace(/\r\n/g, '\n').trimEnd();
  };
  visit(headers, body);
  return parsed;
}
