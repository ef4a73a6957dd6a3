// The first run: three short, skippable steps, then straight to the first check-in with the chosen places ready.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useDraft } from '../../app/drafts';
import { navigate } from '../../app/router';
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import { checkWelcomeGoal, type WelcomeGoalField } from '../../domain/first-run';
import { useSubmit } from '../../ui/use-submit';
import { Screen } from '../../ui/Screen';
import { finishWelcome, markRestoredOnboarded } from './finish-welcome';
import { StepAbout } from './StepAbout';
import { StepPlaces } from './StepPlaces';
import { WelcomeRestore } from './WelcomeRestore';
import {
  emptyWelcomeDraft,
  WELCOME_DRAFT_KEY,
  WELCOME_STEPS,
  type WelcomeDraft,
  type WelcomeStep,
} from './welcome-draft';
import './welcome.css';

const TITLES: Record<WelcomeStep, string> = {
  1: 'Your journal stays on this phone',
  2: 'Where it hurts, and what is hard',
  3: 'A first goal, if you have one',
};

/** Welcome: what the app keeps; the usual places and activities; an optional first goal. */
export default function WelcomeScreen(_props: RouteProps) {
  const draft = useDraft<WelcomeDraft>(WELCOME_DRAFT_KEY, emptyWelcomeDraft());
  const value = draft.value;
  const { formRef, errors, busy, clear, refuse, save } = useSubmit<WelcomeGoalField>();
  // Restoring from a backup file instead of the steps (not kept in the draft: a file picked cannot be kept anyway).
  const [restoring, setRestoring] = useState(false);
  // Step 3's goal form is its own chunk, fetched as soon as the welcome shows: the welcome's chunk is preloaded on
  // every visit (it is the first screen of a new install), so it carries only what the first steps need.
  const [goalStep, setGoalStep] = useState<typeof import('./StepGoal') | null>(null);
  useEffect(
    () => void import('./StepGoal').then(setGoalStep, (error) => console.error('The goal step did not load', error)),
    [],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const update = (patch: Partial<WelcomeDraft>) => draft.setValue((prev) => ({ ...prev, ...patch }));

  // After Next or Back, or into and out of the restore (not on arrival, where the screen's h1 takes focus), the new
  // step's heading takes focus. Before the step is painted, in the same task as the key or tap that changed it: an
  // effect runs a frame later, so a Tab pressed at once (a quick keyboard user, a busy phone) would already have moved
  // on into the new step when focus was pulled back to its heading, and the next keys would land on the heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes, to move focus to its heading
  useLayoutEffect(() => {
    if (!moved.current) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [value.step, restoring]);

  const go = (step: WelcomeStep) => {
    moved.current = true;
    clear();
    update({ step });
  };

  const restoreInstead = (on: boolean) => {
    moved.current = true;
    clear();
    setRestoring(on);
  };

  /** A journal came back from a backup: the welcome is done, and Today shows it. */
  const restored = async () => {
    await markRestoredOnboarded();
    draft.discard(emptyWelcomeDraft());
    navigate('/');
  };

  /** Saves what was chosen (the goal only when asked), marks the welcome done and opens the first check-in. */
  const finish = async (withGoal: boolean) => {
    if (busy) return;
    const goalCheck = withGoal ? checkWelcomeGoal(value.goal, localDay()) : ({ none: true } as const);
    if ('ok' in goalCheck && !goalCheck.ok) {
      refuse(goalCheck.errors);
      return;
    }
    await save(() => finishWelcome(value, goalCheck, () => draft.discard(emptyWelcomeDraft())));
  };

  const step = value.step;
  const skip = (
    <button type="button" class="btn btn-quiet" onClick={() => void finish(false)} disabled={busy}>
      Skip<span class="visually-hidden"> the welcome and go to the check-in</span>
    </button>
  );

  return (
    <Screen title="Welcome" class="welcome" actions={!restoring && skip}>
      <div class="welcome-progress" hidden={restoring}>
        <p class="welcome-step-count" aria-hidden="true">
          Step {step} of {WELCOME_STEPS}
        </p>
        <ol class="welcome-dots" aria-hidden="true">
          {[1, 2, 3].map((n) => (
            <li key={n} class={n <= step ? 'is-done' : ''} />
          ))}
        </ol>
      </div>
      {draft.loaded && restoring && (
        <WelcomeRestore headingRef={heading} onBack={() => restoreInstead(false)} onRestored={() => void restored()} />
      )}
      {draft.loaded && !restoring && (
        <form
          ref={formRef}
          class="card welcome-card"
          noValidate
          aria-labelledby="welcome-step-title"
          onSubmit={(event) => {
            event.preventDefault();
            if (step < WELCOME_STEPS) go((step + 1) as WelcomeStep);
            else void finish(true);
          }}
        >
          <h2 id="welcome-step-title" class="welcome-step-title" tabIndex={-1} ref={heading}>
            <span class="visually-hidden">
              Step {step} of {WELCOME_STEPS}:{' '}
            </span>
            {TITLES[step]}
          </h2>
          {step === 1 && <StepAbout />}
          {step === 2 && <StepPlaces draft={value} update={update} />}
          {step === 3 &&
            (goalStep ? (
              <goalStep.StepGoal draft={value} update={update} errors={errors} clearError={(field) => clear(field)} />
            ) : (
              <p class="muted">Loading…</p>
            ))}
          {errors.form && (
            <p class="notice notice-danger" role="alert">
              {errors.form}
            </p>
          )}
          <div class="btn-row welcome-actions">
            {step > 1 && (
              <button type="button" class="btn" onClick={() => go((step - 1) as WelcomeStep)} disabled={busy}>
                Back
              </button>
            )}
            <button type="submit" class="btn btn-primary btn-lg welcome-next" disabled={busy}>
              {step < WELCOME_STEPS ? (
                'Next'
              ) : (
                // One text run (the button is a flex box), with "check-in" kept whole.
                <span>
                  Start my first <span class="welcome-nowrap">check-in</span>
                </span>
              )}
            </button>
          </div>
          {step === 1 && (
            <div class="welcome-restore">
              <p>Used Pain Journal before, and have a backup file?</p>
              <button type="button" class="btn btn-block" onClick={() => restoreInstead(true)} disabled={busy}>
                Restore from a backup file
              </button>
            </div>
          )}
        </form>
      )}
    </Screen>
  );
}
