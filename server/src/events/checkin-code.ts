import { randomInt } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new check-in code: 8 characters (40 bits), shown as `XXXX-XXXX` and put in the confirmation's QR code. */
export function newCheckinCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** `XXXX-XXXX` for people to read. */
export const formatCheckinCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * The stored form of what was typed or scanned: upper case, separators
 * dropped, and the letters people confuse with digits read as those digits
 * (O → 0, I and L → 1). Null when it cannot be a code.
 */
export function normalizeCheckinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : null;
}
