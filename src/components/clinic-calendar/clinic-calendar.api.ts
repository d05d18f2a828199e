import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';

type Schemas = components['schemas'];

export type EventOccurrence = Schemas['EventOccurrence'];
export type EventList = Schemas['EventList'];
export type EventDetail = Schemas['EventDetail'];
export type Availability = Schemas['Availability'];
export type EventType = EventOccurrence['type'];

/** What the visitor asked for; empty values are left out of the request. */
export interface CalendarQuery {
  types: string;
  languages: string;
  locationId: string;
  q: string;
}

export function listEvents(
  api: ApiClient,
  query: CalendarQuery,
  from: Date,
  to: Date,
  signal: AbortSignal,
): Promise<EventList> {
  return api.get<EventList>('events', {
    signal,
    query: {
      from: from.toISOString(),
      to: to.toISOString(),
      type: query.types || undefined,
      language: query.languages || undefined,
      location_id: query.locationId || undefined,
      q: query.q.trim() || undefined,
    },
  });
}

export function loadEvent(api: ApiClient, id: string, occurrence: string, signal: AbortSignal): Promise<EventDetail> {
  return api.get<EventDetail>(`events/${encodeURIComponent(id)}`, { signal, query: { occurrence } });
}
