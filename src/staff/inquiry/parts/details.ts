import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageName } from '../../../core/language-name.js';
import { listFormat } from '../../../core/intl.js';
import { msg } from '../../../core/localize.js';
import { formatDate, formatDateTime } from '../../core/format.js';
import { availabilityName, channelName, contactName, interestName } from '../../core/labels.js';
import type { InquiryDetail } from '../../core/types.js';

/** What the person sent and how they want an answer, decrypted; said plainly once retention erased it. */
export function renderDetails(inquiry: InquiryDetail, locale: string): TemplateResult {
  const fact = (term: string, value: unknown, attrs: { dir?: 'auto' | 'ltr' } = {}) =>
    value === null || value === undefined || value === ''
      ? nothing
      : html`<dt>${term}</dt>
          <dd dir=${ifDefined(attrs.dir)}>${value}</dd>`;
  const list = (codes: string[], name: (code: string) => string) =>
    codes.length ? listFormat(locale).format(codes.map(name)) : '';
  return html`<section class="panel" aria-labelledby="details-title">
    <h2 id="details-title">${msg('What they sent', { id: 'staff.inquiry.details' })}</h2>
    ${
      inquiry.personal_erased
        ? html`<p class="muted">
            ${msg('The personal details were erased at the end of the retention period.', {
              id: 'staff.inquiry.erased',
            })}
          </p>`
        : nothing
    }
    <dl class="facts">
      ${fact(msg('Received', { id: 'staff.field.received' }), formatDateTime(inquiry.received_at, locale))}
      ${fact(msg('Channel', { id: 'staff.field.channel' }), channelName(inquiry.channel))}
      ${fact(msg('Language', { id: 'staff.field.language' }), languageName(inquiry.preferred_language, locale))}
      ${fact(msg('Name', { id: 'staff.field.name' }), inquiry.name, { dir: 'auto' })}
      ${fact(msg('Contact by', { id: 'staff.field.contact' }), contactName(inquiry.contact_method))}
      ${fact(msg('Phone', { id: 'staff.field.phone' }), inquiry.phone, { dir: 'ltr' })}
      ${fact(msg('Email', { id: 'staff.field.email' }), inquiry.email, { dir: 'ltr' })}
      ${fact(msg('Postcode', { id: 'staff.field.postcode' }), inquiry.postcode)}
      ${fact(
        msg('Languages spoken', { id: 'staff.field.languages-spoken' }),
        list(inquiry.languages_spoken, (code) => languageName(code, locale)),
      )}
      ${fact(msg('Offers to help with', { id: 'staff.field.interests' }), list(inquiry.interests, interestName))}
      ${fact(msg('Available', { id: 'staff.field.availability' }), list(inquiry.availability, availabilityName))}
      ${fact(msg('Sent from', { id: 'staff.field.origin' }), inquiry.origin, { dir: 'ltr' })}
      ${fact(msg('Logged by', { id: 'staff.field.logged-by' }), inquiry.logged_by, { dir: 'auto' })}
      ${fact(msg('Answer by', { id: 'staff.field.due' }), formatDate(inquiry.due_at, locale))}
      ${fact(
        msg('Last changed', { id: 'staff.field.updated' }),
        inquiry.updated_by
          ? html`${formatDateTime(inquiry.updated_at, locale)} (<bdi>${inquiry.updated_by}</bdi>)`
          : formatDateTime(inquiry.updated_at, locale),
      )}
    </dl>
    ${
      inquiry.message
        ? html`<h3>${msg('Message', { id: 'staff.field.message' })}</h3>
            <p class="message" dir="auto">${inquiry.message}</p>`
        : nothing
    }
  </section>`;
}
