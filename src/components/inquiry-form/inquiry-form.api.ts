import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';

type Schemas = components['schemas'];

export type InquiryRequest = Schemas['InquiryRequest'];
export type InquiryReceipt = Schemas['InquiryReceipt'];
export type InquiryTopics = Schemas['InquiryTopics'];
export type Topic = InquiryTopics['items'][number];
export type ContactMethod = InquiryRequest['contact_method'];
export type InquiryKind = InquiryRequest['kind'];

/** Where inquiries are sent, under the endpoint (also the outbox record's path). */
export const INQUIRIES_PATH = 'inquiries';

export const loadTopics = (api: ApiClient, signal: AbortSignal): Promise<InquiryTopics> =>
  api.get<InquiryTopics>('inquiries/topics', { signal });

export const sendInquiry = (api: ApiClient, body: InquiryRequest, signal?: AbortSignal): Promise<InquiryReceipt> =>
  api.post<InquiryReceipt>(INQUIRIES_PATH, body, { signal, timeoutMs: 20_000 });
