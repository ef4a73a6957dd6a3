// The plain-language summary above the charts: first week against last week, its clinical label and the rule used,
// sessions in the range and where each goal stands.
import type { TrendModel } from '../../domain/trend-model';
import type { RangeId } from '../../domain/trends';
import { formatDayRange } from './chart-format';
import { plural } from '../../domain/sentence';
import { sessionsText } from './range-text';
import { capitalised, changeFigures, num, type GoalStatus, labelTone } from './summary-text';

interface Props {
  model: TrendModel;
  range: RangeId;
  goals: GoalStatus[];
}

/** The summary card. */
export function TrendSummaryCard({ model, range, goals }: Props) {
  const { summary } = model;
  const change = summary.change;
  return (
    <section class="card trend-summary" aria-labelledby="trend-summary-title">
      <h2 id="trend-summary-title" class="trend-summary-title">
        Average pain, first week → last week
      </h2>
      {change ? (
        <>
          <p class="trend-summary-numbers big-number">
            {num(change.from)} → {num(change.to)}
          </p>
          <p class="trend-summary-change">{changeFigures(change)}</p>
          <p class={`trend-label trend-label-${labelTone(change.label)}`}>{capitalised(change.text)}</p>
          <p class="small muted">
            Rule: {change.rule}. First week {formatDayRange(summary.first.from, summary.first.to)} (
            {plural(summary.first.days, 'day')} with check-ins), last week{' '}
            {formatDayRange(summary.last.from, summary.last.to)} ({plural(summary.last.days, 'day')}).
          </p>
        </>
      ) : (
        <>
          {summary.last.mean !== null && (
            <p class="trend-summary-numbers big-number" aria-describedby="trend-summary-last">
              {num(summary.last.mean)}
            </p>
          )}
          {summary.last.mean !== null && (
            <p id="trend-summary-last" class="trend-summary-change">
              average in the last week
            </p>
          )}
          <p class="trend-label trend-label-neutral">No change to judge yet</p>
          <p class="small muted">{summary.reason}</p>
        </>
      )}
      <ul class="trend-facts">
        <li>{sessionsText(model.sessions.length, range, model.plan)}</li>
        {goals.map((g) => (
          <li key={g.goal.id}>
            Goal — {g.title}: <span class={`trend-goal-${g.tone}`}>{g.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
