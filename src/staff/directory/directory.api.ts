import type { DeskApi } from '../core/desk-api.js';
import type { AvailabilityValue, Verification } from '../service/service.api.js';

export const DIRECTORY_STATES = ['due', 'overdue', 'drafts', 'reports'] as const;
export type DirectoryState = (typeof DIRECTORY_STATES)[number];
export const PAGE_SIZE = 25;

export interface DirectoryItem {
  id: string;
  name: string;
  organization_name: string;
  availability: AvailabilityValue;
  verification: Verification;
  open_reports: number;
  draft_texts: number;
}

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
