import type { components } from '../../core/api-schema.js';
import type { DeskApi } from '../core/desk-api.js';

/** A problem reported on a listing (`GET /v1/staff/directory/reports`). */
export type ServiceReport = components['schemas']['StaffServiceReport'];
export type ReportList = components['schemas']['StaffServiceReportList'];
export type ReportStatus = ServiceReport['status'];

const PATH = 'v1/staff/directory/reports';
/** Reports on one page of the screen. */
export const PAGE_SIZE = 50;

export function loadReports(
  api: DeskApi,
  status: ReportStatus,
  page: number,
  signal?: AbortSignal,
): Promise<ReportList> {
  return api.get<ReportList>(PATH, { status, page, page_size: PAGE_SIZE }, signal);
}

/** Closes a report as checked and needing no change. */
export async function closeWithoutChange(api: DeskApi, id: string): Promise<ServiceReport> {
  return (await api.post<ServiceReport>(`${PATH}/${encodeURIComponent(id)}/close`, { resolution: 'no-change' })).data;
}
