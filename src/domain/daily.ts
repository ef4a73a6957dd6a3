// A day's figures from its check-ins. Several check-ins a day are allowed: the day's figure is their mean.
import type { Checkin, Day } from './types';

/**
 * One day's figure. `worst` is the day's highest value and `least` its lowest: pain words, since pain is what is
 * charted with a band. For a higher-is-better series (activities) `worst` is simply the highest.
 */
export interface DayValue {
  day: Day;
  mean: number;
  worst: number;
  least: number;
  /** How many check-ins had a value for this day. */
  count: number;
}

/** A plain day → value series, the input of the rolling means. */
export interface SeriesPoint {
  day: Day;
  value: number;
}

/** Daily figures of whatever `pick` reads from a check-in, sorted by day; check-ins where it is missing are skipped. */
export function dailyValues(
  checkins: readonly Checkin[],
  pick: (checkin: Checkin) => number | null | undefined,
): DayValue[] {
  const byDay = new Map<Day, { sum: number; worst: number; least: number; count: number }>();
  for (const checkin of checkins) {
    const value = pick(checkin);
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const acc = byDay.get(checkin.day);
    if (acc) {
      acc.sum += value;
      acc.count += 1;
      if (value > acc.worst) acc.worst = value;
      if (value < acc.least) acc.least = value;
    } else {
      byDay.set(checkin.day, { sum: value, worst: value, least: value, count: 1 });
    }
  }
  // YYYY-MM-DD strings sort as calendar days.
  return [...byDay.keys()].sort().map((day) => {
    const acc = byDay.get(day)!;
    return { day, mean: acc.sum / acc.count, worst: acc.worst, least: acc.least, count: acc.count };
  });
}

/** Daily overall pain (NRS 0–10). */
export function dailyPain(checkins: readonly Checkin[]): DayValue[] {
  return dailyValues(checkins, (c) => c.pain);
}

/**
 * Daily pain in one body region. A check-in that did not mark the region is "not recorded", not 0:
 * people tap where it hurts, and a quick check-in may skip the map altogether.
 */
export function dailyRegionPain(checkins: readonly Checkin[], region: string): DayValue[] {
  return dailyValues(checkins, (c) => c.regions.find((r) => r.region === region)?.pain);
}

/** Daily PSFS ability (0 = unable, 10 = as before) for one activity. */
export function dailyActivity(checkins: readonly Checkin[], activityId: string): DayValue[] {
  return dailyValues(checkins, (c) => (Object.hasOwn(c.mobility, activityId) ? c.mobility[activityId] : undefined));
}

/** Daily value of one custom measure. */
export function dailyMeasure(checkins: readonly Checkin[], measureId: string): DayValue[] {
  return dailyValues(checkins, (c) => (Object.hasOwn(c.measures, measureId) ? c.measures[measureId] : undefined));
}

/** One field of daily figures as a plain series, for the rolling means and the chart. */
export function seriesOf(daily: readonly DayValue[], field: 'mean' | 'worst' | 'least' = 'mean'): SeriesPoint[] {
  return daily.map((d) => ({ day: d.day, value: d[field] }));
}
