import type { Draft } from '../../../core/forms/draft-store.js';
import {
  email,
  emailMessage,
  maxLength,
  phone,
  phoneMessage,
  required,
  tooLong,
  type Message,
  type Validator,
} from '../../../core/forms/validators.js';
import { msg } from '../../../core/localize.js';

/** Characters of "anything that would help you take part". */
export const NEEDS_MAX = 500;

/** The sign-up's own words for each field the server may refuse. */
export function messagesFor(locale: string): Record<string, Message> {
  return {
    name: () => msg('Enter your name', { id: 'registration.error.name' }),
    contact_method: () => msg('Choose how the organizer should contact you', { id: 'registration.error.contact' }),
    email: emailMessage,
    phone: phoneMessage,
    preferred_language: () => msg('Choose a language', { id: 'registration.error.language' }),
    party_size: () => msg('Choose how many people are coming', { id: 'registration.error.party' }),
    access_needs: tooLong(NEEDS_MAX, locale),
  };
}

/** The sign-up's rules for what is filled in, in the order of its fields: only the chosen way of contact is asked. */
export function rulesFor(v: Draft, m: Record<string, Message>, locale: string): Record<string, Validator[]> {
  return {
    name: [required(m.name!)],
    contact_method: [required(m.contact_method!)],
    email:
      v.contact_method === 'email'
        ? [required(() => msg('Enter your email address', { id: 'registration.error.email-missing' })), email()]
        : [],
    phone:
      v.contact_method === 'phone'
        ? [required(() => msg('Enter your phone number', { id: 'registration.error.phone-missing' })), phone()]
        : [],
    access_needs: [maxLength(NEEDS_MAX, locale)],
  };
}
