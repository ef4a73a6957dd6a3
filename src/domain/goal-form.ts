// The goal form: what is typed, the baseline it suggests, the due-day quick picks, and the checks before saving.
import { REGION_IDS } from './catalog';
import { addDays, daysBetween, isDay } from './days';
import { goalDaily } from './goals';
import { seriesOf } from './daily';
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
export type GoalFields = Pick<Goal, 'kind' | 'ref' | 'baseline' | 'target' | 'startDay' | 'dueDay'>;

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
    target: String(goal.target),
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

  const amount = (text: string, field: 'baseline' | 'target', missing: string): number | null => {
    if (!text.trim()) {
      errors[field] = missing;
      return null;
    }
    const value = parseAmount(text);
    if (value === null) errors[field] = 'Enter a number, like 6 or 6.5.';
    else if (onScale && (value < 0 || value > 10)) errors[field] = 'Use a number from 0 to 10.';
    else if (!onScale && Math.abs(value) > MEASURE_LIMIT) errors[field] = 'That number is too large.';
    else return value;
    return null;
  };
  const from = amount(baseline, 'baseline', 'Enter where it is now, the baseline.');
  const to = amount(form.target, 'target', 'Enter the target you are aiming for.');

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
      startDay: form.startDay,
      dueDay: form.dueDay,
    },
  };
}
