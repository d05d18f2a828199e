import { html, nothing, type TemplateResult } from 'lit';
import { renderError, renderInput, renderSelect, renderTextarea } from '../../../core/forms/fields.js';
import { msg, str } from '../../../core/localize.js';
import { formatDate } from '../../core/format.js';
import { AVAILABILITY, SERVICE_STATUSES, type ServiceFields } from '../service.api.js';
import type { ServiceContext } from './context.js';
import { availabilityName, fieldLabel, serviceStatusName } from './labels.js';

export const LONG_TEXT_MAX = 4000;

type TextKey = Exclude<keyof ServiceFields, 'status'>;

/** The service's own fields in its source language: name, other name, web address, email, status, the texts. */
export function renderDetails(c: ServiceContext): TemplateResult {
  const field = (key: TextKey) => ({
    name: key,
    label: fieldLabel(key),
    value: c.form.fields[key] ?? '',
    error: c.error(key),
    onInput: (value: string) => c.change((f) => void (f.fields[key] = value)),
  });
  const long = (key: TextKey) =>
    renderTextarea({
      ...field(key),
      optional: key !== 'description',
      maxLength: LONG_TEXT_MAX,
      locale: c.locale,
      rows: 3,
    });
  return html`<section class="panel" aria-labelledby="details-title">
    <h2 id="details-title" tabindex="-1">${msg('Details', { id: 'staff.service.details' })}</h2>
    ${renderInput(field('name'))} ${renderInput({ ...field('alternate_name'), optional: true })}
    <div class="row">
      ${renderInput({ ...field('url'), optional: true, autocomplete: 'off' })}
      ${renderInput({ ...field('email'), type: 'email', optional: true, autocomplete: 'off' })}
      ${renderSelect({
        name: 'status',
        label: fieldLabel('status'),
        value: c.form.fields.status,
        error: c.error('status'),
        choices: SERVICE_STATUSES.map((s) => ({ value: s, label: serviceStatusName(s) })),
        onInput: (value) => c.change((f) => void (f.fields.status = value as ServiceFields['status'])),
      })}
    </div>
    ${long('description')} ${long('application_process')} ${long('fees_description')} ${long('eligibility_description')}
  </section>`;
}

/** Whether the service takes new clients, since and until when; the contact re-verification writes to. */
export function renderAvailability(c: ServiceContext): TemplateResult {
  const a = c.form.availability;
  const date = (key: 'since' | 'until', label: string) =>
    html`<div class="field">
      <label class="label" for=${`f-availability-${key}`}
        >${label} <span class="optional">${msg('(optional)', { id: 'form.optional' })}</span></label
      >
      ${renderError(`f-availability-${key}`, c.error(`availability-${key}`))}
      <input
        class="input input--narrow"
        type="date"
        id=${`f-availability-${key}`}
        aria-invalid=${c.error(`availability-${key}`) ? 'true' : 'false'}
        aria-describedby=${c.error(`availability-${key}`) ? `f-availability-${key}-error` : nothing}
        .value=${a[key] ?? ''}
        @input=${(e: Event) =>
          c.change((f) => void (f.availability[key] = (e.target as HTMLInputElement).value || null))}
      />
    </div>`;
  return html`<section class="panel" aria-labelledby="availability-title">
    <h2 id="availability-title">${fieldLabel('availability')}</h2>
    <div class="row">
      ${renderSelect({
        name: 'availability-status',
        label: msg('Taking new clients?', { id: 'staff.service.availability-status' }),
        value: a.status,
        error: c.error('availability-status'),
        choices: AVAILABILITY.map((s) => ({ value: s, label: availabilityName(s) })),
        onInput: (value) => c.change((f) => void (f.availability.status = value as typeof a.status)),
      })}
      ${date('since', msg('Since', { id: 'staff.service.availability-since' }))}
      ${date('until', msg('Until', { id: 'staff.service.availability-until' }))}
    </div>
    ${renderVerification(c)}
    ${renderInput({
      name: 'verification_contact',
      label: fieldLabel('verification_contact'),
      hint: msg('The email address re-verification requests go to. Never shown to the public.', {
        id: 'staff.service.verification-contact-hint',
      }),
      type: 'email',
      autocomplete: 'off',
      optional: true,
      value: c.form.verification_contact ?? '',
      error: c.error('verification_contact'),
      onInput: (value) => c.change((f) => void (f.verification_contact = value)),
    })}
  </section>`;
}

/** When the listing was last confirmed and when it is due again (the office's policy, computed by the server). */
function renderVerification(c: ServiceContext): TemplateResult | typeof nothing {
  const v = c.saved?.verification;
  if (!v) return nothing;
  const verified = v.verified
    ? msg(str`Verified on ${formatDate(v.verified, c.locale)}.`, { id: 'staff.service.verified-on' })
    : msg('Never verified.', { id: 'staff.service.never-verified' });
  const due = formatDate(v.due, c.locale);
  return html`<p class="verification">
    ${verified}
    ${
      v.overdue
        ? html`<span class="badge badge--warn"
            >${msg(str`Re-verification overdue since ${due}`, { id: 'staff.service.overdue' })}</span
          >`
        : due
          ? msg(str`Due again on ${due}.`, { id: 'staff.service.due' })
          : nothing
    }
  </p>`;
}
