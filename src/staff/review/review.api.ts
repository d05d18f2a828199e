import type { DeskApi } from '../core/desk-api.js';
import type { components } from '../../core/api-schema.js';
import { reviewText } from '../service/service.api.js';

/** A machine draft beside its source (`GET /v1/staff/directory/review-queue`). */
export type QueueItem = components['schemas']['ReviewQueueItem'];

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
