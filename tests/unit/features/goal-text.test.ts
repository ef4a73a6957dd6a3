import { describe, expect, it } from 'vitest';
import { activityChange, measureChange, painChange } from '../../../src/domain/clinical';
import {
  changeFigures,
  dueText,
  formatDue,
  goalNames,
  goalNumber,
  goalSentence,
} from '../../../src/features/goals/goal-text';

const TODAY = '2026-11-27';

describe('goal text', () => {
  const names = goalNames(
    [{ id: 'a1', name: 'Reach the top shelf', archivedAt: '2026-11-01T00:00:00.000Z', createdAt: '', updatedAt: '' }],
    [
      {
        id: 'm1',
        name: 'Recovery after a workout',
        unit: 'hours',
        better: 'lower',
        archivedAt: null,
        createdAt: '',
        updatedAt: '',
      },
    ],
  );

  // Dates follow the runtime's locale ("8 Dec" in en-GB, "Dec 8" in en-US), so they are matched either way.
  it('writes the goal as one sentence, with the year only when it is not this year', () => {
    expect(
      goalSentence({ kind: 'region', ref: 'lower-back', baseline: 7, target: 3, dueDay: '2026-12-08' }, names, TODAY),
    ).toMatch(/^Lower back pain 7 → 3 by (8 Dec|Dec 8)$/);
    expect(
      goalSentence({ kind: 'pain', ref: null, baseline: 6.4, target: 3, dueDay: '2027-01-08' }, names, TODAY),
    ).toMatch(/^Pain 6\.4 → 3 by (8 Jan|Jan 8),? 2027$/);
    expect(
      goalSentence({ kind: 'activity', ref: 'a1', baseline: 3, target: 8, dueDay: '2026-12-08' }, names, TODAY),
    ).toMatch(/^Reach the top shelf 3 → 8 by (8 Dec|Dec 8)$/);
    expect(
      goalSentence({ kind: 'measure', ref: 'm1', baseline: 30, target: 24, dueDay: '2026-12-08' }, names, TODAY),
    ).toMatch(/^Recovery after a workout 30 → 24 hours by (8 Dec|Dec 8)$/);
    expect(formatDue('2026-12-31', TODAY)).toMatch(/^(31 Dec|Dec 31)$/);
  });

  it('shows figures with at most one decimal and a measure’s unit', () => {
    expect(goalNumber(4.4286)).toBe('4.4');
    expect(goalNumber(24, 'hours')).toBe('24 hours');
  });

  it('writes the change so far with its sign, unit and percent, kept together by no-break spaces', () => {
    expect(changeFigures(painChange(7, 4.43))).toBe('−2.6\u00a0points (−37\u00a0%)');
    expect(changeFigures(activityChange(3, 6))).toBe('+3\u00a0points (+100\u00a0%)');
    expect(changeFigures(measureChange(30, 24, 'lower', { unit: 'hours' }))).toBe('−6\u00a0hours (−20\u00a0%)');
    expect(changeFigures(painChange(0, 2))).toBe('+2\u00a0points');
    expect(changeFigures(painChange(5, 5))).toBe('±0\u00a0points');
  });

  it('says how long is left, or how long overdue', () => {
    expect(dueText(21, 0)).toBe('21 days left');
    expect(dueText(1, 0)).toBe('Due tomorrow');
    expect(dueText(0, 0)).toBe('Due today');
    expect(dueText(0, 1)).toBe('1 day overdue');
    expect(dueText(0, 5)).toBe('5 days overdue');
  });
});
