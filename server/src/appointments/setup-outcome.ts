import type { StaffIdentity } from '../staff/identity.js';
import { mayRunEventsAt } from '../events/event-access.js';

/** What a set-up change answers; the routes turn a refusal into its problem. */
export type SetupOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; field: string; message: string }
  | { kind: 'conflict'; slug: string; title: string }
  | { kind: 'stale'; version: number; updated_by: string | null; updated_at: string };

export type SetupRefusal = Exclude<SetupOutcome<never>, { kind: 'ok' }>;

/** Appointments at a place are set up by its organizers (granted locations) and by admins, like its events. */
export const maySetUp = (staff: StaffIdentity, locationId: string) => mayRunEventsAt(staff, locationId);

export class SetupRefused extends Error {
  constructor(readonly refusal: SetupRefusal) {
    super(refusal.kind);
  }
}

/** Runs a change, turning a thrown refusal into its outcome. */
export async function refusable<T>(change: () => Promise<T>): Promise<SetupOutcome<T>> {
  try {
    return { kind: 'ok', value: await change() };
  } catch (error) {
    if (error instanceof SetupRefused) return error.refusal;
    throw error;
  }
}
