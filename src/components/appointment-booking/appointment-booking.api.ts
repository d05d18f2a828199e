import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';

/** The public appointment routes: types, availability, holds and bookings. */

type Schemas = components['schemas'];

export type AppointmentType = Schemas['AppointmentType'];
export type Slot = Schemas['AppointmentSlot'];
export type Availability = Schemas['AppointmentAvailability'];
export type Hold = Schemas['AppointmentHold'];
export type Appointment = Schemas['Appointment'];
export type BookingRequest = Schemas['AppointmentRequest'];

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
