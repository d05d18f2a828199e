import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueueJob } from '../jobs/queue.js';
import type { StaffIdentity } from '../staff/identity.js';
import { isSession } from './event-view.js';
import { parseLocal, RecurrenceError } from './recurrence.js';
import { loadSessionChanges, movedInto, movedTimes } from './session-changes.js';
import { changedSessions } from './staff-event-view.js';
import { bumpEvent, lockEvent, Refusal, run, type EditOutcome } from './staff-events.js';
import { zonedToInstant } from './zoned-time.js';

/**
 * One session cancelled or moved, or the whole series cancelled. The rule
 * stays as written: a change is a row of event_session_changes keyed by the
 * session's original local start (the key its registrations keep), feeds add
 * a RECURRENCE-ID override for it, and everyone signed up is told through a
 * job enqueued in the same transaction.
 */
export type SessionOutcome = EditOutcome;
const runSession = run;

export async function cancelSession(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  key: string,
  versions: number[] | undefined,
): Promise<SessionOutcome> {
  return runSessionEdit(db, staff, id, key, versions, async (tx, row) => {
    const { sequence } = await bumpEvent(tx, staff, row, true);
    await tx
      .insertInto('event_session_changes')
      .values({ event_id: id, occurrence_key: key, status: 'cancelled', sequence, changed_by: staff.name })
      .onConflict((oc) =>
        oc.columns(['event_id', 'occurrence_key']).doUpdateSet({
          status: 'cancelled',
          new_start: null,
          new_duration_minutes: null,
          sequence,
          changed_by: staff.name,
          changed_at: new Date(),
        }),
      )
      .execute();
    await enqueueJob(tx, 'session.cancelled', { event_id: id, occurrence_key: key, sequence });
  });
}

export async function moveSession(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  key: string,
  move: { start: string; duration_minutes?: number | undefined },
  versions: number[] | undefined,
): Promise<SessionOutcome> {
  return runSessionEdit(db, staff, id, key, versions, async (tx, row) => {
    let start: Date;
    try {
      start = zonedToInstant(parseLocal(move.start), row.timezone);
    } catch (error) {
      if (error instanceof RecurrenceError) {
        throw new Refusal({ kind: 'invalid', field: 'start', message: error.message });
      }
      throw error;
    }
    const minutes = move.duration_minutes ?? row.duration_minutes;
    const end = new Date(start.getTime() + minutes * 60_000);
    // Another session (at its current time, cancelled ones aside) overlapping the new time is a conflict.
    const changes = (await loadSessionChanges(tx, [id])).get(id);
    const around = changedSessions(
      row,
      changes,
      new Date(start.getTime() - 32 * 86_400_000),
      new Date(end.getTime() + 1),
      10_000,
    );
    // Sessions moved here from further away count too.
    const movedHere = movedInto(changes, row.timezone, row.duration_minutes, start, end).map((change) => ({
      localStart: change.occurrence_key,
      status: 'moved',
      ...movedTimes(change, row.timezone, row.duration_minutes),
    }));
    const clash = [...around, ...movedHere].find(
      (o) => o.localStart !== key && o.status !== 'cancelled' && o.start < end && o.end > start,
    );
    if (clash) throw new Refusal({ kind: 'conflict', key: clash.localStart });
    const { sequence } = await bumpEvent(tx, staff, row, true);
    const change = {
      status: 'moved' as const,
      new_start: move.start,
      new_duration_minutes: move.duration_minutes ?? null,
      sequence,
      changed_by: staff.name,
    };
    await tx
      .insertInto('event_session_changes')
      .values({ event_id: id, occurrence_key: key, ...change })
      .onConflict((oc) => oc.columns(['event_id', 'occurrence_key']).doUpdateSet({ ...change, changed_at: new Date() }))
      .execute();
    // Listings find events by their first start and last end: cover the new time.
    const moved = movedTimes(change, row.timezone, row.duration_minutes);
    const firstStart = new Date(row.first_start) > moved.start ? moved.start : new Date(row.first_start);
    const lastEnd = row.last_end && new Date(row.last_end) < moved.end ? moved.end : row.last_end;
    await tx.updateTable('events').set({ first_start: firstStart, last_end: lastEnd }).where('id', '=', id).execute();
    await enqueueJob(tx, 'session.moved', { event_id: id, occurrence_key: key, sequence });
  });
}

export async function cancelSeries(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  versions: number[] | undefined,
): Promise<SessionOutcome> {
  return runSession(db, async (tx) => {
    const row = await lockEvent(tx, staff, id, versions);
    if (row.status === 'cancelled') return { kind: 'ok', id, changedFields: [] };
    const { sequence } = await bumpEvent(tx, staff, row, true);
    await tx.updateTable('events').set({ status: 'cancelled' }).where('id', '=', id).execute();
    await enqueueJob(tx, 'session.cancelled', { event_id: id, occurrence_key: 'series', sequence });
    return { kind: 'ok', id, changedFields: ['status'] };
  });
}

type LockedRow = Awaited<ReturnType<typeof lockEvent>>;

/** Locks the event, checks `key` is one of its sessions (by its rule), then runs the edit. */
async function runSessionEdit(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  key: string,
  versions: number[] | undefined,
  edit: (tx: Parameters<Parameters<typeof run>[1]>[0], row: LockedRow) => Promise<void>,
): Promise<SessionOutcome> {
  return runSession(db, async (tx) => {
    const row = await lockEvent(tx, staff, id, versions);
    if (!isSession(row, key)) throw new Refusal({ kind: 'no-session' });
    await edit(tx, row);
    return { kind: 'ok', id, changedFields: ['sessions'] };
  });
}
