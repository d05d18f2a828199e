import type { DeskApi } from '../core/desk-api.js';

export type Attendance = 'attended' | 'no-show' | null;

/** One sign-up (or walk-in) on a session's roster. */
export interface RosterEntry {
  registration_id: string;
  status: 'confirmed' | 'waitlisted';
  source: 'web' | 'walk-in' | 'desk';
  name: string;
  party_size: number;
  language: string;
  access_needs: string | null;
  contact_method: string;
  waitlist_position: number | null;
  attendance: Attendance;
  marked_at: string | null;
  /** The newest message to the person and how it went (`waiting`: not yet sent). */
  last_message: { kind: string; delivery: 'waiting' | 'sent' | 'failed' | 'bounced' | 'kept' } | null;
  /** The mail server refused the person's address for good. */
  contact_bounced: boolean;
}

/** People (party sizes summed). */
export interface RosterCounts {
  confirmed: number;
  waitlisted: number;
  attended: number;
  no_show: number;
  walk_ins: number;
}

export interface Roster {
  event: { id: string; title: string; type: string; timezone: string; location_name: string | null };
  session: { key: string; start: string; end: string; status: string; over: boolean };
  capacity: number | null;
  counts: RosterCounts;
  entries: RosterEntry[];
}

/** A session as the staff event lists it (for the previous / next session picker). */
export interface SessionSummary {
  key: string;
  start: string;
  end: string;
  status: 'scheduled' | 'cancelled' | 'moved';
}

export interface CheckInResult {
  entry: RosterEntry;
  already: boolean;
}

export interface WalkIn {
  name?: string;
  party_size: number;
  language: string;
  access_needs?: string;
}

const base = (eventId: string, key: string) =>
  `v1/staff/events/${encodeURIComponent(eventId)}/sessions/${encodeURIComponent(key)}/roster`;

export const loadRoster = (api: DeskApi, eventId: string, key: string, signal: AbortSignal): Promise<Roster> =>
  api.get<Roster>(base(eventId, key), undefined, signal);

/** The event's sessions (the last past ones and the next upcoming), oldest first. */
export async function loadSessions(api: DeskApi, eventId: string, signal: AbortSignal): Promise<SessionSummary[]> {
  const event = await api.get<{ sessions?: SessionSummary[] }>(
    `v1/staff/events/${encodeURIComponent(eventId)}`,
    undefined,
    signal,
  );
  return [...(event.sessions ?? [])].sort((a, b) => a.start.localeCompare(b.start));
}

/** Checks a person in by their row (`registration_id`) or by the code they show (typed or scanned). */
export const checkIn = async (
  api: DeskApi,
  eventId: string,
  key: string,
  by: { registration_id: string } | { code: string },
): Promise<CheckInResult> => (await api.post<CheckInResult>(`${base(eventId, key)}/check-in`, by)).data;

/** Sets (or clears, with null: "Undo") a person's attendance. */
export const setAttendance = async (
  api: DeskApi,
  eventId: string,
  key: string,
  registrationId: string,
  status: Attendance,
): Promise<RosterEntry> =>
  (
    await api.post<{ entry: RosterEntry }>(`${base(eventId, key)}/attendance`, {
      registration_id: registrationId,
      status,
    })
  ).data.entry;

export interface WalkInAnswer {
  entry: RosterEntry;
  /** The session now has more people than places (a walk-in is taken all the same: the person is there). */
  over_capacity: boolean;
}

/** Adds a walk-in, checked in; the same `idempotencyKey` again (a retry, a second click) adds nobody. */
export const addWalkIn = async (
  api: DeskApi,
  eventId: string,
  key: string,
  walkIn: WalkIn,
  idempotencyKey: string,
): Promise<WalkInAnswer> =>
  (await api.post<WalkInAnswer>(`${base(eventId, key)}/walk-ins`, walkIn, { idempotencyKey })).data;

/** Marks everyone confirmed and not checked in as a no-show (only once the session is over). */
export const markNoShows = async (api: DeskApi, eventId: string, key: string): Promise<number> =>
  (await api.post<{ marked: number }>(`${base(eventId, key)}/no-shows`)).data.marked;

/** The roster as CSV (no email or phone), for a link. */
export const rosterCsvUrl = (api: DeskApi, eventId: string, key: string): string =>
  api.url(`${base(eventId, key)}.csv`).href;
