import {
  loadAppointmentType,
  loadAvailabilityData,
  type AppointmentTypeRow,
  type AvailabilityData,
  type Db,
} from './availability-data.js';
import { covers, overlaps } from './intervals.js';
import { interpreterFree } from './interpreters.js';
import { speaks } from './languages.js';
import { isReleased } from './release-rule.js';
import { slotWindows, workingIntervals } from './staff-hours.js';
import { addDays, daysBetween, localDate, localDateTime, wallInstants } from './wall-clock.js';

/** A slot offered: its instants, its wall-clock start, and who could take it (the best choice first). */
export interface Slot {
  start: Date;
  end: Date;
  /** `YYYY-MM-DDTHH:MM` on the place's clock (the same twice in the hour repeated when clocks go back). */
  local_start: string;
  staff_ids: string[];
}

export interface SlotQuery {
  /** First local date, `YYYY-MM-DD`. */
  from: string;
  /** Local date after the last. */
  to: string;
  /** The interpreter language asked for ('ase': ASL), or none. */
  interpreter?: string | null | undefined;
  now: Date;
  /** An appointment whose own time does not count as taken (the one being moved). */
  ignoreAppointmentId?: string | undefined;
}

const MINUTE = 60_000;

/**
 * The slot rule (CONTRACT19 "Slots"), over data already loaded: for each date and each staff member who takes the
 * type, starts every duration + buffer from the start of each window on the wall clock (none in a skipped hour,
 * two in a repeated one), kept when the whole [start, start + duration + buffer) is within their working time and
 * free, notice and horizon and release allow it, and the interpreter asked for is theirs or on call with room.
 */
export function computeSlots(data: AvailabilityData, query: SlotQuery): Slot[] {
  const { type, staff, exceptions, interpreters, busy } = data;
  const zone = type.timezone;
  if (type.status !== 'active') return [];
  const durationMs = type.duration_minutes * MINUTE;
  const blockMs = (type.duration_minutes + type.buffer_minutes) * MINUTE;
  const step = type.duration_minutes + type.buffer_minutes;
  const earliest = query.now.getTime() + type.min_notice_minutes * MINUTE;
  const latest = query.now.getTime() + type.book_ahead_days * 86_400_000;
  const language = query.interpreter ?? null;
  const found = new Map<number, Slot>();

  for (let date = query.from; date < query.to; date = addDays(date, 1)) {
    if (!isReleased(type, date, zone, query.now)) continue;
    for (const person of staff) {
      const windows = slotWindows(person, exceptions, date);
      if (windows.length === 0) continue;
      const working = workingIntervals(person, exceptions, date, zone);
      const theirs = busy.filter((b) => b.staff_id === person.id && b.id !== query.ignoreAppointmentId);
      const ownLanguage = language === null || speaks(person.languages, language);
      for (const window of windows) {
        for (let minute = window.start; minute < window.end; minute += step) {
          for (const start of wallInstants(date, minute, zone)) {
            if (start < earliest || start >= latest) continue;
            const block = { start, end: start + blockMs };
            if (!covers(working, block)) continue;
            if (theirs.some((b) => overlaps({ start: b.start, end: b.blocks_until }, block))) continue;
            if (
              !ownLanguage &&
              !interpreterFree(
                language!,
                { start, end: start + durationMs },
                interpreters,
                busy,
                zone,
                query.ignoreAppointmentId,
              )
            ) {
              continue;
            }
            let slot = found.get(start);
            if (!slot) {
              slot = {
                start: new Date(start),
                end: new Date(start + durationMs),
                local_start: localDateTime(start, zone),
                staff_ids: [],
              };
              found.set(start, slot);
            }
            // Someone who speaks the language first: their booking leaves the interpreter for someone else.
            if (slot.staff_ids.includes(person.id)) continue;
            if (ownLanguage && language !== null) slot.staff_ids.unshift(person.id);
            else slot.staff_ids.push(person.id);
          }
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The slots of a type from `from` to `to` (local dates); null when there is no such type. */
export async function findSlots(
  db: Db,
  typeId: string,
  query: SlotQuery,
): Promise<{ type: AppointmentTypeRow; slots: Slot[] } | null> {
  const type = await loadAppointmentType(db, typeId);
  if (!type) return null;
  return { type, slots: await slotsOfType(db, type, query) };
}

/** The slots of a type already loaded. */
export async function slotsOfType(db: Db, type: AppointmentTypeRow, query: SlotQuery): Promise<Slot[]> {
  if (daysBetween(query.from, query.to) <= 0) return [];
  const data = await loadAvailabilityData(db, type, query.from, query.to, query.now);
  return computeSlots(data, query);
}

/** The slot starting at exactly `start`, if it is offered (who could take it, best first). */
export async function slotAt(
  db: Db,
  type: AppointmentTypeRow,
  start: Date,
  query: Omit<SlotQuery, 'from' | 'to'>,
): Promise<Slot | undefined> {
  const date = localDate(start.getTime(), type.timezone);
  const slots = await slotsOfType(db, type, { ...query, from: date, to: addDays(date, 1) });
  return slots.find((s) => s.start.getTime() === start.getTime());
}

/** Up to `count` slots after `after` (within the next two weeks), to offer when the one asked for was taken. */
export async function nextSlots(
  db: Db,
  type: AppointmentTypeRow,
  after: Date,
  query: Omit<SlotQuery, 'from' | 'to'>,
  count = 6,
): Promise<Slot[]> {
  const from = localDate(Math.max(after.getTime(), query.now.getTime()), type.timezone);
  const slots = await slotsOfType(db, type, { ...query, from, to: addDays(from, 15) });
  return slots.filter((s) => s.start.getTime() > after.getTime()).slice(0, count);
}
