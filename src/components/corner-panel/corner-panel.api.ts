import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';

/** A place from `GET locations/{id}`, with its hours today and the language of its texts. */
export type CornerLocation = components['schemas']['Location'];

export const loadLocation = (api: ApiClient, id: string, signal: AbortSignal): Promise<CornerLocation> =>
  api.get<CornerLocation>(`locations/${encodeURIComponent(id)}`, { signal });
