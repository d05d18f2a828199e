import { html, nothing, type TemplateResult } from 'lit';
import {
  languageChoices,
  renderInput,
  renderRadioGroup,
  renderSelect,
  renderTextarea,
  type FieldsContext,
} from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { NEEDS_MAX } from './rules.js';

/** The sign-up's fields, in order (the error summary lists problems in this order). */
export const REGISTRATION_FIELDS = [
  'name',
  'contact_method',
  'email',
  'phone',
  'preferred_language',
  'party_size',
  'access_needs',
];

/** Name, how to be contacted (then only that way's field), language, party size and access needs. */
export function renderRegistrationFields(ctx: FieldsContext): TemplateResult {
  const method = ctx.values.contact_method;
  return html`${renderInput({
    ...ctx.field('name'),
    label: msg('Your name', { id: 'registration.name' }),
    autocomplete: 'name',
  })}
  ${renderRadioGroup({
    ...ctx.field('contact_method'),
    label: msg('How should the organizer contact you?', { id: 'registration.contact' }),
    choices: [
      { value: 'email', label: msg('By email', { id: 'registration.contact.email' }) },
      { value: 'phone', label: msg('By phone', { id: 'registration.contact.phone' }) },
      { value: 'none', label: msg('No contact needed', { id: 'registration.contact.none' }) },
    ],
  })}
  ${
    method === 'email'
      ? renderInput({
          ...ctx.field('email'),
          type: 'email',
          autocomplete: 'email',
          label: msg('Email address', { id: 'registration.email' }),
        })
      : method === 'phone'
        ? renderInput({
            ...ctx.field('phone'),
            type: 'tel',
            autocomplete: 'tel',
            label: msg('Phone number', { id: 'registration.phone' }),
          })
        : nothing
  }
  ${renderSelect({
    ...ctx.field('preferred_language'),
    label: msg('Your preferred language', { id: 'registration.language' }),
    hint: msg('The organizer will try to help you in this language.', { id: 'registration.language-hint' }),
    autocomplete: 'language',
    choices: languageChoices(ctx.locale),
  })}
  ${renderSelect({
    ...ctx.field('party_size'),
    label: msg('How many people are coming, you included?', { id: 'registration.party' }),
    choices: Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: formatNumber(i + 1, ctx.locale) })),
  })}
  ${renderTextarea({
    ...ctx.field('access_needs'),
    optional: true,
    label: msg('Anything that would help you take part', { id: 'registration.needs' }),
    hint: msg('For example: an interpreter, wheelchair access, childcare.', { id: 'registration.needs-hint' }),
    maxLength: NEEDS_MAX,
    locale: ctx.locale,
  })}`;
}
