// The two starting figures the app shows, each named for what it is, so no screen calls two different numbers
// "baseline": the baseline agreed when a goal was set, and the first week's average in the range shown.
import type { Day, Goal, GoalKind } from './types';

/**
 * Which starting figure: a goal's own baseline, the mean of the first 7 days (of the range, or of the ratings), or a
 * questionnaire's first score on or after the range's first day (src/domain/questionnaires/trend.ts and summary.ts).
 */
export type BaselineKind = 'goal' | 'first-week' | 'first-score';

/** The name every screen uses for each starting figure. */
export const BASELINE_NAMES: Readonly<Record<BaselineKind, string>> = {
  goal: 'goal baseline',
  'first-week': 'first-week average',
  'first-score': 'first score',
};

/** A goal's baseline for one thing measured, with the day it was set from. */
export interface GoalBaseline {
  kind: 'goal';
  value: number;
  /** The goal's start day. */
  from: Day;
  goalId: string;
}

/**
 * The goal baseline of what `kind` and `ref` track (ref null for overall pain): the active goal's, the earliest-started
 * one when several track the same thing. Null when no active goal tracks it.
 */
export function goalBaselineFor(
  goals: readonly Pick<Goal, 'id' | 'kind' | 'ref' | 'baseline' | 'startDay' | 'status'>[],
  kind: GoalKind,
  ref: string | null,
): GoalBaseline | null {
  let found: GoalBaseline | null = null;
  for (const g of goals) {
    if (g.status !== 'active' || g.kind !== kind || (kind !== 'pain' && g.ref !== ref)) continue;
    if (found === null || g.startDay < found.from)
      found = { kind: 'goal', value: g.baseline, from: g.startDay, goalId: g.id };
  }
  return found;
}
