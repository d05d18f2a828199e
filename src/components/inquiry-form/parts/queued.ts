import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { renderHeading } from '../../../core/heading.js';
import { renderHotline } from './hotline.js';

export interface QueuedContext {
  hotline: string;
  /** The level of this section's heading. */
  level: number;
  /** '' (waiting), 'sending' ("Send now" pressed) or 'still' (not sent yet). */
  note: '' | 'sending' | 'still';
  sendNow: () => void;
}

/**
 * The inquiry is saved on this device (the office could not be reached): it
 * is sent automatically, or now on request. Part of the form's own chunk, as
 * it shows when the network is gone.
 */
export function renderQueued(ctx: QueuedContext): TemplateResult {
  const sending = ctx.note === 'sending';
  return html`<section part="queued" class="queued" aria-labelledby="queued-heading">
    ${renderHeading(ctx.level, msg('Your message is saved on this device', { id: 'inquiry.queued.heading' }), { id: 'queued-heading', focusable: true })}
    <p>
      ${msg(
        'The office could not be reached just now. Your message will be sent automatically when the connection is back: while this page is open, or the next time you open a page with this form.',
        { id: 'inquiry.queued.body' },
      )}
    </p>
    <p>${msg('You will then see your reference code here.', { id: 'inquiry.queued.reference' })}</p>
    <div class="actions">
      <button
        class="button button--primary send-now"
        type="button"
        aria-disabled=${sending ? 'true' : 'false'}
        @click=${() => !sending && ctx.sendNow()}
      >
        ${sending ? msg('Sending…', { id: 'inquiry.sending' }) : msg('Send now', { id: 'inquiry.queued.send-now' })}
      </button>
    </div>
    <p class="status" role="status">
      ${ctx.note === 'still' ? msg('Still not sent. It will be sent automatically.', { id: 'inquiry.queued.still' }) : ''}
    </p>
    ${renderHotline.call(ctx)}
  </section>`;
}
