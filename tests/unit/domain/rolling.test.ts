import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/days';
import { lastNDayMean, mean, rollingMean } from '../../../src/domain/rolling';

const s = (...pairs: [string, number][]) => pairs.map(([day, value]) => ({ day, value }));

describe('mean', () => {
  it('is null for nothing and the plain mean otherwise', () => {
    expect(mean([])).toBeNull();
    expect(mean([5])).toBe(5);
    expect(mean([1, 2, 6])).toBe(3);
  });
});

describe('rollingMean', () => {
  it('is empty for an empty series', () => {
    expect(rollingMean([])).toEqual([]);
  });

  it('gives a single value as its own mean', () => {
    expect(rollingMean(s(['2026-03-01', 4]))).toEqual([{ day: '2026-03-01', value: 4, count: 1 }]);
  });

  it('averages the trailing 7 calendar days: the day itself and the 6 before', () => {
    const series = s(['2026-03-01', 7], ['2026-03-04', 1], ['2026-03-07', 4], ['2026-03-08', 10]);
    expect(rollingMean(series)).toEqual([
      { day: '2026-03-01', value: 7, count: 1 },
      { day: '2026-03-04', value: 4, count: 2 },
      { day: '2026-03-07', value: 4, count: 3 },
      // 1 Mar has left the window (2–8 Mar).
      { day: '2026-03-08', value: 5, count: 3 },
    ]);
  });

  it('keeps a day whose window is exactly 7 days back in, and drops it on the 8th', () => {
    const series = s(['2026-03-01', 10], ['2026-03-07', 0], ['2026-03-08', 0]);
    const out = rollingMean(series);
    expect(out[1]).toEqual({ day: '2026-03-07', value: 5, count: 2 });
    expect(out[2]).toEqual({ day: '2026-03-08', value: 0, count: 2 });
  });

  it('breaks the line with a null where a gap is longer than the window', () => {
    const series = s(['2026-03-01', 6], ['2026-03-20', 2]);
    expect(rollingMean(series)).toEqual([
      { day: '2026-03-01', value: 6, count: 1 },
      { day: '2026-03-08', value: null, count: 0 },
      { day: '2026-03-20', value: 2, count: 1 },
    ]);
  });

  it('bridges a gap no longer than the window (the window still reaches data)', () => {
    // 1 → 8 March: 8 March's window is 2–8 March, so 1 March is out but 8 March is itself in: no empty day between.
    const series = s(['2026-03-01', 6], ['2026-03-08', 2]);
    expect(rollingMean(series).map((p) => p.value)).toEqual([6, 2]);
    // 1 → 9 March: 8 March's window (2–8) is empty, so the line breaks there.
    expect(rollingMean(s(['2026-03-01', 6], ['2026-03-09', 2])).map((p) => [p.day, p.value])).toEqual([
      ['2026-03-01', 6],
      ['2026-03-08', null],
      ['2026-03-09', 2],
    ]);
  });

  it('emits every day of a range, carrying the mean into short gaps and null beyond the window', () => {
    const series = s(['2026-02-27', 8], ['2026-03-01', 4]);
    const out = rollingMean(series, 7, { range: { from: '2026-02-28', to: '2026-03-09' } });
    expect(out.map((p) => p.day)).toEqual(Array.from({ length: 10 }, (_, i) => addDays('2026-02-28', i)));
    // The window looks back before the range: 28 Feb already includes 27 Feb.
    expect(out[0]).toEqual({ day: '2026-02-28', value: 8, count: 1 });
    expect(out[1]).toEqual({ day: '2026-03-01', value: 6, count: 2 });
    expect(out.find((p) => p.day === '2026-03-05')?.value).toBe(6);
    expect(out.find((p) => p.day === '2026-03-06')?.value).toBe(4); // 27 Feb left the window
    expect(out.find((p) => p.day === '2026-03-07')?.value).toBe(4);
    expect(out.find((p) => p.day === '2026-03-08')).toEqual({ day: '2026-03-08', value: null, count: 0 });
    expect(out.find((p) => p.day === '2026-03-09')?.value).toBeNull();
  });

  it('gives a range with no data all nulls, and an empty range no points', () => {
    expect(rollingMean([], 7, { range: { from: '2026-03-01', to: '2026-03-03' } }).map((p) => p.value)).toEqual([
      null,
      null,
      null,
    ]);
    expect(rollingMean(s(['2026-03-01', 1]), 7, { range: { from: '2026-03-05', to: '2026-03-04' } })).toEqual([]);
  });

  it('requires minValues values in a window when asked', () => {
    const series = s(['2026-03-01', 2], ['2026-03-03', 4], ['2026-03-20', 9]);
    expect(rollingMean(series, 7, { minValues: 2 }).map((p) => [p.day, p.value, p.count])).toEqual([
      ['2026-03-01', null, 1],
      ['2026-03-03', 3, 2],
      ['2026-03-10', null, 0],
      ['2026-03-20', null, 1],
    ]);
  });

  it('supports other window lengths, including 1 (the raw series with breaks)', () => {
    const series = s(['2026-03-01', 2], ['2026-03-02', 4], ['2026-03-04', 6]);
    expect(rollingMean(series, 3).map((p) => p.value)).toEqual([2, 3, 5]);
    expect(rollingMean(series, 1).map((p) => [p.day, p.value])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-02', 4],
      ['2026-03-03', null],
      ['2026-03-04', 6],
    ]);
  });

  it('sorts an unsorted series and counts duplicate days as separate values', () => {
    const series = s(['2026-03-03', 6], ['2026-03-01', 2], ['2026-03-03', 1]);
    expect(rollingMean(series)).toEqual([
      { day: '2026-03-01', value: 2, count: 1 },
      { day: '2026-03-03', value: 3, count: 3 },
    ]);
  });

  it('works across month, year and leap-day boundaries by calendar days', () => {
    const series = s(['2024-02-23', 9], ['2024-02-29', 3], ['2024-03-01', 0]);
    // Window for 1 March 2024 is 24 Feb – 1 Mar (leap year): 23 Feb is out.
    expect(rollingMean(series).map((p) => p.value)).toEqual([9, 6, 1.5]);
    expect(rollingMean(s(['2025-12-26', 4], ['2026-01-01', 2])).map((p) => p.value)).toEqual([4, 3]);
  });

  it('refuses a window that is not a whole number of days', () => {
    expect(() => rollingMean([], 0)).toThrow(RangeError);
    expect(() => rollingMean([], 2.5)).toThrow(RangeError);
  });
});

describe('lastNDayMean', () => {
  const series = s(['2026-03-01', 9], ['2026-03-05', 4], ['2026-03-07', 2], ['2026-03-09', 6]);

  it('averages the daily values in the 7 days ending at endDay', () => {
    expect(lastNDayMean(series, '2026-03-07')).toBe(5); // 1, 5, 7 March
    expect(lastNDayMean(series, '2026-03-08')).toBe(3); // 5, 7 March
  });

  it('ignores days after endDay', () => {
    expect(lastNDayMean(series, '2026-03-05')).toBe(6.5);
  });

  it('is null when the window holds nothing', () => {
    expect(lastNDayMean(series, '2026-02-28')).toBeNull();
    expect(lastNDayMean(series, '2026-03-16')).toBeNull();
    expect(lastNDayMean([], '2026-03-07')).toBeNull();
  });

  it('takes other window lengths, across a year end', () => {
    expect(lastNDayMean(series, '2026-03-09', 1)).toBe(6);
    expect(lastNDayMean(series, '2026-03-09', 3)).toBe(4);
    expect(lastNDayMean(s(['2025-12-30', 2], ['2026-01-02', 4]), '2026-01-02', 4)).toBe(3);
  });
});
