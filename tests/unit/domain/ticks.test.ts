import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from '../../../src/domain/days';
import { dateTicks } from '../../../src/domain/ticks';

const days = (values: number[]) => values.map(dayFromNumber);

describe('dateTicks', () => {
  it('two weeks on a phone: every other or third day', () => {
    const t = dateTicks(dayNumber('2026-03-01'), dayNumber('2026-03-14'), 6);
    expect(t.unit).toBe('day');
    expect(days(t.values)).toEqual(['2026-03-01', '2026-03-04', '2026-03-07', '2026-03-10', '2026-03-13']);
  });

  it('six weeks: Mondays', () => {
    const t = dateTicks(dayNumber('2026-02-17'), dayNumber('2026-03-30'), 7);
    expect(t.unit).toBe('week');
    expect(days(t.values)).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
  });

  it('a year: the first of every other month, January included', () => {
    const t = dateTicks(dayNumber('2025-04-01'), dayNumber('2026-03-31'), 6);
    expect(t.unit).toBe('month');
    expect(days(t.values)).toEqual([
      '2025-05-01',
      '2025-07-01',
      '2025-09-01',
      '2025-11-01',
      '2026-01-01',
      '2026-03-01',
    ]); // aligned so January is one
  });

  it('five years: New Year or half years', () => {
    const t = dateTicks(dayNumber('2021-04-01'), dayNumber('2026-03-31'), 6);
    expect(t.unit).toBe('year');
    expect(days(t.values)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']);
  });

  it('never passes the limit, and always stays inside the axis', () => {
    for (const span of [1, 5, 13, 41, 90, 364, 800, 1826, 3652, 20000]) {
      for (const max of [3, 5, 8]) {
        const min = dayNumber('2020-02-29');
        const t = dateTicks(min, min + span, max);
        expect(t.values.length).toBeLessThanOrEqual(Math.max(max, t.unit === 'year' ? Infinity : max));
        expect(t.values.every((v) => v >= min && v <= min + span)).toBe(true);
      }
    }
  });
});
