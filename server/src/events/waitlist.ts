import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueueJob } from '../jobs/queue.js';

type Tx = Transaction<Database>;

/** Places taken (people) and registrations waiting, for one session or series. */
export interface Counts {
  taken: number;
  waitlisted: number;
}

/** The counter row of a session or series, created if needed and locked until the transaction ends. */
export async function lockCounts(tx: Tx, eventId: string, key: string): Promise<Counts> {
  await tx
    .insertInto('event_capacity')
    .values({ event_id: eventId, occurrence_key: key })
    .onConflict((oc) => oc.columns(['event_id', 'occurrence_key']).doNothing())
    .execute();
  const row = await tx
    .selectFrom('event_capacity')
    .select(['taken', 'waitlisted'])
    .where('event_id', '=', eventId)
    .where('occurrence_key', '=', key)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { taken: Number(row.taken), waitlisted: Number(row.waitlisted) };
}

export async function saveCounts(tx: Tx, eventId: string, key: string, counts: Counts): Promise<void> {
  await tx
    .updateTable('event_capacity')
    .set({ taken: counts.taken, waitlisted: counts.waitlisted })
    .where('event_id', '=', eventId)
    .where('occurrence_key', '=', key)
    .execute();
}

/**
 * Confirms people waiting for a session (counter row locked by the caller),
 * first come first served, while their party fits; each is told through a
 * `registration.promoted` job. Returns the counts after and how many moved up.
 */
export async function promoteWaiting(
  tx: Tx,
  eventId: string,
  key: string,
  capacity: number | null,
  counts: Counts,
): Promise<Counts & { promoted: number }> {
  let { taken, waitlisted } = counts;
  let promoted = 0;
  const queue = await tx
    .selectFrom('registrations')
    .select(['id', 'party_size'])
    .where('event_id', '=', eventId)
    .where('occurrence_key', '=', key)
    .where('status', '=', 'waitlisted')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // Stop at the first party that does not fit, so nobody is skipped over.
  for (const waiting of queue) {
    if (capacity !== null && taken + waiting.party_size > capacity) break;
    await tx
      .updateTable('registrations')
      .set({ status: 'confirmed', updated_at: sql`clock_timestamp()` })
      .where('id', '=', waiting.id)
      .execute();
    await enqueueJob(tx, 'registration.promoted', { registration_id: waiting.id });
    taken += waiting.party_size;
    waitlisted -= 1;
    promoted++;
  }
  return { taken, waitlisted, promoted };
}

/**
 * The capacity went below the people confirmed: those confirmed last go back
 * to the head of the waiting list until the rest fit, each told through a
 * `registration.waitlisted` job. The queue is ordered by `created_at`, so
 * theirs is set just before the first person waiting (their own order kept).
 */
export async function waitlistBeyond(
  tx: Tx,
  eventId: string,
  key: string,
  capacity: number,
  counts: Counts,
): Promise<Counts & { moved: number }> {
  let { taken, waitlisted } = counts;
  const confirmed = await tx
    .selectFrom('registrations')
    .select(['id', 'party_size', 'created_at'])
    .where('event_id', '=', eventId)
    .where('occurrence_key', '=', key)
    .where('status', '=', 'confirmed')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const moving: typeof confirmed = [];
  for (const row of confirmed) {
    if (taken <= capacity) break;
    moving.push(row);
    taken -= row.party_size;
  }
  const head = await tx
    .selectFrom('registrations')
    .select((eb) => eb.fn.min('created_at').as('first'))
    .where('event_id', '=', eventId)
    .where('occurrence_key', '=', key)
    .where('status', '=', 'waitlisted')
    .executeTakeFirst();
  const headAt = head?.first ? new Date(head.first).getTime() : Infinity;
  // Earliest sign-up first among those moved: it is last in `moving`.
  moving.reverse();
  for (const [index, row] of moving.entries()) {
    const own = new Date(row.created_at).getTime();
    const queuedAt = Math.min(own, headAt - (moving.length - index));
    await tx
      .updateTable('registrations')
      .set({ status: 'waitlisted', created_at: new Date(queuedAt), updated_at: sql`clock_timestamp()` })
      .where('id', '=', row.id)
      .execute();
    await enqueueJob(tx, 'registration.waitlisted', { registration_id: row.id });
    waitlisted += 1;
  }
  return { taken, waitlisted, moved: moving.length };
}

/** Place on the waiting list (1 = next): those who signed up earlier for the same session or series, plus one. */
export async function waitlistPosition(
  db: Kysely<Database> | Tx,
  row: { id: string; event_id: string; occurrence_key: string; created_at: Date },
): Promise<number> {
  const ahead = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', row.event_id)
    .where('occurrence_key', '=', row.occurrence_key)
    .where('status', '=', 'waitlisted')
    .where((eb) =>
      eb.or([
        eb('created_at', '<', row.created_at),
        eb.and([eb('created_at', '=', row.created_at), eb('id', '<', row.id)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}
