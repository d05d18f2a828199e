import { html, nothing, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { languageName } from '../../core/language-name.js';
import { msg } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { formatDateTime } from '../core/format.js';
import { replyStatusName } from '../core/labels.js';
import { WwStaffElement } from '../core/staff-element.js';
import { loadOutbox, type Outbox, type OutboxMail } from './outbox.api.js';
import { outboxStyles } from './outbox.styles.js';

/**
 * @tagname ww-staff-outbox
 * @summary The mail the desk sent or is sending, and, with no mail server set up, the mail kept instead.
 *
 * Without SMTP (`npm start` on its own) replies are kept here and the screen
 * says so: staff can read each one and send it from their own mailbox.
 */
export class WwStaffOutbox extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, outboxStyles];

  private readonly outbox = new DataController<Outbox, [number]>(this, {
    args: () => (this.api ? [0] : undefined),
    task: (_args, signal) => loadOutbox(this.api!, signal),
  });

  override render(): TemplateResult {
    const outbox = this.outbox.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Outbox', { id: 'staff.nav.outbox' })}</h1>
      ${
        outbox && !outbox.smtp
          ? renderNotice({
              tone: 'info',
              heading: msg('No mail server is set up, so mail is kept here instead of being sent.', {
                id: 'staff.outbox.no-smtp',
              }),
              detail: msg(
                'Read each message below and send it from your own mailbox, or ask whoever runs the server to set WW_SMTP_URL.',
                { id: 'staff.outbox.no-smtp-detail' },
              ),
            })
          : nothing
      }
      <div class="actions">
        <button class="button" type="button" @click=${() => void this.outbox.run()}>
          ${msg('Refresh', { id: 'staff.refresh' })}
        </button>
      </div>
      ${this.outbox.status === 'error' ? this.renderFailure(this.outbox.error, () => void this.outbox.run()) : nothing}
      ${outbox ? this.renderMail(outbox.items) : this.outbox.status === 'pending' ? this.renderLoading() : nothing}
    </div>`;
  }

  private renderMail(items: OutboxMail[]): TemplateResult {
    if (!items.length) return html`<p>${msg('The outbox is empty.', { id: 'staff.outbox.empty' })}</p>`;
    return html`<ol class="mail">
      ${items.map(
        (mail) =>
          html`<li class="panel">
            <p>
              <strong dir="auto">${mail.subject}</strong>
              <span class="badge">${replyStatusName(mail.status)}</span>
            </p>
            <dl class="facts">
              <dt>${msg('To', { id: 'staff.outbox.to' })}</dt>
              <dd dir="ltr">${mail.to}</dd>
              <dt>${msg('Written', { id: 'staff.outbox.created' })}</dt>
              <dd>${formatDateTime(mail.created_at, this.locale)}</dd>
              ${
                mail.sent_at
                  ? html`<dt>${msg('Sent', { id: 'staff.reply-status.sent' })}</dt>
                      <dd>${formatDateTime(mail.sent_at, this.locale)}</dd>`
                  : nothing
              }
              <dt>${msg('Language', { id: 'staff.field.language' })}</dt>
              <dd>${languageName(mail.locale, this.locale)}</dd>
              ${
                mail.last_error
                  ? html`<dt>${msg('Last error', { id: 'staff.outbox.error' })}</dt>
                      <dd>${mail.last_error}</dd>`
                  : nothing
              }
            </dl>
            <details>
              <summary>${msg('Show the message', { id: 'staff.outbox.show' })}</summary>
              <pre class="text" lang=${mail.locale} dir="auto">${mail.text}</pre>
            </details>
          </li>`,
      )}
    </ol>`;
  }
}
