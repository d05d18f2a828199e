import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AppointmentTypeRow } from './availability-data.js';
import { typeTexts } from './type-texts.js';
import { localDateTime } from './wall-clock.js';

/** An appointment as the public API shows it (CONTRACT19 "Appointment"). */
export interface AppointmentView {
  id: string;
  status: 'held' | 'booked' | 'checked_in' | 'no_show' | 'cancelled';
  type_id: string;
  title: string;
  what_to_bring: string;
  start: string;
  end: string;
  local_start: string;
  timezone: string;
  location_name: string;
  interpreter: string | null;
  /** The start before the last move, or null. */
  moved_from: string | null;
  /** The manage link's token: only in the answer to the booking itself. */
  manage_token?: string;
}

export interface AppointmentRowForView {
  id: string;
  status: AppointmentView['status'];
  type_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  interpreter: string | null;
  language: string;
  moved_from: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** The public view, its texts in the reader's languages, then the appointment's own. */
export async function appointmentView(
  db: Kysely<Database>,
  row: AppointmentRowForView,
  type: AppointmentTypeRow,
  locales: readonly string[],
  manageToken?: string,
): Promise<AppointmentView> {
  const texts = (await typeTexts(db, [type], [...new Set([...locales, row.language])])).get(type.id)!;
  const start = new Date(row.starts_at);
  return {
    id: row.id,
    status: row.status,
    type_id: row.type_id,
    title: texts.title,
    what_to_bring: texts.what_to_bring,
    start: start.toISOString(),
    end: iso(row.ends_at),
    local_start: localDateTime(start.getTime(), type.timezone),
    timezone: type.timezone,
    location_name: texts.location_name,
    interpreter: row.interpreter,
    moved_from: row.moved_from === null ? null : iso(row.moved_from),
    ...(manageToken === undefined ? {} : { manage_token: manageToken }),
  };
}

/** A slot as JSON: `{ start, end, local_start }`. */
export const slotJson = (slot: { start: Date; end: Date; local_start: string }) => ({
  start: slot.start.toISOString(),
  end: slot.end.toISOString(),
  local_start: slot.local_start,
});
