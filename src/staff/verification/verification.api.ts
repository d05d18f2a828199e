import type { components } from '../../core/api-schema.js';
import type { DeskApi } from '../core/desk-api.js';

/** A listing to re-verify (`GET /v1/staff/directory/verification`). */
export type DueItem = components['schemas']['VerificationDueItem'];
/** The office's re-verification setting (`/v1/staff/settings/verification`). */
export type VerificationPolicy = components['schemas']['VerificationPolicy'];
export type DueState = 'due' | 'overdue' | 'all';

export interface DuePage {
  items: DueItem[];
  total: number;
}

export interface RequestOutcome {
  queued: number;
  skipped: { service_id: string; reason: 'no-contact' }[];
}

export const PAGE_SIZE = 50;

export const loadDue = (api: DeskApi, state: DueState, page: number, signal?: AbortSignal): Promise<DuePage> =>
  api.get<DuePage>('v1/staff/directory/verification', { state, page, page_size: PAGE_SIZE }, signal);

/** Mails each service's provider a signed link (those without a contact come back in `skipped`). */
export async function sendRequests(api: DeskApi, serviceIds: string[]): Promise<RequestOutcome> {
  return (await api.post<RequestOutcome>('v1/staff/directory/verification/requests', { service_ids: serviceIds })).data;
}

/** Staff checked the listing themselves, as it was at `version` (412 `StaleError` when it changed since). */
export async function markVerified(api: DeskApi, serviceId: string, version: number): Promise<void> {
  await api.post(`v1/staff/directory/services/${encodeURIComponent(serviceId)}/verify`, undefined, {
    ifMatch: `"${version}"`,
  });
}

export const loadPolicy = (api: DeskApi, signal?: AbortSignal): Promise<VerificationPolicy> =>
  api.get<VerificationPolicy>('v1/staff/settings/verification', undefined, signal);

export async function savePolicy(api: DeskApi, policy: VerificationPolicy): Promise<VerificationPolicy> {
  return (await api.put<VerificationPolicy>('v1/staff/settings/verification', policy)).data;
}
