import type { ProblemDetails } from '../errors.js';
import { focusErrorSummary } from './error-summary.js';
import type { FormState } from './form-state.js';
import { mapProblem } from './server-errors.js';
import { validate, type Message, type Validator } from './validators.js';

/** Shows the errors; with any, focuses the error summary once rendered. Returns whether there are none. */
function settle(form: FormState): boolean {
  form.host.requestUpdate();
  if (!form.hasErrors) return true;
  void (async () => {
    await form.host.updateComplete;
    focusErrorSummary(form.host.renderRoot);
  })();
  return false;
}

/** Runs the rules; on failure shows the errors and focuses the summary. */
export function checkForm(form: FormState, rules: Record<string, Validator[]>): boolean {
  form.errors = validate(form.values, rules);
  form.other = [];
  return settle(form);
}

/** Shows a 400 problem: known fields inline (with `messages[field]`), the rest in the summary. */
export function failForm(
  form: FormState,
  problem: ProblemDetails | undefined,
  messages: Record<string, Message>,
  fallback: string,
): void {
  const mapped = mapProblem(problem, messages);
  form.errors = mapped.fields;
  form.other = mapped.other.length || Object.keys(mapped.fields).length ? mapped.other : [fallback];
  settle(form);
}
