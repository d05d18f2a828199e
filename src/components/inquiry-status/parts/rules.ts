/**
 * What can be checked before asking the office: a reference is 6 symbols of the office's alphabet (no 0/O,
 * 1/I/L, 2/Z, 5/S, 8/B, U/V), and the second fact is a status token, four digits or an email address.
 * A lookup that could not succeed would only spend one of the visitor's tries.
 */
const REFERENCE_SYMBOLS = /^[ACDEFGHJKMNPQRTWXY3479]{6}$/;

/** `k7m 4qx` → `K7M-4QX`, or null when it cannot be a reference. */
export function normalizeReference(text: string): string | null {
  const symbols = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return REFERENCE_SYMBOLS.test(symbols) ? `${symbols.slice(0, 3)}-${symbols.slice(3)}` : null;
}

/** Whether the check has the shape of one of the three facts (the server decides whether it is right). */
export function checkShape(text: string): 'missing' | 'bad' | 'ok' {
  const value = text.trim();
  if (!value) return 'missing';
  const token = /^[0-9A-Z]{8}$/i.test(value.replace(/[\s-]/g, ''));
  return token || /^\d{4}$/.test(value) || /^[^\s@]+@[^\s@]+$/.test(value) ? 'ok' : 'bad';
}

/** The reference in the page address (`#reference=K7M-4QX`), as the inquiry form's confirmation links it. */
export function referenceInHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('reference') ?? '';
}
