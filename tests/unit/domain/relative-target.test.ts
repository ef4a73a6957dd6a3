import { describe, expect, it } from 'vitest';
import { parseTypedTarget } from '../../../src/domain/goal-target';
import { percentText, relativeTarget } from '../../../src/domain/relative-target';
import { validateGoal } from '../../../src/domain/validate';
import { goalRow } from '../../fixtures/rows';

describe('relative targets', () => {
  it('reads "−20 %", "-20%", "–30 %", "+15 %" and "15 %" as changes, and figures as absolute targets', () => {
    expect(parseTypedTarget('\u221220 %')).toEqual({ kind: 'relative', percent: -20 });
    expect(parseTypedTarget('-20%')).toEqual({ kind: 'relative', percent: -20 });
    expect(parseTypedTarget('\u2013 30\u00a0%')).toEqual({ kind: 'relative', percent: -30 });
    expect(parseTypedTarget('+15 %')).toEqual({ kind: 'relative', percent: 15 });
    expect(parseTypedTarget('15%')).toEqual({ kind: 'relative', percent: 15 });
    expect(parseTypedTarget('-12,5 %')).toEqual({ kind: 'relative', percent: -12.5 });
    expect(parseTypedTarget('38.4')).toEqual({ kind: 'absolute', value: 38.4 });
    expect(parseTypedTarget(' 6,5 ')).toEqual({ kind: 'absolute', value: 6.5 });
  });

  it('refuses what is neither', () => {
    for (const text of ['', '%', '-', '20 percent', '−20 % %', 'abc', '20%%', '1e3'])
      expect(parseTypedTarget(text), text).toBeNull();
  });

  it('works the target out to one decimal: −20 % of 48 hours is 38.4; −30 % of 7 is 4.9', () => {
    expect(relativeTarget(48, -20)).toBe(38.4);
    expect(relativeTarget(7, -30)).toBe(4.9);
    expect(relativeTarget(6.5, -50)).toBe(3.3); // 3.25 rounds half away from zero
    expect(relativeTarget(2000, 15)).toBe(2300);
  });

  it('writes the change with a real minus sign and a no-break space', () => {
    expect(percentText(-20)).toBe('\u221220\u00a0%');
    expect(percentText(15)).toBe('+15\u00a0%');
  });
});

describe('validateGoal: targetPercent', () => {
  const measureGoal = { ...goalRow(), kind: 'measure', ref: 'recovery', baseline: 48 };
  it('stores the figure and how it was set', () => {
    expect(validateGoal({ ...measureGoal, target: 38.4, targetPercent: -20 })).toMatchObject({
      target: 38.4,
      targetPercent: -20,
    });
  });

  it('reads a goal from before v6 (no targetPercent) as an absolute target', () => {
    const { targetPercent: _, ...old } = goalRow();
    expect(validateGoal(old).targetPercent).toBeNull();
  });

  it('refuses a percentage for an activity, one out of range, and a target that does not match it', () => {
    expect(() =>
      validateGoal({ ...goalRow(), kind: 'activity', ref: 'shelf', baseline: 3, target: 8, targetPercent: 20 }),
    ).toThrow(/An activity goal takes a score from 0 to 10, not a percentage/);
    expect(() => validateGoal({ ...measureGoal, target: 0, targetPercent: -100 })).toThrow(
      /above −100 and up to \+1000/,
    );
    expect(() => validateGoal({ ...measureGoal, target: 38.4, targetPercent: '−20' })).toThrow(/such as −20 or 15/);
    expect(() => validateGoal({ ...measureGoal, target: 38, targetPercent: -20 })).toThrow(
      'A target set as -20 % of 48 is 38.4, not 38.',
    );
  });
});
