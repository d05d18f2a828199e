import { isSmall, roundToBase } from './suppress.js';

/**
 * How many resolved inquiries were resolved within the office's response time, and their share. Published
 * like every count: rounded to 5, and hidden when it or its complement (the ones resolved later) is from 1 to
 * 4, or when the resolved count itself is hidden: either would give the other away by subtraction.
 */
export function resolutionWithin(
  counts: { resolved: number; within: number },
  businessDays: number,
  resolvedHidden: boolean,
) {
  const hidden = resolvedHidden || isSmall(counts.within) || isSmall(counts.resolved - counts.within);
  const [shownWithin, shownResolved] = [roundToBase(counts.within), roundToBase(counts.resolved)];
  return {
    business_days: businessDays,
    resolved_within: hidden ? null : shownWithin,
    resolved: resolvedHidden ? null : shownResolved,
    // The share of the published (rounded) counts, so that it tells nothing they do not.
    share: hidden || shownResolved === 0 ? null : Math.round((shownWithin / shownResolved) * 1000) / 1000,
    suppressed: hidden,
  };
}
