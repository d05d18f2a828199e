import type { DeskApi } from '../core/desk-api.js';

export type AppointmentStatus = 'held' | 'booked' | 'checked_in' | 'no_show' | 'cancelled';

/** One appointment of the day as the desk reads it (personal fields decrypted; the view is audited). */
export interface DayAppointment {
  id: string;
  version: number;
  status: AppointmentStatus;
  start: string;
  end: string;
  /** `YYYY-MM-DDTHH:MM` on the place's clock. */
  local_start: string;
  type_id: string;
  title: string;
  /** The interpreter booked (`ase`: ASL), or null. */
  interpreter: string | null;
  /** The language of the messages (the client's when booked on someone's behalf). */
  language: string;
  on_behalf: boolean;
  organization: string | null;
  name: string;
  contact_method: 'email' | 'sms' | 'none';
  email: string | null;
  phone: string | null;
  notes: string | null;
  contact_bounced: boolean;
  /** The newest message about it: which (`confirmation`, `reminder`, `moved`…) and how it went. */
  last_message: { kind: string; status: 'waiting' | 'sent' | 'failed' | 'bounced' | 'kept' } | null;
  /** Who last changed it, when the server says (a stale save names them). */
  updated_by?: string | null;
}

export interface StaffDay {
  id: string;
  display_name: string;
  appointments: DayAppointment[];
}

/** The day's schedule at a place (`GET /v1/staff/appointments`). */
export interface DaySchedule {
  date: string;
  timezone: string;
  staff: StaffDay[];
}

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
