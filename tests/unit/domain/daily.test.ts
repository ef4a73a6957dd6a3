import { describe, expect, it } from 'vitest';
import {
  dailyActivity,
  dailyMeasure,
  dailyPain,
  dailyRegionPain,
  dailyValues,
  seriesOf,
} from '../../../src/domain/daily';
import { checkin } from './make';

describe('dailyPain', () => {
  it('is empty for no check-ins', () => {
    expect(dailyPain([])).toEqual([]);
  });

  it('gives a single check-in as its own mean, worst and least', () => {
    expect(dailyPain([checkin('2026-03-01', 4)])).toEqual([
      { day: '2026-03-01', mean: 4, worst: 4, least: 4, count: 1 },
    ]);
  });

  it('takes the mean of several check-ins a day and keeps the worst and least', () => {
    const result = dailyPain([checkin('2026-03-01', 2), checkin('2026-03-01', 7), checkin('2026-03-01', 3)]);
    expect(result).toEqual([{ day: '2026-03-01', mean: 4, worst: 7, least: 2, count: 3 }]);
  });

  it('sorts days whatever order the check-ins come in, across month and year ends', () => {
    const result = dailyPain([
      checkin('2026-01-01', 5),
      checkin('2025-12-31', 6),
      checkin('2026-01-01', 3),
      checkin('2025-11-30', 1),
    ]);
    expect(result.map((d) => [d.day, d.mean])).toEqual([
      ['2025-11-30', 1],
      ['2025-12-31', 6],
      ['2026-01-01', 4],
    ]);
  });

  it('groups by the stored local day, not the UTC date of the instant', () => {
    // 23:30 in New York on 10 Jan is already 11 Jan in UTC; the person meant 10 Jan.
    const late = checkin('2026-01-10', 8, { at: '2026-01-11T04:30:00.000Z' });
    const result = dailyPain([late, checkin('2026-01-11', 2)]);
    expect(result.map((d) => [d.day, d.mean])).toEqual([
      ['2026-01-10', 8],
      ['2026-01-11', 2],
    ]);
  });

  it('keeps a day of zero pain (0 is a value, not missing)', () => {
    expect(dailyPain([checkin('2026-03-01', 0)])[0]).toMatchObject({ mean: 0, count: 1 });
  });
});

describe('dailyRegionPain', () => {
  it('uses only check-ins that marked the region; unmarked is not recorded rather than 0', () => {
    const checkins = [
      checkin('2026-03-01', 5, {
        regions: [
          { region: 'lower-back', pain: 6 },
          { region: 'neck', pain: 2 },
        ],
      }),
      checkin('2026-03-01', 4, { regions: [{ region: 'lower-back', pain: 4 }] }),
      checkin('2026-03-01', 3),
      checkin('2026-03-02', 3, { regions: [{ region: 'neck', pain: 1 }] }),
    ];
    expect(dailyRegionPain(checkins, 'lower-back')).toEqual([
      { day: '2026-03-01', mean: 5, worst: 6, least: 4, count: 2 },
    ]);
    expect(dailyRegionPain(checkins, 'neck').map((d) => d.day)).toEqual(['2026-03-01', '2026-03-02']);
    expect(dailyRegionPain(checkins, 'jaw-left')).toEqual([]);
  });
});

describe('dailyActivity', () => {
  it('reads one activity, skipping check-ins that did not rate it, and counts 0 (unable) as a value', () => {
    const checkins = [
      checkin('2026-03-01', 5, { mobility: { shelf: 0, movie: 8 } }),
      checkin('2026-03-01', 5, { mobility: { shelf: 4 } }),
      checkin('2026-03-02', 5, { mobility: { movie: 9 } }),
    ];
    expect(dailyActivity(checkins, 'shelf')).toEqual([{ day: '2026-03-01', mean: 2, worst: 4, least: 0, count: 2 }]);
    expect(dailyActivity(checkins, 'movie').map((d) => d.mean)).toEqual([8, 9]);
  });

  it('does not mistake inherited object keys for activities', () => {
    expect(dailyActivity([checkin('2026-03-01', 5)], 'toString')).toEqual([]);
  });
});

describe('dailyMeasure', () => {
  it('reads one measure, fractional values included', () => {
    const checkins = [
      checkin('2026-03-01', 5, { measures: { recovery: 36.5 } }),
      checkin('2026-03-01', 5, { measures: { recovery: 30 } }),
      checkin('2026-03-03', 5, { measures: { other: 1 } }),
    ];
    expect(dailyMeasure(checkins, 'recovery')).toEqual([
      { day: '2026-03-01', mean: 33.25, worst: 36.5, least: 30, count: 2 },
    ]);
  });
});

describe('dailyValues', () => {
  it('skips missing and non-finite picks', () => {
    const checkins = [
      checkin('2026-03-01', 1),
      checkin('2026-03-02', 2),
      checkin('2026-03-03', 3),
      checkin('2026-03-04', 4),
    ];
    const picks: Record<string, number | null | undefined> = {
      '2026-03-01': undefined,
      '2026-03-02': null,
      '2026-03-03': Number.NaN,
      '2026-03-04': 9,
    };
    expect(dailyValues(checkins, (c) => picks[c.day])).toEqual([
      { day: '2026-03-04', mean: 9, worst: 9, least: 9, count: 1 },
    ]);
  });
});

describe('seriesOf', () => {
  it('turns daily figures into a day → value series of the chosen field', () => {
    const daily = dailyPain([checkin('2026-03-01', 2), checkin('2026-03-01', 6)]);
    expect(seriesOf(daily)).toEqual([{ day: '2026-03-01', value: 4 }]);
    expect(seriesOf(daily, 'worst')).toEqual([{ day: '2026-03-01', value: 6 }]);
    expect(seriesOf(daily, 'least')).toEqual([{ day: '2026-03-01', value: 2 }]);
  });
});
