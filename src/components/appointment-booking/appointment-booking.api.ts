import type { ApiClient } from '../../core/api-client.js';

/** The public appointment routes (CONTRACT19: `/v1/appointment-types`, holds, appointments). */

export interface AppointmentType {
  id: string;
  location_id: string;
  location_name: string;
  timezone: string;
  code: string;
  title: string;
  what_to_bring: string;
  /** `draft`: the title and what to bring are a machine translation into the language asked for. */
  review: 'draft' | 'reviewed';
  duration_minutes: number;
  on_behalf_allowed: boolean;
  /** Languages the staff speak. */
  languages: string[];
  /** Interpreters on call (ASL is `ase`). */
  interpreter_languages: string[];
}

export interface Slot {
  start: string;
  end: string;
  /** The place's wall clock: `2027-03-14T10:00`. */
  local_start: string;
}

export interface AvailabilityDay {
  date: string;
  slots: Slot[];
}

export interface Availability {
  type_id: string;
  timezone: string;
  from: string;
  days: AvailabilityDay[];
  first_available: string | null;
  next_release_at: string | null;
}

export interface Hold extends Slot {
  hold_token: string;
  expires_at: string;
}

export interface Appointment extends Slot {
  id: string;
  status: string;
  type_id: string;
  title: string;
  what_to_bring: string;
  timezone: string;
  location_name: string;
  interpreter: string | null;
  manage_token?: string;
}

export interface BookingRequest {
  type_id: string;
  start: string;
  hold_token?: string | undefined;
  interpreter: string | null;
  language: string;
  name: string;
  contact_method: 'email' | 'sms';
  email?: string | undefined;
  phone?: string | undefined;
  on_behalf?: { organization: string; client_language: string } | undefined;
  idempotency_key: string;
}

export const listTypes = (
  api: ApiClient,
  locationId: string,
  signal: AbortSignal,
): Promise<{ items: AppointmentType[] }> =>
  api.get('appointment-types', { query: { location_id: locationId }, signal });

export const loadAvailability = (
  api: ApiClient,
  typeId: string,
  query: { from: string; days: number; interpreter: string },
  signal: AbortSignal,
): Promise<Availability> =>
  api.get(`appointment-types/${encodeURIComponent(typeId)}/availability`, {
    query: { from: query.from || undefined, days: query.days, interpreter: query.interpreter || undefined },
    signal,
  });

export const holdSlot = (
  api: ApiClient,
  body: { type_id: string; start: string; interpreter: string | null },
  signal: AbortSignal,
): Promise<Hold> => api.post('appointment-holds', body, { signal });

/** Lets a hold go (another time chosen, the element left): nobody waits for the answer. */
export const releaseHold = (api: ApiClient, token: string): Promise<unknown> =>
  api.request(`appointment-holds/${encodeURIComponent(token)}`, { method: 'DELETE' });

export const book = (api: ApiClient, body: BookingRequest, signal: AbortSignal): Promise<Appointment> =>
  api.post('appointments', body, { signal });

/** The next free times a 409 `slot-taken` offers. */
export function nextSlotsOf(error: unknown): Slot[] | undefined {
  const e = error as { kind?: string; status?: number; problem?: { type?: string; next_slots?: unknown } } | undefined;
  if (e?.kind !== 'http' || e.status !== 409) return undefined;
  const p = e.problem;
  if (!p || !String(p.type ?? '').endsWith('slot-taken')) return undefined;
  return Array.isArray(p.next_slots) ? (p.next_slots as Slot[]) : [];
}
