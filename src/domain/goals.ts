// Goal progress: where a goal stands today against the straight line from its baseline to its target.
import { REGIONS, labelOf } from './catalog';
import { activityChange, measureChange, painChange, type Better, type Change } from './clinical';
import { dailyActivity, dailyMeasure, dailyPain, dailyRegionPain, type DayValue } from './daily';
import { addDays, daysBetween } from './days';
import { roundTo } from './numbers';
import type { Checkin, Day, Goal, Measure } from './types';

/** The measure fields a measure goal needs: its direction, and its unit for the change sentence. */
export type GoalMeasure = Pick<Measure, 'better'> & Partial<Pick<Measure, 'unit'>>;

/** Fewest days with data since a goal's start day (in the latest 7 days) before it gets a status. */
export const GOAL_VERDICT_MIN_DAYS = 3;

/** Half a step of the whole-number 0–10 scales (pain NRS, PSFS): the smallest difference one answer can show. */
export const SCALE_MARGIN = 0.5;

/** For a measure, the margin is this share of the planned change (baseline to target). */
export const MEASURE_MARGIN_SHARE = 0.05;

/** What a goal's status is, in one word. */
export type GoalVerdict = 'no-data' | 'too-early' | 'reached' | 'on-track' | 'behind';

/** Where a goal stands today. */
export interface GoalProgress {
  baseline: number;
  target: number;
  /**
   * The latest mean: of the daily figures in the 7 calendar days ending today, counting only days from the goal's
   * start day (so in its first week, the days since it began). Null when there is no data in them.
   */
  latest: number | null;
  /** The first day `latest` counts: 6 days before today, or the start day when that is later. */
  latestFrom: Day;
  /** Days with data that `latest` counts. */
  latestDays: number;
  /** The status: no data, too early (fewer than GOAL_VERDICT_MIN_DAYS days since the start), or a verdict. */
  verdict: GoalVerdict;
  /** How much worse than the line `latest` may be and still be on track (see goalMargin). */
  margin: number;
  /** The straight line from baseline on the start day to target on the due day, read at today (clamped to the span). */
  expectedNow: number;
  /** Progress from baseline toward target, 0..1 (clamped); null without recent data. */
  fraction: number | null;
  /** Latest no worse than expectedNow by more than the margin; null without a verdict (no data, or too early). */
  onTrack: boolean | null;
  /** Latest at least as good as the target; null without a verdict. */
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

/**
 * How much worse than the straight line a goal's latest mean may be and still count as on track: half a point on the
 * 0–10 scales (a difference smaller than one whole-number answer can show), and for a measure 5 % of the planned
 * change (47 h against 46.9 h expected is not "behind" on a 48 → 38.4 h goal; its margin is 0.48 h).
 */
export function goalMargin(goal: Pick<Goal, 'kind' | 'baseline' | 'target'>): number {
  if (goal.kind !== 'measure') return SCALE_MARGIN;
  return roundTo(Math.abs(goal.target - goal.baseline) * MEASURE_MARGIN_SHARE, 2);
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
  const direction: GoalProgress['direction'] =
    target < baseline ? 'down' : target > baseline ? 'up' : goalBetter(goal, measure) === 'lower' ? 'down' : 'up';
  const goodEnough = (value: number, line: number, margin = 0) =>
    direction === 'down'
      ? roundTo(value) <= roundTo(roundTo(line) + margin, 2)
      : roundTo(value) >= roundTo(roundTo(line) - margin, 2);

  const span = daysBetween(goal.startDay, goal.dueDay);
  const elapsed = daysBetween(goal.startDay, today);
  const t = span > 0 ? clamp01(elapsed / span) : elapsed >= span ? 1 : 0;
  const expectedNow = baseline + (target - baseline) * t;
  const margin = goalMargin(goal);

  const weekFrom = addDays(today, -6);
  // The later of the two days (YYYY-MM-DD strings sort as days).
  const latestFrom = [goal.startDay, weekFrom].sort()[1];
  let sum = 0;
  let latestDays = 0;
  for (const d of daily) {
    if (d.day < latestFrom || d.day > today) continue;
    sum += d.mean;
    latestDays++;
  }
  const latest = latestDays ? sum / latestDays : null;
  const daysLeft = Math.max(0, daysBetween(today, goal.dueDay));
  const overdue = goal.status === 'active' && daysBetween(goal.dueDay, today) > 0;
  const facts = { baseline, target, latest, latestFrom, latestDays, margin, expectedNow, direction, daysLeft, overdue };
  if (latest === null) {
    // A goal that has not begun yet is too early to judge, not short of data.
    const verdict = goal.startDay > today ? 'too-early' : 'no-data';
    return { ...facts, verdict, fraction: null, onTrack: null, reached: null, change: null };
  }

  const fraction =
    target === baseline
      ? goodEnough(latest, target)
        ? 1
        : 0
      : clamp01((roundTo(latest) - baseline) / (target - baseline));
  const change = goalChange(goal, latest, measure);
  if (latestDays < GOAL_VERDICT_MIN_DAYS)
    return { ...facts, verdict: 'too-early', fraction, onTrack: null, reached: null, change };
  const reached = goodEnough(latest, target);
  const onTrack = goodEnough(latest, expectedNow, margin);
  const verdict = reached ? 'reached' : onTrack ? 'on-track' : 'behind';
  return { ...facts, verdict, fraction, onTrack, reached, change };
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
