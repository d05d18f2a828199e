import { expandOccurrences, formatLocal, type Recurrence } from './recurrence.js';
import { instantToZoned } from './zoned-time.js';

/**
 * Every held session of a series (EXDATEs left out), from its first, kept in
 * memory while its rule is unchanged. A listing then reads a window and
 * "session 3 of 10" by binary search instead of running the rule again on
 * every request: a window ten years ahead of 120 daily classes cost seconds
 * per request before, and a client repeating it stalled every visitor.
 * Each server process keeps its own copy; the key includes the rule, so an
 * edit made through another process is seen at once.
 */
export interface HeldSessions {
  /** Start instants (ms), in order: 8 bytes a session. */
  starts: Float64Array;
  /**
   * Local starts that differ from the start read on the event's clock: a
   * time the change to daylight time skips keeps its wall-clock name (02:30),
   * which the instant (03:30) does not give back. Rare, so kept apart.
   */
  unusualLocalStarts: Map<number, string>;
  /** Every session starting before this instant is held. */
  until: number;
  /** Whether these are all the series' sessions (it ends). */
  complete: boolean;
}

/** Sessions kept per series at most: 27 years of a daily class. Longer series are expanded per request. */
const MAX_HELD_PER_SERIES = 10_000;
/** Sessions kept across series at most (16 MB: 450 daily classes held 12 years); the least recently used series go first. */
const MAX_HELD_TOTAL = 2_000_000;
/** An open-ended series is held this far past what was asked, so that nearby windows need no new expansion. */
const HOLD_AHEAD_MS = 400 * 86_400_000;

interface Entry {
  fingerprint: string;
  held: HeldSessions;
}
const kept = new Map<string, Entry>();
let keptTotal = 0;

const fingerprintOf = (recurrence: Recurrence) =>
  JSON.stringify([
    recurrence.dtstart,
    recurrence.durationMinutes,
    recurrence.timezone,
    recurrence.rrule,
    recurrence.exdates,
  ]);

/**
 * The held sessions of event `id` up to at least `until` (all of them for a
 * series that ends), or null for a series with more than
 * MAX_HELD_PER_SERIES sessions before then.
 */
export function heldSessions(
  id: string,
  recurrence: Recurrence,
  firstStart: Date,
  lastEnd: Date | null,
  until: Date,
): HeldSessions | null {
  const fingerprint = fingerprintOf(recurrence);
  const entry = kept.get(id);
  if (entry && entry.fingerprint === fingerprint && (entry.held.complete || entry.held.until >= until.getTime())) {
    // Most recently used last, for eviction.
    kept.delete(id);
    kept.set(id, entry);
    return entry.held;
  }
  const reusable = entry?.fingerprint === fingerprint ? entry.held : undefined;
  const held = expand(recurrence, firstStart, lastEnd, until, reusable);
  forget(id);
  if (!held) return null;
  kept.set(id, { fingerprint, held });
  keptTotal += held.starts.length;
  for (const [oldest] of kept) {
    if (keptTotal <= MAX_HELD_TOTAL || oldest === id) break;
    forget(oldest);
  }
  return held;
}

function forget(id: string) {
  const entry = kept.get(id);
  if (!entry) return;
  keptTotal -= entry.held.starts.length;
  kept.delete(id);
}

/** Expands the series to `until` and a margin (or to its end), continuing from what is already held. */
function expand(
  recurrence: Recurrence,
  firstStart: Date,
  lastEnd: Date | null,
  until: Date,
  known: HeldSessions | undefined,
): HeldSessions | null {
  const complete = lastEnd !== null;
  const end = complete ? lastEnd.getTime() + 1 : until.getTime() + HOLD_AHEAD_MS;
  const from = known ? known.until : firstStart.getTime();
  const room = MAX_HELD_PER_SERIES - (known?.starts.length ?? 0);
  // One more than the room tells a series that does not fit from one that just fits.
  const found = expandOccurrences(recurrence, new Date(from), new Date(end), room + 1).filter(
    (o) => o.start.getTime() >= from,
  );
  if (found.length > room) return null;
  const offset = known?.starts.length ?? 0;
  const starts = new Float64Array(offset + found.length);
  const unusualLocalStarts = new Map(known?.unusualLocalStarts);
  if (known) starts.set(known.starts);
  found.forEach((o, i) => {
    starts[offset + i] = o.start.getTime();
    if (localStartOf(o.start, recurrence.timezone) !== o.localStart) unusualLocalStarts.set(offset + i, o.localStart);
  });
  return { starts, unusualLocalStarts, until: end, complete };
}

const localStartOf = (start: Date, timezone: string) => formatLocal(instantToZoned(start, timezone));

/** The local start of session `index`, in the event's zone: the occurrence's id. */
export function localStartAt(held: HeldSessions, index: number, timezone: string): string {
  return held.unusualLocalStarts.get(index) ?? localStartOf(new Date(held.starts[index]!), timezone);
}

/** The index of the first start at or after `instant` (the length when none is). */
export function firstAtOrAfter(starts: Float64Array, instant: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}
