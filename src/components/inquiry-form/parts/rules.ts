import type { Draft } from '../../../core/forms/draft-store.js';
import { listOf } from '../../../core/forms/fields.js';
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
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { InquiryKind } from '../inquiry-form.api.js';
import { MESSAGE_MAX, NAME_MAX, needsPhone } from './fields.js';

/** A volunteer chooses up to this many languages. */
const LANGUAGES_MAX = 10;

/**
 * The form's own words for each field the server may refuse, for its kind.
 * Called on the form (`messagesFor.call(form)`): a translation's placeholder
 * reads `this.locale`.
 */
export function messagesFor(this: { kind: InquiryKind; locale: string }): Record<string, Message> {
  const volunteer = this.kind === 'volunteer';
  return {
    topic: () => msg('Choose a topic', { id: 'inquiry.error.topic' }),
    message: volunteer
      ? tooLong(MESSAGE_MAX, this.locale)
      : () => msg('Write your question or message', { id: 'inquiry.error.message' }),
    preferred_language: () => msg('Choose a language', { id: 'inquiry.error.language' }),
    contact_method: () => msg('Choose how the office should contact you', { id: 'inquiry.error.contact' }),
    phone: phoneMessage,
    email: emailMessage,
    consent: () => msg('Tick the box to agree to be contacted, or choose no contact', { id: 'inquiry.error.consent' }),
    name: volunteer ? () => msg('Enter your name', { id: 'inquiry.error.name' }) : tooLong(NAME_MAX, this.locale),
    postcode: () => msg('Enter a ZIP code such as 11226, or leave it empty', { id: 'inquiry.error.postcode' }),
    interests: () => msg('Choose at least one way to help', { id: 'inquiry.error.interests' }),
    languages_spoken: () =>
      msg(str`Choose up to ${formatNumber(LANGUAGES_MAX, this.locale)} languages`, {
        id: 'inquiry.error.languages',
      }),
    availability: () => msg('Choose when you are available', { id: 'inquiry.error.availability' }),
  };
}

/** The form's rules for its kind, in the order of its fields. */
export function rulesFor(
  kind: InquiryKind,
  v: Draft,
  m: Record<string, Message>,
  locale: string,
): Record<string, Validator[]> {
  const method = v.contact_method;
  const contact: Record<string, Validator[]> = {
    contact_method: [required(m.contact_method!)],
    phone: needsPhone(method)
      ? [required(() => msg('Enter your phone number', { id: 'inquiry.error.phone-missing' })), phone()]
      : [],
    email:
      method === 'email'
        ? [required(() => msg('Enter your email address', { id: 'inquiry.error.email-missing' })), email()]
        : [],
    consent: method && method !== 'none' ? [required(m.consent!)] : [],
  };
  const postcode: Validator = (value) =>
    !value.trim() || /^[A-Za-z0-9 -]{3,10}$/.test(value.trim()) ? undefined : m.postcode;
  if (kind === 'volunteer') {
    return {
      interests: [required(m.interests!)],
      languages_spoken: [(value) => (listOf(value).length > LANGUAGES_MAX ? m.languages_spoken : undefined)],
      name: [required(m.name!), maxLength(NAME_MAX, locale)],
      ...contact,
      postcode: [postcode],
      message: [maxLength(MESSAGE_MAX, locale)],
    };
  }
  return {
    topic: [required(m.topic!)],
    message: [required(m.message!), maxLength(MESSAGE_MAX, locale)],
    ...contact,
    name: v.anonymous === 'true' ? [] : [maxLength(NAME_MAX, locale)],
    postcode: [postcode],
  };
}
