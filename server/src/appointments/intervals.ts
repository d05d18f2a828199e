/** Half-open intervals of instants [start, end), in milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorted, merged. */
export function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** What is left of `from` once every interval of `cut` is taken out. */
export function subtract(from: readonly Interval[], cut: readonly Interval[]): Interval[] {
  let left = normalize(from);
  for (const c of cut) {
    left = left.flatMap((i) => {
      if (c.end <= i.start || c.start >= i.end) return [i];
      const parts: Interval[] = [];
      if (c.start > i.start) parts.push({ start: i.start, end: c.start });
      if (c.end < i.end) parts.push({ start: c.end, end: i.end });
      return parts;
    });
  }
  return left;
}

/** Whether one interval of the (merged) list holds all of `inner`. */
export function covers(intervals: readonly Interval[], inner: Interval): boolean {
  return intervals.some((i) => i.start <= inner.start && inner.end <= i.end);
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}
