// The one gap rule every trend line follows (pain, its 7-day average, regions, mobility, measures), so a break in a
// line always means the same thing: no reading for more than a week.
import type { XY } from './trends';

/** Readings at most this many days apart are joined by a line; a longer gap stays a gap. */
export const MAX_JOINED_DAYS = 7;

/** The widest gap a line crosses for points `bucketDays` apart: a week for daily points, one bucket for wider ones. */
export function maxJoinedGap(bucketDays: number): number {
  return Math.max(MAX_JOINED_DAYS, bucketDays);
}

/**
 * `points` (sorted by x) with a null point inserted wherever two neighbouring values are further apart than the rule
 * allows, so the line breaks there. Null points already present (an empty week, a day with no 7-day average) stay.
 */
export function breakLongGaps(points: readonly XY[], bucketDays: number): XY[] {
  const widest = maxJoinedGap(bucketDays);
  const out: XY[] = [];
  let last: XY | null = null;
  for (const p of points) {
    if (p.y !== null && last !== null && last.y !== null && p.x - last.x > widest) {
      out.push({ x: (last.x + p.x) / 2, y: null });
    }
    out.push(p);
    last = p;
  }
  return out;
}

/** The rule in words, for each chart's description. */
export function gapRuleText(bucketDays: number): string {
  return bucketDays === 1
    ? `Lines join readings up to ${MAX_JOINED_DAYS} days apart; a longer gap is left blank.`
    : `Lines join neighbouring ${bucketDays === 7 ? 'weeks' : 'periods'}; one with no reading is left blank.`;
}
