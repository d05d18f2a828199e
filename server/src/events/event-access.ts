import type { StaffIdentity } from '../staff/identity.js';

/**
 * Who may edit an event and run its rosters: an admin any event; an organizer
 * only events at a location granted to their account (an event with no
 * location is an admin's).
 */
export function mayRunEventsAt(staff: StaffIdentity, locationId: string | null): boolean {
  if (staff.roles.includes('admin')) return true;
  if (!staff.roles.includes('organizer') || locationId === null) return false;
  return (staff.locationIds ?? []).includes(locationId);
}

/** The locations whose events this person may see: all (undefined) for an admin. */
export function grantedLocations(staff: StaffIdentity): readonly string[] | undefined {
  return staff.roles.includes('admin') ? undefined : (staff.locationIds ?? []);
}

/** An event's entity tag (`"3"`) and the versions an If-Match names: shared with other versioned staff records. */
