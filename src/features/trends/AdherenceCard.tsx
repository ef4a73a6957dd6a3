// The home programme beside the pain trend: how much of each item was done over the range, week by week, and — only
// with at least three weeks on each side — pain in weeks it was mostly followed against the other weeks.
import {
  compareFollowedWeeks,
  FOLLOWED_SHARE,
  MIN_WEEKS_EACH,
  percentOf,
  rangeAdherence,
  tallyText,
} from '../../domain/adherence';
import type { DayValue } from '../../domain/daily';
import type { Span } from '../../domain/trends';
import { formatDay } from '../../ui/format';
import { tallyUnit } from '../plan/plan-text';
import { usePlanItems, usePlanTicks } from '../plan/usePlan';
import { num } from './summary-text';

/** The card; nothing when no plan item was planned in the range. */
export function AdherenceCard({ span, painDaily }: { span: Span; painDaily: readonly DayValue[] }) {
  const items = usePlanItems();
  const ticks = usePlanTicks(span.from, span.to);
  if (!items || !ticks) return null;
  const { rows, weeks } = rangeAdherence(items, ticks, span.from, span.to);
  if (rows.length === 0) return null;
  const comparison = compareFollowedWeeks(weeks, new Map(painDaily.map((d) => [d.day, d.mean])));
  const half = Math.round(FOLLOWED_SHARE * 100);
  return (
    <section class="card trend-adherence" aria-labelledby="trend-adherence-title">
      <h2 class="card-title" id="trend-adherence-title">
        Home programme followed
      </h2>
      <ul class="list">
        {rows.map(({ item, tally }) => (
          <li key={item.id}>
            <strong>{item.name}</strong>: {tallyText(tally, tallyUnit(item))}
          </li>
        ))}
      </ul>
      <h3 class="small">Week by week (weeks start on Monday)</h3>
      <ul class="list small">
        {weeks.map((week) => (
          <li key={week.week}>
            {formatDay(week.from)} – {formatDay(week.to)}: {week.done} of {week.planned} ({percentOf(week)} %)
          </li>
        ))}
      </ul>
      {comparison.enough ? (
        <p class="small">
          In the {comparison.followed.weeks} weeks when at least {half} % of the plan was done, average pain was{' '}
          {num(comparison.followed.meanPain ?? 0)}; in the {comparison.notFollowed.weeks} other weeks it was{' '}
          {num(comparison.notFollowed.meanPain ?? 0)}. This is an observation, not a cause: other things change from
          week to week too.
        </p>
      ) : (
        <p class="small muted">
          Pain in weeks the plan was mostly followed is compared with the other weeks once there are at least{' '}
          {MIN_WEEKS_EACH} of each with pain logged on 3 or more days; so far {comparison.followed.weeks} mostly
          followed and {comparison.notFollowed.weeks} not.
        </p>
      )}
    </section>
  );
}
