import { describe, expect, it } from 'vitest';
import { dailyPain } from '../../../src/domain/daily';
import { weeklyRollup } from '../../../src/domain/weekly';
import { checkin } from './make';

describe('weeklyRollup', () => {
  it('is empty for no days', () => {
    expect(weeklyRollup([])).toEqual([]);
  });

  it('rolls Monday–Sunday weeks: mean of daily means, max of worst, min of least', () => {
    const daily = dailyPain([
      // Week of Mon 5 Jan 2026.
      checkin('2026-01-05', 2),
      checkin('2026-01-05', 8), // day mean 5, worst 8, least 2
      checkin('2026-01-07', 3),
      checkin('2026-01-11', 4), // Sunday, still the same week
      // Next week.
      checkin('2026-01-12', 6),
    ]);
    expect(weeklyRollup(daily)).toEqual([
      { weekStart: '2026-01-05', mean: 4, worst: 8, least: 2, days: 3 },
      { weekStart: '2026-01-12', mean: 6, worst: 6, least: 6, days: 1 },
    ]);
  });

  it('weights each day once, however many check-ins it had', () => {
    const daily = dailyPain([
      checkin('2026-01-05', 10),
      checkin('2026-01-06', 0),
      checkin('2026-01-06', 0),
      checkin('2026-01-06', 0),
    ]);
    expect(weeklyRollup(daily)[0].mean).toBe(5);
  });

  it('honours a Sunday week start', () => {
    const daily = dailyPain([checkin('2026-01-10', 1), checkin('2026-01-11', 3)]); // Sat, Sun
    expect(weeklyRollup(daily, 0).map((w) => w.weekStart)).toEqual(['2026-01-04', '2026-01-11']);
    expect(weeklyRollup(daily, 1).map((w) => w.weekStart)).toEqual(['2026-01-05']);
  });

  it('spans a year end and skips weeks with no data', () => {
    const daily = dailyPain([checkin('2025-12-31', 4), checkin('2026-01-02', 6), checkin('2026-01-20', 1)]);
    expect(weeklyRollup(daily).map((w) => [w.weekStart, w.mean, w.days])).toEqual([
      ['2025-12-29', 5, 2],
      ['2026-01-19', 1, 1],
    ]);
  });

  it('sorts weeks even when the daily figures are not sorted', () => {
    const daily = dailyPain([checkin('2026-01-12', 6), checkin('2026-01-05', 2)]);
    expect(weeklyRollup([...daily].reverse()).map((w) => w.weekStart)).toEqual(['2026-01-05', '2026-01-12']);
  });

  it('refuses a week start that is not a weekday number', () => {
    expect(() => weeklyRollup([], 7)).toThrow(RangeError);
    expect(() => weeklyRollup([], 1.5)).toThrow(RangeError);
  });
});
