import { addDays, addMonths, endOfWeek, startOfWeek, type DayKey } from './range.js';

/**
 * Where a key moves the month grid's focus from `day` (the WAI-ARIA grid
 * pattern: arrows by day and week, mirrored right to left, Home/End within the
 * week, PageUp/PageDown by month, with Shift by year), and whether it picks the
 * day (Enter, Space). Undefined for a key the grid leaves alone.
 */
export function gridKeyMove(
  e: KeyboardEvent,
  day: DayKey,
  direction: 'ltr' | 'rtl',
  firstDay: number,
): { day: DayKey; pick: boolean } | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const forward = direction === 'rtl' ? -1 : 1;
  const moves: Record<string, () => DayKey> = {
    ArrowRight: () => addDays(day, forward),
    ArrowLeft: () => addDays(day, -forward),
    ArrowDown: () => addDays(day, 7),
    ArrowUp: () => addDays(day, -7),
    Home: () => startOfWeek(day, firstDay),
    End: () => endOfWeek(day, firstDay),
    PageUp: () => addMonths(day, e.shiftKey ? -12 : -1),
    PageDown: () => addMonths(day, e.shiftKey ? 12 : 1),
    Enter: () => day,
    ' ': () => day,
  };
  const move = moves[e.key];
  return move && { day: move(), pick: e.key === 'Enter' || e.key === ' ' };
}
