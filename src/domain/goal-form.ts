// The goal form: what is typed, the baseline it suggests, the due-day quick picks, and the checks before saving.
import { REGION_IDS } from './catalog';
import { addDays, daysBetween, isDay } from './days';
import { goalDaily } from './goals';
import { seriesOf } from './daily';
import { percentText } from './relative-target';
import { roundTo } from './numbers';
import { lastNDayMean } from './rolling';
import { MEASURE_LIMIT } from './validate-fields';
import type { Checkin, Day, Goal, GoalKind } from './types';

/** What the goal form holds while it is being filled in (numbers as typed). */
export interface GoalForm {
  kind: GoalKind;
  /** Region, activity or measure id; '' for overall pain or when none is chosen yet. */
  ref: string;
  baseline: string;
  /** True once the person typed a baseline, so the suggested one no longer replaces it. */
  baselineTouched: boolean;
  target: string;
  startDay: Day;
  dueDay: Day;
}

/** The fields a goal form can refuse. */
export type GoalField = 'ref' | 'baseline' | 'target' | 'startDay' | 'dueDay';

/** What a checked form saves. */
export type GoalFields = Pick<Goal, 'kind' | 'ref' | 'baseline' | 'target' | 'targetPercent' | 'startDay' | 'dueDay'>;

/** The quick picks for the due day, in weeks from the start day. */
export const DUE_WEEKS = [4, 6, 8, 12] as const;

/** The default span of a new goal: six weeks, as therapists often plan. */
export const DEFAULT_GOAL_WEEKS = 6;

/** The day `weeks` weeks after `start`. */
export function dueAfterWeeks(start: Day, weeks: number): Day {
  return addDays(start, weeks * 7);
}

/** Whole weeks from start to due when the span is exactly that, else null (to show which quick pick is chosen). */
export function spanInWeeks(start: Day, due: Day): number | null {
  if (!isDay(start) || !isDay(due)) return null;
  const days = daysBetween(start, due);
  return days > 0 && days % 7 === 0 ? days / 7 : null;
}

/** A new, empty goal form for overall pain, starting today and due six weeks from today. */
export function emptyGoalForm(today: Day): GoalForm {
  return {
    kind: 'pain',
    ref: '',
    baseline: '',
    baselineTouched: false,
    target: '',
    startDay: today,
    dueDay: dueAfterWeeks(today, DEFAULT_GOAL_WEEKS),
  };
}

/** The form for editing a stored goal. */
export function goalFormFrom(goal: Goal): GoalForm {
  return {
    kind: goal.kind,
    ref: goal.ref ?? '',
    baseline: String(goal.baseline),
    baselineTouched: true,
    target: goal.targetPercent === null ? String(goal.target) : percentText(goal.targetPercent),
    startDay: goal.startDay,
    dueDay: goal.dueDay,
  };
}

/**
 * The baseline to suggest: the mean of what the goal would track over the 7 days ending `today`, one decimal,
 * or null when there is no data in them (or nothing is chosen yet).
 */
export function suggestedBaseline(
  kind: GoalKind,
  ref: string,
  checkins: readonly Checkin[],
  today: Day,
): number | null {
  if (kind !== 'pain' && !ref) return null;
  const probe = { kind, ref: kind === 'pain' ? null : ref } as Goal;
  const mean = lastNDayMean(seriesOf(goalDaily(probe, checkins)), today, 7);
  return mean === null ? null : roundTo(mean, 1);
}

/** A typed number, accepting a decimal comma ("6,5"); null when empty or not a number. */
export function parseAmount(text: string): number | null {
  const clean = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

/** What the checks need to know beyond the form. */
export interface GoalCheckContext {
  today: Day;
  /** For a measure goal: which way is better, to refuse a target on the wrong side. */
  measureBetter?: 'lower' | 'higher';
  /** A new goal may not be due in the past; a stored one being edited may. */
  isNew: boolean;
  /** Reads the typed target; without one, only a figure is accepted (see goal-target.ts for "−20 %"). */
  readTarget?: TargetReader;
}

/** A typed target read: the figure and, when it was set relative to the baseline, the percent and how to say it. */
export type TargetRead =
  | { value: number; percent: null }
  | { value: number; percent: number; what: string }
  /** A message to show, or '' when the baseline's own message says what to fix first. */
  | { error: string };

/** Reads a typed target for a goal of `kind` whose baseline reads `from` (null when it does not parse). */
export type TargetReader = (text: string, kind: GoalKind, from: number | null) => TargetRead;

/** A target typed as a figure ("3", "38.4", "6,5"). */
export function readAbsoluteTarget(text: string): TargetRead {
  const value = parseAmount(text);
  return value === null ? { error: 'Enter a number, like 6 or 6.5.' } : { value, percent: null };
}

/** The checked goal, or a message for each field that is wrong. `baseline` is the baseline shown (typed or suggested). */
export function checkGoalForm(
  form: GoalForm,
  baseline: string,
  context: GoalCheckContext,
): { ok: true; goal: GoalFields } | { ok: false; errors: Partial<Record<GoalField, string>> } {
  const errors: Partial<Record<GoalField, string>> = {};
  const onScale = form.kind !== 'measure';

  if (form.kind === 'region' && !REGION_IDS.has(form.ref)) errors.ref = 'Choose the area this goal is about.';
  if (form.kind === 'activity' && !form.ref) errors.ref = 'Choose the activity this goal is about.';
  if (form.kind === 'measure' && !form.ref) errors.ref = 'Choose the measure this goal is about.';

  const inRange = (value: number, field: 'baseline' | 'target', what = 'Use a number'): number | null => {
    if (onScale && (value < 0 || value > 10)) errors[field] = `${what} from 0 to 10.`;
    else if (!onScale && Math.abs(value) > MEASURE_LIMIT) errors[field] = 'That number is too large.';
    else return value;
    return null;
  };
  const from = (() => {
    if (!baseline.trim()) {
      errors.baseline = 'Enter where it is now, the baseline.';
      return null;
    }
    const value = parseAmount(baseline);
    if (value === null) errors.baseline = 'Enter a number, like 6 or 6.5.';
    return value === null ? null : inRange(value, 'baseline');
  })();

  // The target: a figure, or with a reader that knows them (the goal screen's), a change such as "−20 %".
  let targetPercent: number | null = null;
  const to = (() => {
    if (!form.target.trim()) {
      errors.target = 'Enter the target you are aiming for.';
      return null;
    }
    const read = (context.readTarget ?? readAbsoluteTarget)(form.target, form.kind, from);
    if ('error' in read) {
      if (read.error) errors.target = read.error;
      return null;
    }
    targetPercent = read.percent;
    return inRange(read.value, 'target', read.percent === null ? undefined : read.what);
  })();

  if (from !== null && to !== null) {
    const better = form.kind === 'activity' ? 'higher' : form.kind === 'measure' ? context.measureBetter : 'lower';
    if (roundTo(from, 2) === roundTo(to, 2)) errors.target = 'The target must differ from the baseline.';
    else if (better === 'lower' && to > from) {
      errors.target =
        form.kind === 'measure'
          ? 'Lower is better for this measure, so aim below the baseline.'
          : 'For pain, aim lower than the baseline.';
    } else if (better === 'higher' && to < from) {
      errors.target =
        form.kind === 'activity'
          ? 'For an activity, aim higher than the baseline (10 = as well as before).'
          : 'Higher is better for this measure, so aim above the baseline.';
    }
  }

  if (!isDay(form.startDay)) errors.startDay = 'Choose the day the goal starts.';
  if (!isDay(form.dueDay)) errors.dueDay = 'Choose the day the goal is due.';
  else if (isDay(form.startDay) && form.dueDay <= form.startDay)
    errors.dueDay = 'The due day must be after the start day.';
  else if (context.isNew && form.dueDay < context.today)
    errors.dueDay = 'That day has passed. Choose a day from today on.';

  if (Object.keys(errors).length > 0 || from === null || to === null) return { ok: false, errors };
  return {
    ok: true,
    goal: {
      kind: form.kind,
      ref: form.kind === 'pain' ? null : form.ref,
      baseline: from,
      target: to,
      targetPercent,
      startDay: form.startDay,
      dueDay: form.dueDay,
    },
  };
}
