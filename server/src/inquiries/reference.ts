import { randomInt } from 'node:crypto';

/**
 * Reference codes a person can read over the phone: no 0/O, 1/I/L, 2/Z, 5/S,
 * 8/B or U/V, in two groups of three (`K7M-4QX`). 22 symbols to the 6th power
 * is about 113 million codes; the database's unique index catches a repeat.
 */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTWXY3479';

export function newReference(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** A reference as typed by staff (any case, any separator), or null when it cannot be one. */
export function normalizeReference(text: string): string | null {
  const letters = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (letters.length !== 6 || [...letters].some((c) => !REFERENCE_ALPHABET.includes(c))) return null;
  return `${letters.slice(0, 3)}-${letters.slice(3)}`;
}
