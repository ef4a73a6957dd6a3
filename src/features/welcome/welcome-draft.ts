// What the welcome holds while it is filled in: autosaved as a draft, so a reload returns to the same step.
import type { RegionId } from '../../domain/catalog';
import { emptyWelcomeGoal, type WelcomeGoalForm } from '../../domain/first-run';

/** The welcome's steps. */
export type WelcomeStep = 1 | 2 | 3;
/** How many steps the welcome has. */
export const WELCOME_STEPS = 3;

/** Everything chosen in the welcome so far. */
export interface WelcomeDraft {
  step: WelcomeStep;
  regions: RegionId[];
  activities: string[];
  /** An activity being typed in the person's own words. */
  own: string;
  goal: WelcomeGoalForm;
}

/** The draft key. */
export const WELCOME_DRAFT_KEY = 'welcome';

/** A fresh welcome at step 1. */
export function emptyWelcomeDraft(): WelcomeDraft {
  return { step: 1, regions: [], activities: [], own: '', goal: emptyWelcomeGoal() };
}
