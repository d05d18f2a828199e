import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';

type Schemas = components['schemas'];

export type Availability = Schemas['Availability'];
export type EventDetail = Schemas['EventDetail'];
/** One session of an event (an entry of `EventDetail.occurrences`). */
export type Session = EventDetail['occurrences'][number];
export type Registration = Schemas['Registration'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type CancelResult = Schemas['CancelResult'];

export const loadEvent = (api: ApiClient, id: string, occurrence: string, signal: AbortSignal): Promise<EventDetail> =>
  api.get<EventDetail>(`events/${encodeURIComponent(id)}`, { query: { occurrence }, signal });

export const register = (
  api: ApiClient,
  eventId: string,
  body: RegistrationRequest,
  signal: AbortSignal,
): Promise<Registration> =>
  api.post<Registration>(`events/${encodeURIComponent(eventId)}/registrations`, body, { signal });

export const cancelRegistration = (api: ApiClient, token: string, signal: AbortSignal): Promise<CancelResult> =>
  api.post<CancelResult>('registrations/cancel', { token }, { signal });
