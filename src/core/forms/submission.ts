import { nothing, type TemplateResult } from 'lit';
import type { HttpError } from '../errors.js';
import { plural } from '../intl.js';
import { msg, str } from '../localize.js';
import { formatNumber } from '../number-format.js';
import { checkForm, failForm } from './check.js';
import { renderErrorSummary } from './error-summary.js';
import type { FormState } from './form-state.js';
import type { Message, Validator } from './validators.js';

/** Where a form is: being filled in, on its way, or received. */
export type Phase = 'form' | 'sending' | 'done';

/** An answer with a status, told by its `kind`: lazily loaded form code need not import errors.ts. */
export const isHttpError = (error: unknown): error is HttpError => (error as HttpError | undefined)?.kind === 'http';

/** How long a 429 asks a visitor to wait, at least a second: "30 seconds", "ثانية واحدة", "5 sekund". */
export function waitText(error: HttpError | undefined, locale: string): string {
  const seconds = Math.max(1, Math.ceil(error?.retryAfter ?? 60));
  const n = formatNumber(seconds, locale);
  return plural(seconds, locale, {
    zero: () => msg(str`${n} seconds`, { id: 'form.seconds.zero' }),
    one: () => msg(str`${n} second`, { id: 'form.seconds.one' }),
    two: () => msg(str`${n} seconds`, { id: 'form.seconds.two' }),
    few: () => msg(str`${n} seconds`, { id: 'form.seconds.few' }),
    many: () => msg(str`${n} seconds`, { id: 'form.seconds.many' }),
    other: () => msg(str`${n} seconds`, { id: 'form.seconds.other' }),
  });
}

/**
 * Sending one form, the same way for every form. The element keeps the
 * form's state (a FormState: values kept as a draft, the idempotency key,
 * errors) and renders its fields from its own `parts/fields.ts`; a subclass of
 * this, in the form's `parts/submission.ts`, gives the rules (its
 * `parts/rules.ts`), sends, and shows what comes of it. Shared here: the check
 * on submit, one send at a time, the key saved before a request leaves, a
 * refusal (400) put on the fields in the form's own words, any other failure
 * kept above the button with everything typed still there, and the summary.
 */
export abstract class FormSubmission<Extra extends string = never> {
  phase: Phase | Extra = 'form';
  /** A failure the visitor cannot correct in the form (offline, a server error): shown above the button. */
  sendError: unknown;

  constructor(readonly form: FormState) {}

  /** The form's own words for each field the server may refuse. */
  abstract messages(): Record<string, Message>;
  /** The rules for the current values, in the order of the form's fields. */
  protected abstract rules(): Record<string, Validator[]>;
  /** Sends the checked form (see `begin` and `failed`). */
  protected abstract send(): Promise<void>;
  /** The level of the error summary's heading: one below the form's. */
  protected abstract get level(): number;

  /** Checks the form; when it passes, sends it. Nothing while a send is out. */
  submit(): void {
    if (this.phase === 'sending') return;
    this.sendError = undefined;
    if (checkForm(this.form, this.rules())) void this.send();
  }

  /** A send starts: its key is in the draft before the request leaves, so a reload or a retry reuses it. */
  protected begin(): void {
    this.phase = 'sending';
    this.sendError = undefined;
    this.form.save();
    this.changed();
  }

  /** A send failed: back to the form, a 400 on its fields, anything else above the button. */
  protected failed(error: unknown, describe: (error: unknown) => string): void {
    this.phase = 'form';
    if (isHttpError(error) && error.status === 400)
      failForm(this.form, error.problem, this.messages(), describe(error));
    else this.sendError = error;
    this.changed();
  }

  protected changed(): void {
    this.form.host.requestUpdate();
  }

  /** Moves focus to `selector` once rendered: a result's heading. */
  protected async focus(selector: string): Promise<void> {
    await this.form.host.updateComplete;
    this.form.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The problems after a failed check or a refusal, in the order of the form's `fields`; their heading takes focus. */
  renderSummary(fields: string[]): TemplateResult | typeof nothing {
    const { form } = this;
    return form.hasErrors ? renderErrorSummary(form.summary(fields), () => form.host.renderRoot, this.level) : nothing;
  }
}
