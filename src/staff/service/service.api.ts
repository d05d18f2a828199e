import type { DeskApi } from '../core/desk-api.js';
import type { components } from '../../core/api-schema.js';
import type { ServiceReport } from '../reports/reports.api.js';

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

type Schemas = components['schemas'];

export type Verification = Schemas['ServiceVerification'];
export type AvailabilityValue = Schemas['ServiceAvailability'];
/** A service as the editor reads it (`GET /v1/staff/directory/services/{id}`). */
export type ServiceEdit = Schemas['ServiceEdit'];
export type ServiceFields = ServiceEdit['fields'];
export type StoredText = ServiceEdit['texts']['name'][string];
export type Phone = ServiceEdit['phones'][number] | Schemas['ServiceEditInput']['phones'][number];
export type Location = Schemas['ServiceEditInput']['locations'][number];
export type Schedule = Location['schedules'][number];
export type Address = Location['address'];
export type ServiceLanguage = ServiceEdit['languages'][number];

/** What a save sends (`PUT`), and a creation with its organization (`POST`). */
export type ServiceInput = Schemas['ServiceEditInput'] & { organization_name?: string };

/** A reported problem (helper B's `GET /v1/staff/directory/reports`). */
export type Report = ServiceReport;

export type HistoryItem = Schemas['DirectoryHistoryItem'];

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
