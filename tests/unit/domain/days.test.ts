import { describe, expect, it } from 'vitest';
import { weekStart, weekday } from '../../../src/domain/days';

describe('weekStart', () => {
  it('finds the Monday of an ISO week by default', () => {
    // 2026-01-08 is a Thursday.
    expect(weekday('2026-01-08')).toBe(4);
    expect(weekStart('2026-01-08')).toBe('2026-01-05');
  });

  it('returns the day itself when it starts the week', () => {
    expect(weekStart('2026-01-05')).toBe('2026-01-05');
    expect(weekStart('2026-01-04', 0)).toBe('2026-01-04');
  });

  it('puts Sunday at the end of a Monday week and the start of a Sunday week', () => {
    expect(weekStart('2026-01-11', 1)).toBe('2026-01-05');
    expect(weekStart('2026-01-11', 0)).toBe('2026-01-11');
  });

  it('crosses month and year boundaries', () => {
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
    expect(weekStart('2024-03-02', 6)).toBe('2024-03-02');
    expect(weekStart('2024-03-01', 6)).toBe('2024-02-24');
  });
});
