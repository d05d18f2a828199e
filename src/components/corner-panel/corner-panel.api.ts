import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';
import type { EventList } from '../clinic-calendar/clinic-calendar.api.js';
import type { ServiceList } from '../service-finder/service-finder.api.js';

type Schemas = components['schemas'];

/** A place from `GET locations/{id}`, with its hours today and the language of its texts. */
export type CornerLocation = Schemas['Location'];

const DAY = 86_400_000;

export const loadLocation = (api: ApiClient, id: string, signal: AbortSignal): Promise<CornerLocation> =>
  api.get<CornerLocation>(`locations/${encodeURIComponent(id)}`, { signal });

/** The branch's events in the next 60 days (the panel shows three; `next` when there are none). */
export function upcomingEvents(api: ApiClient, id: string, signal: AbortSignal): Promise<EventList> {
  const now = Date.now();
  return api.get<EventList>('events', {
    signal,
    query: { location_id: id, from: new Date(now).toISOString(), to: new Date(now + 60 * DAY).toISOString() },
  });
}

/** The three services nearest the branch, or those at it when it has no coordinates. */
export function nearbyServices(api: ApiClient, place: CornerLocation, signal: AbortSignal): Promise<ServiceList> {
  const where =
    place.latitude !== null && place.longitude !== null
      ? { near: `${place.latitude},${place.longitude}`, sort: 'distance' }
      : { location_id: place.id };
  return api.get<ServiceList>('services', { signal, query: { ...where, page_size: 3 } });
}
