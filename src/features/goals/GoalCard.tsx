// Ships on first load (Today shows a compact card per active goal). Where a goal stands: baseline → latest 7-day
// mean → target, a progress bar, on track or behind, days left, and the clinical label of the change with its rule.
import { daysBetween } from '../../domain/days';
import { goalProgress, goalTitle, type GoalNames } from '../../domain/goals';
import type { Checkin, Day, Goal, Measure } from '../../domain/types';
import type { ComponentType } from 'preact';
import { changeFigures, dueText, goalNumber, goalSentence, latestLabel, tooEarlyText } from './goal-text';
import type { GoalLineProps } from './GoalLine';
import { percentText } from '../../domain/relative-target';
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
  /** The line against the straight line, with its margin rule (GoalsScreen passes GoalLine; Today shows none). */
  Line?: ComponentType<GoalLineProps>;
}

/** One goal's progress card. */
export function GoalCard({ goal, checkins, names, measure, today, compact = false, Line }: GoalCardProps) {
  const progress = goalProgress(goal, checkins, today, measure);
  const title = goalTitle(goal, names);
  const unit = title.unit;
  const overdueBy = progress.overdue ? daysBetween(goal.dueDay, today) : 0;
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  const latestWords = latestLabel(progress, today);
  const status = {
    'no-data': {
      key: 'none',
      text: `No data ${latestWords === 'Last 7 days' ? 'in the last 7 days' : `s${latestWords.slice(1)}`}`,
    },
    'too-early': { key: 'none', text: 'Too early to say' },
    reached: { key: 'reached', text: 'Target reached' },
    'on-track': { key: 'on-track', text: 'On track' },
    behind: { key: 'behind', text: 'Behind' },
  }[progress.verdict];
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
          <dt>{latestWords}</dt>
          <dd>{progress.latest === null ? '–' : goalNumber(progress.latest, unit)}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {goalNumber(goal.target, unit)}
            {goal.targetPercent !== null && <span class="goal-percent"> ({percentText(goal.targetPercent)})</span>}
          </dd>
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

      {progress.verdict === 'too-early' && <p class="goal-line small">{tooEarlyText(progress, today)}</p>}
      {Line && <Line goal={goal} progress={progress} unit={unit} />}
      {!compact && progress.verdict === 'no-data' && (
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
