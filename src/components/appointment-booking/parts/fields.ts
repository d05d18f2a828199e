import { html, nothing, type TemplateResult } from 'lit';
import {
  languageChoices,
  renderCheckbox,
  renderInput,
  renderRadioGroup,
  renderSelect,
  type FieldsContext,
} from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';

/** The booking's fields, in order (the error summary lists problems in this order). */
export const BOOKING_FIELDS = [
  'on_behalf',
  'organization',
  'client_language',
  'name',
  'contact_method',
  'email',
  'phone',
];

/**
 * Who the appointment is for (a community group may book for a client, when
 * the type allows it: then the organization and the client's language), the
 * name, and one way to send the confirmation: email or a text message.
 */
export function renderBookingFields(ctx: FieldsContext, onBehalfAllowed: boolean): TemplateResult {
  const v = ctx.values;
  const forClient = onBehalfAllowed && v.on_behalf === 'true';
  return html`${
    onBehalfAllowed
      ? renderCheckbox({
          ...ctx.field('on_behalf'),
          label: msg('I am booking for a client of my organization', { id: 'appointment.on-behalf' }),
        })
      : nothing
  }
  ${
    forClient
      ? html`${renderInput({
          ...ctx.field('organization'),
          label: msg('Your organization', { id: 'appointment.organization' }),
          autocomplete: 'organization',
        })}
        ${renderSelect({
          ...ctx.field('client_language'),
          label: msg('Your client’s language', { id: 'appointment.client-language' }),
          hint: msg('Messages about the appointment are sent in this language.', {
            id: 'appointment.client-language-hint',
          }),
          choices: languageChoices(ctx.locale),
        })}`
      : nothing
  }
  ${renderInput({
    ...ctx.field('name'),
    label: forClient
      ? msg('Your client’s name', { id: 'appointment.client-name' })
      : msg('Your name', { id: 'appointment.name' }),
    autocomplete: forClient ? 'off' : 'name',
  })}
  ${renderRadioGroup({
    ...ctx.field('contact_method'),
    label: msg('Where should we send the confirmation?', { id: 'appointment.contact' }),
    choices: [
      { value: 'email', label: msg('By email', { id: 'appointment.contact.email' }) },
      { value: 'sms', label: msg('By text message', { id: 'appointment.contact.sms' }) },
    ],
  })}
  ${
    v.contact_method === 'email'
      ? renderInput({
          ...ctx.field('email'),
          type: 'email',
          autocomplete: forClient ? 'off' : 'email',
          label: msg('Email address', { id: 'appointment.email' }),
        })
      : v.contact_method === 'sms'
        ? renderInput({
            ...ctx.field('phone'),
            type: 'tel',
            autocomplete: forClient ? 'off' : 'tel',
            label: msg('Mobile phone number', { id: 'appointment.phone' }),
          })
        : nothing
  }`;
}
