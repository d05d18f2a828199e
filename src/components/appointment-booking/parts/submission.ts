import { nothing, type TemplateResult } from 'lit';
import type { ApiClient } from '../../../core/api-client.js';
import { errorMessage } from '../../../core/error-message.js';
import type { FormHost, FormState } from '../../../core/forms/form-state.js';
import { newIdempotencyKey } from '../../../core/forms/idempotency.js';
import { FormSubmission, isHttpError, waitText } from '../../../core/forms/submission.js';
import type { Message, Validator } from '../../../core/forms/validators.js';
import { renderInLocale } from '../../../core/locale.js';
import type { SupportedLocale } from '../../../core/locales.js';
import { msg, str } from '../../../core/localize.js';
import { renderNotice } from '../../../core/notice.js';
import { book, nextSlotsOf, type Appointment, type Slot } from '../appointment-booking.api.js';
import { bookingBody, type Booking } from './request.js';
import { bookingMessages, bookingRules } from './rules.js';

/** Waits before each automatic retry after the office could not be reached (the last one repeats). */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

export interface BookingContext {
  readonly host: FormHost & { locale: SupportedLocale };
  readonly form: FormState;
  level(): number;
  api(): ApiClient | undefined;
  signal(): AbortSignal;
  /** The chosen time and the rest of what the request needs (the key is the form's). */
  target(): Omit<Booking, 'key' | 'locale'> | undefined;
  /** Someone else took the time meanwhile: these are the next free ones. */
  taken(next: Slot[]): void;
  done(appointment: Appointment): void;
}

/** A failure that sending again can get past: no answer, or the server failing or busy. */
const retryable = (error: unknown): boolean => !isHttpError(error) || error.retryable;

/**
 * Confirming a booking (the kit's FormSubmission). Every attempt of one
 * filling-in sends the same idempotency key, so a retry after a lost answer or
 * an outage returns the first booking instead of making a second. When the
 * office cannot be reached it tries again by itself (and at once when the
 * browser is back online), and the visitor can too.
 */
export class BookingSubmission extends FormSubmission {
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;

  constructor(private readonly ctx: BookingContext) {
    super(ctx.form);
  }

  protected get level(): number {
    return this.ctx.level();
  }

  messages(): Record<string, Message> {
    return bookingMessages();
  }

  protected rules(): Record<string, Validator[]> {
    return bookingRules(this.form.values, this.messages(), this.ctx.target()?.onBehalfAllowed ?? false);
  }

  /** Whether an automatic retry is waiting. */
  get retrying(): boolean {
    return this.retryTimer !== undefined;
  }

  /** Stops waiting to retry (the element left the page, or another time was chosen). */
  stop(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    window.removeEventListener('online', this.retryNow);
  }

  private readonly retryNow = (): void => {
    this.stop();
    if (!this.ctx.signal().aborted) void this.send();
  };

  protected async send(): Promise<void> {
    const { ctx } = this;
    const api = ctx.api();
    const target = ctx.target();
    if (!api || !target || this.phase === 'sending') return;
    this.stop();
    const body = bookingBody(this.form.values, { ...target, key: this.form.key, locale: ctx.host.locale });
    const signal = ctx.signal();
    this.begin();
    try {
      const appointment = await book(api, body, signal);
      this.retries = 0;
      this.form.finish();
      this.phase = 'done';
      ctx.done(appointment);
    } catch (error) {
      if (signal.aborted) {
        this.phase = 'form';
        return;
      }
      const next = nextSlotsOf(error);
      if (next) {
        // Nothing was booked: the next try (another time) is a new request with a key of its own.
        this.phase = 'form';
        this.retries = 0;
        this.form.key = newIdempotencyKey();
        this.form.save();
        ctx.taken(next);
        this.changed();
        return;
      }
      this.failed(error, (refusal) => renderInLocale(ctx.host.locale, () => errorMessage(refusal)));
      if (retryable(error) && !(isHttpError(error) && error.status === 429)) this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)]!;
    this.retries++;
    this.retryTimer = setTimeout(this.retryNow, delay);
    window.addEventListener('online', this.retryNow, { once: true });
  }

  /** Why the last send failed, above the button; call while rendering. */
  renderError(): TemplateResult | typeof nothing {
    const error = this.sendError;
    if (!error) return nothing;
    const again = {
      label: msg('Try again now', { id: 'appointment.retry-now' }),
      onClick: () => {
        this.form.host.renderRoot.querySelector<HTMLElement>('[part="submit"]')?.focus();
        this.retryNow();
      },
    };
    if (isHttpError(error) && error.status === 429) {
      return renderNotice({
        tone: 'error',
        heading: msg(str`Too many tries. Please wait ${waitText(error, this.ctx.host.locale)}, then try again.`, {
          id: 'appointment.error.rate-limited',
        }),
        action: again,
      });
    }
    if (retryable(error)) {
      return renderNotice({
        tone: 'error',
        heading: msg('We could not reach the office. Your appointment is not booked yet.', {
          id: 'appointment.error.unreachable',
        }),
        detail: msg('We will try again in a moment. It cannot be booked twice, and nothing you typed is lost.', {
          id: 'appointment.error.unreachable-detail',
        }),
        action: again,
      });
    }
    return renderNotice({
      tone: 'error',
      heading: msg('Your appointment was not booked. Nothing you typed is lost.', {
        id: 'appointment.error.not-booked',
      }),
      detail: errorMessage(error),
    });
  }
}
