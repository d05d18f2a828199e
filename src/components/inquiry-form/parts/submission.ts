import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiClient } from '../../../core/api-client.js';
import { failForm } from '../../../core/forms/check.js';
import type { Draft } from '../../../core/forms/draft-store.js';
import type { FormState } from '../../../core/forms/form-state.js';
import { FormSubmission, isHttpError } from '../../../core/forms/submission.js';
import type { Message, Validator } from '../../../core/forms/validators.js';
import {
  postpone,
  putRecord,
  removeRecord,
  SEND_TIMEOUT_MS,
  unwatchRecord,
  watchRecord,
} from '../../../core/outbox/records.js';
import { outboxAvailable, type OutboxRecord } from '../../../core/outbox/store.js';
import { WwInquiryQueuedEvent } from '../../../events/inquiry-queued.js';
import { WwInquirySubmittedEvent } from '../../../events/inquiry-submitted.js';
import {
  INQUIRIES_PATH,
  sendInquiry,
  type InquiryKind,
  type InquiryReceipt,
  type InquiryRequest,
} from '../inquiry-form.api.js';
import { confirmationStyles, copyReference, renderDone, type Done } from './confirmation.js';
import { renderQueued } from './queued.js';
import { referenceStyles } from './reference.js';
import { bodyOf } from './request.js';
import { messagesFor, rulesFor } from './rules.js';
import { renderSendError } from './send-error.js';
import { addStyles, resultStyles } from './styles.js';

/** What sending needs from the form. */
export interface SubmissionContext {
  /** The form, with its public properties. */
  readonly host: ReactiveControllerHost &
    HTMLElement & {
      renderRoot: ParentNode;
      kind: InquiryKind;
      locale: string;
      kiosk: boolean;
      hotline: string;
      responseTime?: number | undefined;
      statusHref: string;
    };
  readonly form: FormState;
  /** The level of the result's heading. */
  readonly level: number;
  /** The server's answer time from the topic list (0: not loaded). */
  readonly topicDays: number;
  readonly api: ApiClient | undefined;
  readonly endpoint: string | undefined;
  /** Aborts when the form leaves the page. */
  readonly signal: AbortSignal;
  /** A failure in the visitor's words (the core's `errorMessage`). */
  describe(error: unknown): string;
  /** The error for an answer without a reference (a `MalformedResponseError`). */
  malformed(): unknown;
  startForm(): void;
  /** Loads the outbox's sending machinery and drains (everything with `force`, else what is due); false when it could not load. */
  startOutbox(force: boolean): Promise<boolean>;
  /** Kiosk mode: a result starts the inactivity timer again. */
  restartIdle(): void;
  /** "Send another message": a new, empty form. */
  again(): void;
}

const ignore = () => undefined;

/**
 * Sending an inquiry and what comes of it (the kit's FormSubmission, with an
 * outbox): the request (written to the outbox before it leaves, outside kiosk
 * mode), the confirmation, the "saved on this device" view (`phase: 'queued'`),
 * and the failure notices. Its code loads when the visitor first focuses the
 * form (and at the latest on submit).
 */
export class Submission extends FormSubmission<'queued'> {
  private done: Done | undefined;
  /** In the queued view: '' (waiting), 'sending' (Send now pressed) or 'still' (not yet). */
  private note: '' | 'sending' | 'still' = '';
  /** While the drain "Send now" started is still running. */
  private forcing = false;
  private copied: '' | 'yes' | 'no' = '';
  /** The queued inquiry's record id and request (kept in memory for its confirmation). */
  private queued: { id: string; body: InquiryRequest } | undefined;

  constructor(private readonly ctx: SubmissionContext) {
    super(ctx.form);
    for (const styles of [resultStyles, referenceStyles, confirmationStyles]) addStyles(ctx.host.renderRoot, styles);
  }

  get host(): SubmissionContext['host'] {
    return this.ctx.host;
  }

  protected get level(): number {
    return this.ctx.level;
  }

  messages(): Record<string, Message> {
    return messagesFor.call(this.ctx.host);
  }

  protected rules(): Record<string, Validator[]> {
    const { kind, locale } = this.ctx.host;
    return rulesFor(kind, this.form.values, this.messages(), locale);
  }

  /** The form's inquiry in the outbox, while it is shown as saved on this device. */
  get waiting(): { id: string; body: InquiryRequest } | undefined {
    return this.phase === 'queued' ? this.queued : undefined;
  }

  /** The element joins or leaves the page: its queued inquiry's receipt stays its own meanwhile. */
  watch(on: boolean): void {
    if (this.queued) (on ? watchRecord : unwatchRecord)(this.queued.id);
  }

  /** Sends the form straight to the office; it stays in the outbox only when the office cannot be reached. */
  protected async send(): Promise<void> {
    const { ctx } = this;
    const api = ctx.api;
    if (!api || this.phase === 'sending') return;
    const body = bodyOf(ctx.form.values, ctx.host.kind, ctx.form.key, ctx.host.locale);
    const id = body.idempotency_key;
    this.begin();
    const kept = !ctx.host.kiosk && outboxAvailable() && (await this.keep(body));
    try {
      const receipt = await sendInquiry(api, body, ctx.signal);
      if (kept) await removeRecord(id).catch(ignore);
      this.showDone(receipt, body, false);
    } catch (error) {
      // Gone from the page: a kept request is sent on the next visit.
      if (ctx.signal.aborted) return;
      const refused = isHttpError(error) && error.status >= 400 && error.status < 500 && error.status !== 408;
      if (kept && !refused) return this.queue(body);
      // The office refused it as it is: the form still has it all, to correct.
      if (kept) await removeRecord(id).catch(ignore);
      this.forget();
      this.failed(error, ctx.describe);
    }
  }

  /** Writes the request to the outbox; false where storage refuses (then it is only sent). */
  private async keep(body: InquiryRequest): Promise<boolean> {
    const now = Date.now();
    const record: OutboxRecord = {
      id: body.idempotency_key,
      endpoint: new URL(this.ctx.endpoint!, document.baseURI).href,
      path: INQUIRIES_PATH,
      locale: this.ctx.host.locale,
      body,
      createdAt: now,
      attempts: 0,
      // The first attempt is this one: drains leave it alone meanwhile.
      nextAttemptAt: now + SEND_TIMEOUT_MS + 5_000,
      state: 'pending',
      about: { kind: body.kind, topic: body.topic },
    };
    try {
      await putRecord(record);
    } catch {
      return false;
    }
    this.queued = { id: record.id, body };
    watchRecord(record.id);
    return true;
  }

  /** Offline, no answer, a server failure: it waits on this device, and is sent automatically. */
  private async queue(body: InquiryRequest): Promise<void> {
    await postpone(body.idempotency_key).catch(ignore);
    this.ctx.form.finish();
    this.phase = 'queued';
    this.note = '';
    this.changed();
    this.ctx.host.dispatchEvent(new WwInquiryQueuedEvent({ kind: body.kind, topic: body.topic }));
    void this.ctx.startOutbox(false);
    void this.focus('#queued-heading');
  }

  private sendNow(): void {
    this.note = 'sending';
    this.changed();
    this.forcing = true;
    void this.ctx.startOutbox(true).then((ran) => {
      this.forcing = false;
      // A drain that ran says how it went through the outbox's change event; one that never loaded cannot.
      if (!ran) this.notYet();
    });
  }

  /** After a "Send now" that did not deliver the queued inquiry. */
  notYet(): void {
    // A drain that ended before "Send now" had its go says nothing about it: wait for that attempt's own end.
    if (this.forcing || this.note !== 'sending' || this.queued === undefined || this.phase !== 'queued') return;
    this.note = 'still';
    this.changed();
  }

  private forget(): void {
    this.watch(false);
    this.queued = undefined;
  }

  showDone(receipt: InquiryReceipt, body: InquiryRequest, queued: boolean): void {
    if (this.phase === 'done' && this.done?.reference === receipt?.reference) return;
    if (typeof receipt?.reference !== 'string') {
      // An answer without a reference: sending again (the same key) asks the office for it.
      this.phase = 'form';
      this.sendError = this.ctx.malformed();
      this.changed();
      return;
    }
    this.forget();
    this.ctx.form.finish();
    this.done = {
      reference: receipt.reference,
      // A server from before status lookups sends none: the confirmation then shows the reference alone.
      token: typeof receipt.status_token === 'string' ? receipt.status_token : undefined,
      days: receipt.response_days,
      method: body.contact_method,
      queued,
    };
    this.phase = 'done';
    this.copied = '';
    this.changed();
    this.ctx.host.dispatchEvent(
      new WwInquirySubmittedEvent({ reference: receipt.reference, topic: body.topic, kind: body.kind, queued }),
    );
    this.ctx.restartIdle();
    void this.focus('#done-heading');
  }

  /** Puts a refused request back into the form, with the office's reasons on its fields. */
  restore(values: Draft, key: string, problem: OutboxRecord['problem'], fallback: string): void {
    this.forget();
    this.done = undefined;
    this.phase = 'form';
    this.ctx.startForm();
    this.ctx.form.restore(values, key);
    failForm(this.ctx.form, problem && { ...problem }, this.messages(), fallback);
  }

  /** Back to an empty form (after a confirmation, and in kiosk mode when left alone). */
  reset(): void {
    this.forget();
    this.done = undefined;
    this.sendError = undefined;
    this.copied = '';
    this.phase = 'form';
    this.changed();
  }

  /** Why the last send failed, above the button. */
  renderError(): TemplateResult | typeof nothing {
    return this.sendError
      ? renderSendError(this.sendError, this.ctx.host.locale, this.ctx.describe, () => {
          // The notice goes while sending: focus waits on the button that says "Sending…".
          this.ctx.host.renderRoot.querySelector<HTMLElement>('[part="submit"]')?.focus();
          void this.send();
        })
      : nothing;
  }

  /** The confirmation or the "saved on this device" view; undefined while the form shows. */
  renderResult(): TemplateResult | undefined {
    const { ctx } = this;
    const d = this.done;
    if (this.phase === 'queued') {
      return renderQueued({
        hotline: ctx.host.hotline,
        level: ctx.level,
        note: this.note,
        sendNow: () => this.sendNow(),
      });
    }
    if (this.phase !== 'done' || !d) return undefined;
    return renderDone.call(
      {
        host: ctx.host,
        hotline: ctx.host.hotline,
        statusHref: ctx.host.statusHref,
        locale: ctx.host.locale,
        kind: ctx.host.kind,
        level: ctx.level,
        days: Math.max(0, ctx.host.responseTime ?? 0) || d.days || ctx.topicDays,
        copied: this.copied,
        copy: (reference) =>
          void copyReference(ctx.host.renderRoot, reference).then((copied) => {
            this.copied = copied;
            this.changed();
          }),
        again: () => {
          ctx.again();
          void this.focus('form [id^="f-"]:not([tabindex="-1"])');
        },
      },
      d,
    );
  }
}
