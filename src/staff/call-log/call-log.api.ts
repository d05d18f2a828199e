import type { DeskApi } from '../core/desk-api.js';
import type { StaffInquiry } from '../core/types.js';

export const CALL_CHANNELS = ['hotline', '311', 'email', 'walk-in', 'outreach'] as const;
export type CallChannel = (typeof CALL_CHANNELS)[number];

export interface CallRequest {
  channel: CallChannel;
  topic: string;
  preferred_language: string;
  contact_method: 'none';
  /** `resolved` (resolved now) or `new` (needs follow-up, assigned to the caller). */
  status: 'resolved' | 'new';
  referral_code?: string;
  assigned_to?: string;
}

/** Logs a call; the key makes a repeat (a lost answer, a reload) return the first one. */
export async function logCall(api: DeskApi, call: CallRequest, idempotencyKey: string): Promise<StaffInquiry> {
  return (await api.post<StaffInquiry>('v1/staff/inquiries', call, { idempotencyKey })).data;
}
