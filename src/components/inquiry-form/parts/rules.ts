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
import type { InquiryKind } from '../inquiry-form.api.js';
import { MESSAGE_MAX, needsPhone } from './fields.js';
import { NAME_MAX } from './values.js';

/**
 * The inquiry's own words for each field the server may refuse; the volunteer
 * sign-up (parts/volunteer.ts) adds and replaces some.
 */
export const inquiryMessages = (locale: string): Record<string, Message> => ({
  topic: () => msg('Choose a topic', { id: 'inquiry.error.topic' }),
  message: () => msg('Write your question or message', { id: 'inquiry.error.message' }),
  preferred_language: () => msg('Choose a language', { id: 'inquiry.error.language' }),
  contact_method: () => msg('Choose how the office should contact you', { id: 'inquiry.error.contact' }),
  phone: phoneMessage,
  email: emailMessage,
  consent: () => msg('Tick the box to agree to be contacted, or choose no contact', { id: 'inquiry.error.consent' }),
  name: tooLong(NAME_MAX, locale),
  postcode: () => msg('Enter a ZIP code such as 11226, or leave it empty', { id: 'inquiry.error.postcode' }),
});

/** What a kind's rules are made from: the values, the words, the locale and the rules both kinds share. */
export interface RulesInput {
  values: Draft;
  messages: Record<string, Message>;
  locale: string;
  shared: Record<string, Validator[]>;
}

/** The form's words for its kind: the sign-up's (when its part is loaded) over the inquiry's. */
export function messagesFor(
  kind: InquiryKind,
  locale: string,
  volunteer: typeof import('./volunteer.js') | undefined,
): Record<string, Message> {
  const own = kind === 'volunteer' ? volunteer?.volunteerMessages.call({ locale }) : undefined;
  return { ...inquiryMessages(locale), ...own };
}

/** The rules both kinds share: the contact fields the chosen way needs, and the ZIP code. */
export function sharedRules(v: Draft, m: Record<string, Message>): Record<string, Validator[]> {
  const method = v.contact_method;
  return {
    contact_method: [required(m.contact_method!)],
    phone: needsPhone(method)
      ? [required(() => msg('Enter your phone number', { id: 'inquiry.error.phone-missing' })), phone()]
      : [],
    email:
      method === 'email'
        ? [required(() => msg('Enter your email address', { id: 'inquiry.error.email-missing' })), email()]
        : [],
    consent: method && method !== 'none' ? [required(m.consent!)] : [],
    postcode: [(value) => (!value.trim() || /^[A-Za-z0-9 -]{3,10}$/.test(value.trim()) ? undefined : m.postcode)],
  };
}

/** An inquiry's rules, in the order of its fields, with `shared` (contact and ZIP code). */
export function inquiryRules({ values: v, messages: m, locale, shared }: RulesInput): Record<string, Validator[]> {
  const { postcode, ...contact } = shared;
  return {
    topic: [required(m.topic!)],
    message: [required(m.message!), maxLength(MESSAGE_MAX, locale)],
    ...contact,
    name: v.anonymous === 'true' ? [] : [maxLength(NAME_MAX, locale)],
    postcode: postcode!,
  };
}
