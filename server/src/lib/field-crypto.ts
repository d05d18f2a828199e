import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Personal fields encrypted at rest with AES-256-GCM: `v1.<iv>.<ciphertext>.<tag>`
 * in base64url. The key comes from the environment (WW_DATA_KEY), never the
 * database, so a copy of the database alone reveals no name, phone, email or message.
 */
export class FieldCrypto {
  private constructor(private readonly key: Buffer) {}

  /** From 32 bytes as base64 or hex (`openssl rand -base64 32`). */
  static fromKeyText(text: string): FieldCrypto {
    const trimmed = text.trim();
    const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
    if (key.length !== 32) throw new Error('WW_DATA_KEY must be 32 bytes, as base64 or hex');
    return new FieldCrypto(key);
  }

  /** A random key for this process only (tests, in-memory demos): data does not outlive it. */
  static ephemeral(): FieldCrypto {
    return new FieldCrypto(randomBytes(32));
  }

  static newKeyText(): string {
    return randomBytes(32).toString('base64');
  }

  encrypt(value: string | null | undefined): string | null {
    if (value === null || value === undefined || value === '') return null;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return ['v1', iv, data, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The plain text, or throws when the value was not encrypted with this key. */
  decrypt(value: string | null | undefined): string | null {
    if (!value) return null;
    const [version, iv, data, tag] = value.split('.');
    if (version !== 'v1' || !iv || !data || !tag) throw new Error('Not an encrypted field');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
