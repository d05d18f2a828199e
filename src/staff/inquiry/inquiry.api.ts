import type { DeskApi } from '../core/desk-api.js';
import type { InquiryDetail, Note, Person, StaffInquiry } from '../core/types.js';

export interface Versioned<T> {
  value: T;
  /** `"v<n>"`: sent back as If-Match with the next change. */
  etag: string;
}

const etagOf = (etag: string | null, version: number) => etag ?? `"v${version}"`;

/** The inquiry, decrypted (the server audits the view), with its notes and replies. */
export async function loadInquiry(api: DeskApi, id: string, signal?: AbortSignal): Promise<Versioned<InquiryDetail>> {
  const { data, etag } = await api.request<InquiryDetail>('GET', `v1/staff/inquiries/${encodeURIComponent(id)}`, {
    signal,
  });
  return { value: data, etag: etagOf(etag, data.version) };
}

export interface InquiryChanges {
  status?: string;
  topic?: string;
  referral_code?: string | null;
  resolution_code?: string | null;
  assigned_to?: string | null;
}

/** Saves changes made on version `etag`; a StaleError (412) when someone saved since. */
export async function saveInquiry(
  api: DeskApi,
  id: string,
  changes: InquiryChanges,
  etag: string,
): Promise<Versioned<StaffInquiry>> {
  const { data, etag: next } = await api.patch<StaffInquiry>(`v1/staff/inquiries/${encodeURIComponent(id)}`, changes, {
    ifMatch: etag,
  });
  return { value: data, etag: etagOf(next, data.version) };
}

export async function addNote(api: DeskApi, id: string, body: string): Promise<Note> {
  return (await api.post<Note>(`v1/staff/inquiries/${encodeURIComponent(id)}/notes`, { body })).data;
}

// The office's reply templates are a list of the desk's own (core): the templates screen edits them.
export type { ReplyTemplate } from '../core/types.js';
export { loadTemplates } from '../core/lists.api.js';

export interface ReplyRequest {
  template_code?: string;
  locale: string;
  subject: string;
  body: string;
}

/** Sends a reply by email through the outbox (202: queued, sent, or kept when no mail server is set up). */
export async function sendReply(
  api: DeskApi,
  id: string,
  reply: ReplyRequest,
): Promise<{ id: string; status: 'queued' | 'sent' | 'kept' | 'failed' }> {
  return (
    await api.post<{ id: string; status: 'queued' | 'sent' | 'kept' | 'failed' }>(
      `v1/staff/inquiries/${encodeURIComponent(id)}/replies`,
      reply,
    )
  ).data;
}

/** Colleagues an inquiry can be given to: the enabled accounts with the desk role. */
export async function loadColleagues(api: DeskApi, signal?: AbortSignal): Promise<Person[]> {
  const { items } = await api.get<{ items: { id: string; display_name: string }[] }>('v1/staff/colleagues', {}, signal);
  return items.map((a) => ({ id: a.id, name: a.display_name }));
}
