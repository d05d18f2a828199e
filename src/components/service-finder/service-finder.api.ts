import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';

export type ServiceSummary = components['schemas']['ServiceSummary'];
export type ServiceDetail = components['schemas']['ServiceDetail'];
export type ServiceList = components['schemas']['ServiceList'];
/** A place in the full record: the summary's fields plus description, accessibility and corner. */
export type DetailLocation = ServiceDetail['locations'][number];
export type Topic = components['schemas']['TopicList']['items'][number];
/** What the server did with the words: corrections, a nearby query, whether every word matched. */
export type SearchExplanation = components['schemas']['SearchExplanation'];

/** What the visitor asked for; empty values are left out of the request. */
export interface FinderQuery {
  q: string;
  topics: string[];
  language: string;
  openNow: boolean;
  free: boolean;
  walkIn: boolean;
  /** Only services taking new clients. */
  accepting: boolean;
  postcode: string;
  near: string;
  locationId: string;
}

export const emptyQuery = (): FinderQuery => ({
  q: '',
  topics: [],
  language: '',
  openNow: false,
  free: false,
  walkIn: false,
  accepting: false,
  postcode: '',
  near: '',
  locationId: '',
});

export function searchServices(
  api: ApiClient,
  query: FinderQuery,
  page: number,
  pageSize: number,
  signal: AbortSignal,
): Promise<ServiceList> {
  const place = query.near
    ? { near: query.near, sort: 'distance' }
    : query.postcode
      ? { postcode: query.postcode, sort: 'distance' }
      : {};
  return api.get<ServiceList>('services', {
    signal,
    query: {
      q: query.q.trim() || undefined,
      topic: query.topics.length ? query.topics.join(',') : undefined,
      language: query.language || undefined,
      open_now: query.openNow || undefined,
      free: query.free || undefined,
      walk_in: query.walkIn || undefined,
      accepting: query.accepting || undefined,
      location_id: query.locationId || undefined,
      page,
      page_size: pageSize,
      ...place,
    },
  });
}

export function loadService(api: ApiClient, id: string, signal: AbortSignal): Promise<ServiceDetail> {
  return api.get<ServiceDetail>(`services/${encodeURIComponent(id)}`, { signal });
}

export async function loadTopics(api: ApiClient, signal: AbortSignal): Promise<Topic[]> {
  return (await api.get<{ items: Topic[] }>('topics', { signal })).items;
}

/** Every spoken language the directory offers, most offered first. */
export async function loadLanguages(api: ApiClient, signal: AbortSignal): Promise<string[]> {
  return (await api.get<{ items: { code: string }[] }>('languages', { signal })).items.map((item) => item.code);
}
