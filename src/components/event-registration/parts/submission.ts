import { nothing, type TemplateResult } from 'lit';
import type { ApiClient } from '../../../core/api-client.js';
import { errorMessage } from '../../../core/error-message.js';
import type { FormHost, FormState } from '../../../core/forms/form-state.js';
import { FormSubmission } from '../../../core/forms/submission.js';
import { renderInLocale } from '../../../core/locale.js';
import type { SupportedLocale } from '../../../core/locales.js';
import type { Message, Validator } from '../../../core/forms/validators.js';
import { register, type EventDetail, type Registration } from '../event-registration.api.js';
import { bodyOf } from './request.js';
import { messagesFor, rulesFor } from './rules.js';
import { renderSendError } from './send-error.js';

/** What sending a sign-up needs from the element. */
export interface SubmissionContext {
  readonly host: FormHost & { locale: SupportedLocale };
  readonly form: FormState;
  /** The level of the error summary's heading. */
  level(): number;
  api(): ApiClient | undefined;
  /** Aborts when the element leaves the page. */
  signal(): AbortSignal;
  /** The event, whether the sign-up is for the series or a session, and the session's local start. */
  target(): { event: EventDetail; scope: 'session' | 'series'; occurrence: string } | undefined;
  /** The sign-up went through (or onto the waiting list). */
  done(registration: Registration): void;
}

/**
 * Sending a sign-up (the kit's FormSubmission): a retry after a lost answer
 * sends the same idempotency key, so nobody is signed up twice.
 */
export class RegistrationSubmission extends FormSubmission {
  constructor(private readonly ctx: SubmissionContext) {
    super(ctx.form);
  }

  protected get level(): number {
    return this.ctx.level();
  }

  messages(): Record<string, Message> {
    return messagesFor(this.ctx.host.locale);
  }

  protected rules(): Record<string, Validator[]> {
    return rulesFor(this.form.values, this.messages(), this.ctx.host.locale);
  }

  protected async send(): Promise<void> {
    const { ctx } = this;
    const api = ctx.api();
    const target = ctx.target();
    if (!api || !target || this.phase === 'sending') return;
    const { event, scope, occurrence } = target;
    const body = bodyOf(this.form.values, { scope, occurrence, key: this.form.key, fallbackLanguage: ctx.host.locale });
    const signal = ctx.signal();
    this.begin();
    try {
      const registration = await register(api, event.event_id, body, signal);
      this.form.finish();
      this.phase = 'done';
      ctx.done(registration);
    } catch (error) {
      // Gone from the page: the form is ready again when it comes back.
      if (signal.aborted) this.phase = 'form';
      // A 400's message is composed here, outside a render: msg() answers in the widget's language only when told it.
      else this.failed(error, (refusal) => renderInLocale(ctx.host.locale, () => errorMessage(refusal)));
    }
  }

  /** Why the last send failed, above the button. */
  renderError(): TemplateResult | typeof nothing {
    return this.sendError
      ? renderSendError(this.sendError, this.ctx.host.locale, errorMessage, () => {
          // The notice goes while sending: focus waits on the button that says "Sending…".
          this.form.host.renderRoot.querySelector<HTMLElement>('[part="submit"]')?.focus();
          void this.send();
        })
      : nothing;
  }
}
