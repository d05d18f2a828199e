import type { components } from '../../core/api-schema.js';
import type { DeskApi } from '../core/desk-api.js';

/** One appointment of the day as the desk reads it (personal fields decrypted; the view is audited). */
export type DayAppointment = components['schemas']['OfficeAppointment'];
/** The day's schedule at a place (`GET /v1/staff/appointments`): per staff member, by time. */
export type DaySchedule = components['schemas']['OfficeDay'];
export type StaffDay = DaySchedule['staff'][number];

const PATH = 'v1/staff/appointments';
const at = (id: string, action: string) => `${PATH}/${encodeURIComponent(id)}/${action}`;

export function loadDay(api: DeskApi, locationId: string, date: string, signal?: AbortSignal): Promise<DaySchedule> {
  return api.get<DaySchedule>(PATH, { location_id: locationId, date }, signal);
}

export async function checkIn(api: DeskApi, id: string): Promise<DayAppointment> {
  return (await api.post<DayAppointment>(at(id, 'check-in'))).data;
}

/** Only after the start (409 otherwise). */
export async function markNoShow(api: DeskApi, id: string): Promise<DayAppointment> {
  return (await api.post<DayAppointment>(at(id, 'no-show'))).data;
}

/** Saves the notes on the appointment as read at `version` (412 `StaleError` when someone changed it since). */
export async function saveNotes(api: DeskApi, id: string, version: number, notes: string): Promise<DayAppointment> {
  return (await api.put<DayAppointment>(at(id, 'notes'), { notes }, { ifMatch: `"v${version}"` })).data;
}
