import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';
import { MalformedResponseError } from '../../core/errors.js';

export type InquiryStatus = components['schemas']['InquiryStatus'];
export type Stage = InquiryStatus['status'];

const STAGES: readonly Stage[] = ['received', 'in-progress', 'referred', 'resolved'];

/**
 * Where an inquiry stands, for its reference and one more fact. Never retried: a wrong check counts against
 * the visitor's tries, and a 429's wait is minutes, not seconds.
 */
export async function lookupStatus(
  api: ApiClient,
  reference: string,
  check: string,
  signal: AbortSignal,
): Promise<InquiryStatus> {
  const answer = await api.get<InquiryStatus>(`inquiries/status/${encodeURIComponent(reference)}`, {
    query: { check },
    signal,
    retries: 0,
  });
  if (!STAGES.includes(answer?.status) || typeof answer.updated_on !== 'string') {
    throw new MalformedResponseError('Not an inquiry status');
  }
  return answer;
}
