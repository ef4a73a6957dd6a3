import { describe, expect, it } from 'vitest';
import { breakLongGaps, gapRuleText, MAX_JOINED_DAYS, maxJoinedGap } from '../../../src/domain/gaps';

const ys = (points: { x: number; y: number | null }[]) => points.map((p) => p.y);

describe('the one gap rule', () => {
  it('joins daily readings exactly 7 days apart and breaks at 8', () => {
    expect(MAX_JOINED_DAYS).toBe(7);
    expect(
      breakLongGaps(
        [
          { x: 0, y: 5 },
          { x: 7, y: 4 },
        ],
        1,
      ),
    ).toEqual([
      { x: 0, y: 5 },
      { x: 7, y: 4 },
    ]);
    expect(
      breakLongGaps(
        [
          { x: 0, y: 5 },
          { x: 8, y: 4 },
        ],
        1,
      ),
    ).toEqual([
      { x: 0, y: 5 },
      { x: 4, y: null },
      { x: 8, y: 4 },
    ]);
  });

  it('breaks only the long gaps in a series and keeps the order of x', () => {
    const out = breakLongGaps(
      [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
        { x: 20, y: 3 },
        { x: 21, y: 4 },
        { x: 40, y: 5 },
      ],
      1,
    );
    expect(ys(out)).toEqual([1, 2, null, 3, 4, null, 5]);
    expect(out.map((p) => p.x)).toEqual([...out.map((p) => p.x)].sort((a, b) => a - b));
  });

  it('keeps nulls already there (an empty week, a day without a 7-day average) and adds none next to them', () => {
    const points = [
      { x: 0, y: 3 },
      { x: 7, y: null },
      { x: 14, y: 4 },
    ];
    expect(breakLongGaps(points, 7)).toEqual(points);
  });

  it('joins neighbouring weekly (or wider) points and breaks across a missing one', () => {
    expect(maxJoinedGap(1)).toBe(7);
    expect(maxJoinedGap(7)).toBe(7);
    expect(maxJoinedGap(14)).toBe(14);
    expect(
      ys(
        breakLongGaps(
          [
            { x: 3, y: 5 },
            { x: 10, y: 4 },
            { x: 24, y: 3 },
          ],
          7,
        ),
      ),
    ).toEqual([5, 4, null, 3]);
    expect(
      ys(
        breakLongGaps(
          [
            { x: 6.5, y: 5 },
            { x: 20.5, y: 4 },
          ],
          14,
        ),
      ),
    ).toEqual([5, 4]);
  });

  it('leaves empty and single-point series alone', () => {
    expect(breakLongGaps([], 1)).toEqual([]);
    expect(breakLongGaps([{ x: 3, y: 2 }], 1)).toEqual([{ x: 3, y: 2 }]);
  });

  it('says the rule in words for daily and for wider points', () => {
    expect(gapRuleText(1)).toBe('Lines join readings up to 7 days apart; a longer gap is left blank.');
    expect(gapRuleText(7)).toBe('Lines join neighbouring weeks; one with no reading is left blank.');
    expect(gapRuleText(14)).toBe('Lines join neighbouring periods; one with no reading is left blank.');
  });
});
