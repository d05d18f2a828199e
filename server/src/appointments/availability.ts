import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { slotJson } from './appointment-view.js';
import { loadAppointmentType } from './availability-data.js';
import { slotsOfType } from './find-slots.js';
import type { SlotJson } from './outcomes.js';
import { nextReleaseAt } from './release-rule.js';
import { addDays, localDate, today } from './wall-clock.js';

export interface AvailabilityAnswer {
  type_id: string;
  timezone: string;
  from: string;
  days: { date: string; slots: SlotJson[] }[];
  first_available: string | null;
  next_release_at: string | null;
}

/**
 * The days from `from` (today on the place's clock by default) with their slots, every day listed; the first date
 * with a slot from `from` to the end of the booking horizon; when the next closed week opens.
 */
export async function availabilityOf(
  db: Kysely<Database>,
  typeId: string,
  query: { from?: string | undefined; days: number; interpreter?: string | null | undefined },
  now = new Date(),
): Promise<AvailabilityAnswer | null> {
  const type = await loadAppointmentType(db, typeId);
  if (!type) return null;
  const zone = type.timezone;
  const day = today(now, zone);
  const from = query.from ?? day;
  const end = addDays(from, query.days);
  // Slots exist only from today to the booking horizon: dates far off either way cost nothing to list.
  const horizon = addDays(day, type.book_ahead_days + 1);
  const computeFrom = from > day ? from : addDays(day, -1);
  const slots = await slotsOfType(db, type, {
    from: computeFrom,
    to: horizon,
    interpreter: query.interpreter ?? null,
    now,
  });
  const byDate = new Map<string, SlotJson[]>();
  for (const slot of slots) {
    const date = localDate(slot.start.getTime(), zone);
    const list = byDate.get(date) ?? [];
    list.push(slotJson(slot));
    byDate.set(date, list);
  }
  const days: AvailabilityAnswer['days'] = [];
  for (let date = from; date < end; date = addDays(date, 1)) days.push({ date, slots: byDate.get(date) ?? [] });
  const first = slots.find((slot) => localDate(slot.start.getTime(), zone) >= from);
  const release = nextReleaseAt(type, zone, now);
  return {
    type_id: type.id,
    timezone: zone,
    from,
    days,
    first_available: first ? localDate(first.start.getTime(), zone) : null,
    next_release_at: release ? release.toISOString() : null,
  };
}
