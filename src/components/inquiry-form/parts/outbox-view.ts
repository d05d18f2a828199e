import { css, html, nothing, type TemplateResult } from 'lit';
import type { Draft } from '../../../core/forms/draft-store.js';
import { msg } from '../../../core/localize.js';
import { claimDelivered, takeDeliveredReceipts } from '../../../core/outbox/sender.js';
import { removeRecord } from '../../../core/outbox/records.js';
import { getRecord, listRecords, type OutboxRecord } from '../../../core/outbox/store.js';
import { WwInquirySubmittedEvent } from '../../../events/inquiry-submitted.js';
import type { InquiryReceipt, InquiryRequest } from '../inquiry-form.api.js';
import { referenceStyles, renderReference } from './reference.js';
import { addStyles } from './styles.js';
import type { Submission } from './submission.js';

const failedStyles = css`
  .failed__text {
    margin: 0;
    padding: var(--_space-s);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_color-surface);
    border-inline-start: 0.25em solid var(--_color-border);
    user-select: text;
  }
  .failed__reasons {
    margin: 0;
    padding-inline-start: 1.2em;
  }
`;

/** The form's values for a saved request. */
export function valuesOf(body: Partial<InquiryRequest>): Draft {
  const list = (items: readonly string[] | undefined) => (items ?? []).join(',');
  return {
    topic: body.topic === 'volunteer' ? '' : (body.topic ?? ''),
    message: body.message ?? '',
    preferred_language: body.preferred_language ?? '',
    contact_method: body.contact_method ?? '',
    anonymous: body.kind !== 'volunteer' && !body.name ? 'true' : '',
    name: body.name ?? '',
    phone: body.phone ?? '',
    email: body.email ?? '',
    postcode: body.postcode ?? '',
    consent: body.consent ? 'true' : '',
    interests: list(body.interests),
    languages_spoken: list(body.languages_spoken),
    availability: list(body.availability),
  };
}

/**
 * What the outbox holds for this form after each drain: its own queued
 * inquiry's fate, receipts of inquiries sent on earlier visits (shown once),
 * and saved inquiries the office refused (to correct or delete). Loaded only
 * once the outbox has been drained, so only when it held something.
 */
export class OutboxView {
  /** Receipts of inquiries sent earlier and delivered while no form was on the page. */
  delivered: OutboxRecord[] = [];
  /** Saved inquiries the office refused: they need the visitor's attention. */
  failed: OutboxRecord[] = [];

  /** `sending`: the form's submission, whose queued inquiry, words and way back into the form these notices use. */
  constructor(private readonly sending: Submission) {
    addStyles(sending.host.renderRoot, referenceStyles);
    addStyles(sending.host.renderRoot, failedStyles);
  }

  private set(change: Partial<Pick<OutboxView, 'delivered' | 'failed'>>): void {
    Object.assign(this, change);
    this.sending.host.requestUpdate();
  }

  async refresh(): Promise<void> {
    const { sending } = this;
    try {
      const mine = sending.waiting;
      if (mine) {
        const record = await getRecord(mine.id);
        if (record?.state === 'delivered') {
          const taken = await claimDelivered(mine.id);
          if (taken) sending.showDone(taken.receipt as InquiryReceipt, mine.body, true);
        } else if (record?.state === 'pending') {
          sending.notYet();
        }
      }
      for (const r of await takeDeliveredReceipts()) {
        const reference = (r.receipt as InquiryReceipt | undefined)?.reference;
        if (!reference) continue;
        this.set({ delivered: [...this.delivered, r] });
        sending.host.dispatchEvent(
          new WwInquirySubmittedEvent({
            reference,
            topic: r.about.topic ?? '',
            kind: r.about.kind === 'volunteer' ? 'volunteer' : 'inquiry',
            queued: true,
          }),
        );
      }
      const failed = (await listRecords()).filter((r) => r.state === 'failed');
      // Its own queued inquiry, refused on a retry: back into the form with the office's reasons.
      const own = mine && sending.waiting && failed.find((r) => r.id === mine.id);
      if (own) this.edit(own);
      this.set({ failed: failed.filter((r) => r.id !== sending.form.key || sending.phase === 'done') });
    } catch {
      // Storage went away: nothing to show.
    }
  }

  /** Forgets the delivered notices (a new visitor, in kiosk mode or after "Send another message"). */
  clear(): void {
    this.set({ delivered: [] });
  }

  private edit(record: OutboxRecord): void {
    this.set({ failed: this.failed.filter((r) => r.id !== record.id) });
    this.sending.restore(
      valuesOf(record.body as InquiryRequest),
      record.id,
      record.problem,
      msg('The office could not accept this message as it is. Please check it and send it again.', {
        id: 'inquiry.failed.fallback',
      }),
    );
  }

  private async discard(record: OutboxRecord): Promise<void> {
    await removeRecord(record.id).catch(() => undefined);
    this.set({ failed: this.failed.filter((r) => r.id !== record.id) });
  }

  render(): TemplateResult {
    return html`${this.delivered.map((r) => this.renderDelivered(r))} ${this.failed.map((r) => this.renderFailed(r))}`;
  }

  private renderDelivered(r: OutboxRecord): TemplateResult {
    const reference = (r.receipt as InquiryReceipt).reference;
    return html`<div part="notice" class="notice notice--info delivered" role="status">
      <p class="notice__heading">
        ${msg(html`Your message sent earlier was delivered: reference ${renderReference(reference)}`, {
          id: 'inquiry.delivered-earlier',
        })}
      </p>
      <div class="actions">
        <button
          class="button"
          type="button"
          @click=${() => this.set({ delivered: this.delivered.filter((d) => d !== r) })}
        >
          ${msg('Close this message', { id: 'inquiry.delivered-close' })}
        </button>
      </div>
    </div>`;
  }

  private renderFailed(r: OutboxRecord): TemplateResult {
    const body = (r.body ?? {}) as Partial<InquiryRequest>;
    const text = body.message ?? '';
    const sameKind = (body.kind ?? 'inquiry') === this.sending.host.kind && this.sending.phase !== 'sending';
    const messages = this.sending.messages();
    return html`<div part="notice" class="notice notice--error failed" role="alert">
      <p class="notice__heading">
        ${msg('A message saved on this device could not be sent. It needs your attention.', {
          id: 'inquiry.failed.heading',
        })}
      </p>
      ${text ? html`<blockquote class="failed__text" dir="auto">${text}</blockquote>` : nothing}
      ${
        r.problem?.errors.length
          ? html`<ul class="failed__reasons">
              ${r.problem.errors.map((e) => html`<li>${messages[e.path]?.() ?? html`<bdi>${e.message}</bdi>`}</li>`)}
            </ul>`
          : nothing
      }
      <div class="actions">
        ${
          sameKind
            ? html`<button class="button button--primary" type="button" @click=${() => this.edit(r)}>
                ${msg('Correct it and send it again', { id: 'inquiry.failed.edit' })}
              </button>`
            : nothing
        }
        <button class="button" type="button" @click=${() => void this.discard(r)}>
          ${msg('Delete it from this device', { id: 'inquiry.failed.delete' })}
        </button>
      </div>
    </div>`;
  }
}
