// Targets set relative to the baseline ("−20 %"): the figure one works out to, and how it is written. Ships with the
// goal card (first load) and the row checks; reading typed text is in goal-target.ts, loaded with the goal form.
import { roundTo } from './numbers';

/** The figure a relative target works out to: the baseline changed by `percent`, to one decimal (as shown). */
export function relativeTarget(baseline: number, percent: number): number {
  return roundTo(baseline * (1 + percent / 100), 1);
}

/** "−20 %" with a real minus sign, for a stored targetPercent. */
export function percentText(percent: number): string {
  const size = Math.abs(roundTo(percent, 1));
  return `${percent < 0 ? '\u2212' : '+'}${size}\u00a0%`;
}
