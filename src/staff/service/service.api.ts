import type { DeskApi } from '../core/desk-api.js';
import type { TextState } from '../core/text-state.js';

/** The texts a service has per language (CONTRACT20: name, description, application process, fees, eligibility). */
export const TEXT_FIELDS = [
  'name',
  'description',
  'application_process',
  'fees_description',
  'eligibility_description',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const AVAILABILITY = ['accepting', 'waitlist', 'full', 'paused'] as const;
export type Availability = (typeof AVAILABILITY)[number];

/** The server's BADGE_CODES (server/src/directory/taxonomy.ts). */
export const BADGE_CODES = [
  'free',
  'walk-in',
  'no-id-required',
  'doj-recognized-organization',
  'doj-accredited-representative',
  'attorney',
] as const;

/** HSDS 3.0 phone types. */
export const PHONE_TYPES = ['voice', 'text', 'cell', 'fax', 'video', 'pager', 'textphone'] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export interface Verification {
  verified: string | null;
  due: string | null;
  overdue: boolean;
}

export interface AvailabilityValue {
  status: Availability;
  since: string | null;
  until: string | null;
}

export interface ServiceFields {
  name: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  status: string;
}

export interface StoredText {
  value: string;
  state: TextState;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface Phone {
  id?: string;
  number: string;
  type: string;
  description: string | null;
  languages: string[];
}

export interface Schedule {
  id?: string;
  freq: 'WEEKLY' | 'MONTHLY';
  byday: string;
  opens_at: string;
  closes_at: string;
  valid_from: string | null;
  valid_to: string | null;
  description: string | null;
}

export interface Address {
  address_1: string;
  address_2: string | null;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
}

export interface Location {
  id?: string;
  name: string | null;
  address: Address;
  latitude: number | null;
  longitude: number | null;
  timezone: string;
  schedules: Schedule[];
}

export interface ServiceLanguage {
  code: string;
  kind: 'staff' | 'interpretation';
}

/** A service as the editor reads it (`GET /v1/staff/directory/services/{id}`). */
export interface ServiceEdit {
  id: string;
  version: number;
  updated_by: { id: string; name: string } | null;
  updated_at: string | null;
  source_locale: string;
  organization: { id: string; name: string };
  fields: ServiceFields;
  texts: Partial<Record<TextField, Record<string, StoredText>>>;
  availability: AvailabilityValue;
  verification: Verification;
  verification_contact: string | null;
  topics: string[];
  badges: { code: string; verified: string | null }[];
  phones: Phone[];
  languages: ServiceLanguage[];
  locations: Location[];
  open_reports: { id: string; kind: string; created_at: string }[];
}

/** What a save sends (`PUT`), and a creation with its organization (`POST`). */
export interface ServiceInput {
  fields: ServiceFields;
  texts: Partial<Record<TextField, Record<string, { value: string; reviewed: boolean }>>>;
  availability: AvailabilityValue;
  verification_contact: string | null;
  topics: string[];
  badges: { code: string; verified: string | null }[];
  phones: Phone[];
  languages: ServiceLanguage[];
  locations: Location[];
  closes_reports?: string[];
  organization_name?: string;
}

export interface Report {
  id: string;
  service_id: string;
  service_name: string;
  source: string;
  kind: string;
  note: string | null;
  proposed: Record<string, string> | null;
  locale: string | null;
  status: string;
  created_at: string;
}

export interface HistoryItem {
  id: string;
  kind: string;
  changed_by: string;
  changed_at: string;
  /** What changed: `{ field, locale? }` per field (texts by language). */
  fields: ({ field: string; locale?: string | null } | string)[];
}

export interface Versioned<T> {
  value: T;
  etag: string;
}

const path = (id: string) => `v1/staff/directory/services/${encodeURIComponent(id)}`;
const etagOf = (edit: ServiceEdit, etag: string | null) => etag ?? `"${edit.version}"`;

export async function loadService(api: DeskApi, id: string, signal?: AbortSignal): Promise<Versioned<ServiceEdit>> {
  const { data, etag } = await api.request<ServiceEdit>('GET', path(id), { signal });
  return { value: data, etag: etagOf(data, etag) };
}

export async function saveService(
  api: DeskApi,
  id: string,
  input: ServiceInput,
  etag: string,
): Promise<Versioned<ServiceEdit>> {
  const { data, etag: next } = await api.put<ServiceEdit>(path(id), input, { ifMatch: etag });
  return { value: data, etag: etagOf(data, next) };
}

export async function createService(api: DeskApi, input: ServiceInput): Promise<Versioned<ServiceEdit>> {
  const { data, etag } = await api.post<ServiceEdit>('v1/staff/directory/services', input);
  return { value: data, etag: etagOf(data, etag) };
}

/** Marks one translation reviewed (corrected to `value` when given). */
export async function reviewText(
  api: DeskApi,
  id: string,
  text: { field: string; locale: string; value?: string },
  etag: string,
): Promise<Versioned<ServiceEdit>> {
  const { data, etag: next } = await api.post<ServiceEdit>(`${path(id)}/texts/review`, text, { ifMatch: etag });
  return { value: data, etag: etagOf(data, next) };
}

export async function loadHistory(api: DeskApi, id: string, signal?: AbortSignal): Promise<HistoryItem[]> {
  return (await api.get<{ items: HistoryItem[] }>(`${path(id)}/history`, {}, signal)).items;
}

/** The service's reports (helper B's list), to show the one the editor came to fix. */
export async function loadReports(api: DeskApi, serviceId: string, signal?: AbortSignal): Promise<Report[]> {
  const query = { service_id: serviceId };
  return (await api.get<{ items: Report[] }>('v1/staff/directory/reports', query, signal)).items;
}
