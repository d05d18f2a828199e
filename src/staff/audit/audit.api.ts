import type { DeskApi } from '../core/desk-api.js';

export interface AuditEntry {
  id: string | number;
  at: string;
  actor: string;
  action: string;
  record_type: string;
  record_id: string | null;
  fields: string[];
}

export interface AuditPage {
  total: number;
  page: number;
  page_size: number;
  items: AuditEntry[];
}

export const AUDIT_FILTERS = ['record_type', 'record_id', 'actor', 'page'] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;
export const AUDIT_PAGE_SIZE = 50;

/** Who viewed, changed or exported which record, newest first. */
export const loadAudit = (api: DeskApi, filters: AuditFilters, signal: AbortSignal): Promise<AuditPage> =>
  api.get<AuditPage>('v1/staff/audit', { ...filters, page_size: AUDIT_PAGE_SIZE }, signal);
