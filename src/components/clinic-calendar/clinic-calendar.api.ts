import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';

type Schemas = components['schemas'];

/*
 * The generated schema types a nullable $ref as `X & (Record<string, never> | null)`,
 * which TypeScript reads as never-null: `location` and `next` are restated here.
 */
type Place = { location: Schemas['LocationSummary'] | null };
export type EventOccurrence = Omit<Schemas['EventOccurrence'], 'location'> & Place;
export type EventList = Omit<Schemas['EventList'], 'items' | 'next'> & {
  items: EventOccurrence[];
  next: EventOccurrence | null;
};
export type EventDetail = Omit<Schemas['EventDetail'], 'location'> & Place;
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
