// The choices made in the first-run welcome: up to three mobility activities, from examples or in the person's words.
import { MAX_ACTIVE_ACTIVITIES, NAME_MAX } from './catalog';
import { addDays } from './days';
import { checkGoalForm, DEFAULT_GOAL_WEEKS, dueAfterWeeks, type GoalFields, type GoalForm } from './goal-form';
import { nameKey } from './names';
import type { Day, GoalKind } from './types';

/** The welcome asks for at most three activities, so the first check-in stays short (PSFS allows five). */
export const WELCOME_ACTIVITIES = 3;

/** Adds `name` (or removes it, if chosen already: compared as a person reads names); refuses a fourth. */
export function toggleActivity(chosen: readonly string[], name: string, max = WELCOME_ACTIVITIES): string[] {
  const key = nameKey(name);
  if (chosen.some((c) => nameKey(c) === key)) return chosen.filter((c) => nameKey(c) !== key);
  return chosen.length >= max ? [...chosen] : [...chosen, name.trim().replace(/\s+/g, ' ')];
}

/** Adds an activity typed in the person's own words, or says why it cannot be added. */
export function addOwnActivity(
  chosen: readonly string[],
  typed: string,
  max = WELCOME_ACTIVITIES,
): { chosen: string[] } | { error: string } {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (!name) return { error: 'Type an everyday activity, for example “get dressed”.' };
  if (name.length > NAME_MAX) return { error: `Keep it to ${NAME_MAX} characters or fewer.` };
  if (chosen.some((c) => nameKey(c) === nameKey(name))) return { error: 'That one is already chosen.' };
  if (chosen.length >= max) return { error: `You have chosen ${max}. Untick one to add another.` };
  return { chosen: [...chosen, name] };
}

/** Which chosen names to create: those not already active (read the same way), within the limit of active ones. */
export function activitiesToAdd(
  chosen: readonly string[],
  active: readonly { name: string }[],
  maxActive = MAX_ACTIVE_ACTIVITIES,
): string[] {
  const have = new Set(active.map((a) => nameKey(a.name)));
  const fresh = chosen.filter((name) => {
    const key = nameKey(name);
    if (have.has(key)) return false;
    have.add(key);
    return true;
  });
  return fresh.slice(0, Math.max(0, maxActive - active.length));
}

/** The compact goal form of the welcome, as typed. `what` is 'pain', 'region:<id>' or 'activity:<name>'. */
export interface WelcomeGoalForm {
  what: string;
  from: string;
  to: string;
  weeks: string;
}

/** The fields the welcome's goal form can refuse. */
export type WelcomeGoalField = 'what' | 'from' | 'to' | 'weeks';

/** An empty goal form: overall pain over six weeks. */
export function emptyWelcomeGoal(): WelcomeGoalForm {
  return { what: 'pain', from: '', to: '', weeks: String(DEFAULT_GOAL_WEEKS) };
}

/** Longest goal the welcome accepts, in weeks (two years). */
export const MAX_GOAL_WEEKS = 104;

/**
 * Checks the welcome's goal. Nothing typed in From and To means no goal. An activity goal carries the activity's
 * name, since the activity is only created when the welcome finishes.
 */
export function checkWelcomeGoal(
  form: WelcomeGoalForm,
  today: Day,
):
  | { none: true }
  | { ok: true; goal: GoalFields; activityName: string | null }
  | { ok: false; errors: Partial<Record<WelcomeGoalField, string>> } {
  if (!form.from.trim() && !form.to.trim()) return { none: true };
  const [kind, ...rest] = form.what.split(':');
  const ref = rest.join(':');
  const errors: Partial<Record<WelcomeGoalField, string>> = {};
  const goalKind: GoalKind | null = kind === 'pain' || kind === 'region' || kind === 'activity' ? kind : null;
  if (!goalKind) errors.what = 'Choose what the goal is about.';

  const weeksText = form.weeks.trim();
  const weeks = Number(weeksText);
  if (!/^\d+$/.test(weeksText) || weeks < 1 || weeks > MAX_GOAL_WEEKS)
    errors.weeks = `Enter a whole number of weeks from 1 to ${MAX_GOAL_WEEKS}.`;

  const goalForm: GoalForm = {
    kind: goalKind ?? 'pain',
    ref: goalKind === 'pain' ? '' : ref,
    baseline: form.from,
    baselineTouched: true,
    target: form.to,
    startDay: today,
    dueDay: errors.weeks ? addDays(today, 1) : dueAfterWeeks(today, weeks),
  };
  const checked = checkGoalForm(goalForm, form.from, { today, isNew: true });
  if (!checked.ok) {
    // The welcome says "from … to …" rather than "baseline" and "target".
    const words = (message?: string) => message?.replace(/the baseline/g, 'where it is now');
    const e = checked.errors;
    errors.what ??= e.ref;
    errors.from = form.from.trim() ? words(e.baseline) : 'Enter where it is now, from 0 to 10.';
    errors.to = form.to.trim() ? words(e.target) : 'Enter the number you are aiming for.';
    errors.weeks ??= e.dueDay;
  }
  const shown = Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as Partial<
    Record<WelcomeGoalField, string>
  >;
  if (!checked.ok || Object.keys(shown).length) return { ok: false, errors: shown };
  return { ok: true, goal: checked.goal, activityName: goalKind === 'activity' ? ref : null };
}
