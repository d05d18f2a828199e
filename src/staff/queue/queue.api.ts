import type { DeskApi } from '../core/desk-api.js';
import type { StaffInquiry } from '../core/types.js';

/** The queue's filters as the address keeps them (`#queue?status=new&overdue=true`). */
export const FILTERS = [
  'status',
  'channel',
  'topic',
  'language',
  'assigned',
  'overdue',
  'kind',
  'sort',
  'page',
] as const;
export type Filter = (typeof FILTERS)[number];
export type Filters = Partial<Record<Filter, string>>;

export interface QueuePage {
  total: number;
  page: number;
  page_size: number;
  /** Open inquiries past their answer-by day (whatever the other filters, except kind). */
  overdue_count: number;
  items: StaffInquiry[];
}

export const PAGE_SIZE = 25;

/** One page of the queue, newest first unless `sort=oldest`. */
export const loadQueue = (api: DeskApi, filters: Filters, signal: AbortSignal): Promise<QueuePage> =>
  api.get<QueuePage>(
    'v1/staff/inquiries',
    { ...filters, sort: filters.sort || 'newest', page_size: PAGE_SIZE },
    signal,
  );
