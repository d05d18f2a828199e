import type { ProblemDetails } from '../errors.js';
import type { Message } from './validators.js';

export interface MappedProblem {
  /** Problems of fields the form shows, with the form's own (localized) message for each. */
  fields: Record<string, Message>;
  /** Problems the form has no field for: shown in the error summary as the server worded them. */
  other: string[];
}

/**
 * Maps a 400 problem's `errors[].path` onto the form's fields. A known field
 * gets the form's own message for it (`messages[path]`), in the visitor's
 * language; others keep the server's words.
 */
export function mapProblem(problem: ProblemDetails | undefined, messages: Record<string, Message>): MappedProblem {
  const mapped: MappedProblem = { fields: {}, other: [] };
  for (const { path, message } of problem?.errors ?? []) {
    const field = String(path).split(/[.[]/)[0] ?? '';
    const own = messages[field];
    if (own) mapped.fields[field] ??= own;
    else if (message) mapped.other.push(message);
  }
  return mapped;
}
