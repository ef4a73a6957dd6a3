// The Goals screen's line under a goal's figures: where it stands against the straight line from baseline to target,
// with the margin rule. Lazy with the Goals screen (Today's compact card leaves it out).
import type { GoalProgress } from '../../domain/goals';
import { roundTo } from '../../domain/numbers';
import type { Goal } from '../../domain/types';
import { marginText } from './goal-margin';
import { goalNumber } from './goal-text';

/** What GoalCard passes its line. */
export interface GoalLineProps {
  goal: Goal;
  progress: GoalProgress;
  unit: string;
}

/** "Not yet at the 5 or lower expected by today …", or nothing without a verdict or once reached. */
export function GoalLine({ goal, progress, unit }: GoalLineProps) {
  if (progress.onTrack === null || progress.reached) return null;
  const better = progress.direction === 'down' ? 'or lower' : 'or higher';
  const latest = progress.latest === null ? null : roundTo(progress.latest);
  const line = roundTo(progress.expectedNow);
  const atLine = latest !== null && (progress.direction === 'down' ? latest <= line : latest >= line);
  return (
    <p class="goal-line small">
      {!progress.onTrack ? 'Not yet at' : atLine ? 'At or better than' : 'Within the margin of'} the{' '}
      {goalNumber(roundTo(progress.expectedNow), unit)} {better} expected by today on the straight line from baseline to
      target. <span class="muted">{marginText(goal, progress, unit)}</span>
    </p>
  );
}
