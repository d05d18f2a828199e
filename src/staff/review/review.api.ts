import type { DeskApi } from '../core/desk-api.js';
import { reviewText, type TextField } from '../service/service.api.js';

export interface QueueItem {
  service_id: string;
  service_name: string;
  version: number;
  field: TextField;
  locale: string;
  source: { locale: string; value: string };
  draft: string;
}

export async function loadQueue(
  api: DeskApi,
  locale: string,
  page: number,
  signal?: AbortSignal,
): Promise<{ items: QueueItem[]; total: number }> {
  return api.get('v1/staff/directory/review-queue', { locale, page }, signal);
}

/** Marks the draft reviewed (corrected when `value` differs); the service's new version. */
export async function markReviewed(api: DeskApi, item: QueueItem, value: string): Promise<number> {
  const text = { field: item.field, locale: item.locale, ...(value !== item.draft ? { value } : {}) };
  return (await reviewText(api, item.service_id, text, `"${item.version}"`)).value.version;
}
