import type { DeskApi } from '../core/desk-api.js';
import type { ReferralDestination } from '../core/types.js';

export interface DestinationFields {
  code?: string;
  name: string;
  kind: 'agency' | 'partner';
  topics: string[];
  aliases: string[];
  active?: boolean;
  position?: number;
}

export const createDestination = async (api: DeskApi, fields: DestinationFields): Promise<ReferralDestination> =>
  (await api.post<ReferralDestination>('v1/staff/referral-destinations', fields)).data;

export const updateDestination = async (
  api: DeskApi,
  code: string,
  fields: Partial<DestinationFields>,
): Promise<ReferralDestination> =>
  (await api.patch<ReferralDestination>(`v1/staff/referral-destinations/${encodeURIComponent(code)}`, fields)).data;
