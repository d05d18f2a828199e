/**
 * A random key for one filling-in of a form: sent with the submission, kept in
 * the draft, so that sending again (after a lost answer or a reload) returns
 * the first result instead of making a second one.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
