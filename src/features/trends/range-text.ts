// The words of a range, shared by Trends, the share card and the report: its name ("Since 19 Oct — your goals
// began", "6 weeks"), the exact days it covers, and "in these 6 weeks" for the sessions count.
import { dayToLocalDate, daysBetween } from '../../domain/days';
import type { PlanRange } from '../../domain/plan-range';
import type { TrendModel } from '../../domain/trend-model';
import { plural } from '../../domain/sentence';
import { rangeLabel, type RangeId, type Span } from '../../domain/trends';
import type { Day } from '../../domain/types';
import { formatDayRange } from './chart-format';

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "19 Oct", or "19 Oct 2025" when not in `today`'s year. */
export function shortDay(day: Day, today: Day): string {
  return (day.slice(0, 4) === today.slice(0, 4) ? dayMonth : dayMonthYear).format(dayToLocalDate(day));
}

/** "Since 19 Oct". */
export function planSince(plan: PlanRange): string {
  return `Since ${shortDay(plan.from, plan.to)}`;
}

/** "since 19 Oct", inside a sentence. */
export function sinceDay(plan: PlanRange): string {
  return `since ${shortDay(plan.from, plan.to)}`;
}

/** What the plan's range starts from: "your goals began", "your goal began", "your first session of this course". */
export function planReason(plan: PlanRange, activeGoals: number): string {
  if (plan.source === 'sessions') return 'your first session of this course';
  return activeGoals > 1 ? 'your goals began' : 'your goal began';
}

/** "Since 19 Oct — your goals began" for the plan's range; "6 weeks" for a fixed one. */
export function rangeName(range: RangeId, plan: PlanRange | null, activeGoals = 1): string {
  if (range === 'plan' && plan) return `${planSince(plan)} — ${planReason(plan, activeGoals)}`;
  return rangeLabel(range);
}

/** The name of the range a model was built for (the goals counted are the model's active goals). */
export function modelRangeName(model: TrendModel, range: RangeId): string {
  const goals =
    model.painGoals.length + model.regionGoals.length + model.activityGoals.length + model.measureGoals.length;
  return rangeName(range, model.plan, goals);
}

/** After the exact days: "since your goals began" for the plan's range, "6 weeks", "all time" for a fixed one. */
export function rangeAside(model: TrendModel, range: RangeId): string {
  if (range === 'plan' && model.plan) {
    const goals =
      model.painGoals.length + model.regionGoals.length + model.activityGoals.length + model.measureGoals.length;
    return `since ${planReason(model.plan, goals)}`;
  }
  return rangeLabel(range).toLowerCase();
}

/** "20 Oct – 30 Nov 2026, 42 days": the exact days a range covers, both ends included. */
export function spanDays(span: Span): string {
  const days = daysBetween(span.from, span.to) + 1;
  return `${formatDayRange(span.from, span.to)}, ${plural(days, 'day')}`;
}

const IN_RANGE: Record<Exclude<RangeId, 'plan'>, string> = {
  '2w': 'in these 2 weeks',
  '6w': 'in these 6 weeks',
  '3m': 'in these 3 months',
  '1y': 'in the past year',
  all: 'in all',
};

/** "6 sessions since 19 Oct", "6 sessions in these 6 weeks", "1 session in the past year", "No sessions yet" (all time). */
export function sessionsText(count: number, range: RangeId, plan: PlanRange | null): string {
  if (count === 0 && range === 'all') return 'No sessions yet';
  const what = count === 0 ? 'No sessions' : plural(count, 'session');
  const where = range !== 'plan' ? IN_RANGE[range] : plan ? sinceDay(plan) : 'since care began';
  return `${what} ${where}`;
}
