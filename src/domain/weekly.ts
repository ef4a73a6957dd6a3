// Weekly figures: for ranges of a year or more (so a chart's point count stays bounded) and the report's weekly table.
import type { DayValue } from './daily';
import { weekStart } from './days';
import type { Day } from './types';

/** One week's figures, from the daily figures of the days in it that have data. */
export interface WeekValue {
  /** The first day of the week. */
  weekStart: Day;
  /** Mean of the daily means: each day counts once however many check-ins it had. */
  mean: number;
  /** Highest daily worst. */
  worst: number;
  /** Lowest daily least. */
  least: number;
  /** Days in the week with data. */
  days: number;
}

/** Rolls daily figures up into weeks starting on `weekStartsOn` (0 = Sunday, 1 = Monday, the ISO default), sorted. */
export function weeklyRollup(daily: readonly DayValue[], weekStartsOn = 1): WeekValue[] {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(`weekStartsOn must be 0–6, not ${weekStartsOn}`);
  }
  const byWeek = new Map<Day, { sum: number; worst: number; least: number; days: number }>();
  for (const d of daily) {
    const start = weekStart(d.day, weekStartsOn);
    const acc = byWeek.get(start);
    if (acc) {
      acc.sum += d.mean;
      acc.days += 1;
      if (d.worst > acc.worst) acc.worst = d.worst;
      if (d.least < acc.least) acc.least = d.least;
    } else {
      byWeek.set(start, { sum: d.mean, worst: d.worst, least: d.least, days: 1 });
    }
  }
  return [...byWeek.keys()].sort().map((start) => {
    const acc = byWeek.get(start)!;
    return { weekStart: start, mean: acc.sum / acc.days, worst: acc.worst, least: acc.least, days: acc.days };
  });
}
