import type { DeskApi } from '../core/desk-api.js';
import type { RegistrationMode } from '../event/event.api.js';

/** An event in the list (`GET /v1/staff/events`). */
export interface StaffEventSummary {
  id: string;
  title: string;
  type: string;
  location_id: string | null;
  location_name: string | null;
  timezone: string;
  /** The next session's start (ISO), or null when none is still to come. */
  next_start: string | null;
  sessions_upcoming: number;
  capacity: number | null;
  registration_mode: RegistrationMode;
  status: 'scheduled' | 'cancelled';
  version: number;
}

/** The events this person may edit: upcoming ones, newest first, with past ones when asked. */
export async function loadEvents(api: DeskApi, past: boolean, signal?: AbortSignal): Promise<StaffEventSummary[]> {
  return (await api.get<{ items: StaffEventSummary[] }>('v1/staff/events', past ? { include: 'past' } : {}, signal))
    .items;
}
