import { addDays, edgeInstant, minutesOf, mondayOf, today } from './wall-clock.js';

/** "Next week's slots open on Friday at 9 am": the type's columns (migration 0009 says what each means). */
export interface ReleaseRule {
  release_weekday: number | null;
  release_time: string | null;
  release_weeks_before: number;
}

/** When the week starting on Monday `weekStart` opens; null when the type has no rule (always open). */
export function weekOpensAt(rule: ReleaseRule, weekStart: string, timeZone: string): number | null {
  if (rule.release_weekday === null || rule.release_time === null) return null;
  const day = addDays(weekStart, -7 * rule.release_weeks_before + rule.release_weekday - 1);
  return edgeInstant(day, minutesOf(rule.release_time), timeZone, 'start');
}

/** Whether slots on `date` are released at `now`. */
export function isReleased(rule: ReleaseRule, date: string, timeZone: string, now: Date): boolean {
  const opens = weekOpensAt(rule, mondayOf(date), timeZone);
  return opens === null || opens <= now.getTime();
}

/** When the next week not yet released opens; null without a rule. */
export function nextReleaseAt(rule: ReleaseRule, timeZone: string, now: Date): Date | null {
  let week = mondayOf(today(now, timeZone));
  // Weeks open in order, at most 8 weeks ahead: the first one still closed is within 10 weeks.
  for (let i = 0; i < 10; i += 1, week = addDays(week, 7)) {
    const opens = weekOpensAt(rule, week, timeZone);
    if (opens === null) return null;
    if (opens > now.getTime()) return new Date(opens);
  }
  return null;
}
