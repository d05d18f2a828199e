import type { DeskApi } from '../core/desk-api.js';
import type { components } from '../../core/api-schema.js';

export const DIRECTORY_STATES = ['due', 'overdue', 'drafts', 'reports'] as const;
export type DirectoryState = (typeof DIRECTORY_STATES)[number];
export const PAGE_SIZE = 25;

export type DirectoryItem = components['schemas']['DirectoryListItem'];

export interface DirectoryFilters {
  q?: string | undefined;
  state?: DirectoryState | undefined;
  page?: number | undefined;
}

export async function loadDirectory(
  api: DeskApi,
  filters: DirectoryFilters,
  signal?: AbortSignal,
): Promise<{ items: DirectoryItem[]; total: number }> {
  return api.get(
    'v1/staff/directory/services',
    { q: filters.q, state: filters.state, page: filters.page, page_size: PAGE_SIZE },
    signal,
  );
}
