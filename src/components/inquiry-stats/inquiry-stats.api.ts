import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';
import { MalformedResponseError } from '../../core/errors.js';

export type InquiryStats = components['schemas']['InquiryStats'];
export type Dimension = InquiryStats['group_by'][number];
export type Kind = InquiryStats['kind'];

/** Counts for whole months `from`–`to` (YYYY-MM), broken down by up to two dimensions. */
export async function loadStats(
  api: ApiClient,
  q: { from: string; to: string; kind: Kind; groupBy: Dimension[] },
  signal: AbortSignal,
): Promise<InquiryStats> {
  const stats = await api.get<InquiryStats>('stats/inquiries', {
    signal,
    query: { from: q.from, to: q.to, kind: q.kind, group_by: q.groupBy.join(',') },
  });
  if (!Array.isArray(stats?.rows) || !stats.total || !stats.resolution) {
    throw new MalformedResponseError('Not inquiry statistics');
  }
  return stats;
}

/** Topic names in the UI language (server content), by code. */
export async function loadTopicNames(api: ApiClient, signal: AbortSignal): Promise<Record<string, string>> {
  const { items } = await api.get<{ items: { code: string; name: string }[] }>('inquiries/topics', { signal });
  return Object.fromEntries(items.map((t) => [t.code, t.name]));
}
