// The margin rule written beside a goal's status (Goals, Trends, the report). Not on Today's compact card, so it stays
// out of the first load.
import type { GoalProgress } from '../../domain/goals';
import type { Goal } from '../../domain/types';
import { formatNumber } from '../../ui/format';
import { goalNumber } from './goal-text';

/** The margin rule beside a status: "Behind only when more than 0.5 points worse than the line …". */
export function marginText(goal: Pick<Goal, 'kind'>, progress: Pick<GoalProgress, 'margin'>, unit: string): string {
  if (goal.kind === 'measure')
    return `Behind only when more than ${goalNumber(progress.margin, unit)} worse than the line (5 % of the planned change).`;
  return `Behind only when more than ${formatNumber(progress.margin)} points worse than the line: less is within one whole-number answer.`;
}
