import type { Draft } from '../../../core/forms/draft-store.js';
import {
  email,
  emailMessage,
  phone,
  phoneMessage,
  required,
  type Message,
  type Validator,
} from '../../../core/forms/validators.js';
import { msg } from '../../../core/localize.js';

/** The booking's own words for each field the server may refuse. */
export function bookingMessages(): Record<string, Message> {
  return {
    name: () => msg('Enter a name', { id: 'appointment.error.name' }),
    contact_method: () => msg('Choose where to send the confirmation', { id: 'appointment.error.contact' }),
    email: emailMessage,
    phone: phoneMessage,
    organization: () => msg('Enter your organization', { id: 'appointment.error.organization' }),
    client_language: () => msg('Choose a language', { id: 'appointment.error.language' }),
  };
}

/** What must be filled in: only the chosen way of contact, and the organization only for a client. */
export function bookingRules(
  v: Draft,
  m: Record<string, Message>,
  onBehalfAllowed: boolean,
): Record<string, Validator[]> {
  const forClient = onBehalfAllowed && v.on_behalf === 'true';
  return {
    organization: forClient ? [required(m.organization!)] : [],
    client_language: forClient ? [required(m.client_language!)] : [],
    name: [required(m.name!)],
    contact_method: [required(m.contact_method!)],
    email:
      v.contact_method === 'email'
        ? [required(() => msg('Enter an email address', { id: 'appointment.error.email-missing' })), email()]
        : [],
    phone:
      v.contact_method === 'sms'
        ? [required(() => msg('Enter a mobile phone number', { id: 'appointment.error.phone-missing' })), phone()]
        : [],
  };
}
