import type { Draft } from '../../../core/forms/draft-store.js';
import { listOf } from '../../../core/forms/fields.js';
import type { ContactMethod, InquiryKind, InquiryRequest } from '../inquiry-form.api.js';
import { needsPhone } from './fields.js';

/** A page origin the API accepts (`https://host`), or undefined (file:, sandboxed frames). */
export function pageOrigin(): string | undefined {
  const origin = location.origin;
  return /^https?:\/\/[^/\s]+$/.test(origin) && origin.length <= 200 ? origin : undefined;
}

/** The request for what the visitor filled in: only the fields their choices need. */
export function bodyOf(v: Draft, kind: InquiryKind, key: string, fallbackLanguage: string): InquiryRequest {
  const method = (v.contact_method || 'none') as ContactMethod;
  const volunteer = kind === 'volunteer';
  const text = (name: string) => v[name]?.trim() || undefined;
  return {
    kind,
    topic: (volunteer ? 'volunteer' : v.topic) as InquiryRequest['topic'],
    message: text('message'),
    preferred_language: v.preferred_language || fallbackLanguage,
    contact_method: method,
    name: volunteer || v.anonymous !== 'true' ? text('name') : undefined,
    phone: needsPhone(method) ? text('phone') : undefined,
    email: method === 'email' ? text('email') : undefined,
    postcode: text('postcode'),
    consent: method !== 'none' && v.consent === 'true',
    interests: volunteer ? (listOf(v.interests) as InquiryRequest['interests']) : undefined,
    languages_spoken: volunteer ? listOf(v.languages_spoken) : undefined,
    availability: volunteer ? (listOf(v.availability) as InquiryRequest['availability']) : undefined,
    channel: 'web',
    origin: pageOrigin(),
    idempotency_key: key,
    website: v.website || undefined,
  };
}
