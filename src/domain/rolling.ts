// Rolling means over calendar days. Trends smooth daily values with a 7-day rolling mean; gaps stay gaps.
import { dayFromNumber, dayNumber } from './days';
import type { SeriesPoint } from './daily';
import type { Day } from './types';

/** A smoothed point: the mean of the window ending on `day`, or null where the window holds too little data. */
export interface RollingPoint {
  day: Day;
  value: number | null;
  /** How many values the window held. */
  count: number;
}

/** Options for {@link rollingMean}. */
export interface RollingOptions {
  /** Emit every calendar day from `from` to `to` (inclusive), not only the days with data. */
  range?: { from: Day; to: Day };
  /** Fewest values a window needs for a mean (default 1). */
  minValues?: number;
}

/** The mean of `values`, or null when there are none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The trailing rolling mean: for a day D, the mean of the series' values on D and the `windowDays − 1` days before it.
 * The series should hold one value per day (a day's mean); the window looks back before `range.from`, so pass
 * earlier data too when a range starts mid-series.
 *
 * Without `range`, there is one point per day with data, plus a null point on the first day whose window is empty
 * (a gap longer than the window), so a chart line breaks there instead of bridging the gap.
 * With `range`, every day gets a point; a day whose window holds fewer than `minValues` values is null.
 * A day inside a short gap still has a mean (its window reaches back to data), which is what a trailing mean means.
 */
export function rollingMean(
  series: readonly SeriesPoint[],
  windowDays = 7,
  options: RollingOptions = {},
): RollingPoint[] {
  if (!Number.isInteger(windowDays) || windowDays < 1)
    throw new RangeError(`windowDays must be a whole number ≥ 1, not ${windowDays}`);
  const minValues = Math.max(1, options.minValues ?? 1);
  const points = sortedByDay(series);
  const nums = points.map((p) => dayNumber(p.day));

  let lo = 0;
  let hi = 0;
  // Targets only move forward, so both pointers do too: O(points + days × window) overall.
  const at = (target: number): RollingPoint => {
    while (hi < nums.length && nums[hi] <= target) hi++;
    while (lo < hi && nums[lo] <= target - windowDays) lo++;
    const count = hi - lo;
    // Summing the window afresh (rather than a running sum) keeps results identical to mean() over the same values.
    let sum = 0;
    for (let i = lo; i < hi; i++) sum += points[i].value;
    return { day: dayFromNumber(target), value: count >= minValues ? sum / count : null, count };
  };

  const out: RollingPoint[] = [];
  if (options.range) {
    const last = dayNumber(options.range.to);
    for (let d = dayNumber(options.range.from); d <= last; d++) out.push(at(d));
    return out;
  }
  for (let i = 0; i < nums.length; ) {
    const day = nums[i];
    while (i < nums.length && nums[i] === day) i++;
    out.push(at(day));
    if (i < nums.length && nums[i] - day > windowDays) out.push(at(day + windowDays));
  }
  return out;
}

/** "The latest 7-day mean": the mean of the values in the `n` calendar days ending at `endDay`, or null if none. */
export function lastNDayMean(series: readonly SeriesPoint[], endDay: Day, n = 7): number | null {
  const first = dayFromNumber(dayNumber(endDay) - n + 1);
  let sum = 0;
  let count = 0;
  // YYYY-MM-DD strings compare as calendar days.
  for (const p of series) {
    if (p.day >= first && p.day <= endDay) {
      sum += p.value;
      count++;
    }
  }
  return count ? sum / count : null;
}

function sortedByDay(series: readonly SeriesPoint[]): readonly SeriesPoint[] {
  for (let i = 1; i < series.length; i++) {
    if (series[i].day < series[i - 1].day)
      return [...series].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }
  return series;
}
