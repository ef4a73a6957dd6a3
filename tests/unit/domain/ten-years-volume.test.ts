// Ten years of twice-daily check-ins through the Trends pipeline. No timing assertion (the benchmark measures time):
// this checks the pipeline handles the volume and gives the right shape. Every step is a single pass plus a sort of
// distinct days, so it stays linear; a quadratic step would take minutes here, not milliseconds.
import { describe, expect, it } from 'vitest';
import { dailyPain, dailyValues, seriesOf } from '../../../src/domain/daily';
import { addDays, daysBetween } from '../../../src/domain/days';
import { goalProgress } from '../../../src/domain/goals';
import { lastNDayMean, rollingMean } from '../../../src/domain/rolling';
import { weeklyRollup } from '../../../src/domain/weekly';
import { checkin, goal } from './make';

const FIRST = '2016-01-01';
const LAST = '2025-12-31';
const DAYS = daysBetween(FIRST, LAST) + 1; // 3653

// Morning 2..8 cycling by day, evening always 4: every day's mean is known.
const checkins = Array.from({ length: DAYS }, (_, i) => {
  const day = addDays(FIRST, i);
  return [checkin(day, 2 + (i % 7)), checkin(day, 4)];
}).flat();

describe('ten years of twice-daily check-ins', () => {
  it('reads every check-in once and yields one figure per day', () => {
    let picks = 0;
    const daily = dailyValues(checkins, (c) => {
      picks++;
      return c.pain;
    });
    expect(picks).toBe(checkins.length);
    expect(daily).toHaveLength(DAYS);
    expect(daily[0]).toEqual({ day: FIRST, mean: 3, worst: 4, least: 2, count: 2 });
    expect(daily.at(-1)?.day).toBe(LAST);
  });

  it('smooths, rolls up by week and judges a goal over the whole span', () => {
    const daily = dailyPain(checkins);
    const rolled = rollingMean(seriesOf(daily));
    expect(rolled).toHaveLength(DAYS);
    // A full window holds one whole 7-day cycle of mornings (2..8, mean 5) and evenings of 4: mean 4.5.
    expect(rolled.slice(6).every((p) => Math.abs((p.value ?? 0) - 4.5) < 1e-9)).toBe(true);

    const everyDay = rollingMean(seriesOf(daily), 7, { range: { from: FIRST, to: LAST } });
    expect(everyDay).toHaveLength(DAYS);

    const weeks = weeklyRollup(daily);
    expect(weeks.length).toBeGreaterThanOrEqual(522);
    expect(weeks.length).toBeLessThanOrEqual(523);
    expect(weeks.reduce((n, w) => n + w.days, 0)).toBe(DAYS);

    expect(lastNDayMean(seriesOf(daily), LAST)).toBeCloseTo(4.5, 9);
    const p = goalProgress(
      goal({ startDay: '2025-11-01', dueDay: '2026-01-31', baseline: 7, target: 3 }),
      checkins,
      LAST,
    );
    expect(p.latest).toBeCloseTo(4.5, 9);
  });
});
