// Ships on first load (Today shows a compact card per active goal). Where a goal stands: baseline → latest 7-day
// mean → target, a progress bar, on track or behind, days left, and the clinical label of the change with its rule.
import { daysBetween } from '../../domain/days';
import { goalProgress, goalTitle, type GoalNames } from '../../domain/goals';
import type { Checkin, Day, Goal, Measure } from '../../domain/types';
import { formatNumber } from '../../ui/format';
import { changeFigures, dueText, goalNumber, goalSentence } from './goal-text';
import { GoalActions } from './GoalActions';
import './goals.css';

interface GoalCardProps {
  goal: Goal;
  /** At least the check-ins of the 7 days ending today. */
  checkins: readonly Checkin[];
  names: GoalNames;
  /** The measure of a measure goal (its direction and unit). */
  measure?: Measure;
  today: Day;
  /** Today's smaller card: the figures, the bar and the status, linking to Goals. */
  compact?: boolean;
}

/** One goal's progress card. */
export function GoalCard({ goal, checkins, names, measure, today, compact = false }: GoalCardProps) {
  const progress = goalProgress(goal, checkins, today, measure);
  const title = goalTitle(goal, names);
  const unit = title.unit;
  const overdueBy = progress.overdue ? daysBetween(goal.dueDay, today) : 0;
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  const status =
    progress.onTrack === null
      ? { key: 'none', text: 'No data in the last 7 days' }
      : progress.reached
        ? { key: 'reached', text: 'Target reached' }
        : progress.onTrack
          ? { key: 'on-track', text: 'On track' }
          : { key: 'behind', text: 'Behind' };
  const better = progress.direction === 'down' ? 'or lower' : 'or higher';
  const id = `goal-${goal.id}`;
  const Heading = compact ? 'h3' : 'h2';

  return (
    <article class={`goal-card card ${compact ? 'goal-card-compact' : ''}`} aria-labelledby={`${id}-title`}>
      <div class="goal-card-head">
        <Heading id={`${id}-title`} class="goal-card-title">
          {compact ? <a href="/goals">{goalSentence(goal, names, today)}</a> : goalSentence(goal, names, today)}
        </Heading>
        <p class={`goal-status goal-status-${status.key}`}>{status.text}</p>
      </div>

      <dl class="goal-figures">
        <div>
          <dt>Baseline</dt>
          <dd>{goalNumber(goal.baseline, unit)}</dd>
        </div>
        <div class="goal-figure-now">
          <dt>Last 7 days</dt>
          <dd>{progress.latest === null ? '–' : goalNumber(progress.latest, unit)}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{goalNumber(goal.target, unit)}</dd>
        </div>
      </dl>

      <div class="goal-progress">
        <progress
          id={`${id}-bar`}
          max={100}
          value={percent ?? 0}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-pct`}
        />
        <p id={`${id}-pct`} class="goal-progress-text">
          {percent === null ? 'No recent check-ins to measure' : `${percent} % of the way`}
          <span class="goal-due"> · {dueText(progress.daysLeft, overdueBy)}</span>
        </p>
      </div>

      {!compact && progress.onTrack !== null && !progress.reached && (
        <p class="goal-line small">
          {progress.onTrack ? 'At or better than' : 'Not yet at'} the {formatNumber(progress.expectedNow)}
          {unit ? ` ${unit}` : ''} {better} expected by today on the straight line from baseline to target.
        </p>
      )}
      {!compact && progress.onTrack === null && (
        <p class="goal-line small">
          Log a check-in
          {goal.kind === 'activity' ? ' with this activity rated' : goal.kind === 'measure' ? ' with this measure' : ''}{' '}
          to see where you stand.
        </p>
      )}

      {progress.change && (
        <p class="goal-change">
          <span class="goal-change-figures">Change so far: {changeFigures(progress.change)}</span>
          {progress.change.label !== 'none' && (
            <span class={`goal-change-label goal-change-${progress.change.label}`}>{progress.change.text}</span>
          )}
          {!compact && <span class="goal-rule small muted">Rule: {progress.change.rule}</span>}
        </p>
      )}

      {!compact && <GoalActions goal={goal} reached={progress.reached === true} />}
    </article>
  );
}
