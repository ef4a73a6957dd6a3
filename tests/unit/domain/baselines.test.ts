import { describe, expect, it } from 'vitest';
import { BASELINE_NAMES, goalBaselineFor } from '../../../src/domain/baselines';
import { goal } from './make';

describe('baselines', () => {
  it('names the two starting figures apart', () => {
    expect(BASELINE_NAMES.goal).toBe('goal baseline');
    expect(BASELINE_NAMES['first-week']).toBe('first-week average');
  });

  it('finds the active goal’s baseline for what is tracked, and nothing for what no goal tracks', () => {
    const shelf = goal({ kind: 'activity', ref: 'shelf', baseline: 3, startDay: '2026-10-19' });
    const back = goal({ kind: 'region', ref: 'lower-back', baseline: 7, startDay: '2026-10-19' });
    const goals = [shelf, back];
    expect(goalBaselineFor(goals, 'activity', 'shelf')).toEqual({
      kind: 'goal',
      value: 3,
      from: '2026-10-19',
      goalId: shelf.id,
    });
    expect(goalBaselineFor(goals, 'region', 'lower-back')?.value).toBe(7);
    expect(goalBaselineFor(goals, 'activity', 'movie')).toBeNull();
    expect(goalBaselineFor(goals, 'pain', null)).toBeNull();
  });

  it('takes the earliest-started active goal when several track the same thing; ignores achieved and archived', () => {
    const goals = [
      goal({ baseline: 6, startDay: '2026-11-02' }),
      goal({ baseline: 7, startDay: '2026-10-19' }),
      goal({ baseline: 9, startDay: '2026-01-01', status: 'achieved' }),
      goal({ baseline: 8, startDay: '2026-01-01', status: 'archived' }),
    ];
    expect(goalBaselineFor(goals, 'pain', null)?.value).toBe(7);
  });
});
