import type { Draft } from '../../../core/forms/draft-store.js';
import type { RegistrationRequest } from '../event-registration.api.js';

/** What a sign-up is for: the event, the whole series or one session, and the key of this filling-in. */
export interface Signing {
  scope: 'session' | 'series';
  /** The session's local start, for a session. */
  occurrence: string | undefined;
  key: string;
  /** The answer's language when none was chosen: the UI language. */
  fallbackLanguage: string;
}

/** The request for what the visitor filled in: only the contact their choice needs. */
export function bodyOf(v: Draft, s: Signing): RegistrationRequest {
  const method = v.contact_method as RegistrationRequest['contact_method'];
  return {
    name: v.name!.trim(),
    contact_method: method,
    email: method === 'email' ? v.email!.trim() : undefined,
    phone: method === 'phone' ? v.phone!.trim() : undefined,
    preferred_language: v.preferred_language || s.fallbackLanguage,
    scope: s.scope,
    occurrence: s.scope === 'session' ? s.occurrence : undefined,
    party_size: Number(v.party_size) || 1,
    access_needs: v.access_needs?.trim() || undefined,
    idempotency_key: s.key,
    website: v.website || undefined,
  };
}
