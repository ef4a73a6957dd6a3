// Goals in words: the title sentence, numbers with their unit, the due day, and the change so far.
import type { Change } from '../../domain/clinical';
import { addDays, dayToLocalDate } from '../../domain/days';
import { GOAL_VERDICT_MIN_DAYS, goalTitle, type GoalNames, type GoalProgress } from '../../domain/goals';
import { roundTo } from '../../domain/numbers';
import { percentText } from '../../domain/relative-target';
import { withUnit } from '../../domain/sentence';
import type { Activity, Day, Goal, Measure } from '../../domain/types';
import { dateTimeFormat, formatNumber } from '../../ui/format';

const MINUS = '\u2212';
const dayMonth = dateTimeFormat({ day: 'numeric', month: 'short' });
const dayMonthYear = dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric' });

/** "8 Jan", or "8 Jan 2028" when not in `today`'s year. */
export function formatDue(day: Day, today: Day): string {
  return (day.slice(0, 4) === today.slice(0, 4) ? dayMonth : dayMonthYear).format(dayToLocalDate(day));
}

/** Activity and measure names by id, for goal titles (archived ones included, so old goals keep their names). */
export function goalNames(activities: readonly Activity[] = [], measures: readonly Measure[] = []): GoalNames {
  return {
    activities: Object.fromEntries(activities.map((a) => [a.id, a.name])),
    measures: Object.fromEntries(measures.map((m) => [m.id, { name: m.name, unit: m.unit }])),
  };
}

/** A goal figure with at most one decimal, and the unit for a measure: "6.4", "24 hours". */
export function goalNumber(value: number, unit = ''): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** "Lower back pain 7 → 3 by 8 Jan"; "Recovery after a workout 48 → 38.4 hours (−20 %) by 19 Dec". */
export function goalSentence(
  goal: Pick<Goal, 'kind' | 'ref' | 'baseline' | 'target' | 'dueDay'> & Partial<Pick<Goal, 'targetPercent'>>,
  names: GoalNames,
  today: Day,
): string {
  const title = goalTitle(goal as Goal, names);
  const percent = goal.targetPercent == null ? '' : ` (${percentText(goal.targetPercent)})`;
  return `${title.subject} ${formatNumber(title.from)} → ${goalNumber(title.to, title.unit)}${percent} by ${formatDue(title.by, today)}`;
}

/** "−2.7 points (−44 %)", "+3 points", "−6 hours (−20 %)": the change so far as the card shows it. */
export function changeFigures(change: Change): string {
  const sign = change.points > 0 ? '+' : change.points < 0 ? MINUS : '±';
  const percent =
    change.percent === null || change.points === 0
      ? ''
      : ` (${change.percent > 0 ? '+' : MINUS}${Math.abs(roundTo(change.percent, 0))}\u00a0%)`;
  // No-break spaces keep "−2.6 points" and "−37 %" whole when the line wraps.
  return `${withUnit(`${sign}${formatNumber(Math.abs(change.points))}`, change.unit, '\u00a0')}${percent}`;
}

/** "23 days left", "Due tomorrow", "Due today", "3 days overdue". */
export function dueText(daysLeft: number, overdueBy: number): string {
  if (overdueBy > 0) return overdueBy === 1 ? '1 day overdue' : `${overdueBy} days overdue`;
  if (daysLeft === 0) return 'Due today';
  if (daysLeft === 1) return 'Due tomorrow';
  return `${daysLeft} days left`;
}

/** "Last 7 days", or "Since 19 Oct" while the goal is younger than a week: what the latest figure counts. */
export function latestLabel(progress: Pick<GoalProgress, 'latestFrom'>, today: Day): string {
  return progress.latestFrom > addDays(today, -6) ? `Since ${formatDue(progress.latestFrom, today)}` : 'Last 7 days';
}

/** Why there is no status yet: "First check-ins count from 19 Oct: a status needs them on 3 days (1 so far)." */
export function tooEarlyText(progress: Pick<GoalProgress, 'latestFrom' | 'latestDays'>, today: Day): string {
  const from = formatDue(progress.latestFrom, today);
  const days = progress.latestDays;
  return `First check-ins count from ${from}: a status needs them on ${GOAL_VERDICT_MIN_DAYS} days (${days} so far).`;
}
