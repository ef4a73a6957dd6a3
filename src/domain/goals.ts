// Goal progress: where a goal stands today against the straight line from its baseline to its target.
import { REGIONS, labelOf } from './catalog';
import { activityChange, measureChange, painChange, type Better, type Change } from './clinical';
import { dailyActivity, dailyMeasure, dailyPain, dailyRegionPain, seriesOf, type DayValue } from './daily';
import { daysBetween } from './days';
import { roundTo } from './numbers';
import { lastNDayMean } from './rolling';
import type { Checkin, Day, Goal, Measure } from './types';

/** The measure fields a measure goal needs: its direction, and its unit for the change sentence. */
export type GoalMeasure = Pick<Measure, 'better'> & Partial<Pick<Measure, 'unit'>>;

/** Where a goal stands today. */
export interface GoalProgress {
  baseline: number;
  target: number;
  /** The latest 7-day mean (the 7 calendar days ending today), or null when there is no data in them. */
  latest: number | null;
  /** The straight line from baseline on the start day to target on the due day, read at today (clamped to the span). */
  expectedNow: number;
  /** Progress from baseline toward target, 0..1 (clamped); null without recent data. */
  fraction: number | null;
  /** Latest at least as good as expectedNow; null without recent data. */
  onTrack: boolean | null;
  /** Latest at least as good as the target; null without recent data. */
  reached: boolean | null;
  /** Which way the goal heads, from baseline to target. */
  direction: 'down' | 'up';
  /** Whole days until the due day; 0 on and after it. */
  daysLeft: number;
  /** An active goal whose due day has passed. */
  overdue: boolean;
  /** The clinical label of the change from baseline to latest, or null without recent data. */
  change: Change | null;
}

/** Which way is better for what a goal tracks: lower pain, higher PSFS ability, a measure's own direction. */
export function goalBetter(goal: Goal, measure?: GoalMeasure): Better {
  if (goal.kind === 'pain' || goal.kind === 'region') return 'lower';
  if (goal.kind === 'activity') return 'higher';
  return measure?.better ?? (goal.target > goal.baseline ? 'higher' : 'lower');
}

/** The daily figures of what a goal tracks: overall pain, one region's pain, one activity or one measure. */
export function goalDaily(goal: Goal, checkins: readonly Checkin[]): DayValue[] {
  if (goal.kind === 'pain') return dailyPain(checkins);
  if (goal.ref === null) return [];
  if (goal.kind === 'region') return dailyRegionPain(checkins, goal.ref);
  if (goal.kind === 'activity') return dailyActivity(checkins, goal.ref);
  return dailyMeasure(checkins, goal.ref);
}

/** A goal's progress at `today`, from all check-ins. Pass the Measure for a measure goal. */
export function goalProgress(
  goal: Goal,
  checkins: readonly Checkin[],
  today: Day,
  measure?: GoalMeasure,
): GoalProgress {
  return goalProgressFromDaily(goal, goalDaily(goal, checkins), today, measure);
}

/**
 * A goal's progress at `today` from the daily figures of what it tracks (see {@link goalDaily}).
 * "Good" follows the goal's own direction (target below baseline: lower is good); a goal whose target equals its
 * baseline (keep it where it is) takes the direction that is better for what it tracks.
 * Like the clinical labels, comparisons use one decimal, the precision the card shows.
 */
export function goalProgressFromDaily(
  goal: Goal,
  daily: readonly DayValue[],
  today: Day,
  measure?: GoalMeasure,
): GoalProgress {
  const { baseline, target } = goal;
  const direction =
    target < baseline ? 'down' : target > baseline ? 'up' : goalBetter(goal, measure) === 'lower' ? 'down' : 'up';
  const goodEnough = (value: number, line: number) =>
    direction === 'down' ? roundTo(value) <= roundTo(line) : roundTo(value) >= roundTo(line);

  const span = daysBetween(goal.startDay, goal.dueDay);
  const elapsed = daysBetween(goal.startDay, today);
  const t = span > 0 ? clamp01(elapsed / span) : elapsed >= span ? 1 : 0;
  const expectedNow = baseline + (target - baseline) * t;

  const latest = lastNDayMean(seriesOf(daily), today, 7);
  const daysLeft = Math.max(0, daysBetween(today, goal.dueDay));
  const overdue = goal.status === 'active' && daysBetween(goal.dueDay, today) > 0;
  if (latest === null) {
    const unjudged = { fraction: null, onTrack: null, reached: null, change: null };
    return { baseline, target, latest, expectedNow, direction, daysLeft, overdue, ...unjudged };
  }

  const fraction =
    target === baseline
      ? goodEnough(latest, target)
        ? 1
        : 0
      : clamp01((roundTo(latest) - baseline) / (target - baseline));
  return {
    baseline,
    target,
    latest,
    expectedNow,
    fraction,
    onTrack: goodEnough(latest, expectedNow),
    reached: goodEnough(latest, target),
    direction,
    daysLeft,
    overdue,
    change: goalChange(goal, latest, measure),
  };
}

function goalChange(goal: Goal, latest: number, measure?: GoalMeasure): Change {
  if (goal.kind === 'pain' || goal.kind === 'region') return painChange(goal.baseline, latest);
  if (goal.kind === 'activity') return activityChange(goal.baseline, latest);
  return measureChange(goal.baseline, latest, goalBetter(goal, measure), { unit: measure?.unit ?? '' });
}

function clamp01(x: number): number {
  return x <= 0 ? 0 : Math.min(x, 1); // <= also turns −0 into 0
}

/** Names a goal title needs: activity names and measures by id. */
export interface GoalNames {
  activities?: Readonly<Record<string, string>>;
  measures?: Readonly<Record<string, { name: string; unit: string }>>;
}

/** The pieces of a goal's title ("Lower back pain 7 → 3 by 8 Jan"); the UI formats the numbers and the day. */
export interface GoalTitle {
  subject: string;
  from: number;
  to: number;
  by: Day;
  /** The measure's unit; "" for pain and activities (0–10 scales). */
  unit: string;
}

/** The pieces of a goal's title, with the subject in words: "Pain", "Left shoulder pain", an activity or a measure. */
export function goalTitle(goal: Goal, names: GoalNames = {}): GoalTitle {
  const parts = { from: goal.baseline, to: goal.target, by: goal.dueDay };
  const lookup = <T>(record: Readonly<Record<string, T>> | undefined) =>
    goal.ref !== null && record && Object.hasOwn(record, goal.ref) ? record[goal.ref] : undefined;
  switch (goal.kind) {
    case 'pain':
      return { subject: 'Pain', unit: '', ...parts };
    case 'region':
      return { subject: goal.ref ? regionPainName(goal.ref) : 'Pain', unit: '', ...parts };
    case 'activity':
      return { subject: lookup(names.activities) ?? 'Activity', unit: '', ...parts };
    case 'measure': {
      const m = lookup(names.measures);
      return { subject: m?.name ?? 'Measure', unit: m?.unit ?? '', ...parts };
    }
  }
}

/** "Shoulder, left" → "Left shoulder pain"; "Lower back" → "Lower back pain". */
function regionPainName(region: string): string {
  const label = labelOf(REGIONS, region);
  const sided = /^(.*), (left|right)$/.exec(label);
  if (!sided) return `${label} pain`;
  const side = sided[2] === 'left' ? 'Left' : 'Right';
  return `${side} ${sided[1].toLowerCase()} pain`;
}
