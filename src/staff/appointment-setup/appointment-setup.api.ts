import type { components } from '../../core/api-schema.js';
import type { DeskApi } from '../core/desk-api.js';

type Schemas = components['schemas'];

/** A text in other languages: `{ es: { value, review } }` (`draft`: a machine translation nobody checked). */
export type Translations = NonNullable<Schemas['AppointmentTypeTranslations']['title']>;
/** What an appointment type's editor sends (the table's columns, translations of title and what to bring). */
export type AppointmentTypeInput = Schemas['StaffAppointmentTypeInput'];
/** An appointment type as the desk reads it (`GET /v1/staff/appointment-types`), archived ones too. */
export type StaffAppointmentType = Schemas['StaffAppointmentType'];
/** A person who holds appointments, their languages, the types they take and weekly hours (place's clock). */
export type AppointmentStaffInput = Schemas['StaffAppointmentStaffInput'];
export type AppointmentStaffMember = Schemas['StaffAppointmentStaff'];
/** A holiday for the place (`staff_id` null) or a day off for one person; `open`: extra hours for a person. */
export type AvailabilityExceptionInput = Schemas['AvailabilityExceptionInput'];
export type AvailabilityException = Schemas['AvailabilityException'];
/** Interpreters on call for a language (`ase`: ASL), weekly (`weekday`) or on one `date`. */
export type InterpreterInput = Schemas['InterpreterAvailabilityInput'];
export type InterpreterAvailability = Schemas['InterpreterAvailability'];

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
