import type { Draft } from '../../../core/forms/draft-store.js';
import type { BookingRequest } from '../appointment-booking.api.js';

/** What the booking is for: the type, the time and its hold, the interpreter, the key of this filling-in. */
export interface Booking {
  typeId: string;
  start: string;
  holdToken: string | undefined;
  interpreter: string;
  onBehalfAllowed: boolean;
  key: string;
  /** The messages' language when booking for oneself: the UI language. */
  locale: string;
}

/** The request for what was filled in: only the contact chosen; the client's language when booking for a client. */
export function bookingBody(v: Draft, b: Booking): BookingRequest {
  const method = v.contact_method === 'sms' ? 'sms' : 'email';
  const forClient = b.onBehalfAllowed && v.on_behalf === 'true';
  const clientLanguage = v.client_language || b.locale;
  return {
    type_id: b.typeId,
    start: b.start,
    hold_token: b.holdToken,
    interpreter: b.interpreter || null,
    language: forClient ? clientLanguage : b.locale,
    name: v.name!.trim(),
    contact_method: method,
    email: method === 'email' ? v.email!.trim() : undefined,
    phone: method === 'sms' ? v.phone!.trim() : undefined,
    on_behalf: forClient ? { organization: v.organization!.trim(), client_language: clientLanguage } : undefined,
    idempotency_key: b.key,
  };
}
