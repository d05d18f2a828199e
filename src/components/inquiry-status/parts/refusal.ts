import { HttpError } from '../../../core/errors.js';

/**
 * A lookup the office refused: no such reference and check (one answer for both, so that guessing learns
 * nothing), or too many failed tries from this device or on this reference, until a time.
 */
export interface Refusal {
  reason: 'not-found' | 'too-many' | 'locked';
  /** When trying again can work (ms since the epoch), fixed when the answer came. */
  until: number;
}

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'reason' in value && 'until' in value;

/** The refusal an error stands for, or undefined (a network failure, a server fault: said as any widget says them). */
export function refusalOf(error: unknown, now = Date.now()): Refusal | undefined {
  if (!(error instanceof HttpError)) return undefined;
  const until = now + (error.retryAfter ?? 0) * 1000;
  if (error.status === 404) return { reason: 'not-found', until };
  if (error.status !== 429) return undefined;
  return { reason: /reference-locked$/.test(error.problem?.type ?? '') ? 'locked' : 'too-many', until };
}
