import type { DeskApi } from '../core/desk-api.js';

export const EVENT_TYPES = [
  'legal-clinic',
  'citizenship',
  'english-class',
  'know-your-rights',
  'id-enrollment',
  'workshop',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** As the server names them (CONTRACT.md says `session`; the events API has always said `per-session`). */
export const REGISTRATION_MODES = ['none', 'per-session', 'series'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

/** The texts an event has per language. */
export const TEXT_FIELDS = ['title', 'description', 'accessibility', 'cost'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type TextState = 'source' | 'reviewed' | 'machine';

export interface StaffSession {
  /** The original local start, `YYYY-MM-DDTHH:MM`. */
  key: string;
  start: string;
  end: string;
  status: 'scheduled' | 'cancelled' | 'moved';
  /** A moved session's new local start. */
  moved_to: string | null;
  confirmed: number;
  waitlisted: number;
  attended: number;
}

/** An event as the editor reads it (`GET /v1/staff/events/{id}`). */
export interface StaffEvent {
  id: string;
  version: number;
  sequence: number;
  type: EventType | string;
  location_id: string | null;
  location_text: string | null;
  online_url: string | null;
  timezone: string;
  /** Local start of the first session, `YYYY-MM-DDTHH:MM`. */
  dtstart: string;
  duration_minutes: number;
  rrule: string | null;
  exdates: string[];
  capacity: number | null;
  registration_mode: RegistrationMode;
  status: 'scheduled' | 'cancelled';
  languages: string[];
  interpreter_available: boolean;
  is_free: boolean;
  source_locale: string;
  texts: Partial<Record<TextField, Record<string, { value: string; state: TextState }>>>;
  sessions: StaffSession[];
}

/** What the editor sends (`POST` / `PUT`). */
export interface StaffEventInput {
  type: string;
  location_id: string | null;
  location_text: string | null;
  online_url: string | null;
  timezone: string;
  dtstart: string;
  duration_minutes: number;
  rrule: string | null;
  exdates: string[];
  capacity: number | null;
  registration_mode: RegistrationMode;
  languages: string[];
  interpreter_available: boolean;
  is_free: boolean;
  source_locale: string;
  texts: Partial<Record<TextField, Record<string, { value: string; reviewed: boolean }>>>;
  over_capacity?: OverCapacity;
}

/** What to do with people confirmed beyond a lowered capacity. */
export type OverCapacity = 'waitlist' | 'keep';

/** A place this person may hold events at. */
export interface StaffLocation {
  id: string;
  name: string;
  timezone: string;
}

/** A session whose confirmed people exceed a lowered capacity (409 `capacity-below-confirmed`). */
export interface CapacityConflict {
  key: string;
  confirmed: number;
  capacity: number;
}

export interface Versioned<T> {
  value: T;
  /** Sent back as If-Match with the next change. */
  etag: string;
}

const etagOf = (etag: string | null, version: number) => etag ?? `"${version}"`;
const path = (id: string) => `v1/staff/events/${encodeURIComponent(id)}`;

export async function loadEvent(api: DeskApi, id: string, signal?: AbortSignal): Promise<Versioned<StaffEvent>> {
  const { data, etag } = await api.request<StaffEvent>('GET', path(id), { signal });
  return { value: data, etag: etagOf(etag, data.version) };
}

export async function loadLocations(api: DeskApi, signal?: AbortSignal): Promise<StaffLocation[]> {
  return (await api.get<{ items: StaffLocation[] }>('v1/staff/locations', {}, signal)).items;
}

export async function createEvent(api: DeskApi, input: StaffEventInput): Promise<Versioned<StaffEvent>> {
  const { data, etag } = await api.post<StaffEvent>('v1/staff/events', input);
  return { value: data, etag: etagOf(etag, data.version) };
}

/** Saves the event read at `etag`: a StaleError (412) when someone saved since; 409 when capacity drops too low. */
export async function saveEvent(
  api: DeskApi,
  id: string,
  input: StaffEventInput,
  etag: string,
): Promise<Versioned<StaffEvent>> {
  const { data, etag: next } = await api.put<StaffEvent>(path(id), input, { ifMatch: etag });
  return { value: data, etag: etagOf(next, data.version) };
}

/** Cancels one session (`key`) or, with `key` undefined, the whole series. */
export async function cancelSessions(
  api: DeskApi,
  id: string,
  key: string | undefined,
  etag: string,
): Promise<Versioned<StaffEvent>> {
  const where = key ? `${path(id)}/sessions/${encodeURIComponent(key)}/cancel` : `${path(id)}/cancel`;
  const { data, etag: next } = await api.post<StaffEvent>(where, undefined, { ifMatch: etag });
  return { value: data, etag: etagOf(next, data.version) };
}

export async function moveSession(
  api: DeskApi,
  id: string,
  key: string,
  start: string,
  etag: string,
): Promise<Versioned<StaffEvent>> {
  const { data, etag: next } = await api.post<StaffEvent>(
    `${path(id)}/sessions/${encodeURIComponent(key)}/move`,
    { start },
    { ifMatch: etag },
  );
  return { value: data, etag: etagOf(next, data.version) };
}
