import { describe, expect, it } from 'vitest';
import { atLeast, roundTo } from '../../../src/domain/numbers';

describe('roundTo', () => {
  it('rounds half away from zero as written, despite binary floats', () => {
    expect(roundTo(1.45)).toBe(1.5);
    expect(roundTo(2.25)).toBe(2.3);
    expect(roundTo(-2.25)).toBe(-2.3);
    expect(roundTo(1.04)).toBe(1);
    expect(roundTo(29.5, 0)).toBe(30);
    expect(roundTo(6.0999999, 1)).toBe(6.1);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundTo(-0.04), 0)).toBe(true);
    expect(Object.is(roundTo(-0.4, 0), 0)).toBe(true);
  });
});

describe('atLeast', () => {
  it('treats float noise at a threshold as reaching it', () => {
    expect(5.1 - 3.1).toBeLessThan(2);
    expect(atLeast(5.1 - 3.1, 2)).toBe(true);
    expect(atLeast(1.99, 2)).toBe(false);
    expect(atLeast(3, 2)).toBe(true);
  });
});
