import type { DeskApi } from '../core/desk-api.js';

export type Review = 'draft' | 'reviewed';
/** A text in other languages: `{ es: { value, review } }`. */
export type Translations = Record<string, { value: string; review: Review }>;

/** What an appointment type's editor sends (the table's columns, translations of title and what to bring). */
export interface AppointmentTypeInput {
  location_id: string;
  code: string;
  title: string;
  what_to_bring: string;
  source_locale: string;
  duration_minutes: number;
  buffer_minutes: number;
  book_ahead_days: number;
  min_notice_minutes: number;
  on_behalf_allowed: boolean;
  /** ISO weekday (1 Monday … 7 Sunday) next week's slots open on, with `release_time`; null: no rule. */
  release_weekday: number | null;
  release_time: string | null;
  release_weeks_before: number;
  translations: { title?: Translations; what_to_bring?: Translations };
}

/** An appointment type as the desk reads it (`GET /v1/staff/appointment-types`). */
export interface StaffAppointmentType extends AppointmentTypeInput {
  id: string;
  status: 'active' | 'archived';
  version: number;
  updated_by: string | null;
}

/** Weekly hours on the place's clock. */
export interface AvailabilityRule {
  weekday: number;
  starts_at: string;
  ends_at: string;
  valid_from?: string | null;
  valid_until?: string | null;
}

export interface AppointmentStaffInput {
  location_id: string;
  display_name: string;
  staff_account_id: string | null;
  languages: string[];
  type_ids: string[];
  active: boolean;
  rules: AvailabilityRule[];
}

export interface AppointmentStaffMember extends AppointmentStaffInput {
  id: string;
  version: number;
  updated_by: string | null;
}

/** A holiday for the place (`staff_id` null) or a day off for one person; `open`: extra hours for a person. */
export interface AvailabilityExceptionInput {
  location_id: string;
  staff_id: string | null;
  date: string;
  /** Both null: the whole day. */
  starts_at: string | null;
  ends_at: string | null;
  kind: 'closed' | 'open';
  note: string | null;
}

export interface AvailabilityException extends AvailabilityExceptionInput {
  id: string;
}

/** Interpreters on call for a language (`ase`: ASL), weekly (`weekday`) or on one `date`. */
export interface InterpreterInput {
  location_id: string;
  language: string;
  weekday: number | null;
  date: string | null;
  starts_at: string;
  ends_at: string;
  capacity: number;
}

export interface InterpreterAvailability extends InterpreterInput {
  id: string;
}

const TYPES = 'v1/staff/appointment-types';
const STAFF = 'v1/staff/appointment-staff';
const EXCEPTIONS = 'v1/staff/availability-exceptions';
const INTERPRETERS = 'v1/staff/interpreter-availability';
const at = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;
const ifMatch = (version: number) => `"v${version}"`;
type List<T> = { items: T[] };

export async function loadTypes(
  api: DeskApi,
  locationId: string,
  signal?: AbortSignal,
): Promise<StaffAppointmentType[]> {
  return (await api.get<List<StaffAppointmentType>>(TYPES, { location_id: locationId }, signal)).items;
}

export async function createType(api: DeskApi, input: AppointmentTypeInput): Promise<StaffAppointmentType> {
  return (await api.post<StaffAppointmentType>(TYPES, input)).data;
}

/** Saves the type as read at `version` (412 `StaleError` when someone saved it since). */
export async function saveType(
  api: DeskApi,
  id: string,
  version: number,
  input: AppointmentTypeInput,
): Promise<StaffAppointmentType> {
  return (await api.put<StaffAppointmentType>(at(TYPES, id), input, { ifMatch: ifMatch(version) })).data;
}

/** Archives the type: booked appointments stay, no new ones. */
export async function archiveType(api: DeskApi, id: string, version: number): Promise<void> {
  await api.delete(at(TYPES, id), undefined, { ifMatch: ifMatch(version) });
}

export async function loadStaff(
  api: DeskApi,
  locationId: string,
  signal?: AbortSignal,
): Promise<AppointmentStaffMember[]> {
  return (await api.get<List<AppointmentStaffMember>>(STAFF, { location_id: locationId }, signal)).items;
}

export async function createStaff(api: DeskApi, input: AppointmentStaffInput): Promise<AppointmentStaffMember> {
  return (await api.post<AppointmentStaffMember>(STAFF, input)).data;
}

/** Saves the person (their weekly hours replaced whole) as read at `version`. */
export async function saveStaff(
  api: DeskApi,
  id: string,
  version: number,
  input: AppointmentStaffInput,
): Promise<AppointmentStaffMember> {
  return (await api.put<AppointmentStaffMember>(at(STAFF, id), input, { ifMatch: ifMatch(version) })).data;
}

export async function loadExceptions(
  api: DeskApi,
  locationId: string,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<AvailabilityException[]> {
  return (await api.get<List<AvailabilityException>>(EXCEPTIONS, { location_id: locationId, from, to }, signal)).items;
}

export async function createException(api: DeskApi, input: AvailabilityExceptionInput): Promise<AvailabilityException> {
  return (await api.post<AvailabilityException>(EXCEPTIONS, input)).data;
}

export async function deleteException(api: DeskApi, id: string): Promise<void> {
  await api.delete(at(EXCEPTIONS, id));
}

export async function loadInterpreters(
  api: DeskApi,
  locationId: string,
  signal?: AbortSignal,
): Promise<InterpreterAvailability[]> {
  return (await api.get<List<InterpreterAvailability>>(INTERPRETERS, { location_id: locationId }, signal)).items;
}

export async function createInterpreter(api: DeskApi, input: InterpreterInput): Promise<InterpreterAvailability> {
  return (await api.post<InterpreterAvailability>(INTERPRETERS, input)).data;
}

export async function deleteInterpreter(api: DeskApi, id: string): Promise<void> {
  await api.delete(at(INTERPRETERS, id));
}
