import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, renderInput, renderTextarea } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { formatDateTime } from '../../core/format.js';
import { contactName, replyStatusName } from '../../core/labels.js';
import type { InquiryDetail } from '../../core/types.js';
import type { ReplyTemplate } from '../inquiry.api.js';

export const REPLY_MAX = 10_000;

export interface ReplyDraft {
  template: string;
  subject: string;
  body: string;
}

export interface ReplyContext {
  inquiry: InquiryDetail;
  /** Templates in the person's language (English where a template has none). */
  templates: readonly ReplyTemplate[] | undefined;
  /** The language the reply is written in. */
  replyLocale: string;
  draft: ReplyDraft;
  locale: string;
  sending: boolean;
  errors: Partial<Record<'subject' | 'body', string>>;
  onTemplate: (code: string) => void;
  onInput: (field: 'subject' | 'body', value: string) => void;
  onSend: () => void;
}

/** The answer to the person: by email from a template in their language, and the replies sent so far. */
export function renderReply(c: ReplyContext): TemplateResult {
  const { inquiry } = c;
  const byEmail = inquiry.contact_method === 'email' && !!inquiry.email;
  return html`<section class="panel" aria-labelledby="reply-title">
    <h2 id="reply-title">${msg('Reply to the person', { id: 'staff.reply.title' })}</h2>
    ${byEmail ? renderForm(c) : renderOtherMethod(inquiry)} ${renderHistory(c)}
  </section>`;
}

function renderOtherMethod(inquiry: InquiryDetail): TemplateResult {
  if (inquiry.contact_method === 'none')
    return html`<p>${msg('They asked not to be contacted.', { id: 'staff.reply.no-contact' })}</p>`;
  if (inquiry.contact_method === 'email')
    return html`<p>
      ${msg('They chose email, but no address is on record (never given, or erased with the personal details).', {
        id: 'staff.reply.no-address',
      })}
    </p>`;
  return html`<p>
    ${msg(str`They asked to be answered by: ${contactName(inquiry.contact_method)}.`, { id: 'staff.reply.method' })}
    ${inquiry.phone ? html`<a href=${`tel:${inquiry.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">${inquiry.phone}</a>` : nothing}
    ${msg('Replies from the desk go by email only.', { id: 'staff.reply.email-only' })}
  </p>`;
}

function renderForm(c: ReplyContext): TemplateResult {
  const chosen = c.templates?.find((t) => t.code === c.draft.template);
  const id = fieldId('template');
  return html`<form
    class="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSend();
    }}
  >
    <p>
      ${msg(str`In ${languageName(c.replyLocale, c.locale)}, to`, { id: 'staff.reply.to' })}
      <bdi dir="ltr">${c.inquiry.email}</bdi>
    </p>
    <div class="field">
      <label class="label" for=${id}>${msg('Template', { id: 'staff.reply.template' })}</label>
      <select class="input" id=${id} @change=${(e: Event) => c.onTemplate((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!c.draft.template}>
          ${msg('No template', { id: 'staff.reply.no-template' })}
        </option>
        ${(c.templates ?? []).map(
          (t) => html`<option value=${t.code} ?selected=${t.code === c.draft.template}>${t.title}</option>`,
        )}
      </select>
    </div>
    ${
      chosen?.fallback
        ? html`<p class="muted">
            ${msg(
              str`This template has no ${languageName(c.replyLocale, c.locale)} version: the English one is used.`,
              {
                id: 'staff.reply.fallback',
              },
            )}
          </p>`
        : nothing
    }
    ${
      chosen && !chosen.reviewed
        ? html`<p class="notice">
            ${msg('A machine translation nobody has reviewed yet: read it through before sending.', {
              id: 'staff.reply.unreviewed',
            })}
          </p>`
        : nothing
    }
    ${renderInput({
      name: 'subject',
      label: msg('Subject', { id: 'staff.reply.subject' }),
      value: c.draft.subject,
      error: c.errors.subject,
      onInput: (v) => c.onInput('subject', v),
    })}
    ${renderTextarea({
      name: 'body',
      label: msg('Message', { id: 'staff.field.message' }),
      hint: msg(
        '{reference}, {referral} and {status_url} are filled in when it is sent. A draft is kept in this tab.',
        {
          id: 'staff.reply.placeholders',
        },
      ),
      value: c.draft.body,
      maxLength: REPLY_MAX,
      locale: c.locale,
      rows: 8,
      error: c.errors.body,
      onInput: (v) => c.onInput('body', v),
    })}
    <div class="actions">
      <button class="button button--primary" type="submit" aria-disabled=${c.sending ? 'true' : 'false'}>
        ${c.sending ? msg('Sending…', { id: 'staff.reply.sending' }) : msg('Send by email', { id: 'staff.reply.send' })}
      </button>
    </div>
  </form>`;
}

function renderHistory(c: ReplyContext): TemplateResult {
  const replies = c.inquiry.replies;
  if (!replies.length) return html`<p class="muted">${msg('No replies yet.', { id: 'staff.reply.none' })}</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="replies-caption">
    <table>
      <caption id="replies-caption">
        ${msg('Replies sent', { id: 'staff.reply.history' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('When', { id: 'staff.field.when' })}</th>
          <th scope="col">${msg('By', { id: 'staff.field.by' })}</th>
          <th scope="col">${msg('Template', { id: 'staff.reply.template' })}</th>
          <th scope="col">${msg('Language', { id: 'staff.field.language' })}</th>
          <th scope="col">${msg('Status', { id: 'staff.field.status' })}</th>
        </tr>
      </thead>
      <tbody>
        ${replies.map(
          (r) =>
            html`<tr>
              <td>${formatDateTime(r.created_at, c.locale)}</td>
              <td><bdi>${r.author}</bdi></td>
              <td>${c.templates?.find((t) => t.code === r.template_code)?.title ?? r.template_code ?? '—'}</td>
              <td>${languageName(r.locale, c.locale)}</td>
              <td>${replyStatusName(r.status)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
